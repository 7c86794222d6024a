// Invariants of the figures beyond one year (semantics.md §§10-12) on
// random models: Σ cash = capital, shares sum to 100.00, result = revenue −
// cost, savings = Σ transferred cost − cost, and each year's budget is the
// sum of f_y over what moves, checked against a brute-force oracle.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>

#include "support/random_model.h"

using namespace opgavesnit;
using opgavesnit::testing::random_model;
using opgavesnit::testing::RandomShape;

namespace {

/// One scenario, dropping conflicts, with dated waves (a budget), common
/// costs with years, ownership and an organisation; money in whole kroner.
const RandomShape kShape{.max_municipalities = 4,
                         .zero_population = false,
                         .max_components = 12,
                         .dependency_percent = 5,
                         .scenarios = 1,
                         .all_drop = true,
                         .schedule_percent = 100,
                         .dated_periods = true,
                         .money_unit = 100,
                         .hours_unit = 100,
                         .hours_steps = 500,
                         .economy = true,
                         .ownership = true,
                         .organisation_percent = 100};

}  // namespace

TEST_CASE("economy properties on random models") {
  for (unsigned seed = 1; seed <= 420; ++seed) {
    CAPTURE(seed);
    const Model m = random_model(seed, kShape);
    Diagnostics d;
    const Plan p = make_plan(m, 0, d);
    const Scenario& s = m.scenarios[0];

    // §12: Σ cash = capital; shares sum to exactly 100.00 (unless unsplittable).
    if (!d.has_errors()) {
      Int256 cash, contribution;
      std::int64_t shares = 0;
      for (const MunicipalityPlan& mp : p.municipalities) {
        REQUIRE(mp.ownership);
        cash += mp.ownership->cash;
        contribution += mp.ownership->contribution;
        shares += mp.ownership->share;
        CHECK(mp.ownership->contribution == mp.ownership->cash + mp.ownership->in_kind);
        CHECK(mp.ownership->share >= 0);
      }
      CHECK(cash == Int256(s.ownership->capital) * Int256(100));
      CHECK(shares == 10000);
    }

    // §10: result = revenue − cost; savings = Σ transferred cost − cost.
    REQUIRE(p.organisation);
    const OrganisationPlan& o = *p.organisation;
    Int256 revenue, transferred;
    for (const MunicipalityPlan& mp : p.municipalities) {
      revenue += mp.price;
      transferred += mp.transferred_cost;
    }
    CHECK(o.result == o.revenue - o.cost);
    CHECK(o.revenue == revenue * Int256(10000));
    CHECK(o.savings == transferred * Int256(10000) - o.cost);
    CHECK(o.cost == o.fixed_cost + o.staff_cost + o.annual_costs);

    // §11: every year is Σ n_y(k)/12 over what moves; over the horizon the
    // twelfths of a component moving in month k sum to 12 × (y1 + 1) − k.
    REQUIRE(p.has_budget);
    const int y0 = p.budget.front().year, y1 = p.budget.back().year;
    const int p1 = p.period_dates.front().start;
    for (Id mi = 0; mi < m.municipalities.size(); ++mi) {
      const MunicipalityPlan& mp = p.municipalities[mi];
      REQUIRE(mp.budget.size() == static_cast<std::size_t>(y1 - y0 + 1));
      Int256 sum_price, expected_price, sum_released, expected_released, last_price;
      for (const BudgetYear& by : mp.budget) {
        sum_price += by.price;
        sum_released += by.released;
        CHECK(by.net_change == by.price - by.released + by.common_costs);
      }
      const Cents hourly =
          m.municipalities[mi].hourly_cost.value_or(m.region.hourly_cost.value_or(0));
      for (Id c : m.municipalities[mi].components) {
        const ComponentPlan& cp = p.components[c];
        if (cp.tasks.empty() || cp.period == kNoId || !mp.takes_part()) continue;
        const Component& comp = m.components[c];
        const ComponentType& type = m.types[comp.type];
        Int256 ht;
        for (std::uint32_t t : cp.tasks) ht += Int256(comp.quantity * type.tasks[t].hours);
        bool moves = type.annual_cost_task < 0 ||
                     std::find(cp.tasks.begin(), cp.tasks.end(),
                               static_cast<std::uint32_t>(type.annual_cost_task)) != cp.tasks.end();
        const Int256 ac = moves ? Int256(comp.annual_cost) * Int256(100) : Int256();
        const Int256 months(12 * (y1 + 1) - p.period_dates[cp.period].start);
        const Int256 rate(m.levels[mp.level].hourly_rate);
        expected_price += months * (ht * rate + ac);
        expected_released += months * (ht * Int256(hourly) + ac);
        last_price += ht * rate + ac;
      }
      if (mp.takes_part()) {
        const Int256 fee = Int256(m.levels[mp.level].base_fee) * Int256(100);
        expected_price += Int256(12 * (y1 + 1) - p1) * fee;
        last_price += fee;
      }
      CHECK(sum_price == expected_price * Int256(10000));
      CHECK(sum_released == expected_released * Int256(10000));
      CHECK(mp.budget.back().price == last_price * Int256(120000));
      if (p.unscheduled.empty()) CHECK(mp.budget.back().price == mp.price * Int256(120000));
    }
    for (const BudgetYear& by : p.budget) CHECK(by.result == by.revenue - by.cost);
  }
}
