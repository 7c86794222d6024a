// Invariants of make_plan on random models, against brute-force oracles.
#include <doctest/doctest.h>
#include <opgavesnit/plan/explain.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/transition.h>
#include <opgavesnit/report/explain_render.h>
#include <opgavesnit/report/plan_json.h>
#include <opgavesnit/report/plan_text.h>

#include <algorithm>
#include <deque>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/random_model.h"

using namespace opgavesnit;
using opgavesnit::testing::random_model;

namespace {

using Pair = std::pair<Id, std::uint32_t>;

/// The arcs of the responsibility graph, written independently of closure.h.
std::vector<Pair> arcs_from(const Model& m, Pair p) {
  std::vector<Pair> out;
  const Component& c = m.components[p.first];
  const ComponentType& type = m.types[c.type];
  for (std::uint32_t r : type.tasks[p.second].requires_tasks) out.push_back({p.first, r});
  for (const Dependency& d : c.depends_on) {
    if (d.kind != DepKind::hard) continue;
    if (!d.all_tasks &&
        std::find(d.for_tasks.begin(), d.for_tasks.end(), p.second) == d.for_tasks.end())
      continue;
    const ComponentType& tt = m.types[m.components[d.target].type];
    for (std::uint32_t f = 0; f < tt.tasks.size(); ++f)
      if (tt.tasks[f].foundation) out.push_back({d.target, f});
  }
  return out;
}

struct Oracle {
  const Model& m;
  const Scenario& s;
  std::vector<bool> locked;

  Oracle(const Model& model, const Scenario& scenario) : m(model), s(scenario) {
    for (const Component& c : m.components)
      locked.push_back(c.pin == Pin::retain || s.level_of[c.municipality] == kNoId);
  }
  std::vector<Pair> seeds() const {
    std::vector<Pair> out;
    for (Id c = 0; c < m.components.size(); ++c) {
      if (locked[c]) continue;
      const Component& comp = m.components[c];
      for (std::uint32_t t = 0; t < m.types[comp.type].tasks.size(); ++t) {
        bool selected = comp.pin == Pin::transfer;
        if (!selected) {
          // Independent selection: includes of the level chain, no excludes.
          bool inc = false, exc = false;
          for (Id l = s.level_of[comp.municipality]; l != kNoId; l = m.levels[l].extends) {
            auto match = [&](const Rule& r) {
              auto holds = [](const Filter& f, Id v) {
                return !f.given || std::count(f.values.begin(), f.values.end(), v) > 0;
              };
              const ComponentType& ty = m.types[comp.type];
              if (r.categories.given && (ty.category == kNoId || !holds(r.categories, ty.category)))
                return false;
              return holds(r.types, comp.type) && holds(r.tasks, ty.tasks[t].task);
            };
            for (const Rule& r : m.levels[l].includes) inc = inc || match(r);
            for (const Rule& r : m.levels[l].excludes) exc = exc || match(r);
          }
          selected = inc && !exc;
        }
        if (selected) out.push_back({c, t});
      }
    }
    return out;
  }
  /// Closure with distances.
  std::map<Pair, int> closure(const std::vector<Pair>& from) const {
    std::map<Pair, int> dist;
    std::deque<Pair> queue;
    for (const Pair& p : from)
      if (dist.emplace(p, 0).second) queue.push_back(p);
    while (!queue.empty()) {
      const Pair p = queue.front();
      queue.pop_front();
      if (locked[p.first]) continue;
      for (const Pair& q : arcs_from(m, p))
        if (dist.emplace(q, dist[p] + 1).second) queue.push_back(q);
    }
    return dist;
  }
};

std::set<Pair> handover_of(const Plan& p) {
  std::set<Pair> out;
  for (Id c = 0; c < p.components.size(); ++c)
    for (std::uint32_t t : p.components[c].tasks) out.insert({c, t});
  return out;
}

/// Brute-force reachability among components over hard dependencies inside H.
bool reaches(const Model& m, const Plan& p, Id from, Id to) {
  std::vector<char> seen(m.components.size(), 0);
  std::vector<Id> stack{from};
  seen[from] = 1;
  while (!stack.empty()) {
    const Id c = stack.back();
    stack.pop_back();
    if (c == to) return true;
    for (const Dependency& d : m.components[c].depends_on)
      if (d.kind == DepKind::hard && !p.components[d.target].tasks.empty() && !seen[d.target]) {
        seen[d.target] = 1;
        stack.push_back(d.target);
      }
  }
  return false;
}

void check_plan(const Model& m, Id sid) {
  const Scenario& s = m.scenarios[sid];
  Diagnostics diags;
  const Plan p = make_plan(m, sid, diags);
  const Oracle o(m, s);
  const std::set<Pair> h = handover_of(p);
  const std::vector<Pair> seeds = o.seeds();

  // No handover pair belongs to a locked component; H is closed.
  for (const Pair& x : h) {
    REQUIRE_FALSE(o.locked[x.first]);
    for (const Pair& y : arcs_from(m, x)) {
      if (s.conflicts == ConflictPolicy::strict && o.locked[y.first]) continue;
      CHECK(h.count(y) == 1);
    }
  }

  if (s.conflicts == ConflictPolicy::strict) {
    const auto closure = o.closure(seeds);
    std::set<Pair> expected;
    std::map<Id, int> nearest;
    for (const auto& [x, d] : closure) {
      if (!o.locked[x.first])
        expected.insert(x);
      else if (!nearest.count(x.first) || d < nearest[x.first])
        nearest[x.first] = d;
    }
    CHECK(h == expected);
    std::size_t conflicts = 0;
    for (Id mi = 0; mi < m.municipalities.size(); ++mi) {
      for (const Conflict& cf_ : p.municipalities[mi].conflicts) {
        ++conflicts;
        struct {
          std::vector<PairRef> path;
          Id component;
        } cf{cf_.path(), cf_.component};
        CHECK(cf.path.size() == cf_.length);
        CHECK(cf.path.front() == cf_.seed);
        CHECK(m.components[cf.component].municipality == mi);
        REQUIRE(nearest.count(cf.component) == 1);
        CHECK(static_cast<int>(cf.path.size()) == nearest[cf.component] + 1);
        CHECK(std::count(seeds.begin(), seeds.end(),
                         Pair{cf.path.front().component, cf.path.front().task}) == 1);
        CHECK(cf.path.back().component == cf.component);
        for (std::size_t i = 0; i + 1 < cf.path.size(); ++i) {
          CHECK_FALSE(o.locked[cf.path[i].component]);
          const auto next = arcs_from(m, {cf.path[i].component, cf.path[i].task});
          CHECK(std::count(next.begin(), next.end(),
                           Pair{cf.path[i + 1].component, cf.path[i + 1].task}) >= 1);
        }
      }
      CHECK(p.municipalities[mi].dropped.empty());
    }
    CHECK(conflicts == nearest.size());
    CHECK(p.consistent == nearest.empty());
  } else {
    CHECK(p.consistent);
    std::vector<Pair> kept;
    std::map<Pair, Id> dropped;
    for (const Pair& x : seeds) {
      Id first = kNoId;
      for (const auto& [y, d] : o.closure({x}))
        if (o.locked[y.first] &&
            (first == kNoId || m.components[y.first].qualified < m.components[first].qualified))
          first = y.first;
      if (first == kNoId)
        kept.push_back(x);
      else
        dropped[x] = first;
    }
    std::set<Pair> expected;
    for (const auto& [x, d] : o.closure(kept)) expected.insert(x);
    CHECK(h == expected);
    std::size_t n = 0;
    for (Id mi = 0; mi < m.municipalities.size(); ++mi) {
      CHECK(p.municipalities[mi].conflicts.empty());
      for (const DroppedSeed& ds : p.municipalities[mi].dropped) {
        ++n;
        CHECK(m.components[ds.component].municipality == mi);
        REQUIRE(dropped.count({ds.component, ds.task}) == 1);
        CHECK(dropped[{ds.component, ds.task}] == ds.reaches);
      }
    }
    CHECK(n == dropped.size());
  }

  // Status, interfaces.
  for (Id c = 0; c < m.components.size(); ++c) {
    const ComponentPlan& cp = p.components[c];
    const std::size_t all = m.types[m.components[c].type].tasks.size();
    CHECK(cp.status == (cp.tasks.empty()         ? Status::retained
                        : cp.tasks.size() == all ? Status::transferred
                                                 : Status::split));
    CHECK(cp.locked == o.locked[c]);
  }
  std::size_t interfaces = 0;
  for (const Component& c : m.components)
    for (const Dependency& d : c.depends_on)
      interfaces += p.components[m.find_component(c.qualified)].tasks.empty() !=
                    p.components[d.target].tasks.empty();
  std::size_t listed = 0;
  for (const MunicipalityPlan& mp : p.municipalities) listed += mp.interfaces.size();
  CHECK(listed == interfaces);

  // Waves and periods respect hard dependencies inside H.
  for (Id c = 0; c < m.components.size(); ++c) {
    const ComponentPlan& cp = p.components[c];
    CHECK((cp.wave > 0) == !cp.tasks.empty());
    if (cp.tasks.empty()) continue;
    for (const Dependency& d : m.components[c].depends_on) {
      const ComponentPlan& dp = p.components[d.target];
      if (d.kind != DepKind::hard || dp.tasks.empty()) continue;
      const bool same = reaches(m, p, d.target, c);
      CHECK(same == (cp.group == dp.group));
      if (same)
        CHECK(cp.wave == dp.wave);
      else
        CHECK(cp.wave > dp.wave);
      if (p.scheduled) {
        if (dp.unscheduled)
          CHECK(cp.unscheduled);
        else if (!cp.unscheduled)
          CHECK(cp.period >= dp.period);
      }
    }
    if (p.scheduled) CHECK(cp.unscheduled == (cp.period == kNoId));
  }
  if (p.scheduled) {
    // A period over capacity holds exactly one group, an oversize one.
    std::vector<Int256> used(p.periods.size());
    std::vector<int> groups(p.periods.size(), 0);
    for (const WaveGroup& g : p.groups)
      if (g.period != kNoId) {
        used[g.period] += g.hours;
        ++groups[g.period];
      }
    REQUIRE(p.period_loads.size() == used.size());
    for (std::size_t i = 0; i < used.size(); ++i) {
      if (used[i] > Int256(p.capacity_hours)) CHECK(groups[i] == 1);
      CHECK(p.period_loads[i].hours == used[i]);
      CHECK(p.period_loads[i].groups == static_cast<std::uint32_t>(groups[i]));
    }
  }

  // The net change is the base fee plus the hours times the difference of
  // the rates (the reports explain its sign so); the transition plan of a
  // municipality holds each of its moving components once.
  for (Id mi = 0; mi < m.municipalities.size(); ++mi) {
    const MunicipalityPlan& mp = p.municipalities[mi];
    if (mp.takes_part()) {
      const ServiceLevel& level = m.levels[mp.level];
      CHECK(mp.net_change ==
            Int256(level.base_fee) * Int256(100) +
                mp.hours_transferred * (Int256(level.hourly_rate) - Int256(mp.hourly_cost)));
    }
    std::size_t moving = 0, in_steps = 0;
    Int256 hours;
    for (Id c : mp.components) moving += p.components[c].wave > 0;
    for (const TransitionStep& step : transition_plan(m, p, mi)) {
      in_steps += step.items.size();
      hours += step.hours;
    }
    CHECK(in_steps == moving);
    CHECK(hours == mp.hours_transferred);
  }

  // Common costs sum exactly to the amount (unless they could not be split).
  for (std::size_t k = 0; k < s.common_costs.size(); ++k) {
    Cents sum = 0;
    for (const MunicipalityPlan& mp : p.municipalities) sum += mp.common_costs[k];
    bool failed = false;
    for (const Diagnostic& d : diags.items())
      failed = failed || d.message.find("'" + s.common_costs[k].id + "'") != std::string::npos;
    if (!failed)
      CHECK(sum == s.common_costs[k].amount);
    else
      CHECK(sum == 0);
  }

  // Every renderer runs, and the JSON parses.
  std::ostringstream json, text;
  write_plan_json(json, m, p);
  write_plan_text(text, m, p);
  write_plan_text(text, m, p, {Lang::da, m.municipalities.empty() ? kNoId : Id{0}});
  const auto doc = nlohmann::json::parse(json.str());
  CHECK(doc["municipalities"].size() == m.municipalities.size());
  CHECK(doc["consistent"] == p.consistent);
  for (Id c = 0; c < m.components.size(); ++c) {
    const Explanation ex = explain(m, p, c);
    CHECK(ex.component == c);
    CHECK(ex.tasks.size() == m.types[m.components[c].type].tasks.size());
    CHECK(ex.wave.has_value() == !p.components[c].tasks.empty());
    if (ex.wave) CHECK(ex.wave->chain.size() + 1 == ex.wave->wave);
    for (const TaskExplanation& te : ex.tasks)
      if (te.why == TaskWhy::seed || te.why == TaskWhy::dropped) CHECK(te.rule.selects());
    CHECK_FALSE(explain_text(m, p, ex, Lang::en).empty());
    CHECK_FALSE(explain_text(m, p, ex, Lang::da).empty());
    std::ostringstream ej;
    write_explain_json(ej, m, p, ex);
    CHECK(nlohmann::json::parse(ej.str())["component"] == m.components[c].qualified);
  }
}

}  // namespace

TEST_CASE("random models satisfy the invariants of semantics.md") {
  for (unsigned seed = 1; seed <= 310; ++seed) {
    CAPTURE(seed);
    const Model m = random_model(seed);
    for (Id s = 0; s < m.scenarios.size(); ++s) check_plan(m, s);
  }
}

TEST_CASE("make_plan is deterministic") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    const Model m = random_model(seed);
    Diagnostics d1, d2;
    std::ostringstream a, b;
    write_plan_json(a, m, make_plan(m, Id{0}, d1));
    write_plan_json(b, m, make_plan(m, Id{0}, d2));
    CHECK(a.str() == b.str());
  }
}
