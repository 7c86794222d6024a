// The rules of semantics.md, one small model at a time.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/transition.h>
#include <opgavesnit/report/plan_json.h>

#include <algorithm>
#include <sstream>

#include "support/model_builder.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;

namespace {

Plan plan_of(const Model& m, const std::string& scenario, Diagnostics* out = nullptr) {
  Diagnostics diags;
  Plan p = make_plan(m, m.find_scenario(scenario), diags);
  if (out)
    *out = diags;
  else
    REQUIRE(diags.empty());
  return p;
}

const ComponentPlan& comp(const Model& m, const Plan& p, const std::string& q) {
  const Id c = m.find_component(q);
  REQUIRE(c != kNoId);
  return p.components[c];
}

std::string tasks(const Model& m, const Plan& p, const std::string& q) {
  const Id c = m.find_component(q);
  std::vector<std::string> ids;
  for (std::uint32_t t : p.components[c].tasks)
    ids.push_back(m.tasks[m.types[m.components[c].type].tasks[t].task].id);
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

const MunicipalityPlan& muni(const Model& m, const Plan& p, const std::string& id) {
  return p.municipalities[m.find_municipality(id)];
}

std::string json_of(const Model& m, const Plan& p) {
  std::ostringstream os;
  write_plan_json(os, m, p);
  return os.str();
}

/// dc (all tasks foundation) <- vm (operation foundation, capacity requires
/// operation) <- app (operation, backup, patching).
ModelBuilder basic() {
  ModelBuilder b;
  b.type("dc", {{"operation", 10000}, {"monitoring", 2000}}, "facility");
  b.type("vm", {{"operation", 12000, true}, {"capacity", 1600, false, {"operation"}}}, "server");
  b.type("app", {{"operation", 5000}, {"backup", 1000}, {"patching", 500, false, {"operation"}}},
         "application");
  b.level("basis", 85000).include({.categories = {"facility"}});
  b.level("standard", 82000).parent("basis").include({.categories = {"server"}});
  b.level("fuld", 80000).parent("standard").include({.categories = {"application"}});
  b.municipality("a", 100);
  b.municipality("b", 300);
  b.component("a/dc", "dc");
  b.component("a/vm", "vm").on("a/dc");
  b.component("a/app", "app").on("a/vm");
  return b;
}

}  // namespace

TEST_CASE("seeds come from the level, and closure follows requires and hard dependencies") {
  ModelBuilder b = basic();
  b.scenario("basis", "basis");
  b.scenario("standard", "standard");
  b.scenario("fuld", "fuld");
  b.scenario("none");
  const Model m = b.build();

  SUBCASE("basis selects only the facility") {
    const Plan p = plan_of(m, "basis");
    CHECK(tasks(m, p, "a/dc") == "monitoring,operation");
    CHECK(comp(m, p, "a/dc").status == Status::transferred);
    CHECK(comp(m, p, "a/vm").status == Status::retained);
    CHECK(comp(m, p, "a/app").status == Status::retained);
    CHECK(p.consistent);
  }
  SUBCASE("standard pulls the datacenter in through the vm") {
    const Plan p = plan_of(m, "standard");
    CHECK(tasks(m, p, "a/vm") == "capacity,operation");
    CHECK(tasks(m, p, "a/dc") == "monitoring,operation");
    CHECK(tasks(m, p, "a/app") == "");
  }
  SUBCASE("everything under fuld") {
    const Plan p = plan_of(m, "fuld");
    CHECK(muni(m, p, "a").transferred == 3);
    CHECK(muni(m, p, "a").split == 0);
  }
  SUBCASE("level none: nothing moves") {
    const Plan p = plan_of(m, "none");
    CHECK(muni(m, p, "a").retained == 3);
    CHECK(p.consistent);
    CHECK(comp(m, p, "a/dc").locked);
  }
}

TEST_CASE("a requires chain inside one type") {
  ModelBuilder b;
  b.type("t", {{"a", 100}, {"b", 100, false, {"a"}}, {"c", 100, false, {"b"}}, {"d", 100}});
  b.level("l", 100).include({.tasks = {"c"}});
  b.municipality("m");
  b.component("m/x", "t");
  b.scenario("s", "l");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(tasks(m, p, "m/x") == "a,b,c");
  CHECK(comp(m, p, "m/x").status == Status::split);
  CHECK(muni(m, p, "m").split == 1);
}

TEST_CASE("foundation tasks decide what a dependency pulls in") {
  ModelBuilder b = basic();
  b.level("apps", 80000).include({.categories = {"application"}});
  b.scenario("s", "apps");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(tasks(m, p, "a/app") == "backup,operation,patching");
  CHECK(tasks(m, p, "a/vm") == "operation");  // capacity is not a foundation task
  CHECK(comp(m, p, "a/vm").status == Status::split);
  CHECK(tasks(m, p, "a/dc") == "monitoring,operation");  // none marked: all
}

TEST_CASE("a dependency's `for` limits which tasks carry it") {
  ModelBuilder b;
  b.type("app", {{"operation", 100}, {"backup", 100}});
  b.type("store", {{"operation", 100}});
  b.level("ops", 100).include({.types = {"app"}, .tasks = {"operation"}});
  b.level("backup", 100).include({.types = {"app"}, .tasks = {"backup"}});
  b.municipality("m");
  b.component("m/app", "app").on("m/store", {"backup"});
  b.component("m/store", "store");
  b.scenario("ops", "ops");
  b.scenario("backup", "backup");
  const Model m = b.build();
  CHECK(tasks(m, plan_of(m, "ops"), "m/store") == "");
  CHECK(tasks(m, plan_of(m, "backup"), "m/store") == "operation");
}

TEST_CASE("interface dependencies make no arcs but are classified") {
  ModelBuilder b = basic();
  b.type("net", {{"operation", 100}}, "network");
  b.component("a/net", "net");
  b.component("a/scada", "app").on_interface("a/net").retain("ot");
  b.component("a/web", "app").on_interface("a/vm");
  b.scenario("s", "standard");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(tasks(m, p, "a/net") == "");
  CHECK(p.consistent);
  const auto& ifs = muni(m, p, "a").interfaces;
  // a/app -> a/vm (hard, service), a/web -> a/vm (interface, service).
  REQUIRE(ifs.size() == 2);
  CHECK(m.components[ifs[0].from].qualified == "a/app");
  CHECK(ifs[0].direction == Direction::service);
  CHECK(ifs[0].kind == DepKind::hard);
  CHECK(m.components[ifs[1].from].qualified == "a/web");
  CHECK(ifs[1].kind == DepKind::interface);
}

TEST_CASE("upstream interfaces and a for-limited dependency count by emptiness only") {
  ModelBuilder b;
  b.type("app", {{"operation", 100}, {"backup", 100}});
  b.type("store", {{"operation", 100}});
  b.level("ops", 100).include({.types = {"app"}, .tasks = {"operation"}});
  b.municipality("m");
  b.component("m/app", "app").on("m/store", {"backup"});
  b.component("m/store", "store");
  b.scenario("s", "ops");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  const auto& ifs = muni(m, p, "m").interfaces;
  REQUIRE(ifs.size() == 1);
  CHECK(ifs[0].direction == Direction::upstream);
}

TEST_CASE("hard dependencies cross municipality borders whatever the level") {
  ModelBuilder b = basic();
  b.type("net", {{"operation", 100}}, "network");
  b.component("b/wan", "net");
  b.component("a/router", "net").on("b/wan");
  b.level("net", 100).include({.categories = {"network"}});
  b.level("nothing", 100);
  b.scenario("b-nothing", "net").set("b", "nothing");
  b.scenario("b-none", "net").set("b", "none");
  const Model m = b.build();

  SUBCASE("a level that selects nothing still hands the pulled component over") {
    const Plan p = plan_of(m, "b-nothing");
    CHECK(tasks(m, p, "b/wan") == "operation");
    CHECK(muni(m, p, "b").transferred == 1);
    CHECK(p.consistent);
  }
  SUBCASE("a municipality that does not take part keeps it: a conflict") {
    const Plan p = plan_of(m, "b-none");
    CHECK_FALSE(p.consistent);
    CHECK(tasks(m, p, "b/wan") == "");
    CHECK(tasks(m, p, "a/router") == "operation");  // strict: R minus retained pairs
    const auto& cf = muni(m, p, "b").conflicts;     // belongs to the retained component's owner
    REQUIRE(cf.size() == 1);
    CHECK(path_text(m, cf[0].path()) == "a/router:operation -> b/wan:operation");
    CHECK(muni(m, p, "a").conflicts.empty());
    const auto& ifs = muni(m, p, "a").interfaces;
    REQUIRE(ifs.size() == 1);
    CHECK(ifs[0].direction == Direction::upstream);
  }
}

TEST_CASE("pins") {
  ModelBuilder b = basic();
  b.component("a/old", "vm").transfer();
  b.component("b/vm", "vm").transfer();
  b.scenario("s", "basis").set("b", "none");
  b.scenario("pin-retain", "standard");
  const Model m = b.build();
  SUBCASE("transfer hands every task over when the municipality takes part") {
    const Plan p = plan_of(m, "s");
    CHECK(tasks(m, p, "a/old") == "capacity,operation");
    CHECK(tasks(m, p, "b/vm") == "");
    CHECK(comp(m, p, "b/vm").locked);
  }
}

TEST_CASE("a retained pin under strict and drop") {
  ModelBuilder b = basic();
  b.component("a/scada", "app").on("a/vm").retain("ot network");
  b.component("a/esdh", "app").on("a/scada", {"backup"});
  b.component("a/web", "app").on("a/esdh");
  b.scenario("strict", "fuld");
  b.scenario("drop", "fuld").drop();
  const Model m = b.build();

  SUBCASE("strict: conflict with a shortest witness, the plan is inconsistent") {
    const Plan p = plan_of(m, "strict");
    CHECK_FALSE(p.consistent);
    const auto& cf = muni(m, p, "a").conflicts;
    REQUIRE(cf.size() == 1);
    CHECK(m.components[cf[0].component].qualified == "a/scada");
    CHECK(path_text(m, cf[0].path()) == "a/esdh:backup -> a/scada:operation");
    CHECK(tasks(m, p, "a/scada") == "");
    CHECK(tasks(m, p, "a/esdh") == "backup,operation,patching");
    CHECK(tasks(m, p, "a/vm") == "capacity,operation");  // closure stops at scada but not here
    CHECK(muni(m, p, "a").dropped.empty());
  }
  SUBCASE("drop: the seed that reaches scada is dropped, with everything only it pulls in") {
    const Plan p = plan_of(m, "drop");
    CHECK(p.consistent);
    CHECK(muni(m, p, "a").conflicts.empty());
    const auto& dr = muni(m, p, "a").dropped;
    REQUIRE(dr.size() == 4);  // esdh:backup, and every seed of web (see below)
    CHECK(m.components[dr[0].component].qualified == "a/esdh");
    CHECK(m.components[dr[0].reaches].qualified == "a/scada");
    CHECK(tasks(m, p, "a/esdh") == "operation,patching");
    CHECK(tasks(m, p, "a/scada") == "");
    CHECK(comp(m, p, "a/esdh").status == Status::split);
  }
}

TEST_CASE("drop: dependents of a component whose foundation reaches a retained one are dropped") {
  ModelBuilder b = basic();
  b.component("a/scada", "app").on("a/vm").retain("ot network");
  b.component("a/esdh", "app").on("a/scada", {"backup"});
  b.component("a/web", "app").on("a/esdh");
  b.scenario("drop", "fuld").drop();
  const Model m = b.build();
  const Plan p = plan_of(m, "drop");
  const auto& dr = muni(m, p, "a").dropped;
  std::vector<std::string> got;
  for (const auto& d : dr)
    got.push_back(m.components[d.component].qualified + ":" +
                  m.tasks[m.types[m.components[d.component].type].tasks[d.task].task].id);
  // web's tasks all carry the dependency on esdh, whose foundation (all tasks) has backup.
  CHECK(got == std::vector<std::string>{"a/esdh:backup", "a/web:backup", "a/web:operation",
                                        "a/web:patching"});
  CHECK(tasks(m, p, "a/web") == "");
  CHECK(tasks(m, p, "a/esdh") == "operation,patching");
}

TEST_CASE("drop reports the retained component with the smallest qualified id") {
  ModelBuilder b;
  b.type("t", {{"op", 100}});
  b.level("l", 100).include({});
  b.municipality("m");
  b.component("m/x", "t").on("m/z").on("m/k");
  b.component("m/z", "t").retain();
  b.component("m/k", "t").on("m/y");
  b.component("m/y", "t").retain();
  b.scenario("s", "l").drop();
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  const auto& dr = muni(m, p, "m").dropped;
  REQUIRE(dr.size() == 2);
  CHECK(m.components[dr[0].component].qualified == "m/k");
  CHECK(m.components[dr[0].reaches].qualified == "m/y");
  CHECK(m.components[dr[1].component].qualified == "m/x");
  CHECK(m.components[dr[1].reaches].qualified == "m/y");  // reaches m/y and m/z
}

TEST_CASE("cycles form one group and one wave") {
  ModelBuilder b = basic();
  b.component("a/p", "app").on("a/q").on("a/vm");
  b.component("a/q", "app").on("a/p");
  b.scenario("s", "fuld");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(comp(m, p, "a/dc").wave == 1);
  CHECK(comp(m, p, "a/vm").wave == 2);
  CHECK(comp(m, p, "a/app").wave == 3);
  CHECK(comp(m, p, "a/p").wave == 3);
  CHECK(comp(m, p, "a/q").wave == 3);
  CHECK(comp(m, p, "a/p").group == comp(m, p, "a/q").group);
  CHECK(p.wave_count == 3);
  CHECK(p.groups.size() == 4);
  CHECK_FALSE(p.scheduled);
  CHECK(p.unscheduled.empty());
}

TEST_CASE("waves ignore dependencies on components outside the handover") {
  ModelBuilder b = basic();
  b.scenario("s", "standard");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(comp(m, p, "a/dc").wave == 1);
  CHECK(comp(m, p, "a/vm").wave == 2);
  CHECK(comp(m, p, "a/app").wave == 0);
}

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

TEST_CASE("check_scenarios warns about each conflict of a strict scenario") {
  ModelBuilder b = basic();
  b.component("b/scada", "vm").retain("ot");
  b.component("a/ot-app", "app").on("b/scada");
  b.scenario("strict", "fuld");
  b.scenario("drop", "fuld").drop();
  const Model m = b.build();
  Diagnostics diags;
  check_scenarios(m, diags);
  REQUIRE(diags.items().size() == 1);
  const Diagnostic& d = diags.items()[0];
  CHECK(d.severity == Severity::warning);
  CHECK(d.rule == "conflict");
  CHECK(d.message ==
        "in scenario 'strict', retained component 'b/scada' is needed: a/ot-app:operation -> "
        "b/scada:operation");
  CHECK(d.pos.line == m.components[m.find_component("b/scada")].pos.line);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "the path starts here");
  CHECK(d.notes[0].pos.line == m.components[m.find_component("a/ot-app")].pos.line);
}

TEST_CASE("plan json") {
  ModelBuilder b = basic();
  b.component("a/scada", "app").on("a/vm").retain("ot network");
  b.component("a/esdh", "app").on("a/scada", {"backup"}).annual(12345).book(100000);
  b.component("b/vm", "vm");
  b.scenario("s", "standard")
      .set("b", "none")
      .schedule({"2027-Q1", "2027-\"Q2\""}, 1000000)
      .cost("transition", 100000, {{KeyBasis::population, 8000}, {KeyBasis::equal, 2000}});
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  const std::string expected = R"({
  "format": "opgavesnit-plan",
  "version": 1,
  "scenario": "s",
  "consistent": true,
  "municipalities": [
    {
      "id": "a",
      "level": "standard",
      "components": [
        {
          "id": "a/app",
          "status": "retained",
          "tasks": []
        },
        {
          "id": "a/dc",
          "status": "transferred",
          "tasks": ["monitoring", "operation"],
          "wave": 1,
          "period": "2027-Q1"
        },
        {
          "id": "a/esdh",
          "status": "retained",
          "tasks": []
        },
        {
          "id": "a/scada",
          "status": "retained",
          "tasks": []
        },
        {
          "id": "a/vm",
          "status": "transferred",
          "tasks": ["capacity", "operation"],
          "wave": 2,
          "period": "2027-Q1"
        }
      ],
      "interfaces": [
        {
          "from": "a/app",
          "to": "a/vm",
          "kind": "hard",
          "direction": "service"
        },
        {
          "from": "a/scada",
          "to": "a/vm",
          "kind": "hard",
          "direction": "service"
        }
      ],
      "conflicts": [],
      "dropped": [],
      "hours_total": 451,
      "hours_transferred": 256,
      "fte_transferred": 0.157,
      "baseline_cost": 315823.45,
      "transferred_cost": 179200,
      "price": 209920,
      "net_change": 30720,
      "assets": 0,
      "common_costs": {
        "transition": 300
      }
    },
    {
      "id": "b",
      "level": "none",
      "components": [
        {
          "id": "b/vm",
          "status": "retained",
          "tasks": []
        }
      ],
      "interfaces": [],
      "conflicts": [],
      "dropped": [],
      "hours_total": 136,
      "hours_transferred": 0,
      "fte_transferred": 0,
      "baseline_cost": 95200,
      "transferred_cost": 0,
      "price": 0,
      "net_change": 0,
      "assets": 0,
      "common_costs": {
        "transition": 700
      }
    }
  ],
  "unscheduled": [],
  "totals": {
    "hours_transferred": 256,
    "fte_transferred": 0.157,
    "price": 209920,
    "assets": 0
  }
}
)";
  CHECK(json_of(m, p) == expected);
}
