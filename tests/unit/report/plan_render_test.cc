// The plan's renderers: text, explain, and the JSON writer's strings.
#include <doctest/doctest.h>
#include <opgavesnit/plan/explain.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/explain_render.h>
#include <opgavesnit/report/json_writer.h>
#include <opgavesnit/report/plan_text.h>

#include <sstream>

#include "support/sample.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::sample_builder;

namespace {

/// The shared sample with a level "server" that selects the servers only
/// (standard also has basis's facility), a retained a/scada, a/esdh depending
/// on it for its backup only, and a pinned transfer b/vm; "strict" at server
/// without b, "drop" at fuld in two periods of 200 h.
Model pinned() {
  ModelBuilder b = sample_builder();
  b.level("server", 82000).include({.categories = {"server"}});
  b.component("a/scada", "app").retain("ot network");
  b.component("a/esdh", "app").on("a/scada", {"backup"});
  b.component("b/vm", "vm").transfer("old cluster");
  b.scenario("strict", "server").set("b", "none");
  b.scenario("drop", "fuld").drop().schedule({"q1", "q2"}, 20000);
  return b.build();
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

Explanation explanation_of(const Model& m, const std::string& scenario, const std::string& c,
                           Plan& p) {
  Diagnostics diags;
  p = make_plan(m, m.find_scenario(scenario), diags);
  return explain(m, p, m.find_component(c));
}

TEST_CASE("explain: why selected, with the includes entry and the extends chain") {
  const Model m = pinned();
  Plan p;
  // fuld extends standard: a/vm's tasks are selected by standard's entry.
  const Explanation vm = explanation_of(m, "drop", "a/vm", p);
  REQUIRE(vm.tasks.size() == 2);
  for (const TaskExplanation& te : vm.tasks) {
    CHECK(te.why == TaskWhy::seed);
    CHECK(te.rule.level == m.find_level("fuld"));
    CHECK(te.rule.include_level == m.find_level("standard"));
    CHECK(te.rule.include == 0);
    CHECK(te.rule.chain == std::vector<Id>{m.find_level("fuld"), m.find_level("standard")});
    CHECK(te.rule.selects());
  }
  const std::string text = explain_text(m, p, vm, Lang::en);
  CHECK(text.find("capacity: seed: selected by level fuld: includes entry 1 of standard "
                  "(through extends: fuld -> standard)\n") != std::string::npos);
  // a/dc is pulled in by a/vm's foundation dependency.
  const Explanation dc = explanation_of(m, "strict", "a/dc", p);
  // Both of its tasks are foundation tasks; they come by task id, monitoring
  // (local index 1) before operation (0).
  REQUIRE(dc.tasks.size() == 2);
  CHECK(dc.tasks[0].why == TaskWhy::pulled_in);
  CHECK(dc.tasks[0].path ==
        std::vector<PairRef>{{m.find_component("a/vm"), 0}, {m.find_component("a/dc"), 1}});
  CHECK(dc.tasks[1].why == TaskWhy::pulled_in);
  CHECK(dc.tasks[1].path ==
        std::vector<PairRef>{{m.find_component("a/vm"), 0}, {m.find_component("a/dc"), 0}});
  CHECK(explain_text(m, p, dc, Lang::en)
            .find("operation: pulled in: a/vm: operation -> a/dc: operation\n"
                  "      the seed a/vm: operation: selected by level server: its includes entry "
                  "1\n") != std::string::npos);
  // a/app matches no entry of server.
  const Explanation app = explanation_of(m, "strict", "a/app", p);
  CHECK(app.tasks[0].why == TaskWhy::unselected);
  CHECK_FALSE(app.tasks[0].rule.selects());
  CHECK(explain_text(m, p, app, Lang::en)
            .find("stays: no includes entry of level server matches, and nothing handed over "
                  "needs it") != std::string::npos);
}

TEST_CASE("explain: an excludes entry vetoes what an inherited includes entry selects") {
  ModelBuilder b;
  b.type("vm", {{"operation", 100}, {"backup", 100}}, "server");
  b.level("basis", 100).include({.categories = {"server"}});
  b.level("plus", 100).parent("basis").exclude({.tasks = {"backup"}});
  b.municipality("m");
  b.component("m/vm", "vm");
  b.scenario("s", "plus");
  const Model m = b.build();
  const SelectionRule backup = selection_rule(m, m.find_level("plus"), 0, 1);
  CHECK(backup.exclude_level == m.find_level("plus"));
  CHECK(backup.include_level == m.find_level("basis"));
  CHECK_FALSE(backup.selects());
  const SelectionRule op = selection_rule(m, m.find_level("plus"), 0, 0);
  CHECK(op.selects());
  CHECK(op.chain == std::vector<Id>{m.find_level("plus"), m.find_level("basis")});
  Plan p;
  const std::string text = explain_text(m, p, explanation_of(m, "s", "m/vm", p), Lang::en);
  CHECK(text.find("backup: stays: excluded by level plus: its excludes entry 1, though includes "
                  "entry 1 of basis matches, and nothing handed over needs it\n") !=
        std::string::npos);
  // Nothing matches in the chain: both levels are named.
  CHECK(selection_rule(m, m.find_level("basis"), 0, 0).selects());
  ModelBuilder none;
  none.type("app", {{"operation", 100}}, "application");
  none.level("basis", 100).include({.categories = {"server"}});
  none.level("plus", 100).parent("basis").include({.categories = {"network"}});
  none.municipality("m");
  none.component("m/app", "app");
  none.scenario("s", "plus");
  const Model n = none.build();
  CHECK(explain_text(n, p, explanation_of(n, "s", "m/app", p), Lang::en)
            .find("operation: stays: no includes entry of level plus, nor of basis that it "
                  "extends, matches") != std::string::npos);
}

TEST_CASE("explain: why the wave, and the economy") {
  const Model m = pinned();
  Plan p;
  const Explanation vm = explanation_of(m, "strict", "a/vm", p);
  REQUIRE(vm.wave);
  CHECK(vm.wave->wave == 2);
  REQUIRE(vm.wave->chain.size() == 1);
  CHECK(vm.wave->chain[0].from == m.find_component("a/vm"));
  CHECK(vm.wave->chain[0].to == m.find_component("a/dc"));
  CHECK(vm.wave->chain[0].wave == 1);
  CHECK(vm.wave->group.empty());
  CHECK_FALSE(vm.period);  // strict schedules no periods
  // 120 + 16 hours at server's 820 kr. against the own 700 kr.
  CHECK(vm.economy.hours_moved == Int256(13600));
  CHECK(vm.economy.price_part == Int256(13600) * Int256(82000));
  CHECK(vm.economy.cost_part == Int256(13600) * Int256(70000));
  const std::string text = explain_text(m, p, vm, Lang::en);
  CHECK(text.find("why wave 2:\n    a/vm depends hard on a/dc (wave 1)\n") != std::string::npos);
  CHECK(text.find("136.00 h × hourly rate DKK 820.00 = DKK 111,520.00 of the price") !=
        std::string::npos);
  const std::string da = explain_text(m, p, vm, Lang::da);
  CHECK(da.find("hvorfor bølge 2:\n    a/vm afhænger hårdt af a/dc (bølge 1)\n") !=
        std::string::npos);
  CHECK(da.find("136,00 t × timepris 820,00 kr. = 111.520,00 kr. af prisen") != std::string::npos);
}

TEST_CASE("explain: a retained component") {
  const Model m = pinned();
  Plan p;
  const Explanation scada = explanation_of(m, "strict", "a/scada", p);
  CHECK(scada.locked);
  CHECK(scada.pinned_retain);
  CHECK_FALSE(scada.wave);
  CHECK(explain_text(m, p, scada, Lang::en)
            .starts_with("a/scada, type app, in scenario 'strict': retained\n"
                         "  pinned retain: ot network\n"));
  const Explanation bvm = explanation_of(m, "strict", "b/vm", p);
  CHECK_FALSE(bvm.takes_part);
  CHECK(explain_text(m, p, bvm, Lang::en)
            .find("  municipality b does not take part in scenario 'strict' (level none)\n"
                  "  (its pin transfer applies only when it takes part)\n") != std::string::npos);
}

TEST_CASE("explain: dropped seeds, the period and capacity") {
  const Model m = pinned();
  Plan p;
  const Explanation esdh = explanation_of(m, "drop", "a/esdh", p);
  CHECK(esdh.status == Status::split);
  // backup, operation, patching (by task id): only backup depends on a/scada.
  REQUIRE(esdh.tasks.size() == 3);
  CHECK(esdh.tasks[0].why == TaskWhy::dropped);  // backup
  CHECK(esdh.tasks[0].reaches == m.find_component("a/scada"));
  CHECK(esdh.tasks[0].path.size() == 2);
  CHECK(esdh.tasks[1].why == TaskWhy::seed);
  CHECK(esdh.tasks[2].why == TaskWhy::seed);
  REQUIRE(esdh.consequences.size() == 1);
  CHECK(esdh.consequences[0].retained == m.find_component("a/scada"));
  const Explanation bvm = explanation_of(m, "drop", "b/vm", p);
  REQUIRE(bvm.period);
  CHECK(bvm.period->period == 1);  // q1 is too full
  CHECK(bvm.period->after == kNoId);
  REQUIRE(bvm.period->full.size() == 1);
  CHECK(bvm.period->full[0].period == 0);
  CHECK(bvm.period->full[0].hours + bvm.period->group_hours > Int256(20000));
  CHECK(bvm.tasks[0].rule.pinned);
  // q1 holds a/dc (100 h operation + 20 h monitoring) and a/esdh (50 h
  // operation + 5 h patching): 175 h, and b/vm's 136 h do not fit.
  const std::string text = explain_text(m, p, bvm, Lang::en);
  CHECK(text.find("capacity: seed: pinned transfer (old cluster)\n") != std::string::npos);
  CHECK(text.find("why period q2:\n    it hands over 136.00 h a year, against a capacity of "
                  "200.00 h per period\n    q1 had no room: 175.00 h of 200.00 h placed there "
                  "before it\n") != std::string::npos);
}

TEST_CASE("explain: a conflict, from both ends, and a cycle") {
  ModelBuilder b;
  b.type("t", {{"op", 100}});
  b.level("l", 100).include({});
  b.municipality("m");
  b.component("m/x", "t").on("m/y");
  b.component("m/y", "t").retain("kept");
  b.component("m/p", "t").on("m/q");
  b.component("m/q", "t").on("m/r");
  b.component("m/r", "t").on("m/p");
  b.scenario("s", "l");
  const Model m = b.build();
  Plan p;
  const Explanation y = explanation_of(m, "s", "m/y", p);
  REQUIRE(y.needed_by.size() == 1);
  CHECK(explain_text(m, p, y, Lang::en).find("  conflict: it is needed: m/x: op -> m/y: op\n") !=
        std::string::npos);
  const Explanation x = explanation_of(m, "s", "m/x", p);
  REQUIRE(x.consequences.size() == 1);
  CHECK(x.consequences[0].retained == m.find_component("m/y"));
  CHECK(explain_text(m, p, x, Lang::en).find("what its seeds cause: conflicts") !=
        std::string::npos);
  const Explanation q = explanation_of(m, "s", "m/q", p);
  REQUIRE(q.wave);
  CHECK(q.wave->group == std::vector<Id>{m.find_component("m/p"), m.find_component("m/r")});
  CHECK(q.wave->cycle == std::vector<Id>{m.find_component("m/q"), m.find_component("m/r"),
                                         m.find_component("m/p"), m.find_component("m/q")});
  CHECK(explain_text(m, p, q, Lang::en)
            .find("they depend hard on each other in a cycle: m/q -> m/r -> m/p -> m/q\n") !=
        std::string::npos);
}

TEST_CASE("explain: json") {
  const Model m = pinned();
  Plan p;
  const Explanation vm = explanation_of(m, "drop", "a/vm", p);
  std::ostringstream out;
  write_explain_json(out, m, p, vm);
  const std::string j = out.str();
  CHECK(j.find("\"component\": \"a/vm\"") != std::string::npos);
  CHECK(j.find("\"chain\": [\"fuld\", \"standard\"]") != std::string::npos);
  CHECK(j.find("\"hours_transferred\": 136") != std::string::npos);
}

TEST_CASE("plan text") {
  // The figures by hand: a hands over a/dc (100 h + 20 h), a/vm (120 h +
  // 16 h), a/app (50 + 10 + 5 h) and a/esdh but its backup (50 + 5 h): 376 h
  // of 451 h (a/scada's 65 h and esdh's backup stay), at 800 kr. against 700
  // kr.; b hands over b/vm's 136 h. q1 takes a/dc and a/esdh (175 h of 200 h).
  const Model m = pinned();
  Diagnostics diags;
  const Plan p = make_plan(m, m.find_scenario("drop"), diags);
  std::ostringstream os;
  write_plan_text(os, m, p);
  CHECK(os.str() ==
        R"(scenario drop: consistent
conflict policy: drop, 1 dropped seed; 3 waves

summary
  municipality  level  transferred  split  retained  hours transferred      net change
  a             fuld             3      1         1           376.00 h  DKK +37,600.00
  b             fuld             1      0         0           136.00 h  DKK +13,600.00

a
  level              fuld
  components         3 transferred, 1 split, 1 retained
  hours              376.00 h of 451.00 h transferred (0.231 FTE)
  baseline cost      DKK 315,700.00
  transferred cost   DKK 263,200.00
  price              DKK 300,800.00
  net change         DKK +37,600.00
                     = base fee DKK 0.00 + 376.00 h × (hourly rate DKK 800.00 − own hourly cost DKK 700.00)
  assets             DKK 0.00
  interfaces         1 (1 upstream, 0 service)
                     a/esdh -> a/scada  upstream, hard
  split components   1
                     a/esdh: operation, patching handed over
  task split         1 operation, 2 monitoring, 3 capacity, 4 backup, 5 patching
                     dc  S S - - -
                     vm  S - S - -
                     app B - - B B
                     (S shared, M municipality, B both, - not a task of the type)
  dropped seeds      1
                     a/esdh: backup reaches retained a/scada
  waves              3 (wave 1: 2 components, wave 2: 1 component, wave 3: 1 component)
  handover plan      q1: 175.00 h, 2 components
                       wave 1  120.00 h  a/dc
                       wave 1   55.00 h  a/esdh
                     unscheduled: 201.00 h, 2 components
                       wave 2  136.00 h  a/vm
                       wave 3   65.00 h  a/app

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
  q1                 175.00 h, 2 components
  q2                 136.00 h, 1 component
  unscheduled        2 components
                     a/app
                     a/vm

totals
  hours transferred  512.00 h (0.314 FTE)
  price              DKK 409,600.00
  assets             DKK 0.00
)");
}
