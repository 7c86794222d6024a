// The comparison of two scenarios as people read it, walked once: every
// figure as its label, its value under A and under B and the signed
// difference B − A, formatted in one language, and every list of changes
// with the model's names (not ids) already escaped for the report's
// syntax. compare_text and compare_markdown only lay these rows out, as
// lines and as tables; compare_json, which speaks ids and JSON numbers,
// shares the tables of figures (which figure, under which key, in which
// order).
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/compare.h>
#include <opgavesnit/report/locale.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit::compare_rows {

/// Makes text from the model safe for a report's syntax: terminal_text
/// for text, md_escape for Markdown.
using Escape = std::string (*)(std::string_view);

/// A figure of the comparison: its label's key (locale.h), its key in
/// the JSON report, and where it is in `Diff`. The tables below name each
/// figure once, in the order every report lists them.
template <class Diff, class Pair>
struct Field {
  std::string_view label;
  std::string_view json;
  Pair Diff::*pair;
};

/// The money of a municipality (MunicipalityDiff) and of the totals
/// (ComparisonTotals), after the hours and FTE transferred.
template <class Diff>
inline constexpr Field<Diff, FigurePair> kMoneyFields[] = {
    {"transferred_cost", "transferred_cost", &Diff::transferred_cost},
    {"price", "price", &Diff::price},
    {"net_change", "net_change", &Diff::net_change},
    {"assets", "assets", &Diff::assets},
};

/// A year of the budget: the region's (or a municipality's) figures, then
/// the organisation's.
inline constexpr Field<BudgetYearDiff, OptionalPair> kBudgetFields[] = {
    {"price", "price", &BudgetYearDiff::price},
    {"released", "released", &BudgetYearDiff::released},
    {"common_costs", "common_costs", &BudgetYearDiff::common_costs},
    {"net_change", "net_change", &BudgetYearDiff::net_change},
};
inline constexpr Field<BudgetYearDiff, OptionalPair> kOrganisationBudgetFields[] = {
    {"org_revenue", "revenue", &BudgetYearDiff::revenue},
    {"org_cost", "cost", &BudgetYearDiff::cost},
    {"org_result", "result", &BudgetYearDiff::result},
};

/// A municipality's ownership in money, before its share.
inline constexpr Field<OwnershipDiff, OptionalPair> kOwnershipMoneyFields[] = {
    {"cash", "cash", &OwnershipDiff::cash},
    {"in_kind", "in_kind", &OwnershipDiff::in_kind},
    {"contribution", "contribution", &OwnershipDiff::contribution},
};

/// The organisation's money, after its hours and FTE needed.
inline constexpr Field<OrganisationDiff, FigurePair> kOrganisationMoneyFields[] = {
    {"staff_cost", "staff_cost", &OrganisationDiff::staff_cost},
    {"fixed_cost", "fixed_cost", &OrganisationDiff::fixed_cost},
    {"annual_costs", "annual_costs", &OrganisationDiff::annual_costs},
    {"cost", "cost", &OrganisationDiff::cost},
    {"revenue", "revenue", &OrganisationDiff::revenue},
    {"result", "result", &OrganisationDiff::result},
    {"savings", "savings", &OrganisationDiff::savings},
};

/// One figure under A and B.
struct Row {
  /// The label's key (locale.h), or empty when the row is named by the
  /// model instead (a common cost, a municipality): then `name`, escaped.
  std::string_view key;
  std::string name;
  std::string a;  ///< "n/a" in the language when A lacks the figure
  std::string b;
  /// B − A with its sign and unit; "n/a" when a side lacks the figure
  /// (then has_difference is false).
  std::string difference;
  bool has_difference = true;
  bool changed = false;
};

/// The figures of a municipality and of the totals, in this order.
enum Figure : std::size_t {
  hours_transferred,
  fte_transferred,
  transferred_cost,
  price,
  net_change,
  assets,
  kFigureCount
};
using Figures = std::array<Row, kFigureCount>;

/// One year of a budget: a row per figure (price, released, common
/// costs, net change, then the organisation's revenue, cost and result
/// when it has them).
struct BudgetYear {
  int year = 0;
  std::vector<Row> rows;
  bool changed = false;
};

/// A cell of the task-split matrix: the holder's label and the hours it
/// shows (empty when the holder has none of that side).
struct Cell {
  std::string holder;
  std::string hours_shared;
  std::string hours_municipality;
};

struct TaskRow {
  std::string component;
  std::string status_a;  ///< the status's label
  std::string status_b;
  std::vector<std::string> gained;  ///< task names
  std::vector<std::string> lost;
};

struct MatrixRow {
  std::string type;
  std::string task;
  Cell a;
  Cell b;
};

struct InterfaceRow {
  std::string from;
  std::string to;
  std::string direction;  ///< labels
  std::string kind;
};

struct ConflictRow {
  std::string component;          ///< the retained component
  std::vector<std::string> path;  ///< pairs, as a person reads them
};

struct DroppedRow {
  std::string seed;  ///< the pair
  std::string reaches;
};

/// A scenario's wave of a component, and its period when the scenario
/// schedules periods (the period's name, or "unscheduled").
struct Wave {
  std::uint32_t number = 0;
  std::optional<std::string> period;
};

struct WaveRow {
  std::string component;
  Wave a;
  Wave b;
};

template <class T>
struct Changes {
  std::vector<T> added;
  std::vector<T> removed;
  bool empty() const { return added.empty() && removed.empty(); }
};

/// What differs for one municipality.
struct Municipality {
  const MunicipalityDiff* diff = nullptr;
  std::string name;
  std::string level_a;  ///< the level's name, or "none"
  std::string level_b;
  std::vector<std::string> handed_over;  ///< component names
  std::vector<std::string> taken_back;
  std::vector<TaskRow> task_changes;
  std::vector<MatrixRow> matrix_changes;
  Figures figures;
  /// The common costs of either scenario, by Comparison::common_cost_ids.
  std::vector<Row> common_costs;
  bool common_costs_changed = false;
  std::vector<BudgetYear> budget;  ///< without the organisation's figures
  bool budget_changed = false;
  /// Cash, in kind, contribution and share, when either scenario has
  /// ownership (empty otherwise).
  std::vector<Row> ownership;
  bool ownership_changed = false;
  Changes<InterfaceRow> interfaces;
  Changes<ConflictRow> conflicts;
  Changes<DroppedRow> dropped;
  std::vector<WaveRow> wave_changes;
};

/// The whole comparison.
struct Rows {
  std::vector<Municipality> municipalities;  ///< as Comparison::municipalities
  Figures totals;
  std::vector<Row> total_common_costs;
  /// Conflicts, dropped seeds and waves; periods and unscheduled
  /// components when either scenario schedules periods.
  std::vector<Row> counts;
  /// The organisation's hours, FTE and money (empty when the model has
  /// no organisation).
  std::vector<Row> organisation;
  /// The region's budget, with the organisation's figures when it has one.
  std::vector<BudgetYear> budget;
  /// Each municipality's ownership share (named by the municipality),
  /// when either scenario has ownership.
  std::vector<Row> ownership;
};

/// The rows of `cmp`, a comparison of two plans of `model`, in `lang`,
/// with every text from the model passed through `escape`. Linear in the
/// size of the comparison.
Rows make_rows(const Model& model, const Comparison& cmp, Lang lang, Escape escape);

}  // namespace opgavesnit::compare_rows
