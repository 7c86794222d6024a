// Internal to the engine: the responsibility graph (semantics.md §3) over
// densely numbered pairs, and the searches the planner and `explain` run on
// it. Arcs are never materialised: they are enumerated from the model.
#pragma once

#include <opgavesnit/core/model.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace opgavesnit {

/// A dense number for a pair (c, t): offset[c] + t.
using PairId = std::uint32_t;
inline constexpr PairId kNoPair = 0xffffffffu;

/// Pair numbering and arc enumeration for one model.
class PairGraph {
 public:
  explicit PairGraph(const Model& model);

  std::size_t size() const { return component_of_.size(); }
  PairId pair(Id c, std::uint32_t t) const { return offset_[c] + t; }
  Id component(PairId p) const { return component_of_[p]; }
  std::uint32_t task(PairId p) const { return p - offset_[component_of_[p]]; }
  std::uint32_t task_count(Id c) const { return offset_[c + 1] - offset_[c]; }

  /// Calls f(q) for every arc p -> q.
  template <class F>
  void for_each_successor(PairId p, F&& f) const {
    const Id c = component(p);
    const std::uint32_t t = task(p);
    const Component& comp = model_.components[c];
    for (std::uint32_t r : model_.types[comp.type].tasks[t].requires_tasks) f(pair(c, r));
    for (const Dependency& dep : comp.depends_on) {
      if (dep.kind != DepKind::hard || !covers(dep, t)) continue;
      const Id d = dep.target;
      for (std::uint32_t fnd : model_.types[model_.components[d].type].foundation) f(pair(d, fnd));
    }
  }

  /// True when dependency `dep` is carried by local task `t` of its dependent.
  static bool covers(const Dependency& dep, std::uint32_t t) {
    return dep.all_tasks ||
           std::find(dep.for_tasks.begin(), dep.for_tasks.end(), t) != dep.for_tasks.end();
  }

  const Model& model() const { return model_; }

 private:
  const Model& model_;
  std::vector<PairId> offset_;    // size components + 1
  std::vector<Id> component_of_;  // per pair
};

/// The result of a forward search: every reached pair with its parent on a
/// shortest path from a source (a source is its own parent), and the pairs
/// in the order reached (by distance).
struct Search {
  std::vector<PairId> parent;  ///< kNoPair when not reached
  std::vector<PairId> order;

  bool reached(PairId p) const { return parent[p] != kNoPair; }
  /// The path from a source to `p` (which must be reached), source first.
  std::vector<PairId> path_to(PairId p) const;
};

/// Multi-source breadth-first search from `sources` (in the order given).
/// Pairs of `locked` components are reached but not expanded (§3).
Search forward_search(const PairGraph& g, const std::vector<char>& locked,
                      const std::vector<PairId>& sources);

/// For `conflicts: drop`: for every pair that is not of a locked component,
/// the locked component with the smallest position in `locked_order` among
/// those whose pairs its closure reaches, or kNoId. `locked_order` lists the
/// locked components (sorted by qualified id). Linear in the graph: one
/// reverse search per locked component, sharing marks.
std::vector<Id> reaching_locked(const PairGraph& g, const std::vector<char>& locked,
                                const std::vector<Id>& locked_order);

/// Which components are locked in a scenario (§1).
std::vector<char> locked_components(const Model& model, const std::vector<Id>& level_of);

/// The level of municipality `m` in a scenario whose resolved levels are
/// `level_of` (kNoId: none).
inline Id level_of_municipality(const std::vector<Id>& level_of, Id m) {
  return m < level_of.size() ? level_of[m] : kNoId;
}

/// Whether pair (c, t) is a seed (§2): `c` not locked, and pinned transfer
/// or selected by its municipality's level.
bool is_seed(const Model& model, const std::vector<Id>& level_of, const std::vector<char>& locked,
             Id c, std::uint32_t t);

/// All seeds in ascending pair order.
std::vector<PairId> seeds(const PairGraph& g, const std::vector<Id>& level_of,
                          const std::vector<char>& locked);

}  // namespace opgavesnit
