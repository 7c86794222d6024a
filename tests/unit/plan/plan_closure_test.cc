// The rules of semantics.md, one small model at a time (the sample model
// of support/sample.h, and what a case adds to it).
//
// This file: seeds, closure, dependencies, pins, drop, cycles and waves,
// and the conflicts validate warns about.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>

#include <string>

#include "support/plan_fixture.h"
#include "support/sample.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

TEST_CASE("seeds come from the level, and closure follows requires and hard dependencies") {
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
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
  ModelBuilder b = sample_builder();
  b.scenario("s", "standard");
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  CHECK(comp(m, p, "a/dc").wave == 1);
  CHECK(comp(m, p, "a/vm").wave == 2);
  CHECK(comp(m, p, "a/app").wave == 0);
}

TEST_CASE("check_scenarios warns about each conflict of a strict scenario") {
  ModelBuilder b = sample_builder();
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
