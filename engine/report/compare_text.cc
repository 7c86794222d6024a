#include <opgavesnit/core/text.h>
#include <opgavesnit/report/compare_text.h>

#include <string>
#include <string_view>

#include "names.h"

namespace opgavesnit {

namespace {

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

std::string kr(const Int256& ten_thousandths, Lang lang) {
  return format_money(ten_thousandths, 4, lang);
}

std::string signed_kr(const Int256& ten_thousandths, Lang lang) {
  return format_signed_money(ten_thousandths, 4, lang);
}

std::string level_text(const Model& model, Id level, Lang lang) {
  return terminal_text(names::level(model, level, lang));
}

/// "A -> B (B − A)" of a figure scaled by 10^scale (money with its unit).
std::string from_to_figure(const FigurePair& f, int scale, Lang lang) {
  const auto s = static_cast<unsigned>(scale);
  return format_money(f.a, s, lang) + " -> " + format_money(f.b, s, lang) + " (" +
         format_signed_money(f.difference(), s, lang) + ")";
}

/// A budget figure (twelfths of a krone) a plan may lack: "n/a" for it.
std::string budget_side(bool has, const Int256& v, Lang lang) {
  return has ? format_money_ratio(v, kBudgetDenominator, lang) : str(label("n/a", lang));
}

std::string budget_pair(const OptionalPair& p, Lang lang) {
  std::string out = budget_side(p.has_a, p.a, lang) + " -> " + budget_side(p.has_b, p.b, lang);
  if (p.has_a && p.has_b)
    out += " (" +
           with_money_unit(format_signed_ratio(p.difference(), kBudgetDenominator, 2, lang), lang) +
           ")";
  return out;
}

/// The budget years, one line per figure; all of them, or only those that
/// differ.
void budget_lines(std::ostream& out, const std::vector<BudgetYearDiff>& years, bool organisation,
                  bool only_changed, Lang lang) {
  for (const BudgetYearDiff& y : years) {
    bool first = true;
    const auto figure_line = [&](std::string_view key, const OptionalPair& p) {
      if (only_changed && !p.changed()) return;
      line(out, first ? str(label("budget", lang)) + " " + std::to_string(y.year) : "",
           str(label(key, lang)) + " " + budget_pair(p, lang));
      first = false;
    };
    figure_line("price", y.price);
    figure_line("released", y.released);
    figure_line("common_costs", y.common_costs);
    figure_line("net_change", y.net_change);
    if (organisation) {
      figure_line("org_revenue", y.revenue);
      figure_line("org_cost", y.cost);
      figure_line("org_result", y.result);
    }
  }
}

std::string share_side(bool has, const Int256& v, Lang lang) {
  return has ? format_fixed(v, 2, 2, lang) + " %" : str(label("n/a", lang));
}

void ownership_lines(std::ostream& out, const OwnershipDiff& o, Lang lang) {
  const auto money_side = [&](bool has, const Int256& v) {
    return has ? format_money(v, 4, lang) : str(label("n/a", lang));
  };
  const auto money_line = [&](std::string_view key, const OptionalPair& p) {
    if (!p.changed()) return;
    std::string text = money_side(p.has_a, p.a) + " -> " + money_side(p.has_b, p.b);
    if (p.has_a && p.has_b) text += " (" + format_signed_money(p.difference(), 4, lang) + ")";
    line(out, label(key, lang), text);
  };
  money_line("cash", o.cash);
  money_line("in_kind", o.in_kind);
  money_line("contribution", o.contribution);
  if (o.share.changed()) {
    std::string text = share_side(o.share.has_a, o.share.a, lang) + " -> " +
                       share_side(o.share.has_b, o.share.b, lang);
    if (o.share.has_a && o.share.has_b)
      text += " (" + format_signed(o.share.difference(), 2, 2, lang) + " " +
              str(label("percentage_points", lang)) + ")";
    line(out, label("ownership_share", lang), text);
  }
}

std::string task_list(const Model& model, Id c, const std::vector<std::uint32_t>& tasks,
                      char sign) {
  const ComponentType& type = model.types[model.components[c].type];
  std::string out;
  for (std::uint32_t t : tasks)
    out +=
        (out.empty() ? "" : ", ") + (sign + terminal_text(names::task(model, type.tasks[t].task)));
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

void figure(std::ostream& out, std::string_view key, const FigurePair& f, Lang lang, bool money) {
  const auto fmt = [&](const Int256& v) { return money ? kr(v, lang) : format_hours(v, lang); };
  const std::string diff =
      money ? signed_kr(f.difference(), lang)
            : format_signed(f.difference(), 2, 2, lang) + (lang == Lang::da ? " t" : " h");
  line(out, label(key, lang), fmt(f.a) + " -> " + fmt(f.b) + " (" + diff + ")");
}

std::string wave_text(std::uint32_t wave, Id period, bool unscheduled,
                      const std::vector<std::string>& periods, bool scheduled, Lang lang) {
  std::string out = str(label("wave", lang)) + " " + std::to_string(wave);
  if (scheduled)
    out += " (" +
           (unscheduled || period == kNoId ? str(label("unscheduled", lang))
                                           : terminal_text(periods[period])) +
           ")";
  return out;
}

std::string cost_text(const std::optional<Cents>& v, Lang lang) {
  return v ? format_money(Int256(*v), 2, lang) : str(label("n/a", lang));
}

std::string cell_text(const MatrixCell& c, Lang lang) {
  std::string out = str(label(to_string(c.holder), lang));
  if (c.holder == Holder::shared || c.holder == Holder::both)
    out += " " + format_hours(c.hours_shared, lang);
  if (c.holder == Holder::both) out += " /";
  if (c.holder == Holder::municipality || c.holder == Holder::both)
    out += " " + format_hours(c.hours_municipality, lang);
  return out;
}

void write_municipality(std::ostream& out, const Model& model, const Comparison& cmp,
                        const MunicipalityDiff& d, Lang lang) {
  out << terminal_text(names::municipality(model, d.municipality));
  if (!d.changed) {
    out << ": " << label("unchanged", lang) << " (" << level_text(model, d.level_a, lang) << ")\n";
    return;
  }
  out << "\n";
  line(out, label("level", lang),
       d.level_a == d.level_b
           ? level_text(model, d.level_a, lang)
           : level_text(model, d.level_a, lang) + " -> " + level_text(model, d.level_b, lang));
  const auto qualified = [&](Id c) { return terminal_text(names::component(model, c)); };
  if (!d.handed_over.empty()) {
    line(out, label("handed_over", lang), std::to_string(d.handed_over.size()));
    listed(out, d.handed_over, qualified, lang);
  }
  if (!d.taken_back.empty()) {
    line(out, label("taken_back", lang), std::to_string(d.taken_back.size()));
    listed(out, d.taken_back, qualified, lang);
  }
  if (!d.task_changes.empty()) {
    line(out, label("tasks_changed", lang), std::to_string(d.task_changes.size()));
    listed(
        out, d.task_changes,
        [&](const TaskChange& tc) {
          std::string text = qualified(tc.component) + ": ";
          std::string gained = task_list(model, tc.component, tc.gained, '+');
          std::string lost = task_list(model, tc.component, tc.lost, '-');
          text += gained + (gained.empty() || lost.empty() ? "" : " ") + lost;
          return text + " (" + str(label(to_string(tc.status_a), lang)) + " -> " +
                 str(label(to_string(tc.status_b), lang)) + ")";
        },
        lang);
  }
  if (!d.matrix_changes.empty()) {
    line(out, label("task_split_matrix", lang), std::to_string(d.matrix_changes.size()));
    listed(
        out, d.matrix_changes,
        [&](const MatrixChange& mc) {
          return terminal_text(names::type(model, mc.type)) + " / " +
                 terminal_text(names::task(model, mc.task)) + ": " + cell_text(mc.a, lang) +
                 " -> " + cell_text(mc.b, lang);
        },
        lang);
  }
  if (d.hours_transferred.changed()) {
    figure(out, "hours_transferred", d.hours_transferred, lang, false);
    line(out, label("fte_transferred", lang),
         format_fte(d.hours_transferred.a, cmp.hours_per_fte, lang) + " -> " +
             format_fte(d.hours_transferred.b, cmp.hours_per_fte, lang));
  }
  if (d.transferred_cost.changed()) figure(out, "transferred_cost", d.transferred_cost, lang, true);
  if (d.price.changed()) figure(out, "price", d.price, lang, true);
  if (d.net_change.changed()) figure(out, "net_change", d.net_change, lang, true);
  if (d.assets.changed()) figure(out, "assets", d.assets, lang, true);
  bool first = true;
  for (std::size_t k = 0; k < d.common_costs.size(); ++k) {
    const CostShare& s = d.common_costs[k];
    if (!s.changed()) continue;
    line(out, first ? label("common_costs", lang) : "",
         terminal_text(cmp.common_cost_names[k]) + " " + cost_text(s.a, lang) + " -> " +
             cost_text(s.b, lang));
    first = false;
  }
  budget_lines(out, d.budget, false, true, lang);
  if (d.ownership) ownership_lines(out, *d.ownership, lang);
  if (!d.interfaces.empty()) {
    line(out, label("interfaces", lang),
         "+" + std::to_string(d.interfaces.added.size()) + " -" +
             std::to_string(d.interfaces.removed.size()));
    const auto text = [&](char sign) {
      return [&, sign](const Interface& i) {
        return std::string(1, sign) + " " + qualified(i.from) + " -> " + qualified(i.to) + "  " +
               str(label(to_string(i.direction), lang)) + ", " +
               str(label(to_string(i.kind), lang));
      };
    };
    listed(out, d.interfaces.added, text('+'), lang);
    listed(out, d.interfaces.removed, text('-'), lang);
  }
  if (!d.conflicts.empty()) {
    line(out, label("conflicts", lang),
         "+" + std::to_string(d.conflicts.added.size()) + " -" +
             std::to_string(d.conflicts.removed.size()));
    listed(
        out, d.conflicts.added,
        [&](const Conflict& cf) {
          std::string path;
          for (const PairRef& p : cf.path())
            path += (path.empty() ? "" : " -> ") + terminal_text(names::pair(model, p));
          return "+ " + qualified(cf.component) + ": " + path;
        },
        lang);
    listed(
        out, d.conflicts.removed,
        [&](const Conflict& cf) { return "- " + qualified(cf.component); }, lang);
  }
  if (!d.dropped.empty()) {
    line(out, label("dropped_seeds", lang),
         "+" + std::to_string(d.dropped.added.size()) + " -" +
             std::to_string(d.dropped.removed.size()));
    const auto text = [&](char sign) {
      return [&, sign](const DroppedSeed& ds) {
        return std::string(1, sign) + " " +
               terminal_text(names::pair(model, {ds.component, ds.task})) + " -> " +
               qualified(ds.reaches);
      };
    };
    listed(out, d.dropped.added, text('+'), lang);
    listed(out, d.dropped.removed, text('-'), lang);
  }
  if (d.waves_a != d.waves_b || !d.wave_changes.empty()) {
    line(out, label("waves", lang), std::to_string(d.waves_a) + " -> " + std::to_string(d.waves_b));
    listed(
        out, d.wave_changes,
        [&](const WaveChange& w) {
          return qualified(w.component) + ": " +
                 wave_text(w.wave_a, w.period_a, w.unscheduled_a, cmp.periods_a, cmp.scheduled_a,
                           lang) +
                 " -> " +
                 wave_text(w.wave_b, w.period_b, w.unscheduled_b, cmp.periods_b, cmp.scheduled_b,
                           lang);
        },
        lang);
  }
}

std::string state(bool consistent, Lang lang) {
  return str(label(consistent ? "consistent" : "inconsistent", lang));
}

std::string from_to(std::size_t a, std::size_t b) {
  return std::to_string(a) + " -> " + std::to_string(b);
}

}  // namespace

void write_compare_text(std::ostream& out, const Model& model, const Comparison& cmp, Lang lang) {
  out << label("compare", lang) << " " << terminal_text(cmp.scenario_a) << " -> "
      << terminal_text(cmp.scenario_b) << "\n";
  line(out, "A", terminal_text(cmp.scenario_a) + ": " + state(cmp.consistent_a, lang));
  line(out, "B", terminal_text(cmp.scenario_b) + ": " + state(cmp.consistent_b, lang));
  line(out, label("differences", lang), str(label("b_minus_a", lang)));
  // Unchanged municipalities are one line each, run together.
  bool previous_unchanged = false;
  for (const MunicipalityDiff& d : cmp.municipalities) {
    if (!(previous_unchanged && !d.changed)) out << "\n";
    write_municipality(out, model, cmp, d, lang);
    previous_unchanged = !d.changed;
  }
  const ComparisonTotals& t = cmp.totals;
  out << "\n" << label("total", lang) << "\n";
  line(
      out, label("changed_municipalities", lang),
      std::to_string(t.changed_municipalities) + " / " + std::to_string(cmp.municipalities.size()));
  figure(out, "hours_transferred", t.hours_transferred, lang, false);
  line(out, label("fte_transferred", lang),
       format_fte(t.hours_transferred.a, cmp.hours_per_fte, lang) + " -> " +
           format_fte(t.hours_transferred.b, cmp.hours_per_fte, lang));
  figure(out, "transferred_cost", t.transferred_cost, lang, true);
  figure(out, "price", t.price, lang, true);
  figure(out, "net_change", t.net_change, lang, true);
  figure(out, "assets", t.assets, lang, true);
  for (std::size_t k = 0; k < t.common_costs.size(); ++k)
    line(out, k == 0 ? label("common_costs", lang) : "",
         terminal_text(cmp.common_cost_names[k]) + " " + cost_text(t.common_costs[k].a, lang) +
             " -> " + cost_text(t.common_costs[k].b, lang));
  line(out, label("handed_over", lang), std::to_string(t.handed_over));
  line(out, label("taken_back", lang), std::to_string(t.taken_back));
  line(out, label("tasks_changed", lang), std::to_string(t.task_changes));
  line(out, label("interfaces", lang),
       "+" + std::to_string(t.interfaces_added) + " -" + std::to_string(t.interfaces_removed));
  line(out, label("conflicts", lang), from_to(t.conflicts_a, t.conflicts_b));
  line(out, label("dropped_seeds", lang), from_to(t.dropped_a, t.dropped_b));
  line(out, label("waves", lang), from_to(t.waves_a, t.waves_b));
  if (cmp.scheduled_a || cmp.scheduled_b) {
    line(out, label("periods", lang), from_to(cmp.periods_a.size(), cmp.periods_b.size()));
    line(out, label("unscheduled", lang), from_to(t.unscheduled_a, t.unscheduled_b));
  }
  if (cmp.organisation) {
    const OrganisationDiff& o = *cmp.organisation;
    out << "\n" << label("organisation", lang) << "\n";
    const std::uint64_t per_fte =
        o.hours_per_fte > 0 ? static_cast<std::uint64_t>(o.hours_per_fte) * 10000 : 0;
    const auto hours = [&](const Int256& v) {
      return format_ratio(v, 1000000, 2, lang) + " " + str(label("h", lang));
    };
    line(out, label("hours_needed", lang),
         hours(o.hours_needed.a) + " -> " + hours(o.hours_needed.b) + " (" +
             format_signed_ratio(o.hours_needed.difference(), 1000000, 2, lang) + " " +
             str(label("h", lang)) + ")");
    line(out, label("fte_needed", lang),
         format_ratio(o.hours_needed.a, per_fte, 3, lang) + " -> " +
             format_ratio(o.hours_needed.b, per_fte, 3, lang) + " (" +
             format_signed_ratio(o.hours_needed.difference(), per_fte, 3, lang) + ")");
    line(out, label("staff_cost", lang),
         from_to_figure(o.staff_cost, kOrganisationMoneyScale, lang));
    line(out, label("fixed_cost", lang),
         from_to_figure(o.fixed_cost, kOrganisationMoneyScale, lang));
    line(out, label("annual_costs", lang),
         from_to_figure(o.annual_costs, kOrganisationMoneyScale, lang));
    line(out, label("cost", lang), from_to_figure(o.cost, kOrganisationMoneyScale, lang));
    line(out, label("revenue", lang), from_to_figure(o.revenue, kOrganisationMoneyScale, lang));
    line(out, label("result", lang), from_to_figure(o.result, kOrganisationMoneyScale, lang));
    line(out, label("savings", lang), from_to_figure(o.savings, kOrganisationMoneyScale, lang));
  }
  if (!cmp.budget.empty()) {
    out << "\n"
        << label("budget", lang) << ", "
        << label(cmp.organisation ? "region_and_organisation" : "region", lang) << "\n";
    budget_lines(out, cmp.budget, cmp.organisation.has_value(), false, lang);
  }
  if (cmp.ownership_a || cmp.ownership_b) {
    out << "\n" << label("ownership", lang) << "\n";
    for (const MunicipalityDiff& d : cmp.municipalities) {
      const OptionalPair& p = d.ownership->share;
      std::string text = share_side(p.has_a, p.a, lang) + " -> " + share_side(p.has_b, p.b, lang);
      if (p.has_a && p.has_b)
        text += " (" + format_signed(p.difference(), 2, 2, lang) + " " +
                str(label("percentage_points", lang)) + ")";
      line(out, terminal_text(names::municipality(model, d.municipality)), text);
    }
  }
}

}  // namespace opgavesnit
