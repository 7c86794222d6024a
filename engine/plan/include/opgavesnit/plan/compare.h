// The difference between the plans of two scenarios of one model
// (`opgavesnit compare`): per municipality and in total. Plain data in the
// model's ids; the renderers (compare_text, compare_json, compare_markdown)
// turn it into reports.
#pragma once

#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/task_matrix.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace opgavesnit {

/// A figure under scenario A and under scenario B, in the units of
/// MunicipalityPlan (hours in hundredths, money in ten-thousandths).
struct FigurePair {
  Int256 a;
  Int256 b;
  Int256 difference() const { return b - a; }
  bool changed() const { return a != b; }
};

/// A figure that a scenario may not have (a budget year outside its
/// horizon, ownership in a scenario without it): absent counts as 0 in the
/// difference and is printed as "n/a" or null.
struct OptionalPair {
  Int256 a;
  Int256 b;
  bool has_a = false;
  bool has_b = false;
  Int256 difference() const { return b - a; }
  bool changed() const { return has_a != has_b || a != b; }
};

/// One year of the budget (semantics.md §11) under A and B, in units of
/// 1 / kBudgetDenominator kr. The organisation's figures are filled only
/// in Comparison::budget.
struct BudgetYearDiff {
  int year = 0;
  OptionalPair price;
  OptionalPair released;
  OptionalPair common_costs;
  OptionalPair net_change;
  OptionalPair revenue;
  OptionalPair cost;
  OptionalPair result;
  bool changed() const {
    return price.changed() || released.changed() || common_costs.changed() ||
           net_change.changed() || revenue.changed() || cost.changed() || result.changed();
  }
};

/// A municipality's ownership (§12) under A and B: money in
/// ten-thousandths of a krone, the share in hundredths of a percent.
struct OwnershipDiff {
  OptionalPair cash;
  OptionalPair in_kind;
  OptionalPair contribution;
  OptionalPair share;
  bool changed() const {
    return cash.changed() || in_kind.changed() || contribution.changed() || share.changed();
  }
};

/// The shared organisation (§10) under A and B: hours in
/// 10^-kOrganisationHoursScale h, money in 10^-kOrganisationMoneyScale kr.
/// Both plans are of one model, so both have it or neither does.
struct OrganisationDiff {
  FigurePair hours_needed;
  FigurePair staff_cost;
  FigurePair fixed_cost;
  FigurePair annual_costs;
  FigurePair cost;
  FigurePair revenue;
  FigurePair result;
  FigurePair savings;
  Cents hours_per_fte = 0;  ///< hundredths, as OrganisationPlan
  bool changed() const {
    return hours_needed.changed() || staff_cost.changed() || fixed_cost.changed() ||
           annual_costs.changed() || cost.changed() || revenue.changed() || result.changed() ||
           savings.changed();
  }
};

/// A component handed over under both scenarios whose tasks differ.
struct TaskChange {
  Id component = kNoId;
  Status status_a = Status::retained;
  Status status_b = Status::retained;
  std::vector<std::uint32_t> gained;  ///< local task indices in B, not in A (ascending)
  std::vector<std::uint32_t> lost;    ///< local task indices in A, not in B (ascending)
};

/// A component handed over under both scenarios whose wave differs, or
/// whose period differs when both scenarios schedule periods.
struct WaveChange {
  Id component = kNoId;
  std::uint32_t wave_a = 0;
  std::uint32_t wave_b = 0;
  Id period_a = kNoId;  ///< index into Plan::periods of A; kNoId: none or unscheduled
  Id period_b = kNoId;
  bool unscheduled_a = false;
  bool unscheduled_b = false;
};

/// One common cost (by id) in one municipality: its share in øre under
/// each scenario, absent when that scenario has no such cost.
struct CostShare {
  std::optional<Cents> a;
  std::optional<Cents> b;
  bool changed() const { return a != b; }
};

/// A cell of the task-split matrix whose holder or hours differ.
struct MatrixChange {
  Id type = kNoId;  ///< Model::types
  Id task = kNoId;  ///< Model::tasks
  MatrixCell a;
  MatrixCell b;
};

/// Added and removed entries of a sorted list (A's entries not in B are
/// removed, B's not in A added); each list keeps the plan's order.
template <class T>
struct ListDiff {
  std::vector<T> added;
  std::vector<T> removed;
  bool empty() const { return added.empty() && removed.empty(); }
};

/// What differs for one municipality.
struct MunicipalityDiff {
  Id municipality = kNoId;
  Id level_a = kNoId;  ///< kNoId: none
  Id level_b = kNoId;
  /// Components handed over (X empty under A, not under B), and taken
  /// back (the other way round), sorted by qualified id.
  std::vector<Id> handed_over;
  std::vector<Id> taken_back;
  /// Components handed over under both with other tasks, by qualified id.
  std::vector<TaskChange> task_changes;
  /// Cells of the task-split matrix that differ, row by row (types in the
  /// model's order), then by column (tasks in the model's order).
  std::vector<MatrixChange> matrix_changes;
  FigurePair hours_transferred;
  FigurePair transferred_cost;
  FigurePair price;
  FigurePair net_change;
  FigurePair assets;
  /// Index = Comparison::common_cost_ids.
  std::vector<CostShare> common_costs;
  ListDiff<Interface> interfaces;
  ListDiff<Conflict> conflicts;  ///< by retained component; paths are those of the plan listing it
  ListDiff<DroppedSeed> dropped;
  /// How many conflicts and dropped seeds the municipality has under A and B.
  std::size_t conflicts_a = 0;
  std::size_t conflicts_b = 0;
  std::size_t dropped_a = 0;
  std::size_t dropped_b = 0;
  /// The largest wave among its components under A and B (0: nothing moves).
  std::uint32_t waves_a = 0;
  std::uint32_t waves_b = 0;
  /// Components handed over under both whose wave (or period) differs.
  std::vector<WaveChange> wave_changes;
  /// The budget by year, one entry per year of Comparison::budget_years
  /// (empty when neither plan has a budget).
  std::vector<BudgetYearDiff> budget;
  /// When either scenario has `ownership`.
  std::optional<OwnershipDiff> ownership;

  /// True when anything above differs between A and B.
  bool changed = false;
};

/// Totals over all municipalities.
struct ComparisonTotals {
  FigurePair hours_transferred;
  FigurePair transferred_cost;
  FigurePair price;
  FigurePair net_change;
  FigurePair assets;
  /// Sum of every municipality's share, index = Comparison::common_cost_ids.
  std::vector<CostShare> common_costs;
  std::size_t handed_over = 0;
  std::size_t taken_back = 0;
  std::size_t task_changes = 0;
  std::size_t matrix_changes = 0;
  std::size_t interfaces_added = 0;
  std::size_t interfaces_removed = 0;
  std::size_t conflicts_a = 0;
  std::size_t conflicts_b = 0;
  std::size_t dropped_a = 0;
  std::size_t dropped_b = 0;
  std::uint32_t waves_a = 0;
  std::uint32_t waves_b = 0;
  std::size_t unscheduled_a = 0;
  std::size_t unscheduled_b = 0;
  std::size_t changed_municipalities = 0;
};

/// The difference between plan A and plan B of the same model.
struct Comparison {
  std::string scenario_a;
  std::string scenario_b;
  bool consistent_a = true;
  bool consistent_b = true;
  ConflictPolicy policy_a = ConflictPolicy::strict;
  ConflictPolicy policy_b = ConflictPolicy::strict;
  /// Period names of each plan (empty when it schedules none).
  bool scheduled_a = false;
  bool scheduled_b = false;
  std::vector<std::string> periods_a;
  std::vector<std::string> periods_b;
  Cents hours_per_fte = 0;
  /// Ids of the common costs of either scenario, sorted by bytes, and
  /// their names (A's, else B's; the id when the cost has none).
  std::vector<std::string> common_cost_ids;
  std::vector<std::string> common_cost_names;
  /// The organisation's figures, when the model has one.
  std::optional<OrganisationDiff> organisation;
  /// The years of either plan's budget, ascending (empty: neither has one),
  /// whether each plan has a budget, and the region's budget per year
  /// (with the organisation's revenue, cost and result).
  std::vector<int> budget_years;
  bool budget_a = false;
  bool budget_b = false;
  std::vector<BudgetYearDiff> budget;
  bool ownership_a = false;
  bool ownership_b = false;
  /// Sorted by municipality id.
  std::vector<MunicipalityDiff> municipalities;
  ComparisonTotals totals;
};

/// Compares `a` and `b`, two plans of `model` (made by make_plan on the
/// same model). Linear in the size of the plans: every list is merged in
/// its sorted order, never searched. The hours and baseline cost of a
/// municipality are the same in both (they depend on the model only), so
/// they are not compared.
Comparison compare_plans(const Model& model, const Plan& a, const Plan& b);

}  // namespace opgavesnit
