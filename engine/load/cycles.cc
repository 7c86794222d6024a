// The `dependency-cycle` note: components that depend hard on each other.
// The planner merges such a group into one wave without a word; the note
// lets the architect see whether the cycle is meant.
#include <fmt/format.h>
#include <opgavesnit/core/graph.h>

#include <algorithm>

#include "loader_internal.h"

namespace opgavesnit::detail {

namespace {

std::string named(const Component& c) {
  return c.name.empty() ? c.qualified : c.name + " (" + c.qualified + ")";
}

}  // namespace

void check_dependency_cycles(const Model& model, Diagnostics& diags) {
  const std::size_t n = model.components.size();
  std::vector<std::uint32_t> start(n + 1, 0), arcs;
  for (std::size_t c = 0; c < n; ++c) {
    for (const Dependency& dep : model.components[c].depends_on)
      if (dep.kind == DepKind::hard && dep.target < n && dep.target != c)
        arcs.push_back(dep.target);
    start[c + 1] = static_cast<std::uint32_t>(arcs.size());
  }
  std::uint32_t groups = 0;
  const std::vector<std::uint32_t> group = strong_components(start, arcs, groups);

  // Each group's size and its member with the smallest qualified id.
  std::vector<std::uint32_t> size(groups, 0);
  std::vector<Id> first(groups, kNoId);
  for (Id c = 0; c < n; ++c) {
    const std::uint32_t g = group[c];
    ++size[g];
    if (first[g] == kNoId || model.components[c].qualified < model.components[first[g]].qualified)
      first[g] = c;
  }

  // Per group of two or more, the shortest cycle through its first member,
  // by a breadth-first search that stays inside the group: each vertex and
  // arc is looked at once over all groups.
  std::vector<Id> parent(n, kNoId);
  std::vector<Id> queue;
  std::vector<std::size_t> arc_of(n, 0);  // the dependency that reached each vertex
  for (std::uint32_t g = 0; g < groups; ++g) {
    if (size[g] < 2) continue;
    const Id s = first[g];
    queue.assign(1, s);
    parent[s] = s;
    Id last = kNoId;  // the member whose dependency closes the cycle
    for (std::size_t head = 0; head < queue.size() && last == kNoId; ++head) {
      const Id v = queue[head];
      const auto& deps = model.components[v].depends_on;
      for (std::size_t k = 0; k < deps.size(); ++k) {
        const Dependency& dep = deps[k];
        if (dep.kind != DepKind::hard || dep.target >= n || group[dep.target] != g) continue;
        if (dep.target == s) {
          last = v;
          break;
        }
        if (parent[dep.target] != kNoId) continue;
        parent[dep.target] = v;
        arc_of[dep.target] = k;
        queue.push_back(dep.target);
      }
    }
    if (last == kNoId) continue;  // not reached: every member of a group reaches every other
    std::vector<Id> path{s};
    for (Id v = last; v != s; v = parent[v]) path.push_back(v);
    std::reverse(path.begin() + 1, path.end());
    std::string text;
    for (Id c : path) text += named(model.components[c]) + " -> ";
    text += named(model.components[s]);
    std::string rest;
    if (size[g] > path.size())
      rest = fmt::format("; {} components in all depend on each other this way", size[g]);
    // Located at the first dependency of the cycle (path[1] was reached from s).
    const SourcePos at = model.components[s].depends_on[arc_of[path[1]]].pos;
    diags.remark("dependency-cycle", at,
                 fmt::format("hard dependencies form a cycle: {}{}; whatever of them is handed "
                             "over moves in one wave",
                             text, rest));
    for (Id c : queue) parent[c] = kNoId;
  }
}

}  // namespace opgavesnit::detail
