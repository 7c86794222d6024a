// `opgavesnit levels`: each candidate level of one municipality, with
// everything else as in a scenario, side by side.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace opgavesnit {

/// The plan of one variant (municipality M at one level), seen from M.
/// Figures are M's own, in the units of MunicipalityPlan.
struct LevelVariant {
  Id level = kNoId;        ///< Model::levels
  bool current = false;    ///< the level the scenario gives M
  bool consistent = true;  ///< the variant's whole plan
  Int256 hours_transferred;
  Int256 transferred_cost;
  Int256 price;
  Int256 net_change;
  Int256 assets;
  /// Sum of M's shares of the scenario's common costs, in øre.
  Int256 common_costs;
  std::size_t interfaces = 0;
  /// Conflicts involving M: those at a retained component of M, and those
  /// whose witness starts at a seed of M (strict scenarios).
  std::size_t conflicts = 0;
  /// Dropped seeds involving M: seeds of M, and seeds of others that reach
  /// a retained component of M (`conflicts: drop`).
  std::size_t dropped = 0;
  std::uint32_t waves = 0;  ///< the largest wave among M's components
  /// M's budget by year (semantics.md §11) when the variant's plan has one.
  std::vector<BudgetYear> budget;
  /// The organisation's result (§10) under the variant, in
  /// 10^-kOrganisationMoneyScale kr., when the model has an organisation.
  std::optional<Int256> organisation_result;
};

/// What `levels` reports.
struct LevelsReport {
  Id municipality = kNoId;
  std::string scenario_id;
  ConflictPolicy policy = ConflictPolicy::strict;
  Id current_level = kNoId;  ///< kNoId: M does not take part in the scenario
  Cents hours_per_fte = 0;
  /// M's candidate levels in the order M lists them; every level of the
  /// model, in the model's order, when it lists none.
  std::vector<LevelVariant> variants;
  /// Index into `variants` of the cheapest: the lowest net change (what M
  /// pays after the handover compared with today, so the lowest total
  /// cost); ties go to the level whose id sorts first. kNone when there
  /// are no variants.
  std::size_t cheapest = kNone;
  /// Index of the variant that moves the most hours without conflict: no
  /// conflict and no dropped seed involving M; ties go to the lower net
  /// change, then to the level whose id sorts first. kNone when every
  /// variant has a conflict or a dropped seed.
  std::size_t most_moved = kNone;
  /// True when every variant's plan has a budget (the scenario's periods are
  /// dated), and the years of the first variant's (all have the same
  /// periods, so the same horizon).
  bool has_budget = false;
  std::vector<int> budget_years;

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
};

/// Plans `scenario` once per candidate level of `municipality` (the
/// scenario with only M's level changed) and collects M's figures. Errors
/// of a variant's plan (a common cost that cannot be split, say) go to
/// `diags`. Each variant costs one make_plan.
LevelsReport compare_levels(const Model& model, const Scenario& scenario, Id municipality,
                            Diagnostics& diags);

}  // namespace opgavesnit
