// compare on the economy beyond one year (semantics.md §§10-12): the
// organisation, the budget years of either plan and the ownership shares,
// side by side with B − A.
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/compare.h>
#include <opgavesnit/plan/levels.h>
#include <opgavesnit/report/compare_json.h>
#include <opgavesnit/report/compare_markdown.h>
#include <opgavesnit/report/compare_text.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

using namespace opgavesnit;

namespace {

/// Two municipalities; `half` moves a's vm over the halves of 2027 and has
/// ownership, `year` moves everything in 2028 and has none.
const char* const kModel =
    "opgavesnit: 1\n"
    "region: {id: r, hourly_cost: 700}\n"
    "tasks: [{id: operation}]\n"
    "component_types:\n"
    "  - id: vm\n"
    "    tasks: [{task: operation, hours: 100}]\n"
    "service_levels:\n"
    "  - id: std\n"
    "    price: {hourly_rate: 800}\n"
    "    includes: [{types: [vm]}]\n"
    "municipalities:\n"
    "  - id: a\n"
    "    name: Aby Kommune\n"
    "    population: 100\n"
    "    components: [{id: vm1, type: vm, book_value: 1000}, {id: vm2, type: vm}]\n"
    "  - id: b\n"
    "    population: 300\n"
    "    components: [{id: vm, type: vm}]\n"
    "scenarios:\n"
    "  - id: half\n"
    "    default_level: std\n"
    "    levels: {b: none}\n"
    "    waves: {periods: [2027-H1, 2027-H2], capacity_hours: 100}\n"
    "    ownership: {capital: 1000, key: population, among: all}\n"
    "  - id: year\n"
    "    default_level: std\n"
    "    waves: {periods: [2028], capacity_hours: 1000}\n"
    "organisation:\n"
    "  hourly_cost: 600\n"
    "  fixed_cost: 1000\n";

struct Compared {
  Model model;
  Comparison cmp;
};

Compared compared() {
  LoadResult r = load_model_from_string(kModel, "m.yaml");
  REQUIRE(!r.diagnostics.has_errors());
  Diagnostics d;
  const Plan a = make_plan(r.model, r.model.find_scenario("half"), d);
  const Plan b = make_plan(r.model, r.model.find_scenario("year"), d);
  REQUIRE(!d.has_errors());
  Compared c{std::move(r.model), {}};
  c.cmp = compare_plans(c.model, a, b);
  return c;
}

}  // namespace

TEST_CASE("compare economy: the budget years of either plan, absent where a plan has none") {
  const Compared c = compared();
  // A horizon runs to the year after the last period.
  REQUIRE(c.cmp.budget_years == std::vector<int>{2027, 2028, 2029});
  const MunicipalityDiff& a = c.cmp.municipalities[0];
  REQUIRE(a.budget.size() == 3);
  CHECK_FALSE(a.budget[2].price.has_a);
  CHECK(a.budget[2].price.has_b);
  // Under `half` both of a's components move in 2027 (one per half), under
  // `year` in 2028; the year 2027 is outside `year`'s horizon.
  CHECK(a.budget[0].price.has_a);
  CHECK_FALSE(a.budget[0].price.has_b);
  CHECK(a.budget[0].price.a > 0);
  CHECK(a.budget[1].price.has_a);
  CHECK(a.budget[1].price.has_b);
  // In 2028 both hand over all of a: the same price.
  CHECK(a.budget[1].price.a == a.budget[1].price.b);
  CHECK(a.changed);
  // b takes part only under `year`.
  const MunicipalityDiff& b = c.cmp.municipalities[1];
  CHECK(b.budget[1].price.a == 0);
  CHECK(b.budget[1].price.b > 0);
  CHECK(b.budget[1].net_change.difference() == b.budget[1].net_change.b);
}

TEST_CASE("compare economy: ownership in one scenario, the organisation in both") {
  const Compared c = compared();
  CHECK(c.cmp.ownership_a);
  CHECK_FALSE(c.cmp.ownership_b);
  const MunicipalityDiff& a = c.cmp.municipalities[0];
  REQUIRE(a.ownership.has_value());
  CHECK(a.ownership->share.has_a);
  CHECK_FALSE(a.ownership->share.has_b);
  // Cash by population among all (1:3) and a's book value in kind.
  CHECK(a.ownership->cash.a == Int256(250) * 10000);
  CHECK(a.ownership->in_kind.a == Int256(1000) * 10000);
  REQUIRE(c.cmp.organisation.has_value());
  const OrganisationDiff& o = *c.cmp.organisation;
  CHECK(o.fixed_cost.difference() == 0);
  CHECK(o.result.difference() == o.revenue.difference() - o.cost.difference());
  CHECK(o.hours_needed.b > o.hours_needed.a);  // b's vm joins under `year`

  std::ostringstream json;
  write_compare_json(json, c.model, c.cmp);
  const auto doc = nlohmann::json::parse(json.str());
  CHECK(doc["organisation"]["fixed_cost"]["difference"] == 0);
  CHECK(doc["municipalities"][0]["ownership"]["share"]["b"].is_null());
  CHECK(doc["municipalities"][0]["ownership"]["share"]["difference"].is_null());
  CHECK(doc["municipalities"][0]["budget"][0]["price"]["b"].is_null());
  CHECK(doc["totals"]["budget"][1]["year"] == 2028);
  CHECK(doc["totals"]["budget"][1].contains("organisation"));

  std::ostringstream text;
  write_compare_text(text, c.model, c.cmp, Lang::en);
  CHECK(text.str().find("  differences            B − A (+ means more under B)\n") !=
        std::string::npos);
  CHECK(text.str().find("\nAby Kommune\n") != std::string::npos);
  CHECK(text.str().find("  share                  ") != std::string::npos);
  CHECK(text.str().find("% -> n/a\n") != std::string::npos);

  std::ostringstream md;
  write_compare_markdown(md, c.model, c.cmp, Lang::da);
  CHECK(md.str().find("## Organisation\n") != std::string::npos);
  CHECK(md.str().find("| Faste omkostninger | 1.000,00 kr. | 1.000,00 kr. | 0,00 kr. |") !=
        std::string::npos);
  CHECK(md.str().find("## Ejerandele\n") != std::string::npos);
}

TEST_CASE("levels: each level's budget years and the organisation's result") {
  LoadResult r = load_model_from_string(kModel, "m.yaml");
  REQUIRE(!r.diagnostics.has_errors());
  Diagnostics d;
  const Id half = r.model.find_scenario("half");
  const Id b = r.model.find_municipality("b");
  const LevelsReport report = compare_levels(r.model, r.model.scenarios[half], b, d);
  REQUIRE(report.variants.size() == 1);
  CHECK(report.has_budget);
  CHECK(report.budget_years == std::vector<int>{2027, 2028});
  // b at `std` under `half`: the plan of the scenario with b's level set.
  Scenario variant = r.model.scenarios[half];
  variant.level_of[b] = r.model.find_level("std");
  const Plan plan = make_plan(r.model, variant, d, half);
  const LevelVariant& v = report.variants[0];
  REQUIRE(v.budget.size() == 2);
  CHECK(v.budget[1].net_change == plan.municipalities[b].budget[1].net_change);
  REQUIRE(v.organisation_result.has_value());
  CHECK(*v.organisation_result == plan.organisation->result);
}
