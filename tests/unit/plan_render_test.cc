// The plan's renderers: text, explain, and the JSON writer's strings.
#include <doctest/doctest.h>
#include <opgavesnit/plan/explain.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/json_writer.h>
#include <opgavesnit/report/plan_text.h>

#include <sstream>

#include "model_builder.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;

namespace {

Model sample() {
  ModelBuilder b;
  b.type("dc", {{"operation", 10000}}, "facility");
  b.type("vm", {{"operation", 12000, true}, {"capacity", 1600, false, {"operation"}}}, "server");
  b.type("app", {{"operation", 5000}, {"backup", 1000}}, "application");
  b.level("standard", 82000).include({.categories = {"server"}});
  b.level("fuld", 80000).parent("standard").include({.categories = {"application"}});
  b.municipality("a", 100);
  b.municipality("b", 100);
  b.component("a/dc", "dc");
  b.component("a/vm", "vm").on("a/dc");
  b.component("a/app", "app").on("a/vm");
  b.component("a/scada", "app").retain("ot network");
  b.component("a/esdh", "app").on("a/scada", {"backup"});
  b.component("b/vm", "vm").transfer("old cluster");
  b.scenario("strict", "standard").set("b", "none");
  b.scenario("drop", "fuld").drop().schedule({"q1", "q2"}, 20000);
  return b.build();
}

std::string explain_of(const Model& m, const std::string& scenario, const std::string& c) {
  Diagnostics diags;
  const Plan p = make_plan(m, m.find_scenario(scenario), diags);
  return explain(m, p, m.find_component(c));
}

}  // namespace

TEST_CASE("json strings are escaped, UTF-8 passes through") {
  CHECK(JsonWriter::quote("plain") == "\"plain\"");
  CHECK(JsonWriter::quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(JsonWriter::quote("\n\t\r\b\f") == "\"\\n\\t\\r\\b\\f\"");
  CHECK(JsonWriter::quote(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
  CHECK(JsonWriter::quote("Samsø æ å") == "\"Samsø æ å\"");
}

TEST_CASE("json writer layout") {
  std::ostringstream os;
  JsonWriter w(os);
  w.begin_object();
  w.key("a");
  w.begin_array(true);
  w.string("x");
  w.number("1.5");
  w.end_array();
  w.key("b");
  w.begin_array();
  w.end_array();
  w.key("c");
  w.begin_object();
  w.key("d");
  w.null();
  w.end_object();
  w.end_object();
  w.finish();
  CHECK(os.str() ==
        "{\n  \"a\": [\"x\", 1.5],\n  \"b\": [],\n  \"c\": {\n    \"d\": null\n  }\n}\n");
}

TEST_CASE("explain a handed-over component") {
  const Model m = sample();
  CHECK(explain_of(m, "strict", "a/dc") ==
        "a/dc (dc) in scenario 'strict': transferred, wave 1\n"
        "  operation: pulled in: a/vm:operation -> a/dc:operation\n"
        "    the seed a/vm:operation is selected by level 'standard'\n");
  CHECK(explain_of(m, "strict", "a/vm") ==
        "a/vm (vm) in scenario 'strict': transferred, wave 2\n"
        "  capacity: seed, selected by level 'standard'\n"
        "  operation: seed, selected by level 'standard'\n");
}

TEST_CASE("explain a retained component") {
  const Model m = sample();
  CHECK(explain_of(m, "strict", "a/scada") ==
        "a/scada (app) in scenario 'strict': retained\n"
        "  pinned retain: ot network\n");
  CHECK(explain_of(m, "strict", "a/app") ==
        "a/app (app) in scenario 'strict': retained\n"
        "  no rule of level 'standard' selects any of its tasks, and nothing handed over needs "
        "it\n");
  CHECK(explain_of(m, "strict", "b/vm") ==
        "b/vm (vm) in scenario 'strict': retained\n"
        "  municipality 'b' does not take part in scenario 'strict' (level none)\n"
        "  (its pin transfer applies only when it takes part)\n");
}

TEST_CASE("explain dropped seeds and a split component") {
  const Model m = sample();
  CHECK(explain_of(m, "drop", "a/esdh") ==
        "a/esdh (app) in scenario 'drop': split, wave 1, period q1\n"
        "  backup: stays: selected by level 'fuld' but dropped: it reaches retained component "
        "'a/scada': a/esdh:backup -> a/scada:operation\n"
        "  operation: seed, selected by level 'fuld'\n");
  CHECK(explain_of(m, "drop", "b/vm") ==
        "b/vm (vm) in scenario 'drop': transferred, wave 1, period q2\n"
        "  capacity: seed, pinned transfer (old cluster)\n"
        "  operation: seed, pinned transfer (old cluster)\n");
}

TEST_CASE("explain a conflict") {
  ModelBuilder b;
  b.type("t", {{"op", 100}});
  b.level("l", 100).include({});
  b.municipality("m");
  b.component("m/x", "t").on("m/y");
  b.component("m/y", "t").retain();
  b.scenario("s", "l");
  const Model m = b.build();
  CHECK(explain_of(m, "s", "m/y") ==
        "m/y (t) in scenario 's': retained\n"
        "  pinned retain: kept\n"
        "  conflict: it is needed: m/x:op -> m/y:op\n");
}

TEST_CASE("plan text") {
  const Model m = sample();
  Diagnostics diags;
  const Plan p = make_plan(m, m.find_scenario("drop"), diags);
  std::ostringstream os;
  write_plan_text(os, m, p);
  CHECK(os.str() ==
        R"(scenario drop: consistent
conflict policy: drop, 1 dropped seed; 3 waves

summary
  municipality  level  transferred  split  retained  hours transferred      net change
  a             fuld             3      1         1           346.00 h  DKK +34,600.00
  b             fuld             1      0         0           136.00 h  DKK +13,600.00

a
  level              fuld
  components         3 transferred, 1 split, 1 retained
  hours              346.00 h of 416.00 h transferred (0.213 FTE)
  baseline cost      DKK 291,200.00
  transferred cost   DKK 242,200.00
  price              DKK 276,800.00
  net change         DKK +34,600.00
                     = base fee DKK 0.00 + 346.00 h × (hourly rate DKK 800.00 − own hourly cost DKK 700.00)
  assets             DKK 0.00
  interfaces         1 (1 upstream, 0 service)
                     a/esdh -> a/scada  upstream, hard
  split components   1
                     a/esdh: operation handed over
  task split         1 operation, 2 capacity, 3 backup
                     dc  S - -
                     vm  S S -
                     app B - B
                     (S shared, M municipality, B both, - not a task of the type)
  dropped seeds      1
                     a/esdh: backup reaches retained a/scada
  waves              3 (wave 1: 2 components, wave 2: 1 component, wave 3: 1 component)
  handover plan      q1: 150.00 h, 2 components
                       wave 1  100.00 h  a/dc
                       wave 1   50.00 h  a/esdh
                     unscheduled: 196.00 h, 2 components
                       wave 2  136.00 h  a/vm
                       wave 3   60.00 h  a/app

b
  level              fuld
  components         1 transferred, 0 split, 0 retained
  hours              136.00 h of 136.00 h transferred (0.084 FTE)
  baseline cost      DKK 95,200.00
  transferred cost   DKK 95,200.00
  price              DKK 108,800.00
  net change         DKK +13,600.00
                     = base fee DKK 0.00 + 136.00 h × (hourly rate DKK 800.00 − own hourly cost DKK 700.00)
  assets             DKK 0.00
  interfaces         0 (0 upstream, 0 service)
  task split         1 operation, 2 capacity
                     vm S S
                     (S shared, M municipality, B both, - not a task of the type)
  waves              1 (wave 1: 1 component)
  handover plan      q2: 136.00 h, 1 component
                       wave 1  136.00 h  b/vm

schedule (capacity 200.00 h per period)
  q1                 150.00 h, 2 components
  q2                 136.00 h, 1 component
  unscheduled        2 components
                     a/app
                     a/vm

totals
  hours transferred  482.00 h (0.296 FTE)
  price              DKK 385,600.00
  assets             DKK 0.00
)");
}
