// Waves and periods (semantics.md §7), on flat arrays: the handover set's
// dependency graph in compressed rows, Tarjan's algorithm without recursion.
#include <opgavesnit/core/graph.h>

#include <algorithm>

#include "planner.h"

namespace opgavesnit {

namespace {

/// Hours handed over with component `c`, exact: quantity < 10^12 and hours
/// < 10^14 hundredths, so a product fits 87 bits and a sum of 2^32 of them
/// fits 128.
__int128 hours_of_component(const Model& model, const Plan& plan, Id c) {
  const Component& comp = model.components[c];
  const ComponentType& type = model.types[comp.type];
  __int128 sum = 0;
  for (std::uint32_t t : plan.components[c].tasks)
    sum += static_cast<__int128>(comp.quantity) * type.tasks[t].hours;
  return sum;
}

/// Places groups (already in scheduling order) in periods.
/// `deps` lists, in compressed rows (`dep_start`), the groups each group
/// depends on.
void schedule(const Waves& waves, const std::vector<std::uint32_t>& dep_start,
              const std::vector<std::uint32_t>& deps, Plan& plan) {
  const std::size_t np = waves.periods.size();
  std::vector<PeriodLoad>& load = plan.period_loads;
  load.assign(np, {});
  const Int256 capacity(waves.capacity_hours);
  for (std::size_t gi = 0; gi < plan.groups.size(); ++gi) {
    WaveGroup& group = plan.groups[gi];
    std::size_t earliest = 0;
    bool blocked = false;
    for (std::uint32_t k = dep_start[gi]; k < dep_start[gi + 1]; ++k) {
      const WaveGroup& dep = plan.groups[deps[k]];
      if (dep.unscheduled)
        blocked = true;
      else
        earliest = std::max<std::size_t>(earliest, dep.period);
    }
    Id period = kNoId;
    if (!blocked) {
      for (std::size_t p = earliest; p < np && period == kNoId; ++p)
        if (load[p].hours + group.hours <= capacity) period = static_cast<Id>(p);
      if (period == kNoId && group.hours > capacity)
        for (std::size_t p = earliest; p < np && period == kNoId; ++p)
          if (load[p].groups == 0) period = static_cast<Id>(p);
    }
    if (period == kNoId) {
      group.unscheduled = true;
      continue;
    }
    group.period = period;
    load[period].hours += group.hours;
    load[period].components += static_cast<std::uint32_t>(group.components.size());
    ++load[period].groups;
  }
}

}  // namespace

Int256 handed_over_hours(const Model& model, const Plan& plan, Id c) {
  return Int256(hours_of_component(model, plan, c));
}

void assign_waves(const Model& model, const Scenario& scenario,
                  const std::vector<std::uint32_t>& rank, Plan& plan) {
  // The handover set H, numbered densely, and its hard dependencies.
  std::vector<Id> h;
  std::vector<Id> h_index(model.components.size(), kNoId);
  for (Id c = 0; c < model.components.size(); ++c)
    if (!plan.components[c].tasks.empty()) {
      h_index[c] = static_cast<Id>(h.size());
      h.push_back(c);
    }
  std::vector<std::uint32_t> start(h.size() + 1, 0), arcs;
  std::vector<__int128> hours_of(h.size());  // read in component order, which is cheap
  for (std::size_t i = 0; i < h.size(); ++i) {
    hours_of[i] = hours_of_component(model, plan, h[i]);
    for (const Dependency& dep : model.components[h[i]].depends_on)
      if (dep.kind == DepKind::hard && h_index[dep.target] != kNoId)
        arcs.push_back(h_index[dep.target]);
    start[i + 1] = static_cast<std::uint32_t>(arcs.size());
  }
  std::uint32_t n = 0;
  const std::vector<std::uint32_t> scc = strong_components(start, arcs, n);

  // Members of each group (compressed rows), in rank order.
  std::vector<std::uint32_t> member_start(n + 1, 0), members(h.size());
  for (std::size_t i = 0; i < h.size(); ++i) ++member_start[scc[i] + 1];
  for (std::uint32_t a = 0; a < n; ++a) member_start[a + 1] += member_start[a];
  {
    std::vector<std::uint32_t> fill(member_start.begin(), member_start.end() - 1);
    for (std::size_t i = 0; i < h.size(); ++i)
      members[fill[scc[i]]++] = static_cast<std::uint32_t>(i);
  }

  // The condensation: the groups each group depends on, deduplicated. A
  // group is found after every group it reaches, so its dependencies'
  // waves are known when it is reached here (longest-path layering).
  std::vector<std::uint32_t> dep_start(n + 1, 0), deps, wave(n, 1), mark(n, 0xffffffffu);
  for (std::uint32_t a = 0; a < n; ++a) {
    for (std::uint32_t k = member_start[a]; k < member_start[a + 1]; ++k) {
      const std::uint32_t i = members[k];
      for (std::uint32_t e = start[i]; e < start[i + 1]; ++e) {
        const std::uint32_t b = scc[arcs[e]];
        if (b == a || mark[b] == a) continue;
        mark[b] = a;
        deps.push_back(b);
        wave[a] = std::max(wave[a], wave[b] + 1);
      }
    }
    dep_start[a + 1] = static_cast<std::uint32_t>(deps.size());
  }

  // Groups in scheduling order: wave, then smallest qualified id.
  std::vector<std::uint32_t> first(n, 0xffffffffu);
  for (std::uint32_t a = 0; a < n; ++a)
    for (std::uint32_t k = member_start[a]; k < member_start[a + 1]; ++k)
      first[a] = std::min<std::uint32_t>(first[a], rank[h[members[k]]]);
  std::vector<std::uint32_t> order(n);
  for (std::uint32_t a = 0; a < n; ++a) order[a] = a;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return wave[a] != wave[b] ? wave[a] < wave[b] : first[a] < first[b];
  });
  std::vector<std::uint32_t> position(n);
  for (std::uint32_t i = 0; i < n; ++i) position[order[i]] = i;
  std::vector<std::uint32_t> ordered_start(1, 0), ordered_deps;
  plan.groups.assign(n, {});
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t a = order[i];
    WaveGroup& group = plan.groups[i];
    group.wave = wave[a];
    group.components.reserve(member_start[a + 1] - member_start[a]);
    __int128 hours = 0;
    for (std::uint32_t k = member_start[a]; k < member_start[a + 1]; ++k) {
      group.components.push_back(h[members[k]]);
      hours += hours_of[members[k]];
    }
    group.hours = Int256(hours);
    if (group.components.size() > 1)
      std::sort(group.components.begin(), group.components.end(),
                [&](Id x, Id y) { return rank[x] < rank[y]; });
    if (scenario.waves) {
      for (std::uint32_t e = dep_start[a]; e < dep_start[a + 1]; ++e)
        ordered_deps.push_back(position[deps[e]]);
      ordered_start.push_back(static_cast<std::uint32_t>(ordered_deps.size()));
    }
  }

  if (scenario.waves) schedule(*scenario.waves, ordered_start, ordered_deps, plan);

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
            [&](Id a, Id b) { return rank[a] < rank[b]; });
}

}  // namespace opgavesnit
