// Monte Carlo and swings of the economy under three-point estimates
// (semantics.md §13).
//
// The likely figures are the plan's own (§8 per municipality, §10 for the
// organisation): nothing here recomputes them. What risk adds is how each
// figure moves with each variable. The plan's handover is fixed, so every
// figure is a sum of products of a few aggregates: the hours moved per
// (municipality, hours variable), each municipality's likely hours and
// rates, the handed-over (type, task) pairs that a variable moves. They are
// gathered once; a run then costs a few multiply-adds per variable and
// municipality.
// Runs compute each figure's difference from its likely value in doubles,
// and report likely (exact) plus that difference, so that a figure no
// variable moves is exactly its likely value.
#include <opgavesnit/core/parallel.h>
#include <opgavesnit/plan/risk.h>

#include <algorithm>
#include <atomic>
#include <cmath>

#include "planner.h"

namespace opgavesnit {

namespace {

double to_double(const Int256& v) { return v.convert_to<double>(); }

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

/// One (type, task) pair of the handover, summed over all municipalities,
/// for the organisation's hours needed.
struct PairAgg {
  std::int64_t quantity = 0;  ///< Σ quantity of the components that hand the pair over
  Cents hours0 = 0;           ///< likely hours per unit, hundredths
  std::int64_t eff0 = 0;      ///< likely efficiency, ten-thousandths
  std::size_t hours_var = SIZE_MAX;
  std::size_t eff_var = SIZE_MAX;
};

struct Aggregates {
  std::vector<PairAgg> pairs;  ///< handed-over (type, task) pairs that a variable moves
  std::size_t org_hourly_var = SIZE_MAX, fixed_var = SIZE_MAX;
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
  std::vector<std::size_t> eff_var(model.tasks.size(), SIZE_MAX);
  std::size_t eff_default_var = SIZE_MAX;
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
        if (annual_cost_moves(model, plan, var.target)) a.annual_muni[v] = c.municipality;
        break;
      }
      case VariableKind::organisation_hourly_cost:
        a.org_hourly_var = v;
        break;
      case VariableKind::fixed_cost:
        a.fixed_var = v;
        break;
      case VariableKind::efficiency:
        (var.target == kNoId ? eff_default_var : eff_var[var.target]) = v;
        break;
    }
  }
  // The organisation's efficiency variable of each task: its own, else the default's.
  if (model.organisation) {
    std::vector<bool> listed(model.tasks.size(), false);
    for (const Efficiency& e : model.organisation->efficiency) listed[e.task] = true;
    for (Id t = 0; t < model.tasks.size(); ++t)
      if (!listed[t]) eff_var[t] = eff_default_var;
  }
  std::vector<std::size_t> pair_index(model.types.size());  // first pair of each type
  for (Id t = 0; t < model.types.size(); ++t) {
    pair_index[t] = a.pairs.size();
    const ComponentType& type = model.types[t];
    for (std::uint32_t i = 0; i < type.tasks.size(); ++i) {
      PairAgg p;
      p.hours0 = type.tasks[i].hours;
      p.hours_var = hours_var[t][i];
      if (model.organisation) {
        const Id task = type.tasks[i].task;
        p.eff0 =
            model.organisation->efficiency_of.empty() ? 0 : model.organisation->efficiency_of[task];
        p.eff_var = eff_var[task];
      }
      a.pairs.push_back(p);
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
        a.pairs[pair_index[comp.type] + t].quantity += comp.quantity;
        const std::size_t v = hours_var[comp.type][t];
        if (v == SIZE_MAX) continue;
        auto& cells = a.hours_cells[v];
        if (cells.empty() || cells.back().municipality != m) cells.push_back({m, 0});
        cells.back().quantity += comp.quantity;
      }
    }
  }
  // Only the pairs that hand something over and that a variable moves need
  // work in a run (the likely hours needed are the plan's).
  std::vector<PairAgg> moved;
  for (const PairAgg& p : a.pairs)
    if (p.quantity != 0 && (p.hours_var != SIZE_MAX || p.eff_var != SIZE_MAX)) moved.push_back(p);
  a.pairs = std::move(moved);
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
    if (coef == 0 || var.range.low == var.range.high) continue;
    const Int256 low = likely + coef * Int256(var.range.low - var.range.likely);
    const Int256 high = likely + coef * Int256(var.range.high - var.range.likely);
    out.push_back({v, low, high});
  }
  return out;
}

/// Exact swings of the organisation's result and savings (10^-8 krone).
void organisation_swings(const Model& model, const Plan& plan, const Aggregates& a,
                         const std::vector<RiskVariable>& vars, const RiskResult& r,
                         std::vector<Swing>& result, std::vector<Swing>& savings) {
  const Int256 k4(10000);    // 10^-4 -> 10^-8 krone
  const Int256 k6(1000000);  // øre -> 10^-8 krone
  const Int256 ohc(model.organisation->hourly_cost);
  const Int256& needed0 = plan.organisation->hours_needed;  // 10^-6 hours
  for (std::size_t v = 0; v < vars.size(); ++v) {
    const RiskVariable& var = vars[v];
    Int256 dres, dsav;  // per unit of the field, in 10^-8 krone
    switch (var.kind) {
      case VariableKind::hours: {
        Int256 drev, dtc;
        for (const HoursCell& cell : a.hours_cells[v]) {
          const MuniAgg& m = a.munis[cell.municipality];
          drev += Int256(cell.quantity) * Int256(m.rate_exact);
          dtc += Int256(cell.quantity) * Int256(m.hourly0_exact);
        }
        Int256 dstaff;
        for (const PairAgg& p : a.pairs)
          if (p.hours_var == v) dstaff += Int256(p.quantity) * Int256(10000 - p.eff0) * ohc;
        dres = drev * k4 - dstaff;
        dsav = dtc * k4 - dstaff;
        break;
      }
      case VariableKind::region_hourly_cost:
      case VariableKind::municipality_hourly_cost:
        for (const MuniAgg& m : a.munis)
          if (m.hourly_var == v) dsav += m.hours0_exact * k4;
        break;
      case VariableKind::organisation_hourly_cost:
        dres = dsav = -needed0;
        break;
      case VariableKind::fixed_cost:
        dres = dsav = -k6;
        break;
      case VariableKind::efficiency:
        for (const PairAgg& p : a.pairs)
          if (p.eff_var == v) dres += Int256(p.quantity) * Int256(p.hours0) * ohc;
        dsav = dres;
        break;
      case VariableKind::annual_cost:
        break;  // moves revenue (or transferred cost) and cost alike
    }
    const Int256 lo(var.range.low - var.range.likely), hi(var.range.high - var.range.likely);
    if (var.range.low == var.range.high) continue;
    if (dres != 0) result.push_back({v, r.result.likely + dres * lo, r.result.likely + dres * hi});
    if (dsav != 0)
      savings.push_back({v, r.savings.likely + dsav * lo, r.savings.likely + dsav * hi});
  }
}

/// Largest |high − low| first, ties by variable id (the variables are
/// sorted by id, so by index); the first `top`.
void order_swings(std::vector<Swing>& swings, std::size_t top) {
  std::stable_sort(swings.begin(), swings.end(), [](const Swing& x, const Swing& y) {
    const Int256 dx = abs(x.high - x.low), dy = abs(y.high - y.low);
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

bool annual_cost_moves(const Model& model, const Plan& plan, Id component) {
  return annual_cost_moves(model.types[model.components[component].type],
                           plan.components[component]);
}

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

  // The organisation's likely figures: the plan's (§10), in 10^-8 krone.
  r.has_organisation = model.organisation && plan.organisation;
  double needed0 = 0, org_hourly0 = 0;
  if (r.has_organisation) {
    const OrganisationPlan& op = *plan.organisation;
    for (RiskFigure* f : {&r.cost, &r.result, &r.savings}) f->scale = kOrganisationMoneyScale;
    r.cost.likely = op.cost;
    r.result.likely = op.result;
    r.savings.likely = op.savings;
    needed0 = to_double(op.hours_needed) / 1e6;
    org_hourly0 = static_cast<double>(model.organisation->hourly_cost) / 100.0;
  }

  // Figures of a run, as differences from likely: 3 per municipality (in
  // the plan's order), then the 3 totals, then the organisation's 3.
  const std::size_t figures = 3 * nm + 3 + (r.has_organisation ? 3 : 0);
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
    if (!r.has_organisation) return;
    double dneeded = 0, dannual = 0;
    for (const PairAgg& p : agg.pairs) {
      const double dhp = p.hours_var == SIZE_MAX ? 0.0 : d[p.hours_var];
      const double de = p.eff_var == SIZE_MAX ? 0.0 : d[p.eff_var] / 100.0;  // a share
      const double h0 = static_cast<double>(p.hours0) / 100.0;
      const double e0 = static_cast<double>(p.eff0) / 10000.0;
      dneeded += static_cast<double>(p.quantity) * (dhp * (1.0 - e0) - h0 * de - dhp * de);
    }
    for (double x : da) dannual += x;
    const double dohc = agg.org_hourly_var == SIZE_MAX ? 0.0 : d[agg.org_hourly_var];
    const double dfixed = agg.fixed_var == SIZE_MAX ? 0.0 : d[agg.fixed_var];
    const double dcost = dfixed + dneeded * org_hourly0 + needed0 * dohc + dneeded * dohc + dannual;
    deltas[3 * nm + 3][run] = dcost;
    deltas[3 * nm + 4][run] = price_sum - dcost;
    deltas[3 * nm + 5][run] = tc_sum - dcost;
  };

  // Blocks of runs over the threads; each run has its own generator, so the
  // result does not depend on which thread ran it. A block's scratch space
  // is its own (a few vectors per 256 runs).
  constexpr std::uint64_t kBlock = 256;
  const std::uint64_t blocks = (r.runs + kBlock - 1) / kBlock;
  std::atomic<std::uint64_t> done{0};
  parallel_for(static_cast<std::size_t>(blocks), options.threads, [&](std::size_t b) {
    std::vector<double> d(vars.size()), dh(model.municipalities.size()),
        da(model.municipalities.size());
    const std::uint64_t begin = b * kBlock, end = std::min(r.runs, begin + kBlock);
    for (std::uint64_t run = begin; run < end; ++run) run_one(run, d, dh, da);
    const std::uint64_t now = done.fetch_add(end - begin) + (end - begin);
    if (options.progress) options.progress(now, r.runs);
  });

  for (std::size_t i = 0; i < nm; ++i) {
    summarise(r.municipalities[i].transferred_cost, deltas[3 * i]);
    summarise(r.municipalities[i].price, deltas[3 * i + 1]);
    summarise(r.municipalities[i].net_change, deltas[3 * i + 2]);
  }
  summarise(r.transferred_cost, deltas[3 * nm]);
  summarise(r.price, deltas[3 * nm + 1]);
  summarise(r.net_change, deltas[3 * nm + 2]);

  if (r.has_organisation) {
    summarise(r.cost, deltas[3 * nm + 3]);
    summarise(r.result, deltas[3 * nm + 4]);
    summarise(r.savings, deltas[3 * nm + 5]);
    organisation_swings(model, plan, agg, vars, r, r.swings_result, r.swings_savings);
    order_swings(r.swings_result, options.top);
    order_swings(r.swings_savings, options.top);
  }
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
  if (model.organisation) {
    const Organisation& o = *model.organisation;
    if (o.hourly_cost_range)
      add("hourly_cost:organisation", VariableKind::organisation_hourly_cost, kNoId, 0,
          *o.hourly_cost_range, 2);
    if (o.fixed_cost_range)
      add("fixed_cost:organisation", VariableKind::fixed_cost, kNoId, 0, *o.fixed_cost_range, 2);
    if (o.efficiency_default && o.efficiency_default->range)
      add("efficiency:default", VariableKind::efficiency, kNoId, 0, *o.efficiency_default->range,
          4);
    for (const Efficiency& e : o.efficiency)
      if (e.range)
        add("efficiency:" + model.tasks[e.task].id, VariableKind::efficiency, e.task, 0, *e.range,
            4);
  }
  std::sort(out.begin(), out.end(),
            [](const RiskVariable& a, const RiskVariable& b) { return a.id < b.id; });
  return out;
}

}  // namespace opgavesnit
