// The economy under three-point estimates (semantics.md §13): each range of
// the model is a random variable with a PERT distribution; a Monte Carlo
// of the plan's economy gives P10/P50/P90 and the mean of each figure, and
// the exact swings show which estimate moves a figure most.
//
// The generator is specified here so that the same seed gives the same
// bytes everywhere (the std distributions differ between libraries):
//
// - run `r` (0-based) of seed `s` has its own std::mt19937_64, seeded with
//   splitmix64(splitmix64(s) ^ r) (splitmix64: Steele, Lea and Flood 2014),
//   so that runs are independent of the thread that computes them;
// - a uniform double is the top 53 bits of one 64-bit output times 2^-53;
// - a normal deviate is Marsaglia's polar method (one of the pair; the other
//   is discarded, so that a draw never depends on an earlier variable's);
// - Gamma(k), k >= 1, is Marsaglia and Tsang (2000), with the squeeze;
// - Beta(α, β) = X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β);
// - each run draws the variables in the order of their ids.
#pragma once

#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace opgavesnit {

/// What a range estimates.
enum class VariableKind : std::uint8_t {
  hours,                     ///< a task's hours in a type: `target` type, `task` local index
  region_hourly_cost,        ///< the region's hourly_cost
  municipality_hourly_cost,  ///< `target` municipality's hourly_cost
  annual_cost,               ///< `target` component's annual_cost
  organisation_hourly_cost,  ///< the organisation's hourly_cost
  fixed_cost,                ///< the organisation's fixed_cost
  efficiency,                ///< the organisation's efficiency of `target` task (kNoId: default)
};

/// One random variable: a range of the model.
struct RiskVariable {
  std::string id;  ///< "hours:vm-cluster/patching", "hourly_cost:region", ...
  VariableKind kind = VariableKind::hours;
  Id target = kNoId;
  std::uint32_t task = 0;
  Estimate range;  ///< in the field's units: hundredths, or ten-thousandths for efficiency
  int scale = 2;   ///< decimals of the field's unit (2, or 4 for efficiency)
};

/// Every range of the model as a variable, sorted by id.
std::vector<RiskVariable> risk_variables(const Model& model);

/// One figure over the runs. Values are exact integers in units of
/// 10^-scale krone; mean and percentiles are the likely figure plus the
/// runs' difference from it (so they equal `likely` when nothing moves it).
struct RiskFigure {
  int scale = 4;
  Int256 likely;
  Int256 mean;
  Int256 p10;
  Int256 p50;
  Int256 p90;
};

/// A figure with one variable at its low and at its high value, every
/// other at likely; exact, in the figure's units.
struct Swing {
  std::size_t variable = 0;  ///< index into RiskResult::variables
  Int256 low;
  Int256 high;
};

struct RiskMunicipality {
  Id municipality = kNoId;
  RiskFigure transferred_cost;
  RiskFigure price;
  RiskFigure net_change;
};

struct RiskResult {
  std::vector<RiskVariable> variables;  ///< sorted by id
  std::uint64_t runs = 0;
  std::uint64_t seed = 0;
  std::vector<RiskMunicipality> municipalities;  ///< in the plan's municipality order (by id)
  RiskFigure transferred_cost;                   ///< totals
  RiskFigure price;
  RiskFigure net_change;
  bool has_organisation = false;
  RiskFigure cost;  ///< the organisation's, when it has one
  RiskFigure result;
  RiskFigure savings;
  /// The `top` largest swings of each figure, largest |high - low| first.
  std::vector<Swing> swings_net_change;
  std::vector<Swing> swings_result;
  std::vector<Swing> swings_savings;
};

struct RiskOptions {
  std::uint64_t runs = 10000;  ///< at least 1
  std::uint64_t seed = 1;
  std::size_t top = 10;
  unsigned threads = 0;  ///< 0: the machine's cores
  /// Called now and then with the runs done so far (from any thread).
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

/// Runs the Monte Carlo of §13 on `plan` (the likely plan of a scenario of
/// `model`, without errors). The cost of a run is proportional to the
/// variables plus the (municipality, type, task) aggregates they touch,
/// not to the components; the result does not depend on `threads`.
RiskResult compute_risk(const Model& model, const Plan& plan, const RiskOptions& options);

/// True when the annual cost of `component` moves in `plan` (§8): it is
/// handed over, and its type has no annual_cost_task or that task moves.
bool annual_cost_moves(const Model& model, const Plan& plan, Id component);

// The sampler, public for its tests.

/// splitmix64's output function applied to `x`.
std::uint64_t splitmix64(std::uint64_t x);
/// The generator of run `run` of seed `seed`.
std::mt19937_64 run_generator(std::uint64_t seed, std::uint64_t run);
/// In [0, 1): the top 53 bits of one output.
double uniform_draw(std::mt19937_64& g);
/// A standard normal deviate (polar method).
double normal_draw(std::mt19937_64& g);
/// Gamma(shape, 1) for shape >= 1 (Marsaglia–Tsang).
double gamma_draw(std::mt19937_64& g, double shape);
/// Beta(alpha, beta) for alpha, beta >= 1.
double beta_draw(std::mt19937_64& g, double alpha, double beta);
/// PERT(low, likely, high): `low` when low == high (drawing nothing).
double pert_draw(std::mt19937_64& g, double low, double likely, double high);

/// The 0-based index of the nearest-rank `percent` percentile of `n`
/// sorted values: ⌈percent × n / 100⌉ − 1 (0 for percent 0; n >= 1).
std::size_t nearest_rank(unsigned percent, std::size_t n);

}  // namespace opgavesnit
