// Internal to the engine: the stages of make_plan, in the order it runs
// them (declared here so that the benchmarks can time each one).
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <vector>

#include "pair_graph.h"

namespace opgavesnit {

/// Runs the closure under the scenario's policy (§3, §4): marks the
/// handover in `in_handover` (one slot per pair of `g`) and records
/// conflicts (strict) or dropped seeds (drop), unsorted.
void hand_over(const PairGraph& g, const Scenario& scenario, const std::vector<char>& locked,
               std::vector<char>& in_handover, std::vector<Conflict>& conflicts,
               std::vector<DroppedSeed>& dropped);

/// Fills `plan.components` (status, X(c), locked) from the handover.
void classify_components(const PairGraph& g, const std::vector<char>& locked,
                         const std::vector<char>& in_handover, Plan& plan);

/// Fills `plan.municipalities` (level, components, counts, conflicts,
/// dropped seeds) and `plan.municipality_order`. Reads `plan.components`.
void fill_municipalities(const Model& model, const Scenario& scenario,
                         std::vector<Conflict> conflicts, std::vector<DroppedSeed> dropped,
                         Plan& plan);

/// The position of every component in the byte order of qualified ids,
/// from the municipalities' sorted components (fill_municipalities).
std::vector<std::uint32_t> qualified_ranks(const Model& model, const Plan& plan);

/// Adds every dependency that crosses the cut to its municipality's
/// `interfaces`, sorted (§6). `rank` is qualified_ranks().
void find_interfaces(const Model& model, const std::vector<std::uint32_t>& rank, Plan& plan);

/// Groups the handover set into waves and, when the scenario has `waves`,
/// places the groups in periods (semantics.md §7). Reads
/// `plan.components[*].tasks`; fills the wave fields, `groups`,
/// `wave_count` and `unscheduled`.
void assign_waves(const Model& model, const Scenario& scenario,
                  const std::vector<std::uint32_t>& rank, Plan& plan);

/// Fills the economy of every municipality, the common-cost shares and the
/// totals (§8). Reads the handover from `plan.components`.
void compute_economy(const Model& model, const Scenario& scenario, Plan& plan, Diagnostics& diags);

/// Byte order of qualified ids.
inline bool qualified_less(const Model& model, Id a, Id b) {
  return model.components[a].qualified < model.components[b].qualified;
}

}  // namespace opgavesnit
