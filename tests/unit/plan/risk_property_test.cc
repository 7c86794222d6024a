// risk on random models with ranges: its likely figures are the plan's (§8,
// §10, and the last budget year when everything is scheduled), and each
// swing equals the plan of the model with that one variable set to its low
// or high value (semantics.md §13): risk's coefficients agree with the plan.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/risk.h>

#include "support/random_model.h"

using namespace opgavesnit;
using opgavesnit::testing::random_model;
using opgavesnit::testing::RandomShape;

namespace {

/// One scenario, dropping conflicts (no errors), in dated quarters or other
/// dated periods, mostly with an organisation, and ranges wherever the
/// format allows them; no common costs.
const RandomShape kShape{.max_municipalities = 5,
                         .zero_population = false,
                         .max_components = 14,
                         .dependency_percent = 5,
                         .scenarios = 1,
                         .all_drop = true,
                         .schedule_percent = 100,
                         .dated_periods = true,
                         .common_costs = false,
                         .money_unit = 100,
                         .hours_unit = 100,
                         .hours_steps = 500,
                         .economy = true,
                         .organisation_percent = 80,
                         .ranges = true};

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
  for (unsigned seed = 1; seed <= 320; ++seed) {
    CAPTURE(seed);
    Model m = random_model(seed, kShape);
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
