#include <opgavesnit/report/compare_markdown.h>
#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/plan_markdown.h>

#include <string>
#include <string_view>

#include "names.h"

namespace opgavesnit {

namespace {

using Align = MdTable::Align;

std::string str(std::string_view s) { return std::string(s); }
std::string cap(std::string_view key, Lang lang) { return capitalized(label(key, lang)); }

std::string scenario_text(const Model& model, const std::string& id) {
  const Id s = model.find_scenario(id);
  std::string out = md_code(id);
  if (s != kNoId && !model.scenarios[s].name.empty())
    out += " (" + md_escape(model.scenarios[s].name) + ")";
  return out;
}

std::string level_change(const Model& model, const MunicipalityDiff& d, Lang lang) {
  if (d.level_a == d.level_b) return md_level(model, d.level_a, lang);
  return md_level(model, d.level_a, lang) + " → " + md_level(model, d.level_b, lang);
}

std::string codes(const Model& model, const std::vector<Id>& components) {
  std::string out;
  for (Id c : components) out += (out.empty() ? "" : ", ") + md_escape(names::component(model, c));
  return out;
}

std::string tasks(const Model& model, Id c, const std::vector<std::uint32_t>& local) {
  const ComponentType& type = model.types[model.components[c].type];
  std::string out;
  for (std::uint32_t t : local)
    out += (out.empty() ? "" : ", ") + md_escape(names::task(model, type.tasks[t].task));
  return out;
}

std::string cost(const std::optional<Cents>& v, Lang lang) {
  return v ? format_money(Int256(*v), 2, lang) : str(label("n/a", lang));
}

std::string cell_text(const MatrixCell& c, Lang lang) {
  std::string out = str(label(to_string(c.holder), lang));
  if (c.holder == Holder::shared) out += " · " + format_hours(c.hours_shared, lang);
  if (c.holder == Holder::municipality) out += " · " + format_hours(c.hours_municipality, lang);
  if (c.holder == Holder::both)
    out += " · " + format_hours(c.hours_shared, lang) + " / " +
           format_hours(c.hours_municipality, lang);
  return out;
}

std::string wave_text(std::uint32_t wave, Id period, bool unscheduled,
                      const std::vector<std::string>& periods, bool scheduled, Lang lang) {
  std::string out = std::to_string(wave);
  if (scheduled)
    out += " (" +
           (unscheduled || period == kNoId ? str(label("unscheduled", lang))
                                           : md_escape(periods[period])) +
           ")";
  return out;
}

std::string signed_hours(const Int256& hundredths, Lang lang) {
  return format_signed(hundredths, 2, 2, lang) + " " + str(label("h", lang));
}

std::string signed_fte(const Int256& hundredths, Cents per_fte, Lang lang) {
  std::string text = format_fte(hundredths, per_fte, lang);
  if (hundredths > Int256(0) && text.find_first_of("123456789") != std::string::npos)
    text = "+" + text;
  return text;
}

std::string signed_count(std::size_t added, std::size_t removed) {
  return "+" + std::to_string(added) + " / −" + std::to_string(removed);
}

void heading(std::ostream& out, std::string_view key, Lang lang) {
  out << "#### " << cap(key, lang) << "\n\n";
}

std::string na(Lang lang) { return str(label("n/a", lang)); }

/// A table of figures that a scenario may lack: figure, A, B, B − A.
MdTable optional_table(std::string_view first, Lang lang) {
  MdTable t;
  t.column(std::string(first));
  t.column("A", Align::right);
  t.column("B", Align::right);
  t.column(cap("difference", lang), Align::right);
  return t;
}

template <class F, class G>
void optional_row(MdTable& t, std::string name, const OptionalPair& p, F value, G difference,
                  Lang lang) {
  t.row({std::move(name), p.has_a ? value(p.a) : na(lang), p.has_b ? value(p.b) : na(lang),
         p.has_a && p.has_b ? difference(p.difference()) : na(lang)});
}

/// Every year of a budget, a row per figure.
void budget_table(std::ostream& out, const std::vector<BudgetYearDiff>& years, bool organisation,
                  Lang lang) {
  MdTable t = optional_table(cap("year", lang), lang);
  const auto money = [&](const Int256& v) {
    return format_money_ratio(v, kBudgetDenominator, lang);
  };
  const auto diff = [&](const Int256& v) {
    return with_money_unit(format_signed_ratio(v, kBudgetDenominator, 2, lang), lang);
  };
  for (const BudgetYearDiff& y : years) {
    const auto row = [&](std::string_view key, const OptionalPair& p) {
      optional_row(t, std::to_string(y.year) + ": " + str(label(key, lang)), p, money, diff, lang);
    };
    row("price", y.price);
    row("released", y.released);
    row("common_costs", y.common_costs);
    row("net_change", y.net_change);
    if (organisation) {
      row("org_revenue", y.revenue);
      row("org_cost", y.cost);
      row("org_result", y.result);
    }
  }
  t.write(out);
}

std::string share_text(const Int256& v, Lang lang) { return format_fixed(v, 2, 2, lang) + " %"; }

std::string share_difference(const Int256& v, Lang lang) {
  return format_signed(v, 2, 2, lang) + " " + str(label("percentage_points", lang));
}

void ownership_table(std::ostream& out, const OwnershipDiff& o, Lang lang) {
  MdTable t = optional_table(cap("figure", lang), lang);
  const auto money = [&](const Int256& v) { return format_money(v, 4, lang); };
  const auto diff = [&](const Int256& v) { return format_signed_money(v, 4, lang); };
  optional_row(t, cap("cash", lang), o.cash, money, diff, lang);
  optional_row(t, cap("in_kind", lang), o.in_kind, money, diff, lang);
  optional_row(t, cap("contribution", lang), o.contribution, money, diff, lang);
  optional_row(
      t, cap("ownership_share", lang), o.share,
      [&](const Int256& v) { return share_text(v, lang); },
      [&](const Int256& v) { return share_difference(v, lang); }, lang);
  t.write(out);
}

void write_economy(std::ostream& out, const Model& model, const Comparison& cmp, Lang lang) {
  if (cmp.organisation) {
    const OrganisationDiff& o = *cmp.organisation;
    out << "## " << cap("organisation", lang) << "\n\n";
    MdTable t = optional_table(cap("figure", lang), lang);
    const std::uint64_t per_fte =
        o.hours_per_fte > 0 ? static_cast<std::uint64_t>(o.hours_per_fte) * 10000 : 0;
    const std::string h = " " + str(label("h", lang));
    t.row({cap("hours_needed", lang), format_ratio(o.hours_needed.a, 1000000, 2, lang) + h,
           format_ratio(o.hours_needed.b, 1000000, 2, lang) + h,
           format_signed_ratio(o.hours_needed.difference(), 1000000, 2, lang) + h});
    t.row({cap("fte_needed", lang), format_ratio(o.hours_needed.a, per_fte, 3, lang),
           format_ratio(o.hours_needed.b, per_fte, 3, lang),
           format_signed_ratio(o.hours_needed.difference(), per_fte, 3, lang)});
    const auto row = [&](std::string_view key, const FigurePair& f) {
      t.row({cap(key, lang), format_money(f.a, kOrganisationMoneyScale, lang),
             format_money(f.b, kOrganisationMoneyScale, lang),
             format_signed_money(f.difference(), kOrganisationMoneyScale, lang)});
    };
    row("staff_cost", o.staff_cost);
    row("fixed_cost", o.fixed_cost);
    row("annual_costs", o.annual_costs);
    row("cost", o.cost);
    row("revenue", o.revenue);
    row("result", o.result);
    row("savings", o.savings);
    t.write(out);
  }
  if (!cmp.budget.empty()) {
    out << "## " << cap("budget", lang) << ": "
        << label(cmp.organisation ? "region_and_organisation" : "region", lang) << "\n\n";
    budget_table(out, cmp.budget, cmp.organisation.has_value(), lang);
  }
  if (cmp.ownership_a || cmp.ownership_b) {
    out << "## " << cap("ownership", lang) << "\n\n";
    MdTable t = optional_table(cap("municipality", lang), lang);
    for (const MunicipalityDiff& d : cmp.municipalities)
      optional_row(
          t, md_municipality(model, d.municipality), d.ownership->share,
          [&](const Int256& v) { return share_text(v, lang); },
          [&](const Int256& v) { return share_difference(v, lang); }, lang);
    t.write(out);
  }
}

void write_summary(std::ostream& out, const Model& model, const Comparison& cmp, Lang lang) {
  out << "## " << cap("summary", lang) << "\n\n";
  MdTable t;
  t.column(cap("municipality", lang));
  t.column(cap("level", lang));
  t.column(cap("handed_over", lang), Align::right);
  t.column(cap("taken_back", lang), Align::right);
  t.column(cap("hours_transferred", lang) + " (" + str(label("difference", lang)) + ")",
           Align::right);
  t.column(cap("price", lang) + " A", Align::right);
  t.column(cap("price", lang) + " B", Align::right);
  t.column(cap("net_change", lang) + " (" + str(label("difference", lang)) + ")", Align::right);
  t.column(cap("interfaces", lang), Align::right);
  t.column(cap("conflicts_and_dropped", lang) + " A → B", Align::right);
  for (const MunicipalityDiff& d : cmp.municipalities) {
    if (!d.changed) continue;
    t.row({md_municipality(model, d.municipality), level_change(model, d, lang),
           std::to_string(d.handed_over.size()), std::to_string(d.taken_back.size()),
           signed_hours(d.hours_transferred.difference(), lang), format_money(d.price.a, 4, lang),
           format_money(d.price.b, 4, lang),
           format_signed_money(d.net_change.difference(), 4, lang),
           signed_count(d.interfaces.added.size(), d.interfaces.removed.size()),
           std::to_string(d.conflicts_a + d.dropped_a) + " → " +
               std::to_string(d.conflicts_b + d.dropped_b)});
  }
  const ComparisonTotals& tt = cmp.totals;
  t.row({"**" + cap("total", lang) + "**", "", std::to_string(tt.handed_over),
         std::to_string(tt.taken_back), signed_hours(tt.hours_transferred.difference(), lang),
         format_money(tt.price.a, 4, lang), format_money(tt.price.b, 4, lang),
         format_signed_money(tt.net_change.difference(), 4, lang),
         signed_count(tt.interfaces_added, tt.interfaces_removed),
         std::to_string(tt.conflicts_a + tt.dropped_a) + " → " +
             std::to_string(tt.conflicts_b + tt.dropped_b)});
  t.write(out);
  std::string unchanged;
  for (const MunicipalityDiff& d : cmp.municipalities)
    if (!d.changed)
      unchanged += (unchanged.empty() ? "" : ", ") + md_municipality(model, d.municipality) + " (" +
                   md_level(model, d.level_a, lang) + ")";
  if (!unchanged.empty()) out << "**" << cap("unchanged", lang) << ":** " << unchanged << "\n\n";
}

/// The table of figures, A against B: hours, FTE and money, of one
/// municipality (MunicipalityDiff) or of the totals (ComparisonTotals),
/// which have the same figures. The caller may add rows before writing it.
template <class Figures>
MdTable figure_table(const Figures& f, const Comparison& cmp, Lang lang) {
  MdTable t;
  t.column(cap("figure", lang));
  t.column("A", Align::right);
  t.column("B", Align::right);
  t.column(cap("difference", lang), Align::right);
  t.row({cap("hours_transferred", lang), format_hours(f.hours_transferred.a, lang),
         format_hours(f.hours_transferred.b, lang),
         signed_hours(f.hours_transferred.difference(), lang)});
  t.row({cap("fte_transferred", lang), format_fte(f.hours_transferred.a, cmp.hours_per_fte, lang),
         format_fte(f.hours_transferred.b, cmp.hours_per_fte, lang),
         signed_fte(f.hours_transferred.difference(), cmp.hours_per_fte, lang)});
  const auto money_row = [&](std::string_view key, const FigurePair& p) {
    t.row({cap(key, lang), format_money(p.a, 4, lang), format_money(p.b, 4, lang),
           format_signed_money(p.difference(), 4, lang)});
  };
  money_row("transferred_cost", f.transferred_cost);
  money_row("price", f.price);
  money_row("net_change", f.net_change);
  money_row("assets", f.assets);
  return t;
}

void write_municipality(std::ostream& out, const Model& model, const Comparison& cmp,
                        const MunicipalityDiff& d, Lang lang) {
  out << "### " << md_municipality(model, d.municipality) << " ("
      << md_code(model.municipalities[d.municipality].id) << ")\n\n";
  out << "- **" << cap("level", lang) << ":** " << level_change(model, d, lang) << "\n";
  if (!d.handed_over.empty())
    out << "- **" << cap("handed_over", lang) << ":** " << codes(model, d.handed_over) << "\n";
  if (!d.taken_back.empty())
    out << "- **" << cap("taken_back", lang) << ":** " << codes(model, d.taken_back) << "\n";
  if (d.waves_a != d.waves_b)
    out << "- **" << cap("waves", lang) << ":** " << d.waves_a << " → " << d.waves_b << "\n";
  out << "\n";
  figure_table(d, cmp, lang).write(out);

  if (!d.task_changes.empty()) {
    heading(out, "tasks_changed", lang);
    MdTable t;
    t.column(cap("component", lang));
    t.column(cap("status", lang));
    t.column(cap("tasks_gained", lang));
    t.column(cap("tasks_lost", lang));
    for (const TaskChange& tc : d.task_changes)
      t.row({md_escape(names::component(model, tc.component)),
             str(label(to_string(tc.status_a), lang)) + " → " +
                 str(label(to_string(tc.status_b), lang)),
             tasks(model, tc.component, tc.gained), tasks(model, tc.component, tc.lost)});
    t.write(out);
  }
  if (!d.matrix_changes.empty()) {
    heading(out, "task_split_matrix", lang);
    MdTable t;
    t.column(cap("type", lang));
    t.column(cap("task", lang));
    t.column("A");
    t.column("B");
    for (const MatrixChange& mc : d.matrix_changes) {
      const ComponentType& type = model.types[mc.type];
      const Task& task = model.tasks[mc.task];
      t.row({md_escape(type.name.empty() ? type.id : type.name),
             md_escape(task.name.empty() ? task.id : task.name), cell_text(mc.a, lang),
             cell_text(mc.b, lang)});
    }
    t.write(out);
  }
  bool any_cost = false;
  for (const CostShare& s : d.common_costs) any_cost = any_cost || s.changed();
  if (any_cost) {
    heading(out, "common_costs", lang);
    MdTable t;
    t.column(cap("common_cost", lang));
    t.column("A", Align::right);
    t.column("B", Align::right);
    for (std::size_t k = 0; k < d.common_costs.size(); ++k)
      if (d.common_costs[k].changed())
        t.row({md_escape(cmp.common_cost_names[k]), cost(d.common_costs[k].a, lang),
               cost(d.common_costs[k].b, lang)});
    t.write(out);
  }
  if (!d.interfaces.empty()) {
    heading(out, "interfaces", lang);
    MdTable t;
    t.column("");
    t.column(cap("from", lang));
    t.column(cap("to", lang));
    t.column(cap("direction", lang));
    t.column(cap("dependency", lang));
    const auto row = [&](std::string_view key, const Interface& i) {
      t.row({str(label(key, lang)), md_escape(names::component(model, i.from)),
             md_escape(names::component(model, i.to)), str(label(to_string(i.direction), lang)),
             str(label(to_string(i.kind), lang))});
    };
    for (const Interface& i : d.interfaces.added) row("added", i);
    for (const Interface& i : d.interfaces.removed) row("removed", i);
    t.write(out);
  }
  if (!d.conflicts.empty()) {
    heading(out, "conflicts", lang);
    MdTable t;
    t.column("");
    t.column(cap("retained_component", lang));
    t.column(cap("path", lang));
    const auto row = [&](std::string_view key, const Conflict& cf) {
      std::string path;
      for (const PairRef& p : cf.path())
        path += (path.empty() ? "" : " → ") + md_escape(names::pair(model, p));
      t.row({str(label(key, lang)), md_escape(names::component(model, cf.component)), path});
    };
    for (const Conflict& cf : d.conflicts.added) row("added", cf);
    for (const Conflict& cf : d.conflicts.removed) row("removed", cf);
    t.write(out);
  }
  if (!d.dropped.empty()) {
    heading(out, "dropped_seeds", lang);
    MdTable t;
    t.column("");
    t.column(cap("seed", lang));
    t.column(cap("retained_reached", lang));
    const auto row = [&](std::string_view key, const DroppedSeed& ds) {
      t.row({str(label(key, lang)), md_escape(names::pair(model, {ds.component, ds.task})),
             md_escape(names::component(model, ds.reaches))});
    };
    for (const DroppedSeed& ds : d.dropped.added) row("added", ds);
    for (const DroppedSeed& ds : d.dropped.removed) row("removed", ds);
    t.write(out);
  }
  if (!d.wave_changes.empty()) {
    heading(out, "waves", lang);
    MdTable t;
    t.column(cap("component", lang));
    t.column("A", Align::right);
    t.column("B", Align::right);
    for (const WaveChange& w : d.wave_changes)
      t.row(
          {md_escape(names::component(model, w.component)),
           wave_text(w.wave_a, w.period_a, w.unscheduled_a, cmp.periods_a, cmp.scheduled_a, lang),
           wave_text(w.wave_b, w.period_b, w.unscheduled_b, cmp.periods_b, cmp.scheduled_b, lang)});
    t.write(out);
  }
  bool budget_changed = false;
  for (const BudgetYearDiff& y : d.budget) budget_changed = budget_changed || y.changed();
  if (budget_changed) {
    heading(out, "budget", lang);
    budget_table(out, d.budget, false, lang);
  }
  if (d.ownership && d.ownership->changed()) {
    heading(out, "ownership", lang);
    ownership_table(out, *d.ownership, lang);
  }
}

}  // namespace

void write_compare_markdown(std::ostream& out, const Model& model, const Comparison& cmp,
                            Lang lang) {
  out << "# " << cap("compare", lang) << ": " << md_code(cmp.scenario_a) << " → "
      << md_code(cmp.scenario_b) << "\n\n";
  out << "- **A:** " << scenario_text(model, cmp.scenario_a) << ", "
      << label(cmp.consistent_a ? "consistent" : "inconsistent", lang) << "\n";
  out << "- **B:** " << scenario_text(model, cmp.scenario_b) << ", "
      << label(cmp.consistent_b ? "consistent" : "inconsistent", lang) << "\n";
  out << "- **" << cap("differences", lang) << ":** " << label("b_minus_a", lang) << "\n";
  out << "- **" << cap("changed_municipalities", lang) << ":** "
      << cmp.totals.changed_municipalities << " / " << cmp.municipalities.size() << "\n\n";
  write_summary(out, model, cmp, lang);
  bool any = false;
  for (const MunicipalityDiff& d : cmp.municipalities) {
    if (!d.changed) continue;
    if (!any) out << "## " << cap("municipalities", lang) << "\n\n";
    any = true;
    write_municipality(out, model, cmp, d, lang);
  }
  const ComparisonTotals& t = cmp.totals;
  out << "## " << cap("total", lang) << "\n\n";
  MdTable tt = figure_table(t, cmp, lang);
  for (std::size_t k = 0; k < t.common_costs.size(); ++k) {
    const CostShare& s = t.common_costs[k];
    tt.row({md_escape(cmp.common_cost_names[k]), cost(s.a, lang), cost(s.b, lang),
            s.a && s.b ? format_signed_money(Int256(*s.b) - Int256(*s.a), 2, lang)
                       : str(label("n/a", lang))});
  }
  const auto count_row = [&](std::string_view key, std::size_t a, std::size_t b) {
    tt.row(
        {cap(key, lang), std::to_string(a), std::to_string(b),
         format_signed(Int256(static_cast<std::int64_t>(b)) - Int256(static_cast<std::int64_t>(a)),
                       0, 0, lang)});
  };
  count_row("conflicts", t.conflicts_a, t.conflicts_b);
  count_row("dropped_seeds", t.dropped_a, t.dropped_b);
  count_row("waves", t.waves_a, t.waves_b);
  if (cmp.scheduled_a || cmp.scheduled_b) {
    count_row("periods", cmp.periods_a.size(), cmp.periods_b.size());
    count_row("unscheduled", t.unscheduled_a, t.unscheduled_b);
  }
  tt.write(out);
  write_economy(out, model, cmp, lang);
}

}  // namespace opgavesnit
