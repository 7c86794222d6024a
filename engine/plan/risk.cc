// Monte Carlo and swings of the economy under three-point estimates
// (semantics.md §13).
//
// The plan's handover is fixed, so every figure is a sum of products of a
// few aggregates: the hours moved per (municipality, hours variable), each
// municipality's likely hours, annual costs and rates. They are gathered
// once; a run then costs a few multiply-adds per variable and municipality.
// Runs compute each figure's difference from its likely value in doubles,
// and report likely (exact) plus that difference, so that a figure no
// variable moves is exactly its likely value.
#include <opgavesnit/plan/risk.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace opgavesnit {

namespace {

double to_double(const Int256& v) {
  const Int256 m = v.abs();
  double r = 0;
  for (int i = 3; i >= 0; --i)
    r = r * 0x1.0p64 + static_cast<double>(m.limbs()[static_cast<std::size_t>(i)]);
  return v.negative() ? -r : r;
}

/// `x` (a difference in krone) in units of 10^-4 krone, rounded.
Int256 from_krone(double x) {
  const double units = std::round(x * 1e4);
  if (!(std::fabs(units) < 1e37)) return Int256(0);
  return Int256(static_cast<__int128>(units));
}

/// What a run needs to know about one municipality.
struct MuniAgg {
  double hours0 = 0;    ///< likely hours transferred, in hours
  double hourly0 = 0;   ///< likely own hourly cost, krone
  double rate = 0;      ///< the level's hourly rate, krone (0 when not taking part)
  Int256 hours0_exact;  ///< hundredths
  Cents hourly0_exact = 0;
  Cents rate_exact = 0;
  bool takes_part = false;
  std::size_t hourly_var = SIZE_MAX;  ///< the variable of its hourly cost, if any
};

/// Hours moved of one hours variable in one municipality: Σ quantity.
struct HoursCell {
  Id municipality = kNoId;
  std::int64_t quantity = 0;
};

struct Aggregates {
  std::vector<MuniAgg> munis;                       ///< index = Model::municipalities
  std::vector<std::vector<HoursCell>> hours_cells;  ///< per variable (hours variables only)
  std::vector<Id> annual_muni;  ///< per variable: the municipality whose moved annual cost it is
};

Aggregates aggregate(const Model& model, const Plan& plan, const std::vector<RiskVariable>& vars) {
  Aggregates a;
  a.hours_cells.resize(vars.size());
  a.annual_muni.assign(vars.size(), kNoId);
  // (type, local task) -> hours variable; component -> annual variable.
  std::vector<std::vector<std::size_t>> hours_var(model.types.size());
  for (std::size_t t = 0; t < model.types.size(); ++t)
    hours_var[t].assign(model.types[t].tasks.size(), SIZE_MAX);
  std::size_t region_var = SIZE_MAX;
  std::vector<std::size_t> muni_var(model.municipalities.size(), SIZE_MAX);
  for (std::size_t v = 0; v < vars.size(); ++v) {
    const RiskVariable& var = vars[v];
    switch (var.kind) {
      case VariableKind::hours:
        hours_var[var.target][var.task] = v;
        break;
      case VariableKind::region_hourly_cost:
        region_var = v;
        break;
      case VariableKind::municipality_hourly_cost:
        muni_var[var.target] = v;
        break;
      case VariableKind::annual_cost: {
        const Component& c = model.components[var.target];
        if (!plan.components[var.target].tasks.empty()) a.annual_muni[v] = c.municipality;
        break;
      }
      default:
        break;
    }
  }
  a.munis.resize(model.municipalities.size());
  for (Id m = 0; m < model.municipalities.size(); ++m) {
    const Municipality& muni = model.municipalities[m];
    const MunicipalityPlan& mp = plan.municipalities[m];
    MuniAgg& agg = a.munis[m];
    agg.hours0_exact = mp.hours_transferred;
    agg.hours0 = to_double(mp.hours_transferred) / 100.0;
    agg.hourly0_exact = muni.hourly_cost.value_or(model.region.hourly_cost.value_or(0));
    agg.hourly0 = static_cast<double>(agg.hourly0_exact) / 100.0;
    agg.takes_part = mp.takes_part();
    if (agg.takes_part) {
      agg.rate_exact = model.levels[mp.level].hourly_rate;
      agg.rate = static_cast<double>(agg.rate_exact) / 100.0;
    }
    agg.hourly_var = muni.hourly_cost ? muni_var[m] : region_var;
    for (Id c : muni.components) {
      const ComponentPlan& cp = plan.components[c];
      const Component& comp = model.components[c];
      for (std::uint32_t t : cp.tasks) {
        const std::size_t v = hours_var[comp.type][t];
        if (v == SIZE_MAX) continue;
        auto& cells = a.hours_cells[v];
        if (cells.empty() || cells.back().municipality != m) cells.push_back({m, 0});
        cells.back().quantity += comp.quantity;
      }
    }
  }
  return a;
}

/// Exact swings of the total net change, one (low, high) per variable.
std::vector<Swing> net_change_swings(const Aggregates& a, const std::vector<RiskVariable>& vars,
                                     const Int256& likely) {
  std::vector<Swing> out;
  for (std::size_t v = 0; v < vars.size(); ++v) {
    const RiskVariable& var = vars[v];
    Int256 coef;  // d(net change) / d(value), in 10^-4 krone per unit of the field
    switch (var.kind) {
      case VariableKind::hours:
        for (const HoursCell& cell : a.hours_cells[v]) {
          const MuniAgg& m = a.munis[cell.municipality];
          if (!m.takes_part) continue;
          coef += Int256(cell.quantity) * Int256(m.rate_exact - m.hourly0_exact);
        }
        break;
      case VariableKind::region_hourly_cost:
      case VariableKind::municipality_hourly_cost:
        for (const MuniAgg& m : a.munis)
          if (m.hourly_var == v) coef -= m.hours0_exact;
        break;
      default:
        break;  // annual costs move price and transferred cost alike
    }
    if (coef.zero() || var.range.low == var.range.high) continue;
    const Int256 low = likely + coef * Int256(var.range.low - var.range.likely);
    const Int256 high = likely + coef * Int256(var.range.high - var.range.likely);
    out.push_back({v, low, high});
  }
  return out;
}

/// Largest |high − low| first, ties by variable id (the variables are
/// sorted by id, so by index); the first `top`.
void order_swings(std::vector<Swing>& swings, std::size_t top) {
  std::stable_sort(swings.begin(), swings.end(), [](const Swing& x, const Swing& y) {
    const Int256 dx = (x.high - x.low).abs(), dy = (y.high - y.low).abs();
    if (dx != dy) return dx > dy;
    return x.variable < y.variable;
  });
  if (swings.size() > top) swings.resize(top);
}

/// Fills mean and percentiles of `f` from the runs' differences.
void summarise(RiskFigure& f, std::vector<double>& deltas) {
  Int256 unit(1);  // 10^-4 krone -> the figure's unit
  for (int i = 4; i < f.scale; ++i) unit *= Int256(10);
  double sum = 0;
  for (double d : deltas) sum += d;
  f.mean = f.likely + from_krone(sum / static_cast<double>(deltas.size())) * unit;
  std::sort(deltas.begin(), deltas.end());
  f.p10 = f.likely + from_krone(deltas[nearest_rank(10, deltas.size())]) * unit;
  f.p50 = f.likely + from_krone(deltas[nearest_rank(50, deltas.size())]) * unit;
  f.p90 = f.likely + from_krone(deltas[nearest_rank(90, deltas.size())]) * unit;
}

}  // namespace

RiskResult compute_risk(const Model& model, const Plan& plan, const RiskOptions& options) {
  RiskResult r;
  r.variables = risk_variables(model);
  r.runs = std::max<std::uint64_t>(options.runs, 1);
  r.seed = options.seed;
  const auto& vars = r.variables;
  const Aggregates agg = aggregate(model, plan, vars);
  const std::size_t nm = plan.municipality_order.size();

  // Likely figures, exact from the plan.
  for (Id m : plan.municipality_order) {
    const MunicipalityPlan& mp = plan.municipalities[m];
    RiskMunicipality rm;
    rm.municipality = m;
    rm.transferred_cost.likely = mp.transferred_cost;
    rm.price.likely = mp.price;
    rm.net_change.likely = mp.net_change;
    r.transferred_cost.likely += mp.transferred_cost;
    r.price.likely += mp.price;
    r.net_change.likely += mp.net_change;
    r.municipalities.push_back(rm);
  }

  // Figures of a run, as differences from likely: 3 per municipality (in
  // the plan's order), then the 3 totals.
  const std::size_t figures = 3 * nm + 3;
  const std::size_t runs = static_cast<std::size_t>(r.runs);
  std::vector<std::vector<double>> deltas(figures, std::vector<double>(runs));

  auto run_one = [&](std::uint64_t run, std::vector<double>& d, std::vector<double>& dh,
                     std::vector<double>& da) {
    std::mt19937_64 g = run_generator(options.seed, run);
    std::fill(dh.begin(), dh.end(), 0.0);
    std::fill(da.begin(), da.end(), 0.0);
    for (std::size_t v = 0; v < vars.size(); ++v) {
      const Estimate& e = vars[v].range;
      const double x = pert_draw(g, static_cast<double>(e.low), static_cast<double>(e.likely),
                                 static_cast<double>(e.high));
      // Exactly 0 for a range of one value.
      d[v] = e.low == e.high ? 0.0 : (x - static_cast<double>(e.likely)) / 100.0;
      if (vars[v].kind == VariableKind::hours) {
        if (d[v] != 0.0)
          for (const HoursCell& cell : agg.hours_cells[v])
            dh[cell.municipality] += static_cast<double>(cell.quantity) * d[v];
      } else if (vars[v].kind == VariableKind::annual_cost && agg.annual_muni[v] != kNoId) {
        da[agg.annual_muni[v]] += d[v];
      }
    }
    double tc_sum = 0, price_sum = 0, nc_sum = 0;
    for (std::size_t i = 0; i < nm; ++i) {
      const Id m = plan.municipality_order[i];
      const MuniAgg& ma = agg.munis[m];
      const double dhc = ma.hourly_var == SIZE_MAX ? 0.0 : d[ma.hourly_var];
      const double dtc = dh[m] * ma.hourly0 + ma.hours0 * dhc + dh[m] * dhc + da[m];
      const double dp = ma.takes_part ? dh[m] * ma.rate + da[m] : 0.0;
      const double dnc = dp - dtc;
      deltas[3 * i][run] = dtc;
      deltas[3 * i + 1][run] = dp;
      deltas[3 * i + 2][run] = dnc;
      tc_sum += dtc;
      price_sum += dp;
      nc_sum += dnc;
    }
    deltas[3 * nm][run] = tc_sum;
    deltas[3 * nm + 1][run] = price_sum;
    deltas[3 * nm + 2][run] = nc_sum;
  };

  // Blocks of runs over the threads; each run has its own generator, so the
  // result does not depend on which thread ran it.
  constexpr std::uint64_t kBlock = 256;
  const std::uint64_t blocks = (r.runs + kBlock - 1) / kBlock;
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  threads = static_cast<unsigned>(std::clamp<std::uint64_t>(threads, 1, blocks));
  std::atomic<std::uint64_t> next{0}, done{0};
  auto worker = [&] {
    std::vector<double> d(vars.size()), dh(model.municipalities.size()),
        da(model.municipalities.size());
    for (;;) {
      const std::uint64_t b = next.fetch_add(1);
      if (b >= blocks) return;
      const std::uint64_t end = std::min(r.runs, (b + 1) * kBlock);
      for (std::uint64_t run = b * kBlock; run < end; ++run) run_one(run, d, dh, da);
      const std::uint64_t now = done.fetch_add(end - b * kBlock) + (end - b * kBlock);
      if (options.progress) options.progress(now, r.runs);
    }
  };
  if (threads == 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
  }

  for (std::size_t i = 0; i < nm; ++i) {
    summarise(r.municipalities[i].transferred_cost, deltas[3 * i]);
    summarise(r.municipalities[i].price, deltas[3 * i + 1]);
    summarise(r.municipalities[i].net_change, deltas[3 * i + 2]);
  }
  summarise(r.transferred_cost, deltas[3 * nm]);
  summarise(r.price, deltas[3 * nm + 1]);
  summarise(r.net_change, deltas[3 * nm + 2]);

  r.swings_net_change = net_change_swings(agg, vars, r.net_change.likely);
  order_swings(r.swings_net_change, options.top);
  return r;
}

std::vector<RiskVariable> risk_variables(const Model& model) {
  std::vector<RiskVariable> out;
  auto add = [&](std::string id, VariableKind kind, Id target, std::uint32_t task,
                 const Estimate& e, int scale) {
    out.push_back({std::move(id), kind, target, task, e, scale});
  };
  for (Id t = 0; t < model.types.size(); ++t) {
    const ComponentType& type = model.types[t];
    for (std::uint32_t i = 0; i < type.tasks.size(); ++i)
      if (type.tasks[i].hours_range)
        add("hours:" + type.id + "/" + model.tasks[type.tasks[i].task].id, VariableKind::hours, t,
            i, *type.tasks[i].hours_range, 2);
  }
  if (model.region.hourly_cost_range)
    add("hourly_cost:region", VariableKind::region_hourly_cost, kNoId, 0,
        *model.region.hourly_cost_range, 2);
  for (Id m = 0; m < model.municipalities.size(); ++m)
    if (model.municipalities[m].hourly_cost_range)
      add("hourly_cost:municipality/" + model.municipalities[m].id,
          VariableKind::municipality_hourly_cost, m, 0, *model.municipalities[m].hourly_cost_range,
          2);
  for (Id c = 0; c < model.components.size(); ++c)
    if (model.components[c].annual_cost_range)
      add("annual_cost:" + model.components[c].qualified, VariableKind::annual_cost, c, 0,
          *model.components[c].annual_cost_range, 2);
  std::sort(out.begin(), out.end(),
            [](const RiskVariable& a, const RiskVariable& b) { return a.id < b.id; });
  return out;
}

}  // namespace opgavesnit
