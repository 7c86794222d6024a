// The sampler, percentiles and swings of `risk` (engine/plan/risk*.cc).
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/risk.h>
#include <opgavesnit/report/risk_report.h>

#include <cmath>
#include <sstream>

namespace opgavesnit {

namespace {

struct Moments {
  double mean = 0, variance = 0;
};

Moments pert_moments(double a, double m, double b, int n) {
  std::mt19937_64 g = run_generator(42, 0);
  double sum = 0, sum2 = 0;
  int outside = 0;
  for (int i = 0; i < n; ++i) {
    const double x = pert_draw(g, a, m, b);
    outside += x < a || x > b;
    sum += x;
    sum2 += x * x;
  }
  CHECK(outside == 0);
  Moments r;
  r.mean = sum / n;
  r.variance = sum2 / n - r.mean * r.mean;
  return r;
}

std::string money(const Int256& v, int scale) { return format_decimal(v, scale, 2); }

const char* kHandMade = R"(opgavesnit: 1
region:
  hourly_cost: { low: 500, likely: 600, high: 650 }
tasks:
  - id: operation
component_types:
  - id: server
    tasks:
      - task: operation
        hours: { low: 8, likely: 10, high: 14 }
service_levels:
  - id: standard
    price: { hourly_rate: 700, base_fee: 1000 }
    includes:
      - types: [server]
municipalities:
  - id: odder
    components:
      - id: s1
        type: server
        quantity: 3
        annual_cost: { low: 100, likely: 200, high: 400 }
scenarios:
  - id: s
    default_level: standard
)";

const char* kOrganisation = R"(organisation:
  hourly_cost: 550
  fixed_cost: { low: 1000, likely: 2000, high: 5000 }
  efficiency:
    default: 0.1
)";

struct Loaded {
  LoadResult loaded;
  Plan plan;
};

Loaded load_and_plan(const std::string& text) {
  Loaded l;
  l.loaded = load_model_from_string(text);
  REQUIRE_FALSE(l.loaded.diagnostics.has_errors());
  Diagnostics diags;
  l.plan = make_plan(l.loaded.model, 0, diags);
  REQUIRE_FALSE(diags.has_errors());
  return l;
}

}  // namespace

TEST_CASE("PERT draws have the mean and variance of the PERT distribution") {
  struct Shape {
    double a, m, b;
  };
  for (Shape s : {Shape{0, 5, 10}, Shape{12, 16, 30}, Shape{0, 1, 10}, Shape{0, 0, 10},
                  Shape{0, 10, 10}, Shape{100, 100.5, 101}}) {
    CAPTURE(s.a);
    CAPTURE(s.m);
    CAPTURE(s.b);
    const double w = s.b - s.a;
    const double alpha = 1 + 4 * (s.m - s.a) / w, beta = 1 + 4 * (s.b - s.m) / w;
    const double mean = (s.a + 4 * s.m + s.b) / 6;
    const double variance =
        w * w * alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1));
    const Moments got = pert_moments(s.a, s.m, s.b, 1000000);
    // Five standard errors of the mean; 1.5 % of the variance.
    CHECK(std::fabs(got.mean - mean) < 5 * std::sqrt(variance / 1e6));
    CHECK(std::fabs(got.variance - variance) < 0.015 * variance);
  }
}

TEST_CASE("a range of one value draws that value and nothing from the generator") {
  std::mt19937_64 g = run_generator(1, 0), h = run_generator(1, 0);
  CHECK(pert_draw(g, 3, 3, 3) == 3);
  CHECK(g() == h());
}

TEST_CASE("uniform draws are the top 53 bits") {
  std::mt19937_64 g = run_generator(7, 3), h = run_generator(7, 3);
  const double u = uniform_draw(g);
  CHECK(u == static_cast<double>(h() >> 11) / 9007199254740992.0);
  CHECK(run_generator(7, 3)() != run_generator(7, 4)());
  CHECK(run_generator(7, 3)() != run_generator(8, 3)());
}

TEST_CASE("percentiles by nearest rank") {
  CHECK(nearest_rank(10, 10000) == 999);
  CHECK(nearest_rank(50, 10000) == 4999);
  CHECK(nearest_rank(90, 10000) == 8999);
  CHECK(nearest_rank(10, 1) == 0);
  CHECK(nearest_rank(90, 1) == 0);
  CHECK(nearest_rank(10, 3) == 0);  // ⌈0.3⌉ = 1
  CHECK(nearest_rank(50, 3) == 1);  // ⌈1.5⌉ = 2
  CHECK(nearest_rank(90, 3) == 2);  // ⌈2.7⌉ = 3
  CHECK(nearest_rank(90, 10) == 8);
  CHECK(nearest_rank(50, 4) == 1);
}

TEST_CASE("swings of a hand-made model, computed by hand") {
  Loaded l = load_and_plan(kHandMade);
  RiskOptions options;
  options.runs = 200;
  const RiskResult r = compute_risk(l.loaded.model, l.plan, options);
  REQUIRE(r.variables.size() == 3);
  CHECK(r.variables[0].id == "annual_cost:odder/s1");
  CHECK(r.variables[1].id == "hourly_cost:region");
  CHECK(r.variables[2].id == "hours:server/operation");
  // Net change = 1000 + 30 h × (700 − 600) = 4000.
  CHECK(money(r.net_change.likely, 4) == "4000");
  // The hourly cost at 500: 1000 + 30 × 200 = 7000; at 650: 1000 + 30 × 50 = 2500.
  // The hours at 24: 1000 + 24 × 100 = 3400; at 42: 5200. The annual cost moves
  // price and transferred cost alike: no swing.
  REQUIRE(r.swings_net_change.size() == 2);
  CHECK(r.variables[r.swings_net_change[0].variable].id == "hourly_cost:region");
  CHECK(money(r.swings_net_change[0].low, 4) == "7000");
  CHECK(money(r.swings_net_change[0].high, 4) == "2500");
  CHECK(money(r.swings_net_change[1].low, 4) == "3400");
  CHECK(money(r.swings_net_change[1].high, 4) == "5200");
  CHECK_FALSE(r.has_organisation);
  // The annual cost moves the transferred cost in the runs.
  CHECK(r.transferred_cost.p10 != r.transferred_cost.p90);

  options.top = 1;
  CHECK(compute_risk(l.loaded.model, l.plan, options).swings_net_change.size() == 1);
}

TEST_CASE("swings of the organisation's result and savings, computed by hand") {
  Loaded l = load_and_plan(std::string(kHandMade) + kOrganisation);
  RiskOptions options;
  options.runs = 100;
  const RiskResult r = compute_risk(l.loaded.model, l.plan, options);
  REQUIRE(r.has_organisation);
  // needed 30 × 0.9 = 27 h; cost 2000 + 27 × 550 + 200 = 17050; revenue
  // 1000 + 30 × 700 + 200 = 22200; transferred cost 30 × 600 + 200 = 18200.
  CHECK(money(r.cost.likely, 8) == "17050");
  CHECK(money(r.result.likely, 8) == "5150");
  CHECK(money(r.savings.likely, 8) == "1150");
  REQUIRE(r.swings_result.size() == 2);
  // Hours at 24: revenue 17800 + 200, cost 2000 + 21.6 × 550 + 200 = 14080: 3920;
  // at 42: revenue 30600, cost 22990: 7610. Fixed cost 1000..5000: 6150..2150.
  CHECK(r.variables[r.swings_result[0].variable].id == "fixed_cost:organisation");
  CHECK(money(r.swings_result[0].low, 8) == "6150");
  CHECK(money(r.swings_result[0].high, 8) == "2150");
  CHECK(r.variables[r.swings_result[1].variable].id == "hours:server/operation");
  CHECK(money(r.swings_result[1].low, 8) == "3920");
  CHECK(money(r.swings_result[1].high, 8) == "7610");
  // Savings: the hourly cost at 500 makes today's cost 15000 + 200: savings −1850.
  bool found = false;
  for (const Swing& s : r.swings_savings)
    if (r.variables[s.variable].id == "hourly_cost:region") {
      found = true;
      CHECK(money(s.low, 8) == "-1850");
      CHECK(money(s.high, 8) == "2650");
    }
  CHECK(found);
}

TEST_CASE("a model without ranges: every percentile is likely, no swings") {
  std::string text = kHandMade;
  for (auto [from, to] :
       {std::pair<std::string, std::string>{"{ low: 500, likely: 600, high: 650 }", "600"},
        {"{ low: 8, likely: 10, high: 14 }", "10"},
        {"{ low: 100, likely: 200, high: 400 }", "200"}})
    text.replace(text.find(from), from.size(), to);
  Loaded l = load_and_plan(text + kOrganisation + "");
  RiskOptions options;
  options.runs = 50;
  RiskResult r = compute_risk(l.loaded.model, l.plan, options);
  CHECK(r.variables.size() == 1);  // the fixed cost
  l.loaded.model.organisation->fixed_cost_range.reset();
  r = compute_risk(l.loaded.model, l.plan, options);
  CHECK(r.variables.empty());
  std::vector<RiskFigure> all = {r.transferred_cost, r.price,  r.net_change, r.cost,
                                 r.result,           r.savings};
  for (const RiskMunicipality& m : r.municipalities) {
    all.push_back(m.transferred_cost);
    all.push_back(m.price);
    all.push_back(m.net_change);
  }
  for (const RiskFigure& f : all) {
    CHECK(f.p10 == f.likely);
    CHECK(f.p50 == f.likely);
    CHECK(f.p90 == f.likely);
    CHECK(f.mean == f.likely);
  }
  CHECK(r.swings_net_change.empty());
  CHECK(r.swings_result.empty());
  CHECK(r.swings_savings.empty());
}

TEST_CASE("the same output for 1 and 2 threads") {
  Loaded l = load_and_plan(std::string(kHandMade) + kOrganisation);
  std::string out[2];
  for (unsigned threads : {1u, 2u}) {
    RiskOptions options;
    options.runs = 3000;  // several blocks
    options.seed = 9;
    options.threads = threads;
    std::ostringstream s;
    write_risk_json(s, l.loaded.model, l.plan, compute_risk(l.loaded.model, l.plan, options));
    out[threads - 1] = s.str();
  }
  CHECK(out[0] == out[1]);
}

TEST_CASE("a range must be ordered and is allowed only where the format says") {
  std::string text = kHandMade;
  const std::string from = "{ low: 8, likely: 10, high: 14 }";
  text.replace(text.find(from), from.size(), "{ low: 8, likely: 16, high: 14 }");
  LoadResult bad = load_model_from_string(text);
  REQUIRE(bad.diagnostics.items().size() == 1);
  CHECK(bad.diagnostics.items()[0].rule == "range-order");
  std::string amount = std::string(kHandMade) +
                       "    common_costs:\n      - id: c\n        amount: { low: 1, likely: 2, "
                       "high: 3 }\n        key: equal\n";
  LoadResult bad2 = load_model_from_string(amount);
  REQUIRE(bad2.diagnostics.items().size() == 1);
  CHECK(bad2.diagnostics.items()[0].rule == "range-not-allowed");
}

}  // namespace opgavesnit
