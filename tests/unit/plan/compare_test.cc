// Comparing the plans of two scenarios, and its renderers.
#include <doctest/doctest.h>
#include <opgavesnit/plan/compare.h>
#include <opgavesnit/report/compare_json.h>
#include <opgavesnit/report/compare_markdown.h>
#include <opgavesnit/report/compare_text.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/sample.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::sample_builder;

namespace {

/// The shared sample with a third municipality, b/dc and c/dc beside a's
/// three components, a book value on a/dc, and two levels of its own: drift
/// (the facility's operation only, 700 kr/h) and plus (facility and servers,
/// and the applications' backup; 800 kr/h). a takes drift under s1 and plus
/// under s2; b takes drift in both; c takes drift under s1 and nothing under
/// s2. The own hourly cost is the region's 700 kr.
Model two_scenarios() {
  ModelBuilder b = sample_builder();
  b.level("drift", 70000).include({.categories = {"facility"}, .tasks = {"operation"}});
  b.level("plus", 80000)
      .include({.categories = {"facility", "server"}})
      .include({.categories = {"application"}, .tasks = {"backup"}});
  b.municipality("c", 100);
  b.component("b/dc", "dc");
  b.component("c/dc", "dc");
  b.scenario("s1", "drift").cost("x", 30000, {{KeyBasis::equal, 10000}});
  b.scenario("s2", "drift")
      .set("a", "plus")
      .set("c", "none")
      .cost("x", 30000, {{KeyBasis::equal, 10000}}, Among::participating)
      .cost("y", 10000, {{KeyBasis::equal, 10000}});
  Model m = b.build();
  m.components[m.find_component("a/dc")].book_value = 100000;
  return m;
}

Plan plan_of(const Model& m, const std::string& id) {
  Diagnostics diags;
  Plan p = make_plan(m, m.find_scenario(id), diags);
  REQUIRE(diags.empty());
  return p;
}

std::string ids(const Model& m, const std::vector<Id>& components) {
  std::string out;
  for (Id c : components) out += (out.empty() ? "" : ",") + m.components[c].qualified;
  return out;
}

std::string tasks(const Model& m, Id c, const std::vector<std::uint32_t>& local) {
  std::string out;
  for (std::uint32_t t : local)
    out += (out.empty() ? "" : ",") + m.tasks[m.types[m.components[c].type].tasks[t].task].id;
  return out;
}

}  // namespace

TEST_CASE("compare: per municipality") {
  const Model m = two_scenarios();
  const Plan p1 = plan_of(m, "s1"), p2 = plan_of(m, "s2");
  const Comparison cmp = compare_plans(m, p1, p2);
  CHECK(cmp.scenario_a == "s1");
  CHECK(cmp.scenario_b == "s2");
  REQUIRE(cmp.common_cost_ids == std::vector<std::string>{"x", "y"});
  REQUIRE(cmp.municipalities.size() == 3);

  const MunicipalityDiff& a = cmp.municipalities[0];
  CHECK(m.municipalities[a.municipality].id == "a");
  CHECK(a.changed);
  CHECK(a.level_a == m.find_level("drift"));
  CHECK(a.level_b == m.find_level("plus"));
  CHECK(ids(m, a.handed_over) == "a/app,a/vm");
  CHECK(a.taken_back.empty());
  REQUIRE(a.task_changes.size() == 1);
  CHECK(m.components[a.task_changes[0].component].qualified == "a/dc");
  CHECK(a.task_changes[0].status_a == Status::split);
  CHECK(a.task_changes[0].status_b == Status::transferred);
  CHECK(tasks(m, a.task_changes[0].component, a.task_changes[0].gained) == "monitoring");
  CHECK(a.task_changes[0].lost.empty());
  // dc operation 100 h, vm 136 h, app backup 10 h.
  CHECK(a.hours_transferred.a == Int256(10000));
  CHECK(a.hours_transferred.b == Int256(10000 + 2000 + 12000 + 1600 + 1000));
  CHECK(a.hours_transferred.difference() == Int256(16600));
  // The interface a/vm -> a/dc (service) goes: both move under s2.
  CHECK(a.interfaces.added.size() == 0);
  REQUIRE(a.interfaces.removed.size() == 1);
  CHECK(m.components[a.interfaces.removed[0].from].qualified == "a/vm");
  CHECK(a.waves_a == 1);
  CHECK(a.waves_b == 3);
  // x: 100 each among all under s1, 150 among the two participants under s2;
  // y exists only under s2.
  CHECK(a.common_costs[0].a == 10000);
  CHECK(a.common_costs[0].b == 15000);
  CHECK_FALSE(a.common_costs[1].a.has_value());
  CHECK(a.common_costs[1].b == 3334);
  // The matrix: dc monitoring, vm operation and capacity, app backup change.
  CHECK(a.matrix_changes.size() == 4);
  CHECK(a.matrix_changes[0].a.holder == Holder::municipality);
  CHECK(a.matrix_changes[0].b.holder == Holder::shared);

  const MunicipalityDiff& b = cmp.municipalities[1];
  CHECK(b.changed);  // only its share of x and y differ
  CHECK(b.handed_over.empty());
  CHECK(b.price.a == b.price.b);

  const MunicipalityDiff& c = cmp.municipalities[2];
  CHECK(ids(m, c.taken_back) == "c/dc");
  CHECK(c.level_b == kNoId);
  CHECK(c.common_costs[0].b == 0);

  CHECK(cmp.totals.handed_over == 2);
  CHECK(cmp.totals.taken_back == 1);
  CHECK(cmp.totals.changed_municipalities == 3);
  CHECK(cmp.totals.common_costs[0].a == 30000);
  CHECK(cmp.totals.common_costs[0].b == 30000);
  CHECK_FALSE(cmp.totals.common_costs[1].a.has_value());
  CHECK(cmp.totals.common_costs[1].b == 10000);
}

TEST_CASE("compare: a plan with itself has no differences") {
  const Model m = two_scenarios();
  const Plan p = plan_of(m, "s2");
  const Comparison cmp = compare_plans(m, p, p);
  CHECK(cmp.totals.changed_municipalities == 0);
  for (const MunicipalityDiff& d : cmp.municipalities) CHECK_FALSE(d.changed);
  // a: 266 h at plus's 800 kr., b: b/dc's 100 h at drift's 700 kr.: the price
  // 282,800 kr.; the transferred cost 366 h at the region's 700 kr.
  std::ostringstream os;
  write_compare_text(os, m, cmp, Lang::en);
  CHECK(os.str() ==
        "comparison s2 -> s2\n"
        "  A                      s2: consistent\n"
        "  B                      s2: consistent\n"
        "  differences            B − A (+ means more under B)\n"
        "\n"
        "a: unchanged (plus)\n"
        "b: unchanged (drift)\n"
        "c: unchanged (none)\n"
        "\n"
        "total\n"
        "  changed municipalities 0 / 3\n"
        "  hours transferred      366.00 h -> 366.00 h (0.00 h)\n"
        "  FTE transferred        0.225 -> 0.225 (0.000)\n"
        "  transferred cost       DKK 256,200.00 -> DKK 256,200.00 (DKK 0.00)\n"
        "  price                  DKK 282,800.00 -> DKK 282,800.00 (DKK 0.00)\n"
        "  net change             DKK 26,600.00 -> DKK 26,600.00 (DKK 0.00)\n"
        "  assets                 DKK 1,000.00 -> DKK 1,000.00 (DKK 0.00)\n"
        "  common costs           x DKK 300.00 -> DKK 300.00\n"
        "                         y DKK 100.00 -> DKK 100.00\n"
        "  handed over            0\n"
        "  taken back             0\n"
        "  other tasks            0\n"
        "  interfaces             +0 -0\n"
        "  conflicts              0 -> 0\n"
        "  dropped seeds          0 -> 0\n"
        "  waves                  3 -> 3\n");
}

TEST_CASE("compare: strict against drop") {
  ModelBuilder b;
  b.type("vm", {{"operation", 10000}, {"patching", 1000, false, {"operation"}}}, "server");
  b.type("ot", {{"operation", 5000}}, "ot");
  b.level("standard", 80000).include({.categories = {"server"}});
  b.municipality("n", 1, 60000);
  b.component("n/scada", "ot").retain("OT network");
  b.component("n/historian", "vm").on("n/scada");
  b.component("n/web", "vm");
  b.scenario("strict", "standard");
  b.scenario("drop", "standard").drop();
  const Model m = b.build();
  const Comparison cmp = compare_plans(m, plan_of(m, "strict"), plan_of(m, "drop"));
  CHECK_FALSE(cmp.consistent_a);
  CHECK(cmp.consistent_b);
  const MunicipalityDiff& d = cmp.municipalities[0];
  CHECK(ids(m, d.taken_back) == "n/historian");
  CHECK(d.conflicts.added.empty());
  REQUIRE(d.conflicts.removed.size() == 1);
  CHECK(m.components[d.conflicts.removed[0].component].qualified == "n/scada");
  REQUIRE(d.dropped.added.size() == 2);
  CHECK(d.dropped.removed.empty());
  CHECK(d.conflicts_a == 1);
  CHECK(d.dropped_b == 2);
  // historian -> scada was upstream under strict; under drop both stay.
  CHECK(d.interfaces.removed.size() == 1);
  CHECK(d.interfaces.added.empty());

  std::ostringstream os;
  write_compare_json(os, m, cmp);
  const auto j = nlohmann::json::parse(os.str());
  CHECK(j["format"] == "opgavesnit-compare");
  CHECK(j["version"] == 1);
  CHECK(j["a"]["consistent"] == false);
  CHECK(j["b"]["conflicts"] == "drop");
  CHECK(j["municipalities"][0]["taken_back"] == nlohmann::json::array({"n/historian"}));
  CHECK(j["municipalities"][0]["conflicts"]["removed"][0]["component"] == "n/scada");
  CHECK(j["municipalities"][0]["dropped"]["added"][0]["task"] == "operation");
  CHECK(j["municipalities"][0]["dropped"]["added"][1]["task"] == "patching");
  CHECK(j["municipalities"][0]["hours_transferred"]["difference"] == -110);
  CHECK(j["totals"]["conflicts"]["a"] == 1);
  CHECK(j["totals"]["dropped"]["b"] == 2);
}

TEST_CASE("compare: periods are compared when both scenarios schedule") {
  ModelBuilder b;
  b.type("dc", {{"operation", 10000}}, "facility");
  b.level("basis", 70000).include({.categories = {"facility"}});
  b.municipality("a", 1, 60000);
  b.component("a/dc1", "dc");
  b.component("a/dc2", "dc");
  b.scenario("one", "basis").schedule({"q1", "q2"}, 10000);
  b.scenario("two", "basis").schedule({"q1", "q2"}, 20000);
  b.scenario("none", "basis");
  const Model m = b.build();
  const Comparison cmp = compare_plans(m, plan_of(m, "one"), plan_of(m, "two"));
  const MunicipalityDiff& d = cmp.municipalities[0];
  REQUIRE(d.wave_changes.size() == 1);
  CHECK(m.components[d.wave_changes[0].component].qualified == "a/dc2");
  CHECK(cmp.periods_a[d.wave_changes[0].period_a] == "q2");
  CHECK(cmp.periods_b[d.wave_changes[0].period_b] == "q1");
  CHECK(d.changed);

  std::ostringstream os;
  write_compare_markdown(os, m, cmp, Lang::en);
  CHECK(os.str().find("| a/dc2 | 1 (q2) | 1 (q1) |") != std::string::npos);

  // Against a scenario without periods only the totals say so.
  const Comparison c2 = compare_plans(m, plan_of(m, "one"), plan_of(m, "none"));
  CHECK(c2.municipalities[0].wave_changes.empty());
  CHECK_FALSE(c2.municipalities[0].changed);
  CHECK(c2.periods_a.size() == 2);
  CHECK(c2.periods_b.empty());
}
