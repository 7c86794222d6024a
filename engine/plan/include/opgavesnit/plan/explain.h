// `explain`: why a component is, or is not, handed over in a plan, as data.
// The report library renders it (report/explain_render.h); nothing here is
// text for a person.
#pragma once

#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace opgavesnit {

/// The rule of a level that decides a pair (model-format.md, "Service
/// levels"): the first `includes` entry that matches in the chain of the
/// municipality's level and the levels it extends, and any `excludes`
/// entry that vetoes it.
struct SelectionRule {
  Id level = kNoId;  ///< the municipality's level; kNoId: none
  /// The levels from `level` along `extends` up to and including the one
  /// whose entry decided (just `level` when its own entry did).
  std::vector<Id> chain;
  Id include_level = kNoId;   ///< the level whose `includes` entry matched; kNoId: none
  std::uint32_t include = 0;  ///< index into that level's `includes`
  Id exclude_level = kNoId;   ///< the level whose `excludes` entry vetoed; kNoId: none
  std::uint32_t exclude = 0;  ///< index into that level's `excludes`
  bool pinned = false;        ///< a seed because the component is pinned `transfer`

  bool selects() const { return pinned || (include_level != kNoId && exclude_level == kNoId); }
};

/// How one task of the component came to be where it is.
enum class TaskWhy : std::uint8_t {
  seed,        ///< selected by `rule` (or the pin)
  pulled_in,   ///< reached from the seed `path.front()` along `path`
  dropped,     ///< a seed left out under `conflicts: drop`: `path` reaches `reaches`
  unselected,  ///< not selected, and nothing handed over needs it
  locked,      ///< the component stays whatever happens (pin retain, level none)
};

struct TaskExplanation {
  std::uint32_t task = 0;  ///< local index
  TaskWhy why = TaskWhy::unselected;
  bool moves = false;
  std::vector<PairRef> path;  ///< pulled_in, dropped: from the seed to the last pair
  Id reaches = kNoId;         ///< dropped: the retained component it reaches
  /// The rule that decided the task itself (seed, dropped, unselected), or
  /// for pulled_in the seed at `path.front()`.
  SelectionRule rule;
};

/// One hard dependency that sets a wave: `from` (a member of the group of
/// the step before) depends hard on `to`, whose group is one wave earlier.
struct WaveStep {
  Id from = kNoId;
  Id to = kNoId;
  std::uint32_t wave = 0;  ///< `to`'s
};

/// Why the component's wave (semantics.md §7).
struct WaveExplanation {
  std::uint32_t wave = 0;
  /// Down to wave 1: each step one wave earlier. Empty in wave 1.
  std::vector<WaveStep> chain;
  /// The other components of its strongly connected group, by qualified id.
  std::vector<Id> group;
  /// A shortest cycle through the component (first == last == it), when
  /// `group` is not empty.
  std::vector<Id> cycle;
};

/// A period before the component's and how full it was when the
/// component's group was placed.
struct PeriodFill {
  Id period = kNoId;
  Int256 hours;  ///< hundredths, of the groups placed there before
  std::uint32_t groups = 0;
};

/// Why the component's period, when the scenario schedules periods.
struct PeriodExplanation {
  Id period = kNoId;   ///< kNoId: unscheduled
  Int256 group_hours;  ///< hundredths: what its group hands over
  Cents capacity = 0;  ///< hundredths per period
  std::uint32_t group_size = 1;
  /// The latest-placed dependency group's component: its period is the
  /// earliest the component's group may take. kNoId when it depends on none.
  Id after = kNoId;
  Id earliest = 0;  ///< index of the first period it could take
  /// A dependency that found no period (the group is then unscheduled too).
  Id blocked_by = kNoId;
  /// Larger than a period's capacity: placed alone in the first empty period.
  bool oversize = false;
  /// Periods from `earliest` up to its own (all of them when unscheduled)
  /// that it did not fit in.
  std::vector<PeriodFill> full;
};

/// A retained component that the component's seeds reach (§4): a conflict
/// under `strict`, its seeds dropped under `drop`.
struct SeedConsequence {
  Id retained = kNoId;
  std::vector<PairRef> path;  ///< from a seed of the component to the retained one
};

struct TaskEconomy {
  std::uint32_t task = 0;
  Cents hours = 0;  ///< per unit per year, hundredths
  bool moves = false;
};

/// The component's part of its municipality's figures (§8).
struct EconomyExplanation {
  std::int64_t quantity = 1;
  std::vector<TaskEconomy> tasks;  ///< by task id
  Int256 hours_moved;              ///< hundredths: quantity × moving tasks' hours
  Int256 hours_total;
  Cents hourly_rate = 0;  ///< the level's, øre; 0 when the municipality does not take part
  Cents hourly_cost = 0;  ///< the municipality's own, øre
  /// hours_moved × hourly_rate, and × hourly_cost: ten-thousandths of a krone.
  Int256 price_part;
  Int256 cost_part;
  Cents annual_cost = 0;
  bool annual_moves = false;
  int annual_cost_task = -1;  ///< the type's `annual_cost_task` (local), -1 when none
  /// The municipality's totals, for the share.
  Int256 municipality_hours_transferred;
  Int256 municipality_price;
};

/// Everything `explain` says about one component in one plan.
struct Explanation {
  Id component = kNoId;
  Status status = Status::retained;
  bool locked = false;
  bool takes_part = true;      ///< its municipality takes part in the scenario
  Id level = kNoId;            ///< its municipality's level
  bool pinned_retain = false;  ///< the reason is the component's
  bool pinned_transfer = false;
  std::vector<TaskExplanation> tasks;         ///< by task id
  std::optional<WaveExplanation> wave;        ///< when something of it is handed over
  std::optional<PeriodExplanation> period;    ///< when handed over and scheduled
  std::vector<SeedConsequence> consequences;  ///< by qualified id of `retained`
  ConflictPolicy policy = ConflictPolicy::strict;
  /// The conflicts in which it is the retained component that is needed.
  std::vector<std::vector<PairRef>> needed_by;
  EconomyExplanation economy;
};

/// The rule that decides pair (c, t) for a component of a municipality at
/// `level` (kNoId: none), without the pin.
SelectionRule selection_rule(const Model& model, Id level, Id c, std::uint32_t t);

/// Explains component `component` of `plan` (made from `model`). Linear in
/// the model. A component out of range gives an Explanation whose
/// `component` is kNoId.
Explanation explain(const Model& model, const Plan& plan, Id component);

}  // namespace opgavesnit
