#include <opgavesnit/core/selection.h>
#include <opgavesnit/plan/explain.h>

#include <algorithm>

#include "pair_graph.h"
#include "planner.h"

namespace opgavesnit {

namespace {

struct Context {
  const Model& model;
  const Plan& plan;
  PairGraph graph;
  std::vector<Id> level_of;
  std::vector<char> locked;
  std::vector<const DroppedSeed*> dropped;  ///< per pair; nullptr when not dropped
};

std::vector<PairRef> refs(const PairGraph& g, const std::vector<PairId>& path) {
  std::vector<PairRef> out;
  out.reserve(path.size());
  for (PairId p : path) out.push_back({g.component(p), g.task(p)});
  return out;
}

SelectionRule seed_rule(const Context& cx, Id c, std::uint32_t t) {
  const Component& comp = cx.model.components[c];
  SelectionRule r =
      selection_rule(cx.model, level_of_municipality(cx.level_of, comp.municipality), c, t);
  r.pinned = comp.pin == Pin::transfer;
  return r;
}

std::vector<std::uint32_t> tasks_by_id(const Model& model, Id c) {
  const ComponentType& type = model.types[model.components[c].type];
  std::vector<std::uint32_t> order(type.tasks.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return model.tasks[type.tasks[a].task].id < model.tasks[type.tasks[b].task].id;
  });
  return order;
}

/// The shortest path from seed pair `from` to a pair of component `target`.
std::vector<PairRef> path_to_component(const Context& cx, PairId from, Id target) {
  const Search s = forward_search(cx.graph, cx.locked, {from});
  for (PairId p : s.order)
    if (cx.graph.component(p) == target) return refs(cx.graph, s.path_to(p));
  return {};
}

void explain_tasks(const Context& cx, Id c, Explanation& ex) {
  const ComponentPlan& cp = cx.plan.components[c];
  // The closure of the seeds that were kept, searched once.
  std::optional<Search> kept;
  if (!cp.tasks.empty()) {
    std::vector<PairId> sources;
    for (PairId p : seeds(cx.graph, cx.level_of, cx.locked))
      if (!cx.dropped[p]) sources.push_back(p);
    kept = forward_search(cx.graph, cx.locked, sources);
  }
  for (std::uint32_t t : tasks_by_id(cx.model, c)) {
    TaskExplanation te;
    te.task = t;
    te.moves = std::binary_search(cp.tasks.begin(), cp.tasks.end(), t);
    const PairId p = cx.graph.pair(c, t);
    if (cx.locked[c]) {
      te.why = TaskWhy::locked;
      te.rule = seed_rule(cx, c, t);
    } else if (const DroppedSeed* ds = cx.dropped[p]) {
      te.why = TaskWhy::dropped;
      te.reaches = ds->reaches;
      te.path = path_to_component(cx, p, ds->reaches);
      te.rule = seed_rule(cx, c, t);
    } else if (te.moves && kept && kept->reached(p)) {
      const std::vector<PairId> path = kept->path_to(p);
      if (path.size() == 1) {
        te.why = TaskWhy::seed;
        te.rule = seed_rule(cx, c, t);
      } else {
        te.why = TaskWhy::pulled_in;
        te.path = refs(cx.graph, path);
        te.rule = seed_rule(cx, te.path.front().component, te.path.front().task);
      }
    } else {
      te.why = TaskWhy::unselected;
      te.rule = seed_rule(cx, c, t);
    }
    ex.tasks.push_back(std::move(te));
  }
}

/// The hard dependencies of handed-over component `d` on other handed-over
/// components, calling f(target).
template <class F>
void for_each_moving_dependency(const Context& cx, Id d, F&& f) {
  for (const Dependency& dep : cx.model.components[d].depends_on)
    if (dep.kind == DepKind::hard && cx.plan.components[dep.target].group != kNoId) f(dep.target);
}

WaveExplanation explain_wave(const Context& cx, Id c) {
  const Plan& plan = cx.plan;
  WaveExplanation we;
  const ComponentPlan& cp = plan.components[c];
  we.wave = cp.wave;
  const WaveGroup& own = plan.groups[cp.group];
  for (Id m : own.components)
    if (m != c) we.group.push_back(m);
  if (!we.group.empty()) {
    // A shortest cycle through c, inside its group.
    std::vector<Id> parent(cx.model.components.size(), kNoId);
    std::vector<Id> queue{c};
    parent[c] = c;
    Id last = kNoId;
    for (std::size_t head = 0; head < queue.size() && last == kNoId; ++head)
      for_each_moving_dependency(cx, queue[head], [&](Id d) {
        if (last != kNoId || plan.components[d].group != cp.group) return;
        if (d == c) {
          last = queue[head];
        } else if (parent[d] == kNoId) {
          parent[d] = queue[head];
          queue.push_back(d);
        }
      });
    if (last != kNoId) {
      for (Id v = last; v != c; v = parent[v]) we.cycle.push_back(v);
      we.cycle.push_back(c);
      std::reverse(we.cycle.begin(), we.cycle.end());
      we.cycle.push_back(c);
    }
  }
  // Down the waves: from the current group, a dependency into a group one
  // wave earlier (there is one while the wave is above 1).
  Id group = cp.group;
  while (plan.groups[group].wave > 1) {
    const std::uint32_t want = plan.groups[group].wave - 1;
    WaveStep step;
    for (Id m : plan.groups[group].components) {
      for_each_moving_dependency(cx, m, [&](Id d) {
        if (step.to == kNoId && plan.groups[plan.components[d].group].wave == want) {
          step.from = m;
          step.to = d;
        }
      });
      if (step.to != kNoId) break;
    }
    if (step.to == kNoId) break;  // not expected: a wave is one more than its dependencies'
    step.wave = want;
    we.chain.push_back(step);
    group = plan.components[step.to].group;
  }
  return we;
}

PeriodExplanation explain_period(const Context& cx, Id c) {
  const Plan& plan = cx.plan;
  const ComponentPlan& cp = plan.components[c];
  const Id gi = cp.group;
  const WaveGroup& group = plan.groups[gi];
  PeriodExplanation pe;
  pe.period = group.unscheduled ? kNoId : group.period;
  pe.group_hours = group.hours;
  pe.capacity = plan.capacity_hours;
  pe.group_size = static_cast<std::uint32_t>(group.components.size());
  pe.oversize = group.hours > Int256(plan.capacity_hours);
  // Its group's dependencies: the latest placed sets the earliest period.
  for (Id m : group.components)
    for_each_moving_dependency(cx, m, [&](Id d) {
      const WaveGroup& dg = plan.groups[plan.components[d].group];
      if (plan.components[d].group == gi) return;
      if (dg.unscheduled) {
        if (pe.blocked_by == kNoId) pe.blocked_by = d;
        return;
      }
      if (pe.after == kNoId || dg.period > pe.earliest ||
          (dg.period == pe.earliest &&
           cx.model.components[d].qualified < cx.model.components[pe.after].qualified)) {
        pe.after = d;
        pe.earliest = dg.period;
      }
    });
  if (pe.blocked_by != kNoId) return pe;
  // How full each period was when the group was placed: the groups are
  // placed in the order of Plan::groups.
  std::vector<PeriodFill> fill(plan.periods.size());
  for (Id p = 0; p < fill.size(); ++p) fill[p].period = p;
  for (Id g = 0; g < gi; ++g) {
    const WaveGroup& other = plan.groups[g];
    if (other.unscheduled || other.period == kNoId) continue;
    fill[other.period].hours += other.hours;
    ++fill[other.period].groups;
  }
  const std::size_t end = pe.period == kNoId ? fill.size() : pe.period;
  for (std::size_t p = pe.earliest; p < end; ++p) pe.full.push_back(fill[p]);
  return pe;
}

std::vector<SeedConsequence> consequences(const Context& cx, Id c) {
  std::vector<PairId> own;
  for (std::uint32_t t = 0; t < cx.graph.task_count(c); ++t)
    if (is_seed(cx.model, cx.level_of, cx.locked, c, t)) own.push_back(cx.graph.pair(c, t));
  std::vector<SeedConsequence> out;
  if (own.empty()) return out;
  const Search s = forward_search(cx.graph, cx.locked, own);
  std::vector<char> seen(cx.model.components.size(), 0);
  for (PairId p : s.order) {
    const Id d = cx.graph.component(p);
    if (!cx.locked[d] || seen[d]) continue;
    seen[d] = 1;
    out.push_back({d, refs(cx.graph, s.path_to(p))});
  }
  std::sort(out.begin(), out.end(), [&](const SeedConsequence& a, const SeedConsequence& b) {
    return cx.model.components[a.retained].qualified < cx.model.components[b.retained].qualified;
  });
  return out;
}

EconomyExplanation explain_economy(const Context& cx, Id c) {
  const Model& model = cx.model;
  const Component& comp = model.components[c];
  const ComponentType& type = model.types[comp.type];
  const ComponentPlan& cp = cx.plan.components[c];
  const MunicipalityPlan& mp = cx.plan.municipalities[comp.municipality];
  EconomyExplanation ee;
  ee.quantity = comp.quantity;
  for (std::uint32_t t : tasks_by_id(model, c)) {
    const bool moves = std::binary_search(cp.tasks.begin(), cp.tasks.end(), t);
    ee.tasks.push_back({t, type.tasks[t].hours, moves});
    const Int256 h = Int256(comp.quantity) * Int256(type.tasks[t].hours);
    ee.hours_total += h;
    if (moves) ee.hours_moved += h;
  }
  ee.hourly_cost = mp.hourly_cost;
  if (mp.takes_part()) ee.hourly_rate = model.levels[mp.level].hourly_rate;
  ee.price_part = ee.hours_moved * Int256(ee.hourly_rate);
  ee.cost_part = ee.hours_moved * Int256(ee.hourly_cost);
  ee.annual_cost = comp.annual_cost;
  ee.annual_moves = annual_cost_moves(type, cp);
  ee.annual_cost_task = type.annual_cost_task;
  ee.municipality_hours_transferred = mp.hours_transferred;
  ee.municipality_price = mp.price;
  return ee;
}

}  // namespace

SelectionRule selection_rule(const Model& model, Id level, Id c, std::uint32_t t) {
  SelectionRule r;
  r.level = level;
  // As level_selects: an exclude anywhere in the chain vetoes; the first
  // include found, nearest level first, selects.
  std::size_t steps = 0;
  for (Id l = level; l != kNoId && steps <= model.levels.size();
       l = model.levels[l].extends, ++steps) {
    const ServiceLevel& sl = model.levels[l];
    if (r.exclude_level == kNoId)
      for (std::uint32_t k = 0; k < sl.excludes.size(); ++k)
        if (rule_matches(model, sl.excludes[k], c, t)) {
          r.exclude_level = l;
          r.exclude = k;
          break;
        }
    if (r.include_level == kNoId)
      for (std::uint32_t k = 0; k < sl.includes.size(); ++k)
        if (rule_matches(model, sl.includes[k], c, t)) {
          r.include_level = l;
          r.include = k;
          break;
        }
    if (r.include_level != kNoId && r.exclude_level != kNoId) break;
  }
  // The chain up to the level that decided: the exclude's when it vetoes,
  // else the include's; the whole chain when nothing matched.
  const Id decided = r.exclude_level != kNoId ? r.exclude_level : r.include_level;
  steps = 0;
  for (Id l = level; l != kNoId && steps <= model.levels.size();
       l = model.levels[l].extends, ++steps) {
    r.chain.push_back(l);
    if (l == decided) break;
  }
  return r;
}

Explanation explain(const Model& model, const Plan& plan, Id component) {
  Explanation ex;
  if (component >= model.components.size() || component >= plan.components.size()) return ex;
  Context cx{model, plan, PairGraph(model), {}, {}, {}};
  cx.dropped.assign(cx.graph.size(), nullptr);
  for (const MunicipalityPlan& mp : plan.municipalities) {
    cx.level_of.push_back(mp.level);
    for (const DroppedSeed& ds : mp.dropped) cx.dropped[cx.graph.pair(ds.component, ds.task)] = &ds;
  }
  for (const ComponentPlan& cp : plan.components) cx.locked.push_back(cp.locked ? 1 : 0);

  const Component& comp = model.components[component];
  const ComponentPlan& cp = plan.components[component];
  const MunicipalityPlan& mp = plan.municipalities[comp.municipality];
  ex.component = component;
  ex.status = cp.status;
  ex.locked = cp.locked;
  ex.takes_part = mp.takes_part();
  ex.level = mp.level;
  ex.pinned_retain = comp.pin == Pin::retain;
  ex.pinned_transfer = comp.pin == Pin::transfer;
  ex.policy = plan.policy;
  explain_tasks(cx, component, ex);
  if (cp.group != kNoId && cp.group < plan.groups.size()) {
    ex.wave = explain_wave(cx, component);
    if (plan.scheduled) ex.period = explain_period(cx, component);
  }
  ex.consequences = consequences(cx, component);
  for (const Conflict& cf : mp.conflicts)
    if (cf.component == component) ex.needed_by.push_back(cf.path());
  ex.economy = explain_economy(cx, component);
  return ex;
}

}  // namespace opgavesnit
