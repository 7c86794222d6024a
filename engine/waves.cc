// Waves and periods (semantics.md §7). Boost.Graph stays in this file.
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include "plan_internal.h"

namespace opgavesnit {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

Int256 handed_over_hours(const Model& model, const Plan& plan, Id c) {
  const Component& comp = model.components[c];
  const ComponentType& type = model.types[comp.type];
  Int256 sum;
  for (std::uint32_t t : plan.components[c].tasks)
    sum += Int256(comp.quantity) * Int256(type.tasks[t].hours);
  return sum;
}

/// Places groups (already in scheduling order) in periods.
void schedule(const Waves& waves, const std::vector<std::vector<std::uint32_t>>& deps, Plan& plan) {
  const std::size_t np = waves.periods.size();
  std::vector<Int256> used(np);
  std::vector<std::uint32_t> placed(np, 0);
  const Int256 capacity(waves.capacity_hours);
  for (std::size_t gi = 0; gi < plan.groups.size(); ++gi) {
    WaveGroup& group = plan.groups[gi];
    std::size_t earliest = 0;
    bool blocked = false;
    for (std::uint32_t d : deps[gi]) {
      const WaveGroup& dep = plan.groups[d];
      if (dep.unscheduled)
        blocked = true;
      else
        earliest = std::max<std::size_t>(earliest, dep.period);
    }
    Id period = kNoId;
    if (!blocked) {
      for (std::size_t p = earliest; p < np && period == kNoId; ++p)
        if (used[p] + group.hours <= capacity) period = static_cast<Id>(p);
      if (period == kNoId && group.hours > capacity)
        for (std::size_t p = earliest; p < np && period == kNoId; ++p)
          if (placed[p] == 0) period = static_cast<Id>(p);
    }
    if (period == kNoId) {
      group.unscheduled = true;
      continue;
    }
    group.period = period;
    used[period] += group.hours;
    ++placed[period];
  }
}

}  // namespace

void assign_waves(const Model& model, const Scenario& scenario, Plan& plan) {
  // The handover set H, numbered densely.
  std::vector<Id> h;
  std::vector<Id> h_index(model.components.size(), kNoId);
  for (Id c = 0; c < model.components.size(); ++c)
    if (!plan.components[c].tasks.empty()) {
      h_index[c] = static_cast<Id>(h.size());
      h.push_back(c);
    }
  Graph graph(h.size());
  for (std::size_t i = 0; i < h.size(); ++i)
    for (const Dependency& dep : model.components[h[i]].depends_on)
      if (dep.kind == DepKind::hard && h_index[dep.target] != kNoId)
        boost::add_edge(i, h_index[dep.target], graph);

  std::vector<std::size_t> scc(h.size(), 0);
  const std::size_t n = h.empty() ? 0 : boost::strong_components(graph, scc.data());

  // The condensation: which groups each group depends on, and the reverse.
  std::vector<std::vector<std::uint32_t>> deps(n), dependents(n);
  auto [ei, ee] = boost::edges(graph);
  for (; ei != ee; ++ei) {
    const std::size_t a = scc[boost::source(*ei, graph)], b = scc[boost::target(*ei, graph)];
    if (a != b) deps[a].push_back(static_cast<std::uint32_t>(b));
  }
  for (std::size_t a = 0; a < n; ++a) {
    std::sort(deps[a].begin(), deps[a].end());
    deps[a].erase(std::unique(deps[a].begin(), deps[a].end()), deps[a].end());
    for (std::uint32_t b : deps[a]) dependents[b].push_back(static_cast<std::uint32_t>(a));
  }

  // Longest-path layering, dependencies first (Kahn's order).
  std::vector<std::uint32_t> wave(n, 1), pending(n);
  std::vector<std::uint32_t> ready;
  for (std::size_t a = 0; a < n; ++a) {
    pending[a] = static_cast<std::uint32_t>(deps[a].size());
    if (pending[a] == 0) ready.push_back(static_cast<std::uint32_t>(a));
  }
  for (std::size_t head = 0; head < ready.size(); ++head) {
    const std::uint32_t a = ready[head];
    for (std::uint32_t b : dependents[a]) {
      wave[b] = std::max(wave[b], wave[a] + 1);
      if (--pending[b] == 0) ready.push_back(b);
    }
  }

  // Groups in scheduling order: wave, then smallest qualified id.
  std::vector<WaveGroup> groups(n);
  for (std::size_t i = 0; i < h.size(); ++i) groups[scc[i]].components.push_back(h[i]);
  for (std::size_t a = 0; a < n; ++a) {
    WaveGroup& group = groups[a];
    std::sort(group.components.begin(), group.components.end(),
              [&](Id x, Id y) { return qualified_less(model, x, y); });
    group.wave = wave[a];
    for (Id c : group.components) group.hours += handed_over_hours(model, plan, c);
  }
  std::vector<std::uint32_t> order(n);
  for (std::size_t a = 0; a < n; ++a) order[a] = static_cast<std::uint32_t>(a);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (groups[a].wave != groups[b].wave) return groups[a].wave < groups[b].wave;
    return qualified_less(model, groups[a].components.front(), groups[b].components.front());
  });
  std::vector<std::uint32_t> rank(n);
  for (std::size_t i = 0; i < n; ++i) rank[order[i]] = static_cast<std::uint32_t>(i);
  std::vector<std::vector<std::uint32_t>> ordered_deps(n);
  plan.groups.clear();
  plan.groups.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    plan.groups.push_back(std::move(groups[order[i]]));
    for (std::uint32_t b : deps[order[i]]) ordered_deps[i].push_back(rank[b]);
  }

  if (scenario.waves) schedule(*scenario.waves, ordered_deps, plan);

  plan.wave_count = 0;
  plan.unscheduled.clear();
  for (std::size_t i = 0; i < n; ++i) {
    const WaveGroup& group = plan.groups[i];
    plan.wave_count = std::max(plan.wave_count, group.wave);
    for (Id c : group.components) {
      ComponentPlan& cp = plan.components[c];
      cp.wave = group.wave;
      cp.group = static_cast<Id>(i);
      cp.period = group.period;
      cp.unscheduled = group.unscheduled;
      if (group.unscheduled) plan.unscheduled.push_back(c);
    }
  }
  std::sort(plan.unscheduled.begin(), plan.unscheduled.end(),
            [&](Id a, Id b) { return qualified_less(model, a, b); });
}

}  // namespace opgavesnit
