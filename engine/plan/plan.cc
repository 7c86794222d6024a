#include <fmt/format.h>
#include <opgavesnit/core/parallel.h>
#include <opgavesnit/plan/plan.h>

#include <algorithm>
#include <ostream>
#include <tuple>

#include "pair_graph.h"
#include "planner.h"

namespace opgavesnit {

namespace {

const std::string& task_id(const Model& model, Id c, std::uint32_t t) {
  return model.tasks[model.types[model.components[c].type].tasks[t].task].id;
}

/// The conflicts' witness paths, from the search's parents, as one tree
/// (WitnessTree): a path is walked up only until it meets a pair already in
/// the tree, so the tree is built in time linear in the pairs it holds.
class WitnessBuilder {
 public:
  WitnessBuilder(const PairGraph& g, const Search& s)
      : g_(g), s_(s), tree_(std::make_shared<WitnessTree>()), step_of_(g.size(), kNone) {}

  Conflict conflict(Id c, PairId last) {
    std::vector<PairId>& fresh = scratch_;
    fresh.clear();
    PairId p = last;
    while (step_of_[p] == kNone) {
      fresh.push_back(p);
      if (s_.parent[p] == p) break;
      p = s_.parent[p];
    }
    for (auto it = fresh.rbegin(); it != fresh.rend(); ++it) {
      const PairId q = *it;
      const bool seed = s_.parent[q] == q;
      const std::uint32_t parent = seed ? WitnessTree::kSeed : step_of_[s_.parent[q]];
      step_of_[q] = static_cast<std::uint32_t>(tree_->steps.size());
      tree_->steps.push_back({{g_.component(q), g_.task(q)}, parent});
      length_.push_back(seed ? 1 : length_[parent] + 1);
      seed_.push_back(seed ? tree_->steps.back().pair : seed_[parent]);
    }
    const std::uint32_t step = step_of_[last];
    return {c, tree_, step, length_[step], seed_[step]};
  }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  const PairGraph& g_;
  const Search& s_;
  std::shared_ptr<WitnessTree> tree_;
  std::vector<std::uint32_t> step_of_;  // per pair
  std::vector<std::uint32_t> length_;   // per step: pairs from its seed
  std::vector<PairRef> seed_;           // per step
  std::vector<PairId> scratch_;
};

/// §4, the bound of PlanLimits: the witness paths of all conflicts, in the
/// order they are printed, may hold `max_witness_steps` pairs in all.
void check_witness_limit(const Model& model, const Scenario& scenario, const PlanLimits& limits,
                         Plan& plan, Diagnostics& diags) {
  std::uint64_t steps = 0;
  const Conflict* passing = nullptr;
  for (Id m : plan.municipality_order) {
    for (const Conflict& cf : plan.municipalities[m].conflicts) {
      steps += cf.length;
      if (!passing && steps > limits.max_witness_steps) passing = &cf;
    }
  }
  plan.witness_steps = steps;
  if (!passing) return;
  diags.error(
      "too-many-witness-steps", model.components[passing->seed.component].pos,
      fmt::format("the witness paths of the conflicts of scenario '{}' hold {} pairs, more than "
                  "the limit of {} (raise it with --limit witness-steps=N)",
                  scenario.id, steps, limits.max_witness_steps));
  diags.note(model.components[passing->component].pos,
             "the path to retained component '" + model.components[passing->component].qualified +
                 "', which starts at '" + model.components[passing->seed.component].qualified +
                 "', passes the limit");
}

}  // namespace

void hand_over(const PairGraph& g, const Scenario& scenario, const std::vector<char>& locked,
               std::vector<char>& in_handover, std::vector<Conflict>& conflicts,
               std::vector<DroppedSeed>& dropped) {
  const Model& model = g.model();
  const std::vector<PairId> all_seeds = seeds(g, scenario.level_of, locked);
  if (scenario.conflicts == ConflictPolicy::strict) {
    const Search s = forward_search(g, locked, all_seeds);
    std::vector<char> reported(model.components.size(), 0);
    WitnessBuilder witnesses(g, s);
    for (PairId p : s.order) {
      const Id c = g.component(p);
      if (!locked[c]) {
        in_handover[p] = 1;
      } else if (!reported[c]) {
        // The first pair of c reached in breadth-first order is a nearest one.
        reported[c] = 1;
        conflicts.push_back(witnesses.conflict(c, p));
      }
    }
    return;
  }
  std::vector<Id> locked_order;
  for (Id c = 0; c < model.components.size(); ++c)
    if (locked[c]) locked_order.push_back(c);
  std::sort(locked_order.begin(), locked_order.end(),
            [&](Id a, Id b) { return qualified_less(model, a, b); });
  const std::vector<Id> reaches = reaching_locked(g, locked, locked_order);
  std::vector<PairId> kept;
  for (PairId p : all_seeds) {
    if (reaches[p] == kNoId)
      kept.push_back(p);
    else
      dropped.push_back({g.component(p), g.task(p), reaches[p]});
  }
  const Search s = forward_search(g, locked, kept);
  for (PairId p : s.order) in_handover[p] = 1;  // never a locked pair: see reaching_locked
}

void classify_components(const PairGraph& g, const std::vector<char>& locked,
                         const std::vector<char>& in_handover, Plan& plan) {
  const Model& model = g.model();
  plan.components.assign(model.components.size(), {});
  for (Id c = 0; c < model.components.size(); ++c) {
    ComponentPlan& cp = plan.components[c];
    cp.locked = locked[c] != 0;
    std::uint32_t n = 0;
    for (std::uint32_t t = 0; t < g.task_count(c); ++t) n += in_handover[g.pair(c, t)] ? 1u : 0u;
    if (n == 0) continue;  // retained, no tasks
    cp.tasks.reserve(n);
    for (std::uint32_t t = 0; t < g.task_count(c); ++t)
      if (in_handover[g.pair(c, t)]) cp.tasks.push_back(t);
    cp.status = cp.tasks.empty()                     ? Status::retained
                : cp.tasks.size() == g.task_count(c) ? Status::transferred
                                                     : Status::split;
  }
}

void fill_municipalities(const Model& model, const Scenario& scenario,
                         std::vector<Conflict> conflicts, std::vector<DroppedSeed> dropped,
                         Plan& plan) {
  plan.municipalities.assign(model.municipalities.size(), {});
  for (Id m = 0; m < model.municipalities.size(); ++m) {
    MunicipalityPlan& mp = plan.municipalities[m];
    mp.level = level_of_municipality(scenario.level_of, m);
    mp.components = model.municipalities[m].components;
    std::sort(mp.components.begin(), mp.components.end(),
              [&](Id a, Id b) { return qualified_less(model, a, b); });
    for (Id c : mp.components) {
      switch (plan.components[c].status) {
        case Status::transferred:
          ++mp.transferred;
          break;
        case Status::split:
          ++mp.split;
          break;
        case Status::retained:
          ++mp.retained;
          break;
      }
    }
  }

  std::sort(conflicts.begin(), conflicts.end(), [&](const Conflict& a, const Conflict& b) {
    return qualified_less(model, a.component, b.component);
  });
  for (Conflict& cf : conflicts)
    plan.municipalities[model.components[cf.component].municipality].conflicts.push_back(
        std::move(cf));
  std::sort(dropped.begin(), dropped.end(), [&](const DroppedSeed& a, const DroppedSeed& b) {
    return std::forward_as_tuple(model.components[a.component].qualified,
                                 task_id(model, a.component, a.task)) <
           std::forward_as_tuple(model.components[b.component].qualified,
                                 task_id(model, b.component, b.task));
  });
  for (const DroppedSeed& ds : dropped)
    plan.municipalities[model.components[ds.component].municipality].dropped.push_back(ds);

  plan.municipality_order.resize(model.municipalities.size());
  for (Id m = 0; m < model.municipalities.size(); ++m) plan.municipality_order[m] = m;
  std::sort(plan.municipality_order.begin(), plan.municipality_order.end(),
            [&](Id a, Id b) { return model.municipalities[a].id < model.municipalities[b].id; });
}

std::vector<std::uint32_t> qualified_ranks(const Model& model, const Plan& plan) {
  // Every qualified id of municipality m begins with "id/", and no id holds
  // a '/': municipalities order by "id/", then their (sorted) components.
  std::vector<Id> order(model.municipalities.size());
  for (Id m = 0; m < order.size(); ++m) order[m] = m;
  std::sort(order.begin(), order.end(), [&](Id a, Id b) {
    return model.municipalities[a].id + "/" < model.municipalities[b].id + "/";
  });
  std::vector<std::uint32_t> rank(model.components.size(), 0);
  std::uint32_t next = 0;
  for (Id m : order)
    for (Id c : plan.municipalities[m].components) rank[c] = next++;
  return rank;
}

void find_interfaces(const Model& model, const std::vector<std::uint32_t>& rank, Plan& plan) {
  // Interfaces (§6): every dependency, by emptiness of X only (read from a
  // byte per component: targets are spread over the whole model).
  std::vector<char> moving(model.components.size());
  for (Id c = 0; c < model.components.size(); ++c) moving[c] = !plan.components[c].tasks.empty();
  for (Id c = 0; c < model.components.size(); ++c) {
    const bool moves = moving[c] != 0;
    for (const Dependency& dep : model.components[c].depends_on) {
      const bool target_moves = moving[dep.target] != 0;
      if (moves == target_moves) continue;
      plan.municipalities[model.components[c].municipality].interfaces.push_back(
          {c, dep.target, dep.kind, moves ? Direction::upstream : Direction::service});
    }
  }

  // By (from, to, kind): ranks order like qualified ids, and kinds are
  // declared in the order of their names.
  for (MunicipalityPlan& mp : plan.municipalities) {
    std::sort(mp.interfaces.begin(), mp.interfaces.end(),
              [&](const Interface& a, const Interface& b) {
                return std::make_tuple(rank[a.from], rank[a.to], a.kind) <
                       std::make_tuple(rank[b.from], rank[b.to], b.kind);
              });
  }
}

Plan make_plan(const Model& model, const Scenario& scenario, Diagnostics& diags, Id index,
               const PlanLimits& limits) {
  Plan plan;
  plan.scenario = index;
  plan.scenario_id = scenario.id;
  plan.policy = scenario.conflicts;
  plan.scheduled = scenario.waves.has_value();
  if (plan.scheduled) {
    plan.periods = scenario.waves->periods;
    plan.capacity_hours = scenario.waves->capacity_hours;
  }
  for (const CommonCost& cc : scenario.common_costs) plan.common_cost_ids.push_back(cc.id);
  plan.hours_per_fte = model.region.hours_per_fte;

  const PairGraph g(model);
  const std::vector<char> locked = locked_components(model, scenario.level_of);
  std::vector<char> in_handover(g.size(), 0);
  std::vector<Conflict> conflicts;
  std::vector<DroppedSeed> dropped;
  hand_over(g, scenario, locked, in_handover, conflicts, dropped);
  plan.consistent = conflicts.empty();

  classify_components(g, locked, in_handover, plan);
  fill_municipalities(model, scenario, std::move(conflicts), std::move(dropped), plan);
  check_witness_limit(model, scenario, limits, plan, diags);
  const std::vector<std::uint32_t> rank = qualified_ranks(model, plan);
  find_interfaces(model, rank, plan);
  assign_waves(model, scenario, rank, plan);
  compute_economy(model, scenario, plan, diags);
  compute_organisation(model, plan);
  compute_budget(model, scenario, plan);
  compute_ownership(model, scenario, plan, diags);
  return plan;
}

Plan make_plan(const Model& model, Id scenario, Diagnostics& diags, const PlanLimits& limits) {
  if (scenario >= model.scenarios.size()) {
    diags.error("unknown-scenario", {}, "no scenario with index " + std::to_string(scenario));
    return make_plan(model, Scenario{}, diags, kNoId, limits);
  }
  return make_plan(model, model.scenarios[scenario], diags, scenario, limits);
}

namespace {

/// §9: periods partly dated, or dated out of order or overlapping.
void check_period_dates(const Scenario& scenario, Diagnostics& diags) {
  if (!scenario.waves) return;
  const auto& periods = scenario.waves->periods;
  std::size_t dated = 0;
  const std::string* undated = nullptr;
  for (const std::string& p : periods) {
    if (dated_period(p))
      ++dated;
    else if (!undated)
      undated = &p;
  }
  const SourcePos at = scenario.waves->periods_pos;
  if (dated > 0 && undated) {
    diags.warning("period-dates", at,
                  "the periods of scenario '" + scenario.id + "' are partly dated ('" + *undated +
                      "' is not a year, half-year, quarter or month), so it has no budget by year");
    return;
  }
  if (dated == 0) return;
  std::optional<DatedPeriod> previous;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const DatedPeriod d = *dated_period(periods[i]);
    if (previous && d.start < previous->end) {
      diags.warning("period-dates", at,
                    "period '" + periods[i] + "' of scenario '" + scenario.id + "' " +
                        (d.start < previous->start ? "comes before" : "overlaps") +
                        " the period listed before it ('" + periods[i - 1] +
                        "'), so the scenario has no budget by year");
      return;
    }
    previous = d;
  }
}

}  // namespace

void check_scenarios(const Model& model, Diagnostics& diags, const PlanLimits& limits) {
  // Scenarios are independent: plan them on all cores, each into its own
  // slot, and report in scenario order (the same for any thread count).
  const std::size_t n = model.scenarios.size();
  std::vector<Diagnostics> found(n);
  parallel_for(n, 0, [&](std::size_t s) {
    const Scenario& scenario = model.scenarios[s];
    Diagnostics& local = found[s];
    const Plan plan = make_plan(model, static_cast<Id>(s), local, limits);
    check_period_dates(scenario, local);
    if (scenario.conflicts != ConflictPolicy::strict) return;
    if (plan.witness_steps > limits.max_witness_steps) return;  // too-many-witness-steps says so
    for (Id m : plan.municipality_order) {
      for (const Conflict& cf : plan.municipalities[m].conflicts) {
        const Component& comp = model.components[cf.component];
        local.warning("conflict", comp.pos,
                      "in scenario '" + scenario.id + "', retained component '" + comp.qualified +
                          "' is needed: " + path_text(model, cf.path()));
        local.note(model.components[cf.seed.component].pos, "the path starts here");
      }
    }
  });
  for (const Diagnostics& d : found) diags.append(d);
}

const char* to_string(Status s) {
  switch (s) {
    case Status::transferred:
      return "transferred";
    case Status::split:
      return "split";
    case Status::retained:
      return "retained";
  }
  return "retained";
}

const char* to_string(Direction d) { return d == Direction::upstream ? "upstream" : "service"; }

std::ostream& operator<<(std::ostream& os, Status s) { return os << to_string(s); }
std::ostream& operator<<(std::ostream& os, Direction d) { return os << to_string(d); }

std::string pair_text(const Model& model, PairRef p) {
  return model.components[p.component].qualified + ":" + task_id(model, p.component, p.task);
}

std::vector<PairRef> Conflict::path() const {
  std::vector<PairRef> out;
  if (!witness) return out;
  out.reserve(length);
  for (std::uint32_t k = last; k != WitnessTree::kSeed; k = witness->steps[k].parent)
    out.push_back(witness->steps[k].pair);
  std::reverse(out.begin(), out.end());
  return out;
}

std::string path_text(const Model& model, const std::vector<PairRef>& path) {
  std::string out;
  for (const PairRef& p : path) {
    if (!out.empty()) out += " -> ";
    out += pair_text(model, p);
  }
  return out;
}

}  // namespace opgavesnit
