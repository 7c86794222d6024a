#include <opgavesnit/report/compare_markdown.h>
#include <opgavesnit/report/locale.h>
#include <opgavesnit/report/markdown.h>

#include <string>
#include <string_view>

#include "compare_rows.h"

namespace opgavesnit {

namespace {

using Align = MdTable::Align;
using compare_rows::Row;

std::string str(std::string_view s) { return std::string(s); }
std::string cap(std::string_view key, Lang lang) { return capitalized(label(key, lang)); }

std::string escape(std::string_view text) { return md_escape(text); }

std::string scenario_text(const Model& model, const std::string& id) {
  const Id s = model.find_scenario(id);
  std::string out = md_code(id);
  if (s != kNoId && !model.scenarios[s].name.empty())
    out += " (" + md_escape(model.scenarios[s].name) + ")";
  return out;
}

std::string from_to(const std::string& a, const std::string& b) { return a + " → " + b; }

std::string level_change(const compare_rows::Municipality& m) {
  if (m.diff->level_a == m.diff->level_b) return m.level_a;
  return from_to(m.level_a, m.level_b);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string cell_text(const compare_rows::Cell& c) {
  std::string out = c.holder;
  if (!c.hours_shared.empty() || !c.hours_municipality.empty()) out += " · ";
  out += c.hours_shared;
  if (!c.hours_shared.empty() && !c.hours_municipality.empty()) out += " / ";
  out += c.hours_municipality;
  return out;
}

std::string wave_text(const compare_rows::Wave& w) {
  std::string out = std::to_string(w.number);
  if (w.period) out += " (" + *w.period + ")";
  return out;
}

std::string signed_count(std::size_t added, std::size_t removed) {
  return "+" + std::to_string(added) + " / −" + std::to_string(removed);
}

void heading(std::ostream& out, std::string_view key, Lang lang) {
  out << "#### " << cap(key, lang) << "\n\n";
}

/// A table of figures: the first column, A, B, B − A.
MdTable figure_table(std::string first, Lang lang) {
  MdTable t;
  t.column(std::move(first));
  t.column("A", Align::right);
  t.column("B", Align::right);
  t.column(cap("difference", lang), Align::right);
  return t;
}

/// A row of a figure table, labelled by its key (or its name).
void figure_row(MdTable& t, const Row& r, Lang lang) {
  t.row({r.key.empty() ? r.name : cap(r.key, lang), r.a, r.b, r.difference});
}

/// Every year of a budget, a row per figure.
void budget_table(std::ostream& out, const std::vector<compare_rows::BudgetYear>& years,
                  Lang lang) {
  MdTable t = figure_table(cap("year", lang), lang);
  for (const compare_rows::BudgetYear& y : years)
    for (const Row& r : y.rows)
      t.row({std::to_string(y.year) + ": " + str(label(r.key, lang)), r.a, r.b, r.difference});
  t.write(out);
}

void write_economy(std::ostream& out, const Comparison& cmp, const compare_rows::Rows& rows,
                   Lang lang) {
  if (cmp.organisation) {
    out << "## " << cap("organisation", lang) << "\n\n";
    MdTable t = figure_table(cap("figure", lang), lang);
    for (const Row& r : rows.organisation) figure_row(t, r, lang);
    t.write(out);
  }
  if (!cmp.budget.empty()) {
    out << "## " << cap("budget", lang) << ": "
        << label(cmp.organisation ? "region_and_organisation" : "region", lang) << "\n\n";
    budget_table(out, rows.budget, lang);
  }
  if (cmp.ownership_a || cmp.ownership_b) {
    out << "## " << cap("ownership", lang) << "\n\n";
    MdTable t = figure_table(cap("municipality", lang), lang);
    for (const Row& r : rows.ownership) figure_row(t, r, lang);
    t.write(out);
  }
}

void write_summary(std::ostream& out, const Comparison& cmp, const compare_rows::Rows& rows,
                   Lang lang) {
  using compare_rows::Figure;
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
  for (const compare_rows::Municipality& m : rows.municipalities) {
    const MunicipalityDiff& d = *m.diff;
    if (!d.changed) continue;
    t.row({m.name, level_change(m), std::to_string(m.handed_over.size()),
           std::to_string(m.taken_back.size()), m.figures[Figure::hours_transferred].difference,
           m.figures[Figure::price].a, m.figures[Figure::price].b,
           m.figures[Figure::net_change].difference,
           signed_count(m.interfaces.added.size(), m.interfaces.removed.size()),
           std::to_string(d.conflicts_a + d.dropped_a) + " → " +
               std::to_string(d.conflicts_b + d.dropped_b)});
  }
  const ComparisonTotals& tt = cmp.totals;
  t.row({"**" + cap("total", lang) + "**", "", std::to_string(tt.handed_over),
         std::to_string(tt.taken_back), rows.totals[Figure::hours_transferred].difference,
         rows.totals[Figure::price].a, rows.totals[Figure::price].b,
         rows.totals[Figure::net_change].difference,
         signed_count(tt.interfaces_added, tt.interfaces_removed),
         std::to_string(tt.conflicts_a + tt.dropped_a) + " → " +
             std::to_string(tt.conflicts_b + tt.dropped_b)});
  t.write(out);
  std::string unchanged;
  for (const compare_rows::Municipality& m : rows.municipalities)
    if (!m.diff->changed)
      unchanged += (unchanged.empty() ? "" : ", ") + m.name + " (" + m.level_a + ")";
  if (!unchanged.empty()) out << "**" << cap("unchanged", lang) << ":** " << unchanged << "\n\n";
}

/// The table of figures, A against B: hours, FTE and money, of one
/// municipality or of the totals. The caller may add rows before writing it.
MdTable figures_table(const compare_rows::Figures& figures, Lang lang) {
  MdTable t = figure_table(cap("figure", lang), lang);
  for (const Row& r : figures) figure_row(t, r, lang);
  return t;
}

void write_municipality(std::ostream& out, const Model& model, const compare_rows::Municipality& m,
                        Lang lang) {
  const MunicipalityDiff& d = *m.diff;
  out << "### " << m.name << " (" << md_code(model.municipalities[d.municipality].id) << ")\n\n";
  out << "- **" << cap("level", lang) << ":** " << level_change(m) << "\n";
  if (!m.handed_over.empty())
    out << "- **" << cap("handed_over", lang) << ":** " << joined(m.handed_over) << "\n";
  if (!m.taken_back.empty())
    out << "- **" << cap("taken_back", lang) << ":** " << joined(m.taken_back) << "\n";
  if (d.waves_a != d.waves_b)
    out << "- **" << cap("waves", lang) << ":** " << d.waves_a << " → " << d.waves_b << "\n";
  out << "\n";
  figures_table(m.figures, lang).write(out);

  if (!m.task_changes.empty()) {
    heading(out, "tasks_changed", lang);
    MdTable t;
    t.column(cap("component", lang));
    t.column(cap("status", lang));
    t.column(cap("tasks_gained", lang));
    t.column(cap("tasks_lost", lang));
    for (const compare_rows::TaskRow& tc : m.task_changes)
      t.row({tc.component, from_to(tc.status_a, tc.status_b), joined(tc.gained), joined(tc.lost)});
    t.write(out);
  }
  if (!m.matrix_changes.empty()) {
    heading(out, "task_split_matrix", lang);
    MdTable t;
    t.column(cap("type", lang));
    t.column(cap("task", lang));
    t.column("A");
    t.column("B");
    for (const compare_rows::MatrixRow& mc : m.matrix_changes)
      t.row({mc.type, mc.task, cell_text(mc.a), cell_text(mc.b)});
    t.write(out);
  }
  if (m.common_costs_changed) {
    heading(out, "common_costs", lang);
    MdTable t;
    t.column(cap("common_cost", lang));
    t.column("A", Align::right);
    t.column("B", Align::right);
    for (const Row& r : m.common_costs)
      if (r.changed) t.row({r.name, r.a, r.b});
    t.write(out);
  }
  if (!m.interfaces.empty()) {
    heading(out, "interfaces", lang);
    MdTable t;
    t.column("");
    t.column(cap("from", lang));
    t.column(cap("to", lang));
    t.column(cap("direction", lang));
    t.column(cap("dependency", lang));
    const auto row = [&](std::string_view key, const compare_rows::InterfaceRow& i) {
      t.row({str(label(key, lang)), i.from, i.to, i.direction, i.kind});
    };
    for (const compare_rows::InterfaceRow& i : m.interfaces.added) row("added", i);
    for (const compare_rows::InterfaceRow& i : m.interfaces.removed) row("removed", i);
    t.write(out);
  }
  if (!m.conflicts.empty()) {
    heading(out, "conflicts", lang);
    MdTable t;
    t.column("");
    t.column(cap("retained_component", lang));
    t.column(cap("path", lang));
    const auto row = [&](std::string_view key, const compare_rows::ConflictRow& cf) {
      std::string path;
      for (const std::string& p : cf.path) path += (path.empty() ? "" : " → ") + p;
      t.row({str(label(key, lang)), cf.component, path});
    };
    for (const compare_rows::ConflictRow& cf : m.conflicts.added) row("added", cf);
    for (const compare_rows::ConflictRow& cf : m.conflicts.removed) row("removed", cf);
    t.write(out);
  }
  if (!m.dropped.empty()) {
    heading(out, "dropped_seeds", lang);
    MdTable t;
    t.column("");
    t.column(cap("seed", lang));
    t.column(cap("retained_reached", lang));
    const auto row = [&](std::string_view key, const compare_rows::DroppedRow& ds) {
      t.row({str(label(key, lang)), ds.seed, ds.reaches});
    };
    for (const compare_rows::DroppedRow& ds : m.dropped.added) row("added", ds);
    for (const compare_rows::DroppedRow& ds : m.dropped.removed) row("removed", ds);
    t.write(out);
  }
  if (!m.wave_changes.empty()) {
    heading(out, "waves", lang);
    MdTable t;
    t.column(cap("component", lang));
    t.column("A", Align::right);
    t.column("B", Align::right);
    for (const compare_rows::WaveRow& w : m.wave_changes)
      t.row({w.component, wave_text(w.a), wave_text(w.b)});
    t.write(out);
  }
  if (m.budget_changed) {
    heading(out, "budget", lang);
    budget_table(out, m.budget, lang);
  }
  if (m.ownership_changed) {
    heading(out, "ownership", lang);
    MdTable t = figure_table(cap("figure", lang), lang);
    for (const Row& r : m.ownership) figure_row(t, r, lang);
    t.write(out);
  }
}

}  // namespace

void write_compare_markdown(std::ostream& out, const Model& model, const Comparison& cmp,
                            Lang lang) {
  const compare_rows::Rows rows = compare_rows::make_rows(model, cmp, lang, escape);
  out << "# " << cap("compare", lang) << ": " << md_code(cmp.scenario_a) << " → "
      << md_code(cmp.scenario_b) << "\n\n";
  out << "- **A:** " << scenario_text(model, cmp.scenario_a) << ", "
      << label(cmp.consistent_a ? "consistent" : "inconsistent", lang) << "\n";
  out << "- **B:** " << scenario_text(model, cmp.scenario_b) << ", "
      << label(cmp.consistent_b ? "consistent" : "inconsistent", lang) << "\n";
  out << "- **" << cap("differences", lang) << ":** " << label("b_minus_a", lang) << "\n";
  out << "- **" << cap("changed_municipalities", lang) << ":** "
      << cmp.totals.changed_municipalities << " / " << cmp.municipalities.size() << "\n\n";
  write_summary(out, cmp, rows, lang);
  bool any = false;
  for (const compare_rows::Municipality& m : rows.municipalities) {
    if (!m.diff->changed) continue;
    if (!any) out << "## " << cap("municipalities", lang) << "\n\n";
    any = true;
    write_municipality(out, model, m, lang);
  }
  out << "## " << cap("total", lang) << "\n\n";
  MdTable t = figures_table(rows.totals, lang);
  for (const Row& r : rows.total_common_costs) figure_row(t, r, lang);
  for (const Row& r : rows.counts) figure_row(t, r, lang);
  t.write(out);
  write_economy(out, cmp, rows, lang);
}

}  // namespace opgavesnit
