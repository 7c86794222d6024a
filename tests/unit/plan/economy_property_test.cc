// Invariants of the figures beyond one year (semantics.md §§10-12) on
// random models: Σ cash = capital, shares sum to 100.00, result = revenue −
// cost, savings = Σ transferred cost − cost, and each year's budget is the
// sum of f_y over what moves, checked against a brute-force oracle.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>

#include <random>

#include "support/model_builder.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::TaskSpec;

namespace {

struct Rng {
  std::mt19937 rng;
  explicit Rng(unsigned seed) : rng(seed) {}
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  bool chance(int percent) { return below(100) < percent; }
};

Model random_model(unsigned seed) {
  Rng r(seed);
  ModelBuilder b;
  const std::vector<std::string> tasks = {"op", "patch", "lic"};
  for (const auto& t : tasks) b.task(t);
  b.type("vm", {{"op", 100 * (1 + r.below(500)), true},
                {"patch", 25 * r.below(100), false},
                {"lic", 100 * r.below(50), false}});
  b.type("net", {{"op", 50 * (1 + r.below(300)), true}});
  b.level("full", 100 * (500 + r.below(500)))
      .fee(r.below(3) * 100000)
      .include({.types = {"vm", "net"}});
  b.level("part", 100 * (500 + r.below(500))).include({.types = {"vm"}, .tasks = {"op", "patch"}});
  const int nmunis = 1 + r.below(4);
  for (int i = 0; i < nmunis; ++i)
    b.municipality("m" + std::to_string(i), 1 + r.below(50000),
                   r.chance(50) ? std::optional<Cents>(50000 + r.below(50000)) : std::nullopt);
  const int ncomps = 1 + r.below(12);
  std::vector<std::string> comps;
  for (int i = 0; i < ncomps; ++i) {
    comps.push_back("m" + std::to_string(r.below(nmunis)) + "/c" + std::to_string(i));
    auto& c = b.component(comps.back(), r.chance(60) ? "vm" : "net");
    c.qty(1 + r.below(3)).annual(r.below(5) * 100001).book(r.below(5) * 77777);
    if (r.chance(10)) c.retain();
    if (i > 0 && r.chance(40)) c.on(comps[static_cast<std::size_t>(r.below(i))]);
  }
  static const std::vector<std::vector<std::string>> kPeriods = {
      {"2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"},
      {"2026-H2", "2027-03", "2027-11", "2028"},
      {"2027"},
      {"2027-02", "2027-Q3"}};
  auto& sc = b.scenario("s", r.chance(80) ? (r.chance(50) ? "full" : "part") : "");
  for (int i = 0; i < nmunis; ++i)
    if (r.chance(25)) sc.set("m" + std::to_string(i), r.chance(50) ? "none" : "part");
  sc.drop();
  sc.schedule(kPeriods[static_cast<std::size_t>(r.below(4))], 100 * (1 + r.below(3000)));
  sc.cost("c1", r.below(10000000), {{KeyBasis::population, 10000}}, Among::all);
  sc.cost("c2", r.below(10000000), {{KeyBasis::equal, 5000}, {KeyBasis::hours, 5000}}, Among::all);
  Model m = b.build();
  // What the builder does not know: set on the model directly.
  m.types[m.find_type("vm")].annual_cost_task = r.chance(50) ? 2 : -1;
  Scenario& s = m.scenarios[0];
  s.common_costs[0].year = 2025 + r.below(5);
  if (r.chance(50)) s.common_costs[1].year = 2026 + r.below(3);
  Ownership o;
  o.capital = r.chance(70) ? r.below(100000000) : 0;
  o.key = {{r.chance(50) ? KeyBasis::population : KeyBasis::equal, 10000, {}}};
  o.among = r.chance(50) ? Among::all : Among::participating;
  o.in_kind = r.chance(80);
  s.ownership = o;
  Organisation org;
  org.hourly_cost = 40000 + r.below(60000);
  org.fixed_cost = r.below(100000000);
  if (r.chance(50)) org.hours_per_fte = 150000;
  org.efficiency_of = {r.below(10000), r.below(5000), 0};
  m.organisation = org;
  return m;
}

}  // namespace

TEST_CASE("economy properties on random models") {
  for (unsigned seed = 1; seed <= 400; ++seed) {
    CAPTURE(seed);
    const Model m = random_model(seed);
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
