#include <opgavesnit/plan/compare.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <tuple>

namespace opgavesnit {

namespace {

const std::string& qualified(const Model& model, Id c) { return model.components[c].qualified; }

const std::string& task_id(const Model& model, Id c, std::uint32_t t) {
  return model.tasks[model.types[model.components[c].type].tasks[t].task].id;
}

/// -1, 0, 1 as `x` sorts before, with or after `y`.
template <class T>
int order(const T& x, const T& y) {
  return x < y ? -1 : y < x ? 1 : 0;
}

/// Merges two lists sorted by `cmp` (three-way), putting what only `a` has
/// in `removed` and what only `b` has in `added`. Entries with equal keys
/// that `same` says differ go to both.
template <class T, class Cmp, class Same>
ListDiff<T> merge(const std::vector<T>& a, const std::vector<T>& b, Cmp cmp, Same same) {
  ListDiff<T> d;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    const int c = i == a.size() ? 1 : j == b.size() ? -1 : cmp(a[i], b[j]);
    if (c < 0) {
      d.removed.push_back(a[i++]);
    } else if (c > 0) {
      d.added.push_back(b[j++]);
    } else {
      if (!same(a[i], b[j])) {
        d.removed.push_back(a[i]);
        d.added.push_back(b[j]);
      }
      ++i;
      ++j;
    }
  }
  return d;
}

/// The tasks in `x` and not in `y`, both ascending.
std::vector<std::uint32_t> minus(const std::vector<std::uint32_t>& x,
                                 const std::vector<std::uint32_t>& y) {
  std::vector<std::uint32_t> out;
  std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

FigurePair pair_of(const Int256& a, const Int256& b) { return {a, b}; }

std::string_view period_name(const Plan& plan, const ComponentPlan& cp) {
  return cp.period == kNoId ? std::string_view() : std::string_view(plan.periods[cp.period]);
}

void diff_components(const Plan& a, const Plan& b, const MunicipalityPlan& ma,
                     MunicipalityDiff& d) {
  // Both plans list the same components in the same (qualified id) order.
  for (Id c : ma.components) {
    const ComponentPlan& ca = a.components[c];
    const ComponentPlan& cb = b.components[c];
    const bool in_a = !ca.tasks.empty(), in_b = !cb.tasks.empty();
    if (!in_a && in_b) {
      d.handed_over.push_back(c);
    } else if (in_a && !in_b) {
      d.taken_back.push_back(c);
    } else if (in_a && in_b) {
      if (ca.tasks != cb.tasks)
        d.task_changes.push_back(
            {c, ca.status, cb.status, minus(cb.tasks, ca.tasks), minus(ca.tasks, cb.tasks)});
      // Periods are compared only when both scenarios schedule them; that
      // only one does shows in the totals, not on every component.
      const bool periods = a.scheduled && b.scheduled;
      if (ca.wave != cb.wave || (periods && (ca.unscheduled != cb.unscheduled ||
                                             period_name(a, ca) != period_name(b, cb))))
        d.wave_changes.push_back(
            {c, ca.wave, cb.wave, ca.period, cb.period, ca.unscheduled, cb.unscheduled});
    }
    d.waves_a = std::max(d.waves_a, ca.wave);
    d.waves_b = std::max(d.waves_b, cb.wave);
  }
}

void diff_lists(const Model& model, const MunicipalityPlan& ma, const MunicipalityPlan& mb,
                MunicipalityDiff& d) {
  d.interfaces = merge(
      ma.interfaces, mb.interfaces,
      [&](const Interface& x, const Interface& y) {
        return order(std::forward_as_tuple(qualified(model, x.from), qualified(model, x.to),
                                           std::string_view(to_string(x.kind))),
                     std::forward_as_tuple(qualified(model, y.from), qualified(model, y.to),
                                           std::string_view(to_string(y.kind))));
      },
      [](const Interface& x, const Interface& y) { return x.direction == y.direction; });
  d.conflicts = merge(
      ma.conflicts, mb.conflicts,
      [&](const Conflict& x, const Conflict& y) {
        return order(qualified(model, x.component), qualified(model, y.component));
      },
      [](const Conflict&, const Conflict&) { return true; });
  d.dropped = merge(
      ma.dropped, mb.dropped,
      [&](const DroppedSeed& x, const DroppedSeed& y) {
        return order(std::forward_as_tuple(qualified(model, x.component),
                                           task_id(model, x.component, x.task)),
                     std::forward_as_tuple(qualified(model, y.component),
                                           task_id(model, y.component, y.task)));
      },
      [](const DroppedSeed& x, const DroppedSeed& y) { return x.reaches == y.reaches; });
}

bool same_cell(const MatrixCell& x, const MatrixCell& y) {
  return x.holder == y.holder && x.hours_shared == y.hours_shared &&
         x.hours_municipality == y.hours_municipality;
}

/// The two matrices have the same rows and columns: both are of one
/// municipality of one model.
void diff_matrix(const TaskMatrix& a, const TaskMatrix& b, MunicipalityDiff& d) {
  for (std::size_t r = 0; r < a.types.size(); ++r)
    for (std::size_t c = 0; c < a.tasks.size(); ++c)
      if (!same_cell(a.at(r, c), b.at(r, c)))
        d.matrix_changes.push_back({a.types[r], a.tasks[c], a.at(r, c), b.at(r, c)});
}

/// Index of each of `ids` in `plan_ids` (the plan's common costs), or -1.
std::vector<int> cost_index(const std::vector<std::string>& ids,
                            const std::vector<std::string>& plan_ids) {
  std::map<std::string_view, int> where;
  for (std::size_t k = 0; k < plan_ids.size(); ++k) where.emplace(plan_ids[k], static_cast<int>(k));
  std::vector<int> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    auto it = where.find(id);
    out.push_back(it == where.end() ? -1 : it->second);
  }
  return out;
}

std::optional<Cents> share(const MunicipalityPlan& mp, int k) {
  if (k < 0) return std::nullopt;
  const auto index = static_cast<std::size_t>(k);
  return index < mp.common_costs.size() ? mp.common_costs[index] : 0;
}

void add(FigurePair& total, const FigurePair& x) {
  total.a += x.a;
  total.b += x.b;
}

void add(std::optional<Cents>& total, const std::optional<Cents>& x) {
  if (x) total = total.value_or(0) + *x;
}

/// The union of both plans' budget years, ascending (each plan's years are
/// consecutive and ascending).
std::vector<int> budget_years(const Plan& a, const Plan& b) {
  std::vector<int> years;
  for (const Plan* p : {&a, &b})
    if (p->has_budget)
      for (const BudgetYear& by : p->budget) years.push_back(by.year);
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

/// `years` side by side from `a` and `b` (either may be empty or cover
/// fewer years); a linear merge.
std::vector<BudgetYearDiff> budget_diff(const std::vector<int>& years,
                                        const std::vector<BudgetYear>& a,
                                        const std::vector<BudgetYear>& b, bool organisation) {
  std::vector<BudgetYearDiff> out;
  out.reserve(years.size());
  std::size_t i = 0, j = 0;
  for (int year : years) {
    BudgetYearDiff d;
    d.year = year;
    const BudgetYear* ya = i < a.size() && a[i].year == year ? &a[i++] : nullptr;
    const BudgetYear* yb = j < b.size() && b[j].year == year ? &b[j++] : nullptr;
    const auto set = [&](OptionalPair BudgetYearDiff::*field, Int256 BudgetYear::*figure) {
      OptionalPair& p = d.*field;
      if (ya) p.a = ya->*figure, p.has_a = true;
      if (yb) p.b = yb->*figure, p.has_b = true;
    };
    set(&BudgetYearDiff::price, &BudgetYear::price);
    set(&BudgetYearDiff::released, &BudgetYear::released);
    set(&BudgetYearDiff::common_costs, &BudgetYear::common_costs);
    set(&BudgetYearDiff::net_change, &BudgetYear::net_change);
    if (organisation) {
      set(&BudgetYearDiff::revenue, &BudgetYear::revenue);
      set(&BudgetYearDiff::cost, &BudgetYear::cost);
      set(&BudgetYearDiff::result, &BudgetYear::result);
    }
    out.push_back(d);
  }
  return out;
}

OrganisationDiff organisation_diff(const OrganisationPlan& a, const OrganisationPlan& b) {
  OrganisationDiff d;
  d.hours_needed = {a.hours_needed, b.hours_needed};
  d.staff_cost = {a.staff_cost, b.staff_cost};
  d.fixed_cost = {a.fixed_cost, b.fixed_cost};
  d.annual_costs = {a.annual_costs, b.annual_costs};
  d.cost = {a.cost, b.cost};
  d.revenue = {a.revenue, b.revenue};
  d.result = {a.result, b.result};
  d.savings = {a.savings, b.savings};
  d.hours_per_fte = a.hours_per_fte;
  return d;
}

OwnershipDiff ownership_diff(const std::optional<OwnershipShare>& a,
                             const std::optional<OwnershipShare>& b) {
  OwnershipDiff d;
  const auto set = [&](OptionalPair OwnershipDiff::*field, auto get) {
    OptionalPair& p = d.*field;
    if (a) p.a = get(*a), p.has_a = true;
    if (b) p.b = get(*b), p.has_b = true;
  };
  set(&OwnershipDiff::cash, [](const OwnershipShare& s) { return s.cash; });
  set(&OwnershipDiff::in_kind, [](const OwnershipShare& s) { return s.in_kind; });
  set(&OwnershipDiff::contribution, [](const OwnershipShare& s) { return s.contribution; });
  set(&OwnershipDiff::share, [](const OwnershipShare& s) { return Int256(s.share); });
  return d;
}

}  // namespace

Comparison compare_plans(const Model& model, const Plan& a, const Plan& b) {
  Comparison cmp;
  cmp.scenario_a = a.scenario_id;
  cmp.scenario_b = b.scenario_id;
  cmp.consistent_a = a.consistent;
  cmp.consistent_b = b.consistent;
  cmp.policy_a = a.policy;
  cmp.policy_b = b.policy;
  cmp.scheduled_a = a.scheduled;
  cmp.scheduled_b = b.scheduled;
  cmp.periods_a = a.periods;
  cmp.periods_b = b.periods;
  cmp.hours_per_fte = a.hours_per_fte;

  cmp.common_cost_ids = a.common_cost_ids;
  cmp.common_cost_ids.insert(cmp.common_cost_ids.end(), b.common_cost_ids.begin(),
                             b.common_cost_ids.end());
  std::sort(cmp.common_cost_ids.begin(), cmp.common_cost_ids.end());
  cmp.common_cost_ids.erase(std::unique(cmp.common_cost_ids.begin(), cmp.common_cost_ids.end()),
                            cmp.common_cost_ids.end());
  // Names are looked up once per cost of either scenario: a map, not a
  // search per municipality.
  {
    std::map<std::string_view, std::string> names;
    for (const Plan* p : {&b, &a})
      if (p->scenario < model.scenarios.size())
        for (const CommonCost& cc : model.scenarios[p->scenario].common_costs)
          if (!cc.name.empty()) names[cc.id] = cc.name;
    for (const std::string& id : cmp.common_cost_ids) {
      auto it = names.find(id);
      cmp.common_cost_names.push_back(it == names.end() ? id : it->second);
    }
  }
  if (a.organisation && b.organisation)
    cmp.organisation = organisation_diff(*a.organisation, *b.organisation);
  cmp.budget_years = budget_years(a, b);
  cmp.budget_a = a.has_budget;
  cmp.budget_b = b.has_budget;
  cmp.ownership_a = a.has_ownership;
  cmp.ownership_b = b.has_ownership;
  if (!cmp.budget_years.empty())
    cmp.budget = budget_diff(cmp.budget_years, a.has_budget ? a.budget : std::vector<BudgetYear>{},
                             b.has_budget ? b.budget : std::vector<BudgetYear>{},
                             a.organisation.has_value() && b.organisation.has_value());
  const std::vector<int> in_a = cost_index(cmp.common_cost_ids, a.common_cost_ids);
  const std::vector<int> in_b = cost_index(cmp.common_cost_ids, b.common_cost_ids);

  ComparisonTotals& t = cmp.totals;
  t.common_costs.assign(cmp.common_cost_ids.size(), {});
  for (Id m : a.municipality_order) {
    const MunicipalityPlan& ma = a.municipalities[m];
    const MunicipalityPlan& mb = b.municipalities[m];
    MunicipalityDiff d;
    d.municipality = m;
    d.level_a = ma.level;
    d.level_b = mb.level;
    diff_components(a, b, ma, d);
    diff_lists(model, ma, mb, d);
    d.conflicts_a = ma.conflicts.size();
    d.conflicts_b = mb.conflicts.size();
    d.dropped_a = ma.dropped.size();
    d.dropped_b = mb.dropped.size();
    diff_matrix(make_task_matrix(model, a, m), make_task_matrix(model, b, m), d);
    d.hours_transferred = pair_of(ma.hours_transferred, mb.hours_transferred);
    d.transferred_cost = pair_of(ma.transferred_cost, mb.transferred_cost);
    d.price = pair_of(ma.price, mb.price);
    d.net_change = pair_of(ma.net_change, mb.net_change);
    d.assets = pair_of(ma.assets, mb.assets);
    bool costs_changed = false;
    for (std::size_t k = 0; k < cmp.common_cost_ids.size(); ++k) {
      d.common_costs.push_back({share(ma, in_a[k]), share(mb, in_b[k])});
      costs_changed = costs_changed || d.common_costs.back().changed();
      add(t.common_costs[k].a, d.common_costs.back().a);
      add(t.common_costs[k].b, d.common_costs.back().b);
    }
    bool economy_changed = false;
    if (!cmp.budget_years.empty()) {
      d.budget = budget_diff(cmp.budget_years, a.has_budget ? ma.budget : std::vector<BudgetYear>{},
                             b.has_budget ? mb.budget : std::vector<BudgetYear>{}, false);
      for (const BudgetYearDiff& y : d.budget) economy_changed = economy_changed || y.changed();
    }
    if (a.has_ownership || b.has_ownership) {
      d.ownership = ownership_diff(a.has_ownership ? ma.ownership : std::nullopt,
                                   b.has_ownership ? mb.ownership : std::nullopt);
      economy_changed = economy_changed || d.ownership->changed();
    }
    d.changed = economy_changed || d.level_a != d.level_b || !d.handed_over.empty() ||
                !d.taken_back.empty() || !d.task_changes.empty() || !d.matrix_changes.empty() ||
                d.hours_transferred.changed() || d.transferred_cost.changed() ||
                d.price.changed() || d.net_change.changed() || d.assets.changed() ||
                costs_changed || !d.interfaces.empty() || !d.conflicts.empty() ||
                !d.dropped.empty() || d.waves_a != d.waves_b || !d.wave_changes.empty();

    add(t.hours_transferred, d.hours_transferred);
    add(t.transferred_cost, d.transferred_cost);
    add(t.price, d.price);
    add(t.net_change, d.net_change);
    add(t.assets, d.assets);
    t.handed_over += d.handed_over.size();
    t.taken_back += d.taken_back.size();
    t.task_changes += d.task_changes.size();
    t.matrix_changes += d.matrix_changes.size();
    t.interfaces_added += d.interfaces.added.size();
    t.interfaces_removed += d.interfaces.removed.size();
    t.conflicts_a += ma.conflicts.size();
    t.conflicts_b += mb.conflicts.size();
    t.dropped_a += ma.dropped.size();
    t.dropped_b += mb.dropped.size();
    t.changed_municipalities += d.changed;
    cmp.municipalities.push_back(std::move(d));
  }
  t.waves_a = a.wave_count;
  t.waves_b = b.wave_count;
  t.unscheduled_a = a.unscheduled.size();
  t.unscheduled_b = b.unscheduled.size();
  return cmp;
}

}  // namespace opgavesnit
