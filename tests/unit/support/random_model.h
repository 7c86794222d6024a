// The one random-model generator of the property tests: a seed and a shape
// give a resolved Model, the same on every machine (std::mt19937 and our
// own mapping of its words to ranges; no std:: distribution, whose results
// the standard leaves to the library).
//
//   const Model m = random_model(seed, {.max_components = 12, .scenarios = 1});
//
// The shape says what the test needs (how many of each thing, which
// sections); every draw within it is random. What every model has: tasks
// from a pool of four ("op", "patch", "backup", "mon"), types over random
// subsets of them (hours, foundation, requires), levels with random rules,
// extends and excludes, municipalities "m1", "m0", "m2", "m4", "m3" (in that
// order, so that file order is not id order), components with random
// quantities, costs, pins and hard, interface and task-limited dependencies
// (cycles included), and scenarios with random levels.
#pragma once

#include <opgavesnit/core/model.h>

#include <cstdint>
#include <random>
#include <vector>

namespace opgavesnit::testing {

/// The seeded source of the generator, for a test that draws more.
class Random {
 public:
  explicit Random(unsigned seed) : rng_(seed) {}
  /// 0 ... n - 1 (n >= 1).
  int below(int n);
  /// True `percent` times in 100.
  bool chance(int percent) { return below(100) < percent; }
  /// A range around `likely` (>= 0), sometimes of one value, sometimes with
  /// low = likely or likely = high; high below `max`.
  Estimate range(std::int64_t likely, std::int64_t max);

 private:
  std::mt19937 rng_;
};

/// What a random model holds. The defaults are the planner's property test.
struct RandomShape {
  int max_types = 3;  ///< 1 ... max_types component types
  int min_levels = 1, max_levels = 3;
  int min_municipalities = 1, max_municipalities = 3;
  bool zero_population = true;  ///< now and then a population of 0
  int max_components = 9;       ///< 1 ... max_components
  int dependency_percent = 30;  ///< the chance of each ordered pair of components
  int interface_percent = 25;   ///< of those dependencies, the interfaces
  int scenarios = 2;            ///< s0, s1, ...: the odd ones drop conflicts
  bool all_drop = false;        ///< every scenario drops conflicts (no conflict errors)
  int schedule_percent = 60;    ///< the chance that a scenario has waves
  /// Dated periods (years, half-years, quarters, months: a budget) instead
  /// of "p1" ... "p3".
  bool dated_periods = false;
  bool common_costs = true;  ///< "equal" and "mix", each most of the time
  /// Money (rates, fees, costs, book values) in multiples of this many øre;
  /// hours are hours_unit × 0 ... hours_steps - 1 (hundredths).
  Cents money_unit = 1;
  Cents hours_unit = 150;
  int hours_steps = 4;
  /// The economy: annual_cost_task, common costs' years, the region's own
  /// hourly cost.
  bool economy = false;
  bool ownership = false;        ///< a scenario's ownership (capital, key, in kind)
  int organisation_percent = 0;  ///< the chance of an organisation section
  bool ranges = false;           ///< low/likely/high on hours, hourly and annual costs, ...
};

/// The model of `seed` and `shape`; the same arguments give the same model.
Model random_model(unsigned seed, const RandomShape& shape = {});

}  // namespace opgavesnit::testing
