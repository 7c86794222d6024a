// Ownership (semantics.md §12): cash by key to the øre, assets in kind,
// shares to 0.01 % that sum to exactly 100.00.
#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>

#include "planner.h"

namespace opgavesnit {

void compute_ownership(const Model& model, const Scenario& scenario, Plan& plan,
                       Diagnostics& diags) {
  if (!scenario.ownership) return;
  const Ownership& o = *scenario.ownership;
  plan.has_ownership = true;
  const std::size_t n = model.municipalities.size();
  std::vector<char> eligible(n, 0);
  for (Id m = 0; m < n; ++m)
    eligible[m] = o.among == Among::all || plan.municipalities[m].takes_part();
  std::vector<Cents> cash(n, 0);
  bool ok = true;
  if (o.capital > 0) {
    KeyBasis failed = KeyBasis::equal;
    switch (split_by_key(model, plan, o.key, eligible, o.capital, cash, failed)) {
      case SplitProblem::none:
        break;
      case SplitProblem::no_eligible:
        diags.error("unsplittable-ownership", o.pos,
                    "the ownership of scenario '" + scenario.id + "' cannot be split: " +
                        (o.among == Among::all
                             ? std::string("the model has no municipalities")
                             : "no municipality takes part in scenario '" + scenario.id + "'"));
        ok = false;
        break;
      case SplitProblem::zero_basis:
        diags.error("unsplittable-ownership", o.pos,
                    "the capital of the ownership of scenario '" + scenario.id +
                        "' cannot be split by " + to_string(failed) + ": it sums to 0 among " +
                        (o.among == Among::all ? "the municipalities"
                                               : "the participating municipalities"));
        ok = false;
        break;
    }
  }
  if (!ok) cash.assign(n, 0);
  const Int256 kOre(100);
  Int256 total;
  for (Id m = 0; m < n; ++m) {
    MunicipalityPlan& mp = plan.municipalities[m];
    OwnershipShare s;
    s.cash = Int256(cash[m]) * kOre;
    if (o.in_kind && eligible[m]) s.in_kind = mp.assets;
    s.contribution = s.cash + s.in_kind;
    total += s.contribution;
    mp.ownership = s;
  }
  if (total == Int256(0)) {
    if (ok)
      diags.error("unsplittable-ownership", o.pos,
                  "the ownership of scenario '" + scenario.id +
                      "' cannot be split into shares: the contributions sum to 0 (no capital, and "
                      "no assets in kind)");
    return;
  }
  // share(m) = 10000 × contribution / total units of 0.01 %, largest
  // remainders first, ties to the id that sorts first.
  using Big = boost::multiprecision::cpp_int;
  auto to_big = [](const Int256& v) { return Big(v); };
  const Big big_total = to_big(total);
  struct Part {
    Id m;
    Big remainder;
  };
  std::vector<Part> parts;
  std::int64_t allotted = 0;
  for (Id m = 0; m < n; ++m) {
    MunicipalityPlan& mp = plan.municipalities[m];
    const Big scaled = to_big(mp.ownership->contribution) * 10000;
    const Big floor = scaled / big_total;
    mp.ownership->share = floor.convert_to<std::int64_t>();
    allotted += mp.ownership->share;
    parts.push_back({m, scaled - floor * big_total});
  }
  std::sort(parts.begin(), parts.end(), [&](const Part& a, const Part& b) {
    if (a.remainder != b.remainder) return a.remainder > b.remainder;
    return model.municipalities[a.m].id < model.municipalities[b.m].id;
  });
  for (std::size_t i = 0; allotted < 10000 && i < parts.size(); ++i, ++allotted)
    plan.municipalities[parts[i].m].ownership->share += 1;
}

}  // namespace opgavesnit
