#include <opgavesnit/core/text.h>
#include <opgavesnit/report/compare_text.h>

#include <string>
#include <string_view>

#include "compare_rows.h"

namespace opgavesnit {

namespace {

using compare_rows::Row;

constexpr std::size_t kLabelWidth = 25;
constexpr std::size_t kListed = 10;

/// "  label" padded to the value column, counting UTF-8 characters.
void line(std::ostream& out, std::string_view label_text, const std::string& value) {
  std::string padded = "  " + std::string(label_text);
  std::size_t width = 0;
  for (char ch : padded) width += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  if (width < kLabelWidth)
    padded.append(kLabelWidth - width, ' ');
  else
    padded += ' ';
  out << padded << value << '\n';
}

std::string str(std::string_view s) { return std::string(s); }

std::string terminal(std::string_view text) { return terminal_text(text); }

std::string from_to(const std::string& a, const std::string& b) { return a + " -> " + b; }

std::string from_to(std::size_t a, std::size_t b) {
  return from_to(std::to_string(a), std::to_string(b));
}

/// "A -> B", without the difference.
std::string values(const Row& r) { return from_to(r.a, r.b); }

/// "A -> B (B − A)"; without the difference when a side lacks the figure.
std::string values_and_difference(const Row& r) {
  return values(r) + (r.has_difference ? " (" + r.difference + ")" : "");
}

std::string row_label(const Row& r, Lang lang) {
  return r.key.empty() ? r.name : str(label(r.key, lang));
}

/// A line per row: all of them, or only those that differ.
void row_lines(std::ostream& out, const std::vector<Row>& rows, bool only_changed, Lang lang) {
  for (const Row& r : rows)
    if (!only_changed || r.changed) line(out, row_label(r, lang), values_and_difference(r));
}

/// The budget years, one line per figure; all of them, or only those that
/// differ.
void budget_lines(std::ostream& out, const std::vector<compare_rows::BudgetYear>& years,
                  bool only_changed, Lang lang) {
  for (const compare_rows::BudgetYear& y : years) {
    bool first = true;
    for (const Row& r : y.rows) {
      if (only_changed && !r.changed) continue;
      line(out, first ? str(label("budget", lang)) + " " + std::to_string(y.year) : "",
           str(label(r.key, lang)) + " " + values_and_difference(r));
      first = false;
    }
  }
}

/// The common costs, the first line labelled; their shares without the
/// difference.
void cost_lines(std::ostream& out, const std::vector<Row>& costs, bool only_changed, Lang lang) {
  bool first = true;
  for (const Row& r : costs) {
    if (only_changed && !r.changed) continue;
    line(out, first ? label("common_costs", lang) : "", r.name + " " + values(r));
    first = false;
  }
}

/// The hours and FTE transferred and the money, each with B - A, of a
/// municipality (only those that differ) or of the totals.
void figure_lines(std::ostream& out, const compare_rows::Figures& f, bool only_changed, Lang lang) {
  using compare_rows::Figure;
  const Row& hours = f[Figure::hours_transferred];
  if (!only_changed || hours.changed) {
    line(out, label(hours.key, lang), values_and_difference(hours));
    const Row& fte = f[Figure::fte_transferred];
    line(out, label(fte.key, lang), values_and_difference(fte));
  }
  for (std::size_t k = Figure::transferred_cost; k < f.size(); ++k)
    if (!only_changed || f[k].changed)
      line(out, label(f[k].key, lang), values_and_difference(f[k]));
}

std::string joined(const std::vector<std::string>& items, char sign) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + (sign + item);
  return out;
}

std::string cell_text(const compare_rows::Cell& c) {
  std::string out = c.holder;
  if (!c.hours_shared.empty()) out += " " + c.hours_shared;
  if (!c.hours_shared.empty() && !c.hours_municipality.empty()) out += " /";
  if (!c.hours_municipality.empty()) out += " " + c.hours_municipality;
  return out;
}

std::string wave_text(const compare_rows::Wave& w, Lang lang) {
  std::string out = str(label("wave", lang)) + " " + std::to_string(w.number);
  if (w.period) out += " (" + *w.period + ")";
  return out;
}

/// The first kListed entries of a list, then how many more.
template <class T, class F>
void listed(std::ostream& out, const std::vector<T>& items, F text, Lang lang) {
  for (std::size_t k = 0; k < items.size() && k < kListed; ++k) line(out, "", text(items[k]));
  if (items.size() > kListed)
    line(out, "",
         "... " + std::to_string(items.size() - kListed) + " " + str(label("more_in_json", lang)));
}

std::string added_removed(std::size_t added, std::size_t removed) {
  return "+" + std::to_string(added) + " -" + std::to_string(removed);
}

void write_municipality(std::ostream& out, const compare_rows::Municipality& m, Lang lang) {
  const MunicipalityDiff& d = *m.diff;
  out << m.name;
  if (!d.changed) {
    out << ": " << label("unchanged", lang) << " (" << m.level_a << ")\n";
    return;
  }
  out << "\n";
  line(out, label("level", lang),
       d.level_a == d.level_b ? m.level_a : from_to(m.level_a, m.level_b));
  const auto name = [](const std::string& s) { return s; };
  if (!m.handed_over.empty()) {
    line(out, label("handed_over", lang), std::to_string(m.handed_over.size()));
    listed(out, m.handed_over, name, lang);
  }
  if (!m.taken_back.empty()) {
    line(out, label("taken_back", lang), std::to_string(m.taken_back.size()));
    listed(out, m.taken_back, name, lang);
  }
  if (!m.task_changes.empty()) {
    line(out, label("tasks_changed", lang), std::to_string(m.task_changes.size()));
    listed(
        out, m.task_changes,
        [&](const compare_rows::TaskRow& tc) {
          const std::string gained = joined(tc.gained, '+');
          const std::string lost = joined(tc.lost, '-');
          return tc.component + ": " + gained + (gained.empty() || lost.empty() ? "" : " ") + lost +
                 " (" + from_to(tc.status_a, tc.status_b) + ")";
        },
        lang);
  }
  if (!m.matrix_changes.empty()) {
    line(out, label("task_split_matrix", lang), std::to_string(m.matrix_changes.size()));
    listed(
        out, m.matrix_changes,
        [&](const compare_rows::MatrixRow& mc) {
          return mc.type + " / " + mc.task + ": " + from_to(cell_text(mc.a), cell_text(mc.b));
        },
        lang);
  }
  figure_lines(out, m.figures, true, lang);
  cost_lines(out, m.common_costs, true, lang);
  budget_lines(out, m.budget, true, lang);
  row_lines(out, m.ownership, true, lang);
  if (!m.interfaces.empty()) {
    line(out, label("interfaces", lang),
         added_removed(m.interfaces.added.size(), m.interfaces.removed.size()));
    const auto text = [&](char sign) {
      return [sign](const compare_rows::InterfaceRow& i) {
        return std::string(1, sign) + " " + from_to(i.from, i.to) + "  " + i.direction + ", " +
               i.kind;
      };
    };
    listed(out, m.interfaces.added, text('+'), lang);
    listed(out, m.interfaces.removed, text('-'), lang);
  }
  if (!m.conflicts.empty()) {
    line(out, label("conflicts", lang),
         added_removed(m.conflicts.added.size(), m.conflicts.removed.size()));
    listed(
        out, m.conflicts.added,
        [](const compare_rows::ConflictRow& cf) {
          std::string path;
          for (const std::string& p : cf.path) path += (path.empty() ? "" : " -> ") + p;
          return "+ " + cf.component + ": " + path;
        },
        lang);
    listed(
        out, m.conflicts.removed,
        [](const compare_rows::ConflictRow& cf) { return "- " + cf.component; }, lang);
  }
  if (!m.dropped.empty()) {
    line(out, label("dropped_seeds", lang),
         added_removed(m.dropped.added.size(), m.dropped.removed.size()));
    const auto text = [&](char sign) {
      return [sign](const compare_rows::DroppedRow& ds) {
        return std::string(1, sign) + " " + from_to(ds.seed, ds.reaches);
      };
    };
    listed(out, m.dropped.added, text('+'), lang);
    listed(out, m.dropped.removed, text('-'), lang);
  }
  if (d.waves_a != d.waves_b || !m.wave_changes.empty()) {
    line(out, label("waves", lang), from_to(d.waves_a, d.waves_b));
    listed(
        out, m.wave_changes,
        [&](const compare_rows::WaveRow& w) {
          return w.component + ": " + from_to(wave_text(w.a, lang), wave_text(w.b, lang));
        },
        lang);
  }
}

std::string state(bool consistent, Lang lang) {
  return str(label(consistent ? "consistent" : "inconsistent", lang));
}

}  // namespace

void write_compare_text(std::ostream& out, const Model& model, const Comparison& cmp, Lang lang) {
  const compare_rows::Rows rows = compare_rows::make_rows(model, cmp, lang, terminal);
  out << label("compare", lang) << " " << terminal_text(cmp.scenario_a) << " -> "
      << terminal_text(cmp.scenario_b) << "\n";
  line(out, "A", terminal_text(cmp.scenario_a) + ": " + state(cmp.consistent_a, lang));
  line(out, "B", terminal_text(cmp.scenario_b) + ": " + state(cmp.consistent_b, lang));
  line(out, label("differences", lang), str(label("b_minus_a", lang)));
  // Unchanged municipalities are one line each, run together.
  bool previous_unchanged = false;
  for (const compare_rows::Municipality& m : rows.municipalities) {
    if (!(previous_unchanged && !m.diff->changed)) out << "\n";
    write_municipality(out, m, lang);
    previous_unchanged = !m.diff->changed;
  }
  const ComparisonTotals& t = cmp.totals;
  out << "\n" << label("total", lang) << "\n";
  line(
      out, label("changed_municipalities", lang),
      std::to_string(t.changed_municipalities) + " / " + std::to_string(cmp.municipalities.size()));
  figure_lines(out, rows.totals, false, lang);
  cost_lines(out, rows.total_common_costs, false, lang);
  line(out, label("handed_over", lang), std::to_string(t.handed_over));
  line(out, label("taken_back", lang), std::to_string(t.taken_back));
  line(out, label("tasks_changed", lang), std::to_string(t.task_changes));
  line(out, label("interfaces", lang), added_removed(t.interfaces_added, t.interfaces_removed));
  for (const Row& r : rows.counts) line(out, label(r.key, lang), values(r));
  if (cmp.organisation) {
    out << "\n" << label("organisation", lang) << "\n";
    row_lines(out, rows.organisation, false, lang);
  }
  if (!cmp.budget.empty()) {
    out << "\n"
        << label("budget", lang) << ", "
        << label(cmp.organisation ? "region_and_organisation" : "region", lang) << "\n";
    budget_lines(out, rows.budget, false, lang);
  }
  if (cmp.ownership_a || cmp.ownership_b) {
    out << "\n" << label("ownership", lang) << "\n";
    row_lines(out, rows.ownership, false, lang);
  }
}

}  // namespace opgavesnit
