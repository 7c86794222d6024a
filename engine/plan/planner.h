// Internal to the engine: the stages of make_plan, in the order it runs
// them (declared here so that the benchmarks can time each one).
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <algorithm>
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

/// Why split_by_key could not split an amount.
enum class SplitProblem : std::uint8_t { none, no_eligible, zero_basis };

/// Splits `amount` øre among the municipalities marked in `eligible` by
/// `key`, to the øre, largest remainders first (§8); `out` gets one share
/// per municipality (0 outside). On zero_basis, `failed` is the basis.
SplitProblem split_by_key(const Model& model, const Plan& plan, const std::vector<KeyPart>& key,
                          const std::vector<char>& eligible, Cents amount, std::vector<Cents>& out,
                          KeyBasis& failed);

/// True when the annual cost of a component with plan `cp` moves (§8).
inline bool annual_cost_moves(const ComponentType& type, const ComponentPlan& cp) {
  if (cp.tasks.empty()) return false;
  if (type.annual_cost_task < 0) return true;
  return std::binary_search(cp.tasks.begin(), cp.tasks.end(),
                            static_cast<std::uint32_t>(type.annual_cost_task));
}

/// The shared organisation (§10), when the model has one.
void compute_organisation(const Model& model, Plan& plan);

/// The budget by year (§11), when the scenario's periods are all dated and
/// in order. Reads the economy and the organisation.
void compute_budget(const Model& model, const Scenario& scenario, Plan& plan);

/// Ownership (§12), when the scenario has one; an ownership that cannot be
/// split is an error `unsplittable-ownership`.
void compute_ownership(const Model& model, const Scenario& scenario, Plan& plan,
                       Diagnostics& diags);

/// Byte order of qualified ids.
inline bool qualified_less(const Model& model, Id a, Id b) {
  return model.components[a].qualified < model.components[b].qualified;
}

}  // namespace opgavesnit
