// The rules of semantics.md, one small model at a time (the sample model
// of support/sample.h, and what a case adds to it).
//
// This file: periods and the transition plan.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/transition.h>

#include <string>

#include "support/plan_fixture.h"
#include "support/sample.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

TEST_CASE("periods") {
  ModelBuilder b;
  b.type("t", {{"op", 100}});  // 1 hour per unit
  b.level("l", 100).include({});
  b.municipality("m");
  SUBCASE("fill in order, dependents not before their dependencies") {
    b.component("m/a", "t").qty(30);
    b.component("m/b", "t").qty(30);
    b.component("m/c", "t").qty(50).on("m/a");
    b.component("m/d", "t").qty(10).on("m/a");
    b.scenario("s", "l").schedule({"p1", "p2", "p3"}, 6000);
    const Model m = b.build();
    const Plan p = plan_of(m, "s");
    CHECK(comp(m, p, "m/a").period == 0);
    CHECK(comp(m, p, "m/b").period == 0);
    CHECK(comp(m, p, "m/c").period == 1);  // wave 2; p1 has 60 h used
    CHECK(comp(m, p, "m/d").period == 1);  // p1 is full; p2 has room
    CHECK(p.unscheduled.empty());
  }
  SUBCASE("an oversize group takes the first empty allowed period, else it is unscheduled") {
    b.component("m/a", "t").qty(10);
    b.component("m/big", "t").qty(100);
    b.component("m/huge", "t").qty(100);
    b.component("m/dep", "t").qty(0).on("m/huge");
    b.component("m/zero", "t").qty(0);
    b.scenario("s", "l").schedule({"p1", "p2"}, 5000);
    const Model m = b.build();
    const Plan p = plan_of(m, "s");
    CHECK(comp(m, p, "m/a").period == 0);
    CHECK(comp(m, p, "m/big").period == 1);
    CHECK(comp(m, p, "m/huge").unscheduled);
    CHECK(comp(m, p, "m/huge").period == kNoId);
    CHECK(comp(m, p, "m/dep").unscheduled);   // depends on an unscheduled group
    CHECK(comp(m, p, "m/zero").period == 0);  // 0 hours fit in p1 (10 of 50 used)
    REQUIRE(p.period_loads.size() == 2);
    CHECK(p.period_loads[0].hours == Int256(1000));
    CHECK(p.period_loads[0].components == 2);
    CHECK(p.period_loads[1].hours == Int256(10000));  // over capacity: one oversize group
    CHECK(p.period_loads[1].groups == 1);
    const std::vector<TransitionStep> steps = transition_plan(m, p, m.find_municipality("m"));
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].period == 0);
    REQUIRE(steps[0].items.size() == 2);
    CHECK(m.components[steps[0].items[0].component].qualified == "m/a");
    CHECK(steps[0].items[0].hours == Int256(1000));
    CHECK(m.components[steps[0].items[1].component].qualified == "m/zero");
    CHECK(steps[1].period == 1);
    CHECK(steps[1].hours == Int256(10000));
    CHECK(steps[2].period == kNoId);  // unscheduled last, by wave then id
    REQUIRE(steps[2].items.size() == 2);
    CHECK(m.components[steps[2].items[0].component].qualified == "m/huge");
    CHECK(steps[2].items[0].wave == 1);
    CHECK(m.components[steps[2].items[1].component].qualified == "m/dep");
    CHECK(steps[2].items[1].wave == 2);
    REQUIRE(p.unscheduled.size() == 2);
    CHECK(m.components[p.unscheduled[0]].qualified == "m/dep");
    CHECK(m.components[p.unscheduled[1]].qualified == "m/huge");
    const std::string json = json_of(m, p);
    CHECK(json.find(R"("unscheduled": ["m/dep", "m/huge"])") != std::string::npos);
    CHECK(json.find(R"("period": null)") != std::string::npos);
  }
  SUBCASE("a 0-hour group does not fit a period that an oversize group overfilled") {
    b.component("m/big", "t").qty(100);
    b.component("m/zero", "t").qty(0);
    b.scenario("s", "l").schedule({"p1", "p2"}, 5000);
    const Model m = b.build();
    const Plan p = plan_of(m, "s");
    CHECK(comp(m, p, "m/big").period == 0);
    CHECK(comp(m, p, "m/zero").period == 1);
  }
  SUBCASE("the same period as a dependency is allowed") {
    b.component("m/a", "t").qty(10);
    b.component("m/b", "t").qty(10).on("m/a");
    b.scenario("s", "l").schedule({"p1", "p2"}, 5000);
    const Model m = b.build();
    const Plan p = plan_of(m, "s");
    CHECK(comp(m, p, "m/b").period == 0);
    CHECK(comp(m, p, "m/b").wave == 2);
  }
}

TEST_CASE("transition plan without periods: one step per wave") {
  ModelBuilder b;
  b.type("t", {{"op", 100}});
  b.level("l", 100).include({});
  b.municipality("m");
  b.municipality("n");
  b.component("m/b", "t").qty(2);
  b.component("m/a", "t").on("m/b");
  b.component("m/c", "t").retain();
  b.component("n/x", "t");
  b.scenario("s", "l");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(p.period_loads.empty());
  const std::vector<TransitionStep> steps = transition_plan(m, p, m.find_municipality("m"));
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].wave == 1);
  CHECK(steps[0].period == kNoId);
  REQUIRE(steps[0].items.size() == 1);
  CHECK(m.components[steps[0].items[0].component].qualified == "m/b");
  CHECK(steps[0].hours == Int256(200));
  CHECK(steps[1].wave == 2);
  CHECK(m.components[steps[1].items[0].component].qualified == "m/a");
}
