// Economy and common costs (semantics.md §8), exact throughout.
#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>

#include "planner.h"

namespace opgavesnit {

namespace {

using Big = boost::multiprecision::cpp_int;
using Rational = boost::multiprecision::cpp_rational;

Big to_big(const Int256& v) { return Big(v); }

Big basis_of(const Model& model, const Plan& plan, KeyBasis b, Id m) {
  switch (b) {
    case KeyBasis::population:
      return Big(model.municipalities[m].population.value_or(0));
    case KeyBasis::equal:
      return Big(1);
    case KeyBasis::hours:
      return to_big(plan.municipalities[m].hours_transferred);
  }
  return Big(0);
}

/// Splits one common cost; returns false (after reporting) when it cannot.
bool split_cost(const Model& model, const Scenario& scenario, const CommonCost& cost,
                std::size_t index, Plan& plan, Diagnostics& diags) {
  std::vector<char> eligible(model.municipalities.size(), 0);
  for (Id m = 0; m < model.municipalities.size(); ++m)
    eligible[m] = cost.among == Among::all || plan.municipalities[m].takes_part();
  std::vector<Cents> shares;
  KeyBasis failed = KeyBasis::equal;
  switch (split_by_key(model, plan, cost.key, eligible, cost.amount, shares, failed)) {
    case SplitProblem::none:
      break;
    case SplitProblem::no_eligible:
      diags.error("unsplittable-cost", cost.pos,
                  "common cost '" + cost.id + "' cannot be split: " +
                      (cost.among == Among::all
                           ? std::string("the model has no municipalities")
                           : "no municipality takes part in scenario '" + scenario.id + "'"));
      return false;
    case SplitProblem::zero_basis:
      diags.error(
          "unsplittable-cost", cost.key_pos,
          "common cost '" + cost.id + "' cannot be split by " + to_string(failed) +
              ": it sums to 0 among the " +
              (cost.among == Among::all ? "municipalities" : "participating municipalities"));
      return false;
  }
  for (Id m = 0; m < model.municipalities.size(); ++m)
    plan.municipalities[m].common_costs[index] = shares[m];
  return true;
}

}  // namespace

SplitProblem split_by_key(const Model& model, const Plan& plan, const std::vector<KeyPart>& key,
                          const std::vector<char>& eligible_mask, Cents amount,
                          std::vector<Cents>& out, KeyBasis& failed) {
  out.assign(model.municipalities.size(), 0);
  std::vector<Id> eligible;
  for (Id m = 0; m < model.municipalities.size(); ++m)
    if (eligible_mask[m]) eligible.push_back(m);
  if (eligible.empty()) return SplitProblem::no_eligible;
  std::vector<Big> sums(key.size());
  for (std::size_t k = 0; k < key.size(); ++k) {
    for (Id m : eligible) sums[k] += basis_of(model, plan, key[k].basis, m);
    if (key[k].weight > 0 && sums[k] == 0) {
      failed = key[k].basis;
      return SplitProblem::zero_basis;
    }
  }

  struct Share {
    Id m;
    Big floor;
    Rational remainder;
  };
  std::vector<Share> shares;
  Big allotted = 0;
  for (Id m : eligible) {
    Rational raw = 0;
    for (std::size_t k = 0; k < key.size(); ++k) {
      if (key[k].weight == 0) continue;
      raw += Rational(Big(key[k].weight) * basis_of(model, plan, key[k].basis, m),
                      Big(10000) * sums[k]);
    }
    raw *= Big(amount);
    // Shares are never negative: floor is the truncated quotient.
    Big floor = boost::multiprecision::numerator(raw) / boost::multiprecision::denominator(raw);
    shares.push_back({m, floor, raw - Rational(floor)});
    allotted += floor;
  }
  std::stable_sort(shares.begin(), shares.end(), [&](const Share& a, const Share& b) {
    if (a.remainder != b.remainder) return a.remainder > b.remainder;
    return model.municipalities[a.m].id < model.municipalities[b.m].id;
  });
  Big left = Big(amount) - allotted;
  for (Share& s : shares) {
    if (left <= 0) break;
    s.floor += 1;
    left -= 1;
  }
  for (const Share& s : shares) out[s.m] = s.floor.convert_to<Cents>();
  return SplitProblem::none;
}

void compute_economy(const Model& model, const Scenario& scenario, Plan& plan, Diagnostics& diags) {
  const Int256 kOre(100);  // øre -> ten-thousandths of a krone
  plan.totals = {};
  for (Id m = 0; m < model.municipalities.size(); ++m) {
    const Municipality& muni = model.municipalities[m];
    MunicipalityPlan& mp = plan.municipalities[m];
    // The loader reports a municipality without one (missing-hourly-cost);
    // a model built by hand without one costs its hours at 0.
    const Cents hourly = muni.hourly_cost.value_or(model.region.hourly_cost.value_or(0));
    // Exact in 128 bits: a product quantity × hours is below 10^26 (2^87),
    // money below 10^14 (2^47) øre; sums of 2^32 of them stay below 2^119.
    __int128 hours_total = 0, hours_moved = 0, annual_total = 0, annual_moved = 0, assets = 0;
    for (Id c : muni.components) {
      const Component& comp = model.components[c];
      const ComponentType& type = model.types[comp.type];
      const ComponentPlan& cp = plan.components[c];
      std::size_t next = 0;  // walks cp.tasks, which is ascending
      for (std::uint32_t t = 0; t < type.tasks.size(); ++t) {
        const __int128 h = static_cast<__int128>(comp.quantity) * type.tasks[t].hours;
        hours_total += h;
        if (next < cp.tasks.size() && cp.tasks[next] == t) {
          hours_moved += h;
          ++next;
        }
      }
      annual_total += comp.annual_cost;
      if (annual_cost_moves(type, cp)) annual_moved += comp.annual_cost;
      if (!cp.tasks.empty()) assets += comp.book_value;
    }
    mp.hours_total += Int256(hours_total);
    mp.hours_transferred += Int256(hours_moved);
    const Int256 rate_cost(hourly);
    mp.baseline_cost = mp.hours_total * rate_cost + Int256(annual_total) * kOre;
    mp.transferred_cost = mp.hours_transferred * rate_cost + Int256(annual_moved) * kOre;
    if (mp.takes_part()) {
      const ServiceLevel& level = model.levels[mp.level];
      mp.price = Int256(level.base_fee) * kOre + mp.hours_transferred * Int256(level.hourly_rate) +
                 Int256(annual_moved) * kOre;
    }
    mp.net_change = mp.price - mp.transferred_cost;
    mp.assets = Int256(assets) * kOre;
    mp.annual_transferred = Int256(annual_moved) * kOre;
    mp.hourly_cost = hourly;
    mp.common_costs.assign(scenario.common_costs.size(), 0);

    plan.totals.hours_transferred += mp.hours_transferred;
    plan.totals.price += mp.price;
    plan.totals.assets += mp.assets;
  }
  for (std::size_t k = 0; k < scenario.common_costs.size(); ++k)
    split_cost(model, scenario, scenario.common_costs[k], k, plan, diags);
}

}  // namespace opgavesnit
