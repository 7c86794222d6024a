// The figures beyond one year (semantics.md §§10-12) on small hand-made
// models: the organisation, the budget by year, ownership; and the
// validate checks period-dates and unsplittable-ownership.
#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/plan_json.h>

#include <sstream>
#include <string>

using namespace opgavesnit;

namespace {

std::string render(const Model& m, const Diagnostics& d) {
  std::ostringstream out;
  write_diagnostics(out, m.files, d, DiagnosticFormat::text, false, false);
  return out.str();
}

/// Two municipalities (a: 100 inhabitants, hourly cost 700; b: 300, 500),
/// one type `vm` (operation 100 h, patching 20 h, supplier 10 h), a level
/// that takes operation and patching (rate 800, fee 1200), and whatever
/// `extra` adds (components, scenarios, an organisation).
std::string model(const std::string& components, const std::string& scenario,
                  const std::string& extra = "") {
  return "opgavesnit: 1\n"
         "region: {id: r, hourly_cost: 700}\n"
         "tasks: [{id: operation}, {id: patching}, {id: supplier}]\n"
         "component_types:\n"
         "  - id: vm\n"
         "    annual_cost_task: supplier\n"
         "    tasks:\n"
         "      - {task: operation, hours: 100}\n"
         "      - {task: patching, hours: 20}\n"
         "      - {task: supplier, hours: 10}\n"
         "  - id: app\n"
         "    tasks: [{task: operation, hours: 10}]\n"
         "service_levels:\n"
         "  - id: std\n"
         "    price: {hourly_rate: 800, base_fee: 1200}\n"
         "    includes: [{types: [vm], tasks: [operation, patching]}, {types: [app]}]\n"
         "  - id: full\n"
         "    price: {hourly_rate: 800}\n"
         "    includes: [{types: [vm, app]}]\n"
         "municipalities:\n"
         "  - id: a\n"
         "    population: 100\n"
         "    components:\n" +
         components +
         "  - id: b\n"
         "    population: 300\n"
         "    hourly_cost: 500\n"
         "    components: [{id: keep, type: app, pin: retain, reason: r}]\n"
         "scenarios:\n"
         "  - id: s\n" +
         scenario + extra;
}

struct Planned {
  Model model;
  Plan plan;
  std::string diagnostics;
};

Planned plan_of(const std::string& text) {
  LoadResult r = load_model_from_string(text, "m.yaml");
  INFO(render(r.model, r.diagnostics));
  REQUIRE(!r.diagnostics.has_errors());
  Diagnostics d;
  Planned p{std::move(r.model), {}, {}};
  p.plan = make_plan(p.model, 0, d);
  p.diagnostics = render(p.model, d);
  return p;
}

std::string validate_of(const std::string& text) {
  LoadResult r = load_model_from_string(text, "m.yaml");
  INFO(render(r.model, r.diagnostics));
  REQUIRE(!r.diagnostics.has_errors());
  check_scenarios(r.model, r.diagnostics);
  r.diagnostics.sort();
  return render(r.model, r.diagnostics);
}

std::string money(const Int256& budget_value) { return budget_money_json(budget_value); }

const MunicipalityPlan& muni(const Planned& p, const char* id) {
  return p.plan.municipalities[p.model.find_municipality(id)];
}

const char* const kOrganisation =
    "organisation:\n"
    "  hourly_cost: 600\n"
    "  fixed_cost: 1200\n"
    "  hours_per_fte: 1000\n"
    "  efficiency: {default: 0.1, operation: 0.25}\n";

}  // namespace

TEST_CASE("organisation: hours needed, FTE, cost, revenue, result and savings (§10)") {
  // a/v moves operation + patching (120 h), its annual cost stays behind
  // with `supplier`; a/w (app) moves whole with its annual cost.
  const Planned p =
      plan_of(model("      - {id: v, type: vm, annual_cost: 5000}\n"
                    "      - {id: w, type: app, annual_cost: 300}\n",
                    "    default_level: std\n", kOrganisation));
  REQUIRE(p.plan.organisation);
  const OrganisationPlan& o = *p.plan.organisation;
  // needed: 100 × 0.75 + 20 × 0.9 + 10 × 0.75 = 100.5 h
  CHECK(format_decimal(o.hours_needed, kOrganisationHoursScale, 2) == "100.5");
  CHECK(organisation_fte_json(o) == "0.101");  // 100.5 / 1000 = 0.1005, half away from zero
  CHECK(organisation_money_json(o.staff_cost) == "60300");
  CHECK(organisation_money_json(o.fixed_cost) == "1200");
  CHECK(organisation_money_json(o.annual_costs) == "300");  // only w's moves
  CHECK(organisation_money_json(o.cost) == "61800");
  // revenue: a pays 1200 + 130 × 800 + 300; b takes part with nothing moved: 1200
  CHECK(organisation_money_json(o.revenue) == "106700");
  CHECK(organisation_money_json(o.result) == "44900");
  // savings: a's transferred cost 130 × 700 + 300 = 91300, less the cost
  CHECK(organisation_money_json(o.savings) == "29500");
}

TEST_CASE("organisation: none without the section, and the plan JSON unchanged") {
  const Planned p = plan_of(model("      - {id: v, type: vm}\n", "    default_level: std\n"));
  CHECK(!p.plan.organisation);
  CHECK(!p.plan.has_budget);
  std::ostringstream out;
  write_plan_json(out, p.model, p.plan);
  CHECK(out.str().find("organisation") == std::string::npos);
  CHECK(out.str().find("budget") == std::string::npos);
  CHECK(out.str().find("ownership") == std::string::npos);
}

TEST_CASE("annual cost: a split component whose annual_cost_task stays behind keeps its cost") {
  const Planned p = plan_of(
      model("      - {id: v, type: vm, annual_cost: 5000}\n", "    levels: {a: std, b: none}\n"));
  const MunicipalityPlan& a = muni(p, "a");
  CHECK(p.plan.components[p.model.find_component("a/v")].status == Status::split);
  CHECK(money_json(a.transferred_cost) == "84000");  // 120 h × 700, no annual cost
  CHECK(money_json(a.price) == "97200");             // 1200 + 120 × 800
  const Planned full = plan_of(
      model("      - {id: v, type: vm, annual_cost: 5000}\n", "    levels: {a: full, b: none}\n"));
  CHECK(money_json(muni(full, "a").transferred_cost) == "96000");  // 130 × 700 + 5000
  CHECK(money_json(muni(full, "a").price) == "109000");            // 130 × 800 + 5000
}

TEST_CASE("dated periods: years, half-years, quarters, months and what is not dated") {
  auto d = [](const char* id) {
    auto p = dated_period(id);
    return p ? std::to_string(p->start) + "-" + std::to_string(p->end) : std::string("none");
  };
  CHECK(d("2027") == std::to_string(12 * 2027) + "-" + std::to_string(12 * 2028));
  CHECK(d("2027-H2") == std::to_string(12 * 2027 + 6) + "-" + std::to_string(12 * 2028));
  CHECK(d("2027-Q3") == std::to_string(12 * 2027 + 6) + "-" + std::to_string(12 * 2027 + 9));
  CHECK(d("2027-12") == std::to_string(12 * 2027 + 11) + "-" + std::to_string(12 * 2028));
  CHECK(d("2000") != "none");
  CHECK(d("2100-Q4") != "none");
  for (const char* id :
       {"1999", "2101", "2027-H3", "2027-H0", "2027-Q5", "2027-Q0", "2027-13", "2027-00", "2027-1",
        "2027-q1", "27-Q1", "2027-Q1 ", "bølge-1", "", "2027-Q12", "20270"})
    CHECK_MESSAGE(d(id) == "none", id);
}

TEST_CASE("budget: first and last period, the horizon, base fee from the first period (§11)") {
  // a/v (vm, 120 h moved) in 2027-Q1; a/w (app, 10 h) in 2027-Q4 by
  // capacity. The horizon runs to 2028, the first whole year after.
  const Planned p = plan_of(
      model("      - {id: v, type: vm}\n"
            "      - {id: w, type: app, annual_cost: 1200}\n",
            "    default_level: std\n"
            "    waves: {periods: [2027-Q1, 2027-Q2, 2027-Q3, 2027-Q4], capacity_hours: 120}\n"
            "    common_costs:\n"
            "      - {id: t26, amount: 1000, key: population, year: 2026}\n"
            "      - {id: any, amount: 1000, key: equal}\n",
            kOrganisation));
  REQUIRE(p.plan.has_budget);
  CHECK(p.plan.components[p.model.find_component("a/v")].period == 0);
  CHECK(p.plan.components[p.model.find_component("a/w")].period == 1);
  const MunicipalityPlan& a = muni(p, "a");
  REQUIRE(a.budget.size() == 3);
  CHECK(a.budget[0].year == 2026);
  CHECK(money(a.budget[0].price) == "0");
  CHECK(money(a.budget[0].common_costs) == "250");
  CHECK(money(a.budget[0].net_change) == "250");
  // 2027: fee 1200 (from Q1) + v 96000 + w (8000 + 1200) × 9/12 = 6900
  CHECK(money(a.budget[1].price) == "104100");
  // released: v 84000 + w (7000 + 1200) × 9/12 = 6150
  CHECK(money(a.budget[1].released) == "90150");
  CHECK(money(a.budget[1].common_costs) == "0");  // `any` has no year
  CHECK(money(a.budget[1].net_change) == "13950");
  // the last year is the plan's own figures
  CHECK(money(a.budget[2].price) == money_json(a.price));
  CHECK(money(a.budget[2].released) == money_json(a.transferred_cost));
  // b takes part with nothing moved: the base fee from the first period
  const MunicipalityPlan& b = muni(p, "b");
  CHECK(money(b.budget[1].price) == "1200");
  CHECK(money(b.budget[0].common_costs) == "750");
  // totals and the organisation's year
  REQUIRE(p.plan.budget.size() == 3);
  CHECK(money(p.plan.budget[1].price) == "105300");
  CHECK(money(p.plan.budget[0].common_costs) == "1000");
  // cost 2027: fixed 1200 + v (75 + 18) × 600 + w (7.5 × 600 + 1200) × 9/12
  CHECK(money(p.plan.budget[1].cost) == "61275");
  CHECK(money(p.plan.budget[1].revenue) == "105300");
  CHECK(money(p.plan.budget[1].result) == "44025");
  REQUIRE(p.plan.organisation);
  CHECK(money(p.plan.budget[2].cost) == organisation_money_json(p.plan.organisation->cost));
}

TEST_CASE("budget: a half-year, a month and a whole-year period") {
  auto price_by_year = [](const std::string& periods, const std::string& capacity) {
    const Planned p =
        plan_of(model("      - {id: v, type: vm}\n      - {id: w, type: app}\n",
                      "    levels: {a: full, b: none}\n    waves: {periods: " + periods +
                          ", capacity_hours: " + capacity + "}\n"));
    std::string out;
    for (const BudgetYear& by : muni(p, "a").budget)
      out += std::to_string(by.year) + ":" + money(by.price) + " ";
    return out;
  };
  // v 130 h × 800 = 104000 and w 10 h = 8000; capacity 130 puts w in the second period.
  // half-years: w from July 2027: 8000 × 6/12
  CHECK(price_by_year("[2027-H1, 2027-H2]", "130") == "2027:108000 2028:112000 ");
  // months: w from February 2027: 8000 × 11/12 = 7333.33...
  CHECK(price_by_year("[2027-01, 2027-02]", "130") == "2027:111333.33 2028:112000 ");
  // whole years: w from January 2028
  CHECK(price_by_year("[2027, 2028]", "130") == "2027:104000 2028:112000 2029:112000 ");
  // a gap between periods is allowed
  CHECK(price_by_year("[2026-Q4, 2027-Q3]", "130") == "2026:26000 2027:108000 2028:112000 ");
}

TEST_CASE("budget: an unscheduled group does not move within the horizon") {
  // capacity 100 < v's 120 h alone and there is one period: v goes to it
  // (none placed yet); w depends on v... here w simply finds no room.
  const Planned p = plan_of(model(
      "      - {id: v, type: vm}\n      - {id: w, type: app, depends_on: [v]}\n",
      "    levels: {a: full, b: none}\n    waves: {periods: [2027-Q1], capacity_hours: 100}\n"));
  REQUIRE(p.plan.unscheduled.size() == 1);
  CHECK(p.model.components[p.plan.unscheduled[0]].qualified == "a/w");
  const MunicipalityPlan& a = muni(p, "a");
  REQUIRE(a.budget.size() == 2);
  // the last year: the plan's figures less the unscheduled w (10 h × 800)
  CHECK(money(a.budget[1].price) == "104000");
  CHECK(money_json(a.price) == "112000");
  CHECK(money(a.budget[1].released) == "91000");
}

TEST_CASE("budget: none for undated, partly dated or overlapping periods; validate warns") {
  const std::string comps = "      - {id: v, type: vm}\n";
  CHECK(!plan_of(model(comps,
                       "    default_level: std\n    waves: {periods: [w1, w2], "
                       "capacity_hours: 1000}\n"))
             .plan.has_budget);
  const std::string partly = model(comps,
                                   "    default_level: std\n    waves: {periods: [2027-Q1, w2], "
                                   "capacity_hours: 1000}\n");
  CHECK(!plan_of(partly).plan.has_budget);
  CHECK(validate_of(partly) ==
        "m.yaml:32:22: warning: the periods of scenario 's' are partly dated ('w2' is not a "
        "year, half-year, quarter or month), so it has no budget by year [period-dates]\n"
        "    waves: {periods: [2027-Q1, w2], capacity_hours: 1000}\n"
        "                     ^\n");
  const std::string overlapping =
      model(comps,
            "    default_level: std\n    waves: {periods: [2027-H1, 2027-Q2], "
            "capacity_hours: 1000}\n");
  CHECK(!plan_of(overlapping).plan.has_budget);
  CHECK(validate_of(overlapping) ==
        "m.yaml:32:22: warning: period '2027-Q2' of scenario 's' overlaps the period listed "
        "before it ('2027-H1'), so the scenario has no budget by year [period-dates]\n"
        "    waves: {periods: [2027-H1, 2027-Q2], capacity_hours: 1000}\n"
        "                     ^\n");
  const std::string backwards =
      model(comps,
            "    default_level: std\n    waves: {periods: [2027-Q2, 2027-Q1], "
            "capacity_hours: 1000}\n");
  CHECK(validate_of(backwards).find("comes before the period listed before it") !=
        std::string::npos);
  CHECK(validate_of(model(comps,
                          "    default_level: std\n    waves: {periods: [2027-Q1, "
                          "2027-Q2], capacity_hours: 1000}\n")) == "");
}

TEST_CASE("budget: common costs' years widen the horizon") {
  const Planned p = plan_of(
      model("      - {id: v, type: vm}\n",
            "    default_level: std\n    waves: {periods: [2027-Q1], capacity_hours: 1000}\n"
            "    common_costs:\n"
            "      - {id: early, amount: 10, key: equal, year: 2025}\n"
            "      - {id: late, amount: 10, key: equal, year: 2030, among: participating}\n"));
  REQUIRE(p.plan.budget.size() == 6);
  CHECK(p.plan.budget.front().year == 2025);
  CHECK(p.plan.budget.back().year == 2030);
  CHECK(money(p.plan.budget[0].common_costs) == "10");
  CHECK(money(muni(p, "a").budget[5].common_costs) == "5");
}

TEST_CASE("ownership: cash by key, in kind from assets, shares sum to 100.00 (§12)") {
  const Planned p =
      plan_of(model("      - {id: v, type: vm, book_value: 20000}\n",
                    "    default_level: std\n    ownership: {capital: 1000, key: population}\n"));
  const MunicipalityPlan& a = muni(p, "a");
  const MunicipalityPlan& b = muni(p, "b");
  REQUIRE(a.ownership);
  REQUIRE(b.ownership);
  CHECK(money_json(a.ownership->cash) == "250");
  CHECK(money_json(b.ownership->cash) == "750");
  CHECK(money_json(a.ownership->in_kind) == "20000");
  CHECK(money_json(b.ownership->in_kind) == "0");
  CHECK(money_json(a.ownership->contribution) == "20250");
  // 20250 / 21000 = 96.428..%, 750 / 21000 = 3.571..%: 96.43 + 3.57
  CHECK(share_json(a.ownership->share) == "96.43");
  CHECK(share_json(b.ownership->share) == "3.57");
}

TEST_CASE("ownership: a non-participant with among all; share ties go to the first id") {
  // Three equal contributions: 33.33 each and one unit left, to 'a'.
  const std::string text =
      "opgavesnit: 1\nregion: {hourly_cost: 1}\ntasks: [{id: t}]\n"
      "component_types: [{id: x, tasks: [{task: t, hours: 1}]}]\n"
      "service_levels: [{id: l, price: {hourly_rate: 1}, includes: [{types: [x]}]}]\n"
      "municipalities: [{id: c, components: [{id: k, type: x}]}, {id: a}, {id: b}, {id: n}]\n"
      "scenarios:\n"
      "  - id: s\n"
      "    levels: {a: l, b: l, c: l, n: none}\n"
      "    ownership: {capital: 3, key: equal}\n";
  const Planned p = plan_of(text);
  CHECK(share_json(muni(p, "a").ownership->share) == "33.34");
  CHECK(share_json(muni(p, "b").ownership->share) == "33.33");
  CHECK(share_json(muni(p, "c").ownership->share) == "33.33");
  CHECK(share_json(muni(p, "n").ownership->share) == "0");
  std::string all = text;
  all.replace(all.find("key: equal}"), 11, "key: equal, among: all}");
  const Planned q = plan_of(all);
  CHECK(money_json(muni(q, "n").ownership->cash) == "0.75");
  CHECK(share_json(muni(q, "n").ownership->share) == "25");
}

TEST_CASE("ownership: capital 0 with assets only; without in_kind and capital it cannot split") {
  const Planned p = plan_of(model("      - {id: v, type: vm, book_value: 300}\n",
                                  "    default_level: std\n    ownership: {}\n"));
  CHECK(share_json(muni(p, "a").ownership->share) == "100");
  CHECK(share_json(muni(p, "b").ownership->share) == "0");
  CHECK(money_json(muni(p, "a").ownership->cash) == "0");
  const std::string none = model("      - {id: v, type: vm, book_value: 300}\n",
                                 "    default_level: std\n    ownership: {in_kind: false}\n");
  CHECK(validate_of(none) ==
        "m.yaml:32:16: error: the ownership of scenario 's' cannot be split into shares: the "
        "contributions sum to 0 (no capital, and no assets in kind) [unsplittable-ownership]\n"
        "    ownership: {in_kind: false}\n"
        "               ^\n");
  CHECK(validate_of(model("      - {id: v, type: vm}\n",
                          "    default_level: std\n    ownership: {capital: 5, key: hours, "
                          "among: all, in_kind: false}\n"))
            .find("cannot be split by hours") == std::string::npos);
  CHECK(validate_of(model("      - {id: v, type: vm}\n",
                          "    levels: {a: none, b: std}\n    ownership: {capital: 5, key: "
                          "hours}\n")) ==
        "m.yaml:32:16: error: the capital of the ownership of scenario 's' cannot be split by "
        "hours: it sums to 0 among the participating municipalities [unsplittable-ownership]\n"
        "    ownership: {capital: 5, key: hours}\n"
        "               ^\n");
}
