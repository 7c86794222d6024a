#include <opgavesnit/core/text.h>
#include <opgavesnit/plan/explain.h>

#include <algorithm>

#include "pair_graph.h"

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

const std::string& task_name(const Model& model, Id c, std::uint32_t t) {
  return model.tasks[model.types[model.components[c].type].tasks[t].task].id;
}

std::vector<PairRef> refs(const PairGraph& g, const std::vector<PairId>& path) {
  std::vector<PairRef> out;
  for (PairId p : path) out.push_back({g.component(p), g.task(p)});
  return out;
}

std::string level_text(const Model& model, Id level) {
  return level == kNoId ? "none" : "'" + model.levels[level].id + "'";
}

/// Why pair (c, t), a seed, is one.
std::string seed_reason(const Context& cx, Id c) {
  const Component& comp = cx.model.components[c];
  if (comp.pin == Pin::transfer)
    return comp.reason.empty() ? "pinned transfer"
                               : "pinned transfer (" + terminal_text(comp.reason) + ")";
  return "selected by level " +
         level_text(cx.model, level_of_municipality(cx.level_of, comp.municipality));
}

const DroppedSeed* find_dropped(const Context& cx, Id c, std::uint32_t t) {
  return cx.dropped[cx.graph.pair(c, t)];
}

/// The shortest path from seed (c, t) to a pair of `target`.
std::string path_to_component(const Context& cx, Id c, std::uint32_t t, Id target) {
  const Search s = forward_search(cx.graph, cx.locked, {cx.graph.pair(c, t)});
  for (PairId p : s.order)
    if (cx.graph.component(p) == target) return path_text(cx.model, refs(cx.graph, s.path_to(p)));
  return "";
}

std::string dropped_text(const Context& cx, const DroppedSeed& ds) {
  return seed_reason(cx, ds.component) + " but dropped: it reaches retained component '" +
         cx.model.components[ds.reaches].qualified +
         "': " + path_to_component(cx, ds.component, ds.task, ds.reaches);
}

/// Why task t of c is not handed over.
std::string why_not(const Context& cx, Id c, std::uint32_t t) {
  if (const DroppedSeed* ds = find_dropped(cx, c, t)) return dropped_text(cx, *ds);
  const Component& comp = cx.model.components[c];
  return "not selected by level " +
         level_text(cx.model, level_of_municipality(cx.level_of, comp.municipality)) +
         ", and nothing handed over needs it";
}

std::vector<std::uint32_t> tasks_by_id(const Model& model, Id c) {
  const std::size_t n = model.types[model.components[c].type].tasks.size();
  std::vector<std::uint32_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return task_name(model, c, a) < task_name(model, c, b);
  });
  return order;
}

void explain_handed_over(const Context& cx, Id c, std::string& out) {
  std::vector<PairId> sources;
  for (PairId p : seeds(cx.graph, cx.level_of, cx.locked))
    if (!find_dropped(cx, cx.graph.component(p), cx.graph.task(p))) sources.push_back(p);
  const Search s = forward_search(cx.graph, cx.locked, sources);
  const ComponentPlan& cp = cx.plan.components[c];
  for (std::uint32_t t : tasks_by_id(cx.model, c)) {
    out += "  " + task_name(cx.model, c, t) + ": ";
    const bool moves = std::find(cp.tasks.begin(), cp.tasks.end(), t) != cp.tasks.end();
    const PairId p = cx.graph.pair(c, t);
    if (!moves) {
      out += "stays: " + why_not(cx, c, t) + "\n";
    } else if (!s.reached(p)) {
      out += "handed over\n";  // not expected: the handover is the closure of the sources
    } else {
      const std::vector<PairId> path = s.path_to(p);
      if (path.size() == 1) {
        out += "seed, " + seed_reason(cx, c) + "\n";
      } else {
        out += "pulled in: " + path_text(cx.model, refs(cx.graph, path)) + "\n";
        out += "    the seed " +
               pair_text(cx.model, {cx.graph.component(path[0]), cx.graph.task(path[0])}) + " is " +
               seed_reason(cx, cx.graph.component(path[0])) + "\n";
      }
    }
  }
}

void explain_retained(const Context& cx, Id c, std::string& out) {
  const Component& comp = cx.model.components[c];
  const Municipality& muni = cx.model.municipalities[comp.municipality];
  const MunicipalityPlan& mp = cx.plan.municipalities[comp.municipality];
  if (comp.pin == Pin::retain)
    out += "  pinned retain" +
           (comp.reason.empty() ? std::string() : ": " + terminal_text(comp.reason)) + "\n";
  if (!mp.takes_part()) {
    out += "  municipality '" + muni.id + "' does not take part in scenario '" +
           cx.plan.scenario_id + "' (level none)\n";
    if (comp.pin == Pin::transfer) out += "  (its pin transfer applies only when it takes part)\n";
  }
  for (const Conflict& cf : mp.conflicts)
    if (cf.component == c)
      out += "  conflict: it is needed: " + path_text(cx.model, cf.path()) + "\n";
  if (cx.locked[c]) return;
  bool any_dropped = false;
  for (std::uint32_t t : tasks_by_id(cx.model, c)) {
    if (const DroppedSeed* ds = find_dropped(cx, c, t)) {
      out += "  " + task_name(cx.model, c, t) + ": " + dropped_text(cx, *ds) + "\n";
      any_dropped = true;
    }
  }
  if (!any_dropped)
    out += "  no rule of level " + level_text(cx.model, mp.level) +
           " selects any of its tasks, and nothing handed over needs it\n";
}

}  // namespace

std::string explain(const Model& model, const Plan& plan, Id component) {
  if (component >= model.components.size() || component >= plan.components.size()) return "";
  Context cx{model, plan, PairGraph(model), {}, {}, {}};
  cx.dropped.assign(cx.graph.size(), nullptr);
  for (const MunicipalityPlan& mp : plan.municipalities) {
    cx.level_of.push_back(mp.level);
    for (const DroppedSeed& ds : mp.dropped) cx.dropped[cx.graph.pair(ds.component, ds.task)] = &ds;
  }
  for (const ComponentPlan& cp : plan.components) cx.locked.push_back(cp.locked ? 1 : 0);

  const Component& comp = model.components[component];
  const ComponentPlan& cp = plan.components[component];
  std::string out = comp.qualified + " (" + model.types[comp.type].id + ") in scenario '" +
                    plan.scenario_id + "': " + to_string(cp.status);
  if (cp.wave > 0) out += ", wave " + std::to_string(cp.wave);
  if (plan.scheduled && cp.wave > 0)
    out += cp.period == kNoId ? std::string(", unscheduled")
                              : ", period " + terminal_text(plan.periods[cp.period]);
  out += "\n";
  if (cp.tasks.empty())
    explain_retained(cx, component, out);
  else
    explain_handed_over(cx, component, out);
  return out;
}

}  // namespace opgavesnit
