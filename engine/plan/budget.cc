// The budget by year (semantics.md §11), exact. A year's share of a
// component that moves in month k is f_y(k) = n_y(k) / 12 with
// n_y(k) = min(12, max(0, 12 × (y + 1) − k)); figures are kept as
// numerators over kBudgetDenominator (12 × 10^8) until printed.
//
// Linear: one pass over the components collects, per municipality, what
// moves in each period; the years are then swept once over those periods.
#include <algorithm>

#include "planner.h"

namespace opgavesnit {

namespace {

/// n_y(k): twelfths of year y from month k on.
std::int64_t twelfths(int year, int month) {
  return std::min<std::int64_t>(12, std::max<std::int64_t>(0, 12 * (year + 1) - month));
}

/// What moves in one period: money in the unit that `scale` gives.
struct Moved {
  int month = 0;  ///< the period's start
  Int256 a, b;
};

/// For a list of (start month, a, b) sorted by month, Σ n_y(k) × a and
/// Σ n_y(k) × b for every year y of [y0, y1], in one sweep.
void spread(const std::vector<Moved>& moved, int y0, int y1, std::vector<Int256>& out_a,
            std::vector<Int256>& out_b) {
  out_a.assign(static_cast<std::size_t>(y1 - y0 + 1), Int256());
  out_b.assign(out_a.size(), Int256());
  Int256 whole_a, whole_b;  // Σ over the periods that started by January of y
  std::size_t started = 0;
  for (int y = y0; y <= y1; ++y) {
    while (started < moved.size() && moved[started].month <= 12 * y) {
      whole_a += moved[started].a;
      whole_b += moved[started].b;
      ++started;
    }
    Int256 a = whole_a * Int256(12), b = whole_b * Int256(12);
    for (std::size_t i = started; i < moved.size() && moved[i].month < 12 * (y + 1); ++i) {
      const Int256 n(twelfths(y, moved[i].month));
      a += moved[i].a * n;
      b += moved[i].b * n;
    }
    out_a[static_cast<std::size_t>(y - y0)] = a;
    out_b[static_cast<std::size_t>(y - y0)] = b;
  }
}

/// Sorts by month and merges entries of the same month.
void merge(std::vector<Moved>& moved) {
  std::sort(moved.begin(), moved.end(),
            [](const Moved& x, const Moved& y) { return x.month < y.month; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < moved.size(); ++i) {
    if (out > 0 && moved[out - 1].month == moved[i].month) {
      moved[out - 1].a += moved[i].a;
      moved[out - 1].b += moved[i].b;
    } else {
      moved[out++] = moved[i];
    }
  }
  moved.resize(out);
}

}  // namespace

void compute_budget(const Model& model, const Scenario& scenario, Plan& plan) {
  if (!scenario.waves || scenario.waves->periods.empty()) return;
  std::vector<DatedPeriod> dates;
  for (const std::string& p : scenario.waves->periods) {
    auto d = dated_period(p);
    if (!d) return;
    if (!dates.empty() && d->start < dates.back().end) return;
    dates.push_back(*d);
  }
  plan.has_budget = true;
  plan.period_dates = dates;
  const int p1 = dates.front().start;
  int y0 = p1 / 12;
  int y1 = (dates.back().end - 1) / 12 + 1;
  for (const CommonCost& cc : scenario.common_costs)
    if (cc.year) {
      y0 = std::min(y0, *cc.year);
      y1 = std::max(y1, *cc.year);
    }
  const std::size_t years = static_cast<std::size_t>(y1 - y0 + 1);

  // Units: a and b below are in ten-thousandths of a krone (price and
  // released), the organisation's in 10^-8 kr.; the budget unit is
  // 1 / (12 × 10^8) kr., so a twelfths-weighted ten-thousandth is × 10^4.
  const Int256 kTenThousandths(10000), kOre(100), kOreToOrg(1000000);
  const Organisation* org = model.organisation ? &*model.organisation : nullptr;
  std::vector<Moved> org_moved;
  std::vector<Moved> moved;
  std::vector<Int256> price, released, org_cost, unused;

  std::vector<std::vector<std::size_t>> costs_of_year(years);
  for (std::size_t k = 0; k < scenario.common_costs.size(); ++k)
    if (const auto& y = scenario.common_costs[k].year)
      costs_of_year[static_cast<std::size_t>(*y - y0)].push_back(k);

  plan.budget.assign(years, BudgetYear{});
  for (std::size_t i = 0; i < years; ++i) plan.budget[i].year = y0 + static_cast<int>(i);

  for (Id m = 0; m < model.municipalities.size(); ++m) {
    const Municipality& muni = model.municipalities[m];
    MunicipalityPlan& mp = plan.municipalities[m];
    const Cents hourly = muni.hourly_cost.value_or(model.region.hourly_cost.value_or(0));
    const ServiceLevel* level = mp.takes_part() ? &model.levels[mp.level] : nullptr;
    moved.clear();
    for (Id c : muni.components) {
      const ComponentPlan& cp = plan.components[c];
      if (cp.tasks.empty() || cp.period == kNoId) continue;  // not moved, or unscheduled
      const Component& comp = model.components[c];
      const ComponentType& type = model.types[comp.type];
      __int128 ht = 0, nd = 0;
      for (std::uint32_t t : cp.tasks) {
        const __int128 h = static_cast<__int128>(comp.quantity) * type.tasks[t].hours;
        ht += h;
        if (org) nd += h * (10000 - org->efficiency_of[type.tasks[t].task]);
      }
      const Int256 ac = annual_cost_moves(type, cp) ? Int256(comp.annual_cost) : Int256();
      const int k = dates[cp.period].start;
      Moved e;
      e.month = k;
      e.a = level ? Int256(ht) * Int256(level->hourly_rate) + ac * kOre : Int256();
      e.b = level ? Int256(ht) * Int256(hourly) + ac * kOre : Int256();
      moved.push_back(e);
      if (org) org_moved.push_back({k, Int256(nd) * Int256(org->hourly_cost) + ac * kOreToOrg, {}});
    }
    merge(moved);
    spread(moved, y0, y1, price, released);
    mp.budget.assign(years, BudgetYear{});
    for (std::size_t i = 0; i < years; ++i) {
      BudgetYear& by = mp.budget[i];
      by.year = y0 + static_cast<int>(i);
      Int256 p = price[i];
      if (level) p += Int256(level->base_fee) * kOre * Int256(twelfths(by.year, p1));
      by.price = p * kTenThousandths;
      by.released = released[i] * kTenThousandths;
      Cents common = 0;
      for (std::size_t k : costs_of_year[i]) common += mp.common_costs[k];
      by.common_costs = Int256(common) * Int256(12000000);  // øre × 12 × 10^6
      by.net_change = by.price - by.released + by.common_costs;
      BudgetYear& total = plan.budget[i];
      total.price += by.price;
      total.released += by.released;
      total.common_costs += by.common_costs;
      total.net_change += by.net_change;
    }
  }
  if (org) {
    merge(org_moved);
    spread(org_moved, y0, y1, org_cost, unused);
    for (std::size_t i = 0; i < years; ++i) {
      BudgetYear& total = plan.budget[i];
      total.revenue = total.price;
      total.cost =
          org_cost[i] + Int256(org->fixed_cost) * kOreToOrg * Int256(twelfths(total.year, p1));
      total.result = total.revenue - total.cost;
    }
  }
}

}  // namespace opgavesnit
