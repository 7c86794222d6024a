// The rules of semantics.md, one small model at a time (the sample model
// of support/sample.h, and what a case adds to it).
//
// This file: exact prices and hours, rounding, common costs.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/plan_json.h>

#include <string>

#include "support/plan_fixture.h"
#include "support/sample.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

TEST_CASE("economy is exact") {
  ModelBuilder b;
  b.type("t", {{"op", 1225}, {"extra", 100}});
  b.level("l", 70010).fee(1000000).include({.tasks = {"op"}});
  b.municipality("m", 10, 70010);
  b.municipality("n", 10);
  b.component("m/x", "t").annual(50000).book(123456);
  b.component("m/y", "t").annual(10000).book(1);
  b.component("m/z", "t").qty(3).retain();
  b.component("n/x", "t");
  b.scenario("s", "l").set("n", "none");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  const MunicipalityPlan& mp = muni(m, p, "m");
  CHECK(format_decimal(mp.hours_total, 2, 2) == "66.25");  // 5 units x 13.25
  CHECK(format_decimal(mp.hours_transferred, 2, 2) == "24.5");
  // 12.25 h x 700.10 = 8576.225 -> 8576.23 (a double says 8576.22)
  const std::string json = json_of(m, p);
  CHECK(format_decimal(mp.hours_transferred * Int256(70010), 4, 2) == "17152.45");
  CHECK(money_json(mp.transferred_cost) == "17752.45");  // + 600 kr. annual cost
  CHECK(money_json(mp.baseline_cost) == "46981.63");     // 66.25 x 700.10 + 600
  CHECK(money_json(mp.price) == "27752.45");             // 10000 + 17152.45 + 600
  CHECK(money_json(mp.net_change) == "10000");
  CHECK(money_json(mp.assets) == "1234.57");
  CHECK(fte_json(mp.hours_transferred, p.hours_per_fte) == "0.015");
  const MunicipalityPlan& np = muni(m, p, "n");
  CHECK(money_json(np.price) == "0");
  CHECK(money_json(np.net_change) == "0");
  CHECK(money_json(np.baseline_cost) == "9275");  // 13.25 h x 700 kr. (the region's)
  CHECK(money_json(p.totals.price) == "27752.45");
}

TEST_CASE("half an øre from a product rounds away from zero") {
  ModelBuilder b;
  b.type("t", {{"op", 1225}});
  b.level("l", 70010).include({});
  b.municipality("m", 1, 70010);
  b.component("m/x", "t");
  b.scenario("s", "l");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(money_json(muni(m, p, "m").price) == "8576.23");
  CHECK(money_json(muni(m, p, "m").net_change) == "0");
}

TEST_CASE("common costs") {
  ModelBuilder b;
  b.type("t", {{"op", 100}});
  b.level("l", 100).include({});
  b.municipality("c", 1);
  b.municipality("a", 1);
  b.municipality("b", 1);
  b.municipality("d", 0);
  b.component("a/x", "t").qty(3);
  b.component("b/x", "t");
  b.component("d/x", "t");

  SUBCASE("equal shares: the leftover øre goes to the id that sorts first") {
    b.scenario("s", "l")
        .set("d", "none")
        .cost("k", 100, {{KeyBasis::equal, 10000}}, Among::participating);
    const Model m = b.build();
    const Plan p = plan_of(m, "s");
    CHECK(muni(m, p, "a").common_costs[0] == 34);
    CHECK(muni(m, p, "b").common_costs[0] == 33);
    CHECK(muni(m, p, "c").common_costs[0] == 33);
    CHECK(muni(m, p, "d").common_costs[0] == 0);
  }
  SUBCASE("largest remainders first") {
    // population: 1,1,1,0 of 3; hours: a 3, b 1, c 0, d 1 of 5; 0.5 each.
    b.scenario("s", "l").cost("k", 101, {{KeyBasis::population, 5000}, {KeyBasis::hours, 5000}});
    const Model m = b.build();
    const Plan p = plan_of(m, "s");
    // raw: a 101*(1/6+3/10)=47.13, b 101*(1/6+1/10)=26.93, c 16.83, d 10.1
    CHECK(muni(m, p, "a").common_costs[0] == 47);
    CHECK(muni(m, p, "b").common_costs[0] == 27);
    CHECK(muni(m, p, "c").common_costs[0] == 17);
    CHECK(muni(m, p, "d").common_costs[0] == 10);
    const std::string json = json_of(m, p);
    CHECK(json.find(R"("common_costs": {
        "k": 0.47
      })") != std::string::npos);
  }
  SUBCASE("a key part whose basis sums to 0 cannot be split") {
    b.scenario("s", "l")
        .set("a", "none")
        .set("b", "none")
        .set("c", "none")
        .cost("k", 100, {{KeyBasis::population, 10000}}, Among::participating);
    const Model m = b.build();
    Diagnostics diags;
    const Plan p = plan_of(m, "s", &diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].rule == "unsplittable-cost");
    CHECK(diags.items()[0].message ==
          "common cost 'k' cannot be split by population: it sums to 0 among the participating "
          "municipalities");
    CHECK(muni(m, p, "d").common_costs[0] == 0);
  }
  SUBCASE("a weight of 0 needs no basis") {
    b.scenario("s", "l")
        .set("a", "none")
        .set("b", "none")
        .set("c", "none")
        .cost("k", 100, {{KeyBasis::population, 0}, {KeyBasis::equal, 10000}},
              Among::participating);
    const Model m = b.build();
    const Plan p = plan_of(m, "s");
    CHECK(muni(m, p, "d").common_costs[0] == 100);
  }
  SUBCASE("no eligible municipality") {
    b.scenario("s").cost("k", 100, {{KeyBasis::equal, 10000}}, Among::participating);
    const Model m = b.build();
    Diagnostics diags;
    plan_of(m, "s", &diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].message ==
          "common cost 'k' cannot be split: no municipality takes part in scenario 's'");
  }
}

TEST_CASE("the planner leaves missing-hourly-cost to the loader and costs the hours at 0") {
  ModelBuilder b;
  b.type("t", {{"op", 100}});
  b.level("l", 100).include({});
  b.municipality("m");
  b.region_hourly_cost(std::nullopt);
  b.scenario("s", "l");
  const Model m = b.build();
  Diagnostics diags;
  const Plan p = plan_of(m, "s", &diags);
  CHECK(diags.empty());
  CHECK(p.municipalities[0].baseline_cost == 0);
}
