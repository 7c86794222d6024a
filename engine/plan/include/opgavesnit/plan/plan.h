// The plan of one scenario: what is handed over, what stays, the cut between
// them, the waves, and the economy (semantics.md). Plain data in the
// model's own ids; every figure exact.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/model.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

/// What a component gets (semantics.md §5).
enum class Status : std::uint8_t { retained, split, transferred };

/// How an interface is crossed (semantics.md §6).
enum class Direction : std::uint8_t {
  upstream,  ///< the handed-over component depends on one that stays
  service,   ///< a component that stays uses a handed-over one
};

/// One responsibility: component `component`, local task `task` of its type.
struct PairRef {
  Id component = kNoId;
  std::uint32_t task = 0;
  friend bool operator==(const PairRef&, const PairRef&) = default;
};

/// The plan for one component.
struct ComponentPlan {
  Status status = Status::retained;
  /// Retained whatever happens (§1): pinned `retain`, or its municipality
  /// does not take part. Such a component is never handed over.
  bool locked = false;
  /// Local indices of the handed-over tasks (X(c)), ascending.
  std::vector<std::uint32_t> tasks;
  /// 1-based wave; 0 when nothing of the component is handed over.
  std::uint32_t wave = 0;
  /// Index of its wave group in Plan::groups; kNoId when not handed over.
  Id group = kNoId;
  /// Index into Plan::periods; kNoId when not scheduled (see `unscheduled`).
  Id period = kNoId;
  /// True when the scenario schedules periods and the group found no room.
  bool unscheduled = false;
};

/// A strongly connected group of handed-over components (§7).
struct WaveGroup {
  std::vector<Id> components;  ///< sorted by qualified id
  std::uint32_t wave = 0;
  Int256 hours;       ///< hundredths of an hour
  Id period = kNoId;  ///< index into Plan::periods, or kNoId
  bool unscheduled = false;
};

/// The load of one period (§7): what the groups placed in it hand over.
struct PeriodLoad {
  Int256 hours;                  ///< hundredths of an hour
  std::uint32_t components = 0;  ///< components of the groups placed in it
  std::uint32_t groups = 0;      ///< groups placed in it
};

/// A dependency that crosses the cut (§6). Belongs to owner(from).
struct Interface {
  Id from = kNoId;  ///< the dependent component
  Id to = kNoId;    ///< the component depended on
  DepKind kind = DepKind::hard;
  Direction direction = Direction::upstream;
};

/// The witness paths of one plan's conflicts, as one shortest-path tree:
/// each step is a pair with the step before it on its path. Paths share
/// their beginnings, so the tree holds each pair once, however many paths
/// pass it: memory is linear in the model even where the paths written out
/// are quadratic (a chain of n links with a conflict at each). A path is
/// written out only while it is printed (Conflict::path).
struct WitnessTree {
  static constexpr std::uint32_t kSeed = UINT32_MAX;  ///< the parent of a seed's step
  struct Step {
    PairRef pair;
    std::uint32_t parent = kSeed;  ///< index into `steps`
  };
  std::vector<Step> steps;
};

/// A retained component that the closure of the seeds reaches (§4, strict),
/// with a shortest witness path from a seed; the last pair is the
/// component's. Belongs to the municipality that owns `component`.
struct Conflict {
  Id component = kNoId;
  /// The tree of the plan's witness paths, and this path's last step in it.
  std::shared_ptr<const WitnessTree> witness;
  std::uint32_t last = 0;
  std::uint32_t length = 0;  ///< pairs on the path (seed and last included)
  PairRef seed;              ///< the path's first pair

  /// The path written out, seed first: `length` pairs, in time linear in it.
  std::vector<PairRef> path() const;
};

/// Bounds on what a plan writes out (docs/limits.md). Passing one is an
/// error of the plan, located at the model, like a limit on the input.
struct PlanLimits {
  /// Pairs on all witness paths of a plan's conflicts together (each path
  /// is printed whole, so this bounds the output of a strict plan).
  std::uint64_t max_witness_steps = 1000000;
};

/// A seed left out under `conflicts: drop` (§4). Belongs to the owner of
/// the seed's component. `reaches` is the retained component with the
/// smallest qualified id among those the seed's closure reaches.
struct DroppedSeed {
  Id component = kNoId;
  std::uint32_t task = 0;  ///< local index
  Id reaches = kNoId;
};

/// Units of the figures beyond one year (§§10-12). The organisation's money
/// is in 10^-8 kr. (hours × (1 − efficiency) × rate), its hours in 10^-6 h;
/// a budget year's money in 1/(12 × 10^8) kr. (a year is counted in months).
inline constexpr int kOrganisationMoneyScale = 8;
inline constexpr int kOrganisationHoursScale = 6;
inline constexpr std::uint64_t kBudgetDenominator = 1200000000;

/// One year of a budget (§11), in units of 1 / kBudgetDenominator kr.
struct BudgetYear {
  int year = 0;
  Int256 price;
  Int256 released;
  Int256 common_costs;
  Int256 net_change;
  /// The organisation's year (only in Plan::budget, with an organisation).
  Int256 revenue;
  Int256 cost;
  Int256 result;
};

/// A municipality's ownership (§12): money in ten-thousandths of a krone,
/// `share` in hundredths of a percent (10000 = 100.00 %).
struct OwnershipShare {
  Int256 cash;
  Int256 in_kind;
  Int256 contribution;
  std::int64_t share = 0;
};

/// The shared organisation (§10). Hours in 10^-kOrganisationHoursScale,
/// money in 10^-kOrganisationMoneyScale kr.; FTE is hours_needed /
/// (hours_per_fte × 10^4).
struct OrganisationPlan {
  Int256 hours_needed;
  Cents hours_per_fte = 0;  ///< hundredths: the organisation's, else the region's
  Int256 staff_cost;
  Int256 fixed_cost;
  Int256 annual_costs;
  Int256 cost;
  Int256 revenue;
  Int256 result;
  Int256 savings;
};

/// A dated period (§11): months counted as 12 × year + (month − 1), from
/// `start` (inclusive) to `end` (exclusive).
struct DatedPeriod {
  int start = 0;
  int end = 0;
};

/// The months of a dated period id (`YYYY`, `YYYY-Hn`, `YYYY-Qn`,
/// `YYYY-MM`, 2000 <= YYYY <= 2100), or nothing when it is not dated.
std::optional<DatedPeriod> dated_period(std::string_view id);

/// The plan for one municipality: its cut and its economy (§8).
///
/// Hours are in hundredths of an hour; money figures are in ten-thousandths
/// of a krone (hours × rate has four decimals); common-cost shares in øre.
/// FTE is `hours_transferred / Plan::hours_per_fte` (both in hundredths).
struct MunicipalityPlan {
  Id level = kNoId;               ///< kNoId: `none`
  std::vector<Id> components;     ///< all its components, by qualified id
  std::uint32_t transferred = 0;  ///< count of components per status
  std::uint32_t split = 0;
  std::uint32_t retained = 0;
  std::vector<Interface> interfaces;  ///< sorted by (from, to, kind) ids
  std::vector<Conflict> conflicts;    ///< sorted by qualified id of `component`
  std::vector<DroppedSeed> dropped;   ///< sorted by (component, task) ids
  Int256 hours_total;
  Int256 hours_transferred;
  Int256 baseline_cost;
  Int256 transferred_cost;
  Int256 price;
  Int256 net_change;
  Int256 assets;
  /// The annual costs of the components that move (in both the price and
  /// the transferred cost), and the own hourly cost in øre that the
  /// baseline used: net_change = base fee + hours_transferred × (rate −
  /// hourly_cost) for a municipality that takes part.
  Int256 annual_transferred;
  Cents hourly_cost = 0;
  /// Share of each common cost of the scenario (same order), in øre.
  std::vector<Cents> common_costs;
  /// One entry per year of the horizon, when the plan has a budget (§11).
  std::vector<BudgetYear> budget;
  /// When the scenario has `ownership` (§12).
  std::optional<OwnershipShare> ownership;

  bool takes_part() const { return level != kNoId; }
};

/// Sums over all municipalities, in the units of MunicipalityPlan.
struct PlanTotals {
  Int256 hours_transferred;
  Int256 price;
  Int256 assets;
};

/// The plan of one scenario.
struct Plan {
  Id scenario = kNoId;      ///< index into Model::scenarios, or kNoId
  std::string scenario_id;  ///< the scenario's id
  ConflictPolicy policy = ConflictPolicy::strict;
  /// False when a `strict` scenario has a conflict; always true for `drop`.
  bool consistent = true;
  /// Period names when the scenario schedules periods, else empty.
  std::vector<std::string> periods;
  bool scheduled = false;    ///< the scenario has `waves`
  Cents capacity_hours = 0;  ///< hundredths per period, when scheduled
  /// The load of each period (index = `periods`), as the scheduler left it.
  std::vector<PeriodLoad> period_loads;
  /// Ids of the scenario's common costs, in the scenario's order.
  std::vector<std::string> common_cost_ids;
  Cents hours_per_fte = 0;                       ///< hundredths; the denominator of every FTE
  std::vector<ComponentPlan> components;         ///< index = Model::components
  std::vector<MunicipalityPlan> municipalities;  ///< index = Model::municipalities
  std::vector<WaveGroup> groups;                 ///< in scheduling order (wave, smallest id)
  std::uint32_t wave_count = 0;                  ///< the largest wave, 0 when nothing moves
  /// Components of unscheduled groups, sorted by qualified id.
  std::vector<Id> unscheduled;
  PlanTotals totals;
  /// When the model has an `organisation` (§10).
  std::optional<OrganisationPlan> organisation;
  /// True when every period is dated and in order: then `budget` holds the
  /// totals of each year of the horizon, and `period_dates` each period's.
  bool has_budget = false;
  std::vector<BudgetYear> budget;
  std::vector<DatedPeriod> period_dates;
  /// True when the scenario has `ownership`.
  bool has_ownership = false;
  /// Pairs on all witness paths together (the sum of Conflict::length).
  std::uint64_t witness_steps = 0;

  /// Municipalities sorted by id (the order of every report).
  std::vector<Id> municipality_order;
};

/// Computes the plan of `model.scenarios[scenario]`. The model must be
/// valid (loaded without errors); an index out of range is an error
/// `unknown-scenario` and gives the plan of a scenario where no one takes part. Problems that make
/// the plan impossible (a common cost that cannot be split, a municipality without an hourly cost)
/// go to `diags` as errors; the plan is still filled as far as it can be (an unsplittable cost
/// gives every municipality 0).
///
/// When the witness paths of the conflicts pass `limits.max_witness_steps`
/// pairs in all, that is an error `too-many-witness-steps` (located at the
/// seed of the path that passes it); the plan is still filled.
Plan make_plan(const Model& model, Id scenario, Diagnostics& diags, const PlanLimits& limits = {});

/// Like make_plan, for a scenario that need not be one of the model's (a
/// variant with other levels, say). `Plan::scenario` is `index`.
Plan make_plan(const Model& model, const Scenario& scenario, Diagnostics& diags, Id index = kNoId,
               const PlanLimits& limits = {});

/// For `validate` (semantics.md §9): plans every scenario, adds the errors
/// of each, and a warning `conflict` for each conflict of a strict scenario,
/// located at the retained component, with a note at the seed (none when
/// the paths pass `limits`: the error says so instead).
void check_scenarios(const Model& model, Diagnostics& diags, const PlanLimits& limits = {});

/// "transferred", "split" or "retained".
const char* to_string(Status s);
/// "upstream" or "service".
const char* to_string(Direction d);
std::ostream& operator<<(std::ostream& os, Status s);
std::ostream& operator<<(std::ostream& os, Direction d);

/// The hours per year handed over with component `c` (its handed-over
/// tasks times its quantity), in hundredths.
Int256 handed_over_hours(const Model& model, const Plan& plan, Id c);

/// "norddjurs/app:operation": a pair as the reports print it.
std::string pair_text(const Model& model, PairRef p);
/// A path as "a:t -> b:f -> ...".
std::string path_text(const Model& model, const std::vector<PairRef>& path);

}  // namespace opgavesnit
