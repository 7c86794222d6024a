// risk on random models with ranges: its likely figures are the plan's (§8,
// §10, and the last budget year when everything is scheduled), and each
// swing equals the plan of the model with that one variable set to its low
// or high value (semantics.md §13): risk's coefficients agree with the plan.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/risk.h>

#include <random>

#include "support/model_builder.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;

namespace {

struct Rng {
  std::mt19937 rng;
  explicit Rng(unsigned seed) : rng(seed) {}
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  bool chance(int percent) { return below(100) < percent; }
  /// A range around `likely` (>= 0), sometimes of one value, sometimes
  /// with low = likely or likely = high; at most `max` (exclusive).
  Estimate range(std::int64_t likely, std::int64_t max) {
    Estimate e;
    e.likely = likely;
    e.low = chance(20) ? likely : likely - below(static_cast<int>(likely) + 1);
    e.high = chance(20) ? likely : std::min<std::int64_t>(max - 1, likely + below(5000));
    if (chance(5)) e.low = e.high = likely;
    return e;
  }
};

Model random_model(unsigned seed) {
  Rng r(seed);
  ModelBuilder b;
  for (const char* t : {"op", "patch", "lic"}) b.task(t);
  b.type("vm", {{"op", 100 * (1 + r.below(500)), true},
                {"patch", 25 * r.below(100), false},
                {"lic", 100 * r.below(50), false}});
  b.type("net", {{"op", 50 * (1 + r.below(300)), true}, {"patch", 10 * r.below(300), false}});
  b.level("full", 100 * (500 + r.below(500)))
      .fee(r.below(3) * 100000)
      .include({.types = {"vm", "net"}});
  b.level("part", 100 * (500 + r.below(500))).include({.types = {"vm"}, .tasks = {"op", "patch"}});
  const int nmunis = 1 + r.below(5);
  for (int i = 0; i < nmunis; ++i)
    b.municipality("m" + std::to_string(i), 1 + r.below(50000),
                   r.chance(50) ? std::optional<Cents>(50000 + r.below(50000)) : std::nullopt);
  const int ncomps = 1 + r.below(14);
  std::vector<std::string> comps;
  for (int i = 0; i < ncomps; ++i) {
    comps.push_back("m" + std::to_string(r.below(nmunis)) + "/c" + std::to_string(i));
    auto& c = b.component(comps.back(), r.chance(60) ? "vm" : "net");
    c.qty(1 + r.below(3)).annual(r.below(5) * 100001).book(r.below(5) * 77777);
    if (r.chance(10)) c.retain();
    if (i > 0 && r.chance(40)) c.on(comps[static_cast<std::size_t>(r.below(i))]);
  }
  auto& sc = b.scenario("s", r.chance(85) ? (r.chance(50) ? "full" : "part") : "");
  for (int i = 0; i < nmunis; ++i)
    if (r.chance(25)) sc.set("m" + std::to_string(i), r.chance(50) ? "none" : "part");
  sc.drop();
  sc.schedule({"2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"},
              r.chance(70) ? 100000000 : 100 * (1 + r.below(3000)));
  Model m = b.build();
  m.types[m.find_type("vm")].annual_cost_task = r.chance(50) ? 2 : -1;
  m.region.hourly_cost = 50000 + r.below(30000);

  // Ranges: hours, the region's and municipalities' hourly costs, annual costs.
  for (ComponentType& type : m.types)
    for (TypeTask& tt : type.tasks)
      if (r.chance(60)) tt.hours_range = r.range(tt.hours, 1000000);
  if (r.chance(60)) m.region.hourly_cost_range = r.range(*m.region.hourly_cost, 1000000);
  for (Municipality& muni : m.municipalities)
    if (muni.hourly_cost && r.chance(60))
      muni.hourly_cost_range = r.range(*muni.hourly_cost, 1000000);
  for (Component& c : m.components)
    if (c.annual_cost != 0 && r.chance(30)) c.annual_cost_range = r.range(c.annual_cost, 100000000);

  if (r.chance(80)) {
    Organisation org;
    org.hourly_cost = 40000 + r.below(60000);
    if (r.chance(60)) org.hourly_cost_range = r.range(org.hourly_cost, 1000000);
    org.fixed_cost = r.below(100000000);
    if (r.chance(60)) org.fixed_cost_range = r.range(org.fixed_cost, 1000000000);
    if (r.chance(50)) org.hours_per_fte = 150000;
    if (r.chance(70)) {
      Efficiency d;
      d.value = r.below(5000);
      if (r.chance(60)) d.range = r.range(d.value, 10000);
      org.efficiency_default = d;
    }
    for (Id t = 0; t < m.tasks.size(); ++t)
      if (r.chance(40)) {
        Efficiency e;
        e.task = t;
        e.value = r.below(5000);
        if (r.chance(60)) e.range = r.range(e.value, 10000);
        org.efficiency.push_back(e);
      }
    m.organisation = org;
  }
  return m;
}

/// Fills efficiency_of as the loader does: a task's own, else the default, else 0.
void resolve_efficiency(Model& m) {
  if (!m.organisation) return;
  Organisation& o = *m.organisation;
  o.efficiency_of.assign(m.tasks.size(), o.efficiency_default ? o.efficiency_default->value : 0);
  for (const Efficiency& e : o.efficiency) o.efficiency_of[e.task] = e.value;
}

/// `m` with variable `v` at `value` (in the field's units).
Model with_value(Model m, const RiskVariable& v, std::int64_t value) {
  switch (v.kind) {
    case VariableKind::hours:
      m.types[v.target].tasks[v.task].hours = value;
      break;
    case VariableKind::region_hourly_cost:
      m.region.hourly_cost = value;
      break;
    case VariableKind::municipality_hourly_cost:
      m.municipalities[v.target].hourly_cost = value;
      break;
    case VariableKind::annual_cost:
      m.components[v.target].annual_cost = value;
      break;
    case VariableKind::organisation_hourly_cost:
      m.organisation->hourly_cost = value;
      break;
    case VariableKind::fixed_cost:
      m.organisation->fixed_cost = value;
      break;
    case VariableKind::efficiency:
      if (v.target == kNoId) {
        m.organisation->efficiency_default->value = value;
      } else {
        for (Efficiency& e : m.organisation->efficiency)
          if (e.task == v.target) e.value = value;
      }
      break;
  }
  resolve_efficiency(m);
  return m;
}

Int256 total_net_change(const Plan& p) {
  Int256 s;
  for (const MunicipalityPlan& mp : p.municipalities) s += mp.net_change;
  return s;
}

/// The swing of variable `v` in `swings`, or nullptr.
const Swing* find_swing(const std::vector<Swing>& swings, std::size_t v) {
  for (const Swing& s : swings)
    if (s.variable == v) return &s;
  return nullptr;
}

}  // namespace

TEST_CASE("risk's likely figures and swings are the plan's on random models") {
  std::size_t swings_checked = 0;
  for (unsigned seed = 1; seed <= 300; ++seed) {
    CAPTURE(seed);
    Model m = random_model(seed);
    resolve_efficiency(m);
    Diagnostics d;
    const Plan p = make_plan(m, 0, d);
    REQUIRE_FALSE(d.has_errors());
    RiskOptions opt;
    opt.runs = 50;
    opt.top = SIZE_MAX;
    opt.threads = 1;
    const RiskResult r = compute_risk(m, p, opt);

    // The likely figures are the plan's.
    REQUIRE(r.municipalities.size() == p.municipality_order.size());
    Int256 tc, price;
    for (std::size_t i = 0; i < r.municipalities.size(); ++i) {
      const MunicipalityPlan& mp = p.municipalities[p.municipality_order[i]];
      CHECK(r.municipalities[i].municipality == p.municipality_order[i]);
      CHECK(r.municipalities[i].transferred_cost.likely == mp.transferred_cost);
      CHECK(r.municipalities[i].price.likely == mp.price);
      CHECK(r.municipalities[i].net_change.likely == mp.net_change);
      tc += mp.transferred_cost;
      price += mp.price;
    }
    CHECK(r.transferred_cost.likely == tc);
    CHECK(r.price.likely == price);
    CHECK(r.net_change.likely == total_net_change(p));
    REQUIRE(r.has_organisation == m.organisation.has_value());
    if (r.has_organisation) {
      REQUIRE(p.organisation);
      CHECK(r.cost.likely == p.organisation->cost);
      CHECK(r.result.likely == p.organisation->result);
      CHECK(r.savings.likely == p.organisation->savings);
      // With everything scheduled, the budget's last year (a whole year
      // after the handover) is the organisation's year, in twelfths.
      REQUIRE(p.has_budget);
      if (p.unscheduled.empty()) {
        const BudgetYear& last = p.budget.back();
        CHECK(last.revenue == r.price.likely * Int256(12 * 10000));
        CHECK(last.cost == r.cost.likely * Int256(12));
        CHECK(last.result == r.result.likely * Int256(12));
      }
    }
    for (const RiskFigure* f : {&r.net_change, &r.result, &r.savings}) {
      CHECK(f->p10 <= f->p50);
      CHECK(f->p50 <= f->p90);
    }

    // Each swing is the plan with that variable at low and at high; a
    // variable without a swing does not move the figure.
    for (std::size_t v = 0; v < r.variables.size(); ++v) {
      const RiskVariable& var = r.variables[v];
      CAPTURE(var.id);
      Diagnostics dl, dh;
      const Plan lo = make_plan(with_value(m, var, var.range.low), 0, dl);
      const Plan hi = make_plan(with_value(m, var, var.range.high), 0, dh);
      REQUIRE_FALSE(dl.has_errors());
      REQUIRE_FALSE(dh.has_errors());
      auto check = [&](const std::vector<Swing>& swings, const Int256& likely, const Int256& low,
                       const Int256& high) {
        if (const Swing* s = find_swing(swings, v)) {
          CHECK(s->low == low);
          CHECK(s->high == high);
          ++swings_checked;
        } else {
          CHECK(low == likely);
          CHECK(high == likely);
        }
      };
      check(r.swings_net_change, r.net_change.likely, total_net_change(lo), total_net_change(hi));
      if (r.has_organisation) {
        check(r.swings_result, r.result.likely, lo.organisation->result, hi.organisation->result);
        check(r.swings_savings, r.savings.likely, lo.organisation->savings,
              hi.organisation->savings);
      }
    }
  }
  CHECK(swings_checked > 300);
}
