#include <opgavesnit/core/text.h>
#include <opgavesnit/plan/task_matrix.h>
#include <opgavesnit/plan/transition.h>
#include <opgavesnit/report/plan_economy.h>
#include <opgavesnit/report/plan_text.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "names.h"
#include "text_table.h"

namespace opgavesnit {

namespace {

constexpr std::size_t kLabelWidth = 21;
/// A terminal summary lists the first few; every report format has them all.
constexpr std::size_t kListed = 10;

class Text {
 public:
  Text(std::ostream& out, const Model& model, const Plan& plan, Lang lang)
      : out_(out), model_(model), plan_(plan), lang_(lang) {}

  void header();
  void summary();
  void municipality(Id m);
  void schedule();
  void totals();

 private:
  std::string word(std::string_view key) const { return std::string(label(key, lang_)); }
  std::string money(const Int256& ten_thousandths) const {
    return format_money(ten_thousandths, 4, lang_);
  }
  std::string hours(const Int256& hundredths) const { return format_hours(hundredths, lang_); }
  std::string fte(const Int256& hundredths) const {
    return format_fte(hundredths, plan_.hours_per_fte, lang_) + " " + word("fte");
  }
  std::string count(std::size_t n) const { return format_fixed(Int256(n), 0, 0, lang_); }
  std::string plural(std::size_t n, std::string_view one, std::string_view many) const {
    return count(n) + " " + word(n == 1 ? one : many);
  }
  std::string more(std::size_t n) const {
    return "... " + word("and") + " " + count(n) + " " + word("more_in_json");
  }
  std::string component(Id c) const { return terminal_text(names::component(model_, c)); }
  /// "label              value", the label padded to kLabelWidth columns.
  void line(std::string_view key, const std::string& value);
  void cont(const std::string& value) { line("", value); }

  void interfaces(const MunicipalityPlan& mp);
  void split(const MunicipalityPlan& mp);
  void matrix(Id m);
  void problems(const MunicipalityPlan& mp);
  void transition(Id m);

  std::ostream& out_;
  const Model& model_;
  const Plan& plan_;
  Lang lang_;
};

void Text::line(std::string_view key, const std::string& value) {
  std::string padded = "  " + (key.empty() ? std::string() : word(key));
  const std::size_t width = display_width(padded);
  padded += width < kLabelWidth ? std::string(kLabelWidth - width, ' ') : std::string(" ");
  out_ << padded << value << '\n';
}

void Text::header() {
  std::size_t conflicts = 0, dropped = 0;
  for (const MunicipalityPlan& mp : plan_.municipalities) {
    conflicts += mp.conflicts.size();
    dropped += mp.dropped.size();
  }
  out_ << word("scenario") << " " << terminal_text(plan_.scenario_id);
  if (plan_.scenario != kNoId && !model_.scenarios[plan_.scenario].name.empty())
    out_ << " (" << terminal_text(model_.scenarios[plan_.scenario].name) << ")";
  out_ << ": ";
  if (plan_.consistent)
    out_ << word("consistent");
  else
    out_ << word("inconsistent") << ", " << plural(conflicts, "conflict", "conflicts");
  out_ << "\n" << word("conflict_policy") << ": " << to_string(plan_.policy);
  if (plan_.policy == ConflictPolicy::drop)
    out_ << ", " << plural(dropped, "dropped_seed", "dropped_seeds");
  out_ << "; " << plural(plan_.wave_count, "wave", "waves") << "\n";
}

void Text::summary() {
  out_ << "\n" << word("summary") << "\n";
  TextTable t;
  t.column(word("municipality"));
  t.column(word("level"));
  t.column(word("transferred"), TextTable::Align::right);
  t.column(word("split"), TextTable::Align::right);
  t.column(word("retained"), TextTable::Align::right);
  t.column(word("hours_transferred"), TextTable::Align::right);
  t.column(word("net_change"), TextTable::Align::right);
  for (Id m : plan_.municipality_order) {
    const MunicipalityPlan& mp = plan_.municipalities[m];
    t.row({terminal_text(model_.municipalities[m].id),
           terminal_text(names::level(model_, mp.level, lang_)), count(mp.transferred),
           count(mp.split), count(mp.retained), hours(mp.hours_transferred),
           format_signed_money(mp.net_change, 4, lang_)});
  }
  t.write(out_, "  ");
}

void Text::interfaces(const MunicipalityPlan& mp) {
  std::size_t upstream = 0;
  for (const Interface& i : mp.interfaces) upstream += i.direction == Direction::upstream;
  line("interfaces", count(mp.interfaces.size()) + " (" + count(upstream) + " " + word("upstream") +
                         ", " + count(mp.interfaces.size() - upstream) + " " + word("service") +
                         ")");
  for (std::size_t k = 0; k < mp.interfaces.size() && k < kListed; ++k) {
    const Interface& i = mp.interfaces[k];
    cont(component(i.from) + " -> " + component(i.to) + "  " + word(to_string(i.direction)) + ", " +
         word(to_string(i.kind)));
  }
  if (mp.interfaces.size() > kListed) cont(more(mp.interfaces.size() - kListed));
}

void Text::split(const MunicipalityPlan& mp) {
  if (mp.split == 0) return;
  line("split_components", count(mp.split));
  std::size_t listed = 0;
  for (Id c : mp.components) {
    if (plan_.components[c].status != Status::split) continue;
    if (++listed > kListed) {
      cont(more(mp.split - kListed));
      break;
    }
    std::string moved;
    for (std::uint32_t t : plan_.components[c].tasks)
      moved += (moved.empty() ? "" : ", ") + terminal_text(names::component_task(model_, c, t));
    cont(component(c) + ": " + moved + " " + word("handed_over"));
  }
}

/// The task-split matrix, one letter per cell, columns numbered:
///   task split         1 operation, 2 patching
///                      switch   S S
///                      (S shared, M municipality, B both, - not a task of the type)
void Text::matrix(Id m) {
  const TaskMatrix matrix = make_task_matrix(model_, plan_, m);
  if (matrix.types.empty()) return;
  std::string legend;
  for (std::size_t c = 0; c < matrix.tasks.size(); ++c)
    legend += (c ? ", " : "") + std::to_string(c + 1) + " " +
              terminal_text(names::task(model_, matrix.tasks[c]));
  line("task_split", legend);
  std::size_t type_width = 0;
  std::vector<std::string> types;
  for (Id t : matrix.types) {
    types.push_back(terminal_text(names::type(model_, t)));
    type_width = std::max(type_width, display_width(types.back()));
  }
  const std::size_t cell_width = std::to_string(matrix.tasks.size()).size();
  const std::string_view letters = label("matrix_letters", lang_);  // by Holder
  for (std::size_t r = 0; r < matrix.types.size(); ++r) {
    std::string row = types[r] + std::string(type_width - display_width(types[r]), ' ');
    for (std::size_t c = 0; c < matrix.tasks.size(); ++c) {
      std::string cell(1, letters[static_cast<std::size_t>(matrix.at(r, c).holder)]);
      cell.resize(cell_width, ' ');
      row += ' ' + cell;
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    cont(row);
  }
  cont(word("matrix_text_legend"));
}

void Text::problems(const MunicipalityPlan& mp) {
  if (!mp.conflicts.empty()) {
    line("conflicts", count(mp.conflicts.size()));
    for (const Conflict& cf : mp.conflicts)
      cont(component(cf.component) + ": " + terminal_text(path_text(model_, cf.path())));
  }
  if (!mp.dropped.empty()) {
    line("dropped_seeds", count(mp.dropped.size()));
    for (const DroppedSeed& ds : mp.dropped)
      cont(terminal_text(names::pair(model_, {ds.component, ds.task})) + " " +
           word("reaches_retained") + " " + component(ds.reaches));
  }
}

/// Per period (or wave), the components that move, with their hours:
///   handover plan      2027-Q1: 260.00 h, 3 components
///                        wave 1  100.00 h  Serverrum (skive/server-room)
void Text::transition(Id m) {
  const std::vector<TransitionStep> steps = transition_plan(model_, plan_, m);
  if (steps.empty()) return;
  std::map<std::uint32_t, std::size_t> waves;
  for (const TransitionStep& s : steps)
    for (const TransitionItem& item : s.items) ++waves[item.wave];
  std::string text = std::to_string(waves.rbegin()->first) + " (";
  bool first = true;
  for (const auto& [wave, n] : waves) {
    text += (first ? "" : ", ") + word("wave") + " " + std::to_string(wave) + ": " +
            plural(n, "component", "components");
    first = false;
  }
  line("waves", text + ")");
  std::string_view key = "handover_plan";
  for (const TransitionStep& s : steps) {
    std::string title = plan_.scheduled ? s.period == kNoId ? word("unscheduled")
                                                            : terminal_text(plan_.periods[s.period])
                                        : word("wave") + " " + std::to_string(s.wave);
    line(key,
         title + ": " + hours(s.hours) + ", " + plural(s.items.size(), "component", "components"));
    key = "";
    std::vector<std::string> figures;
    std::size_t width = 0;
    for (const TransitionItem& item : s.items) {
      figures.push_back(hours(item.hours));
      width = std::max(width, display_width(figures.back()));
    }
    for (std::size_t k = 0; k < s.items.size(); ++k) {
      const TransitionItem& item = s.items[k];
      std::string row = "  ";
      if (plan_.scheduled) row += word("wave") + " " + std::to_string(item.wave) + "  ";
      row += std::string(width - display_width(figures[k]), ' ') + figures[k] + "  " +
             component(item.component);
      cont(row);
    }
  }
}

void Text::municipality(Id m) {
  const Municipality& muni = model_.municipalities[m];
  const MunicipalityPlan& mp = plan_.municipalities[m];
  out_ << "\n" << terminal_text(muni.id);
  if (!muni.name.empty()) out_ << " (" << terminal_text(muni.name) << ")";
  out_ << "\n";
  if (mp.takes_part()) {
    const ServiceLevel& level = model_.levels[mp.level];
    line("level", level.name.empty()
                      ? terminal_text(level.id)
                      : terminal_text(level.name) + " (" + terminal_text(level.id) + ")");
  } else {
    line("level", word("none") + " (" + word("does_not_take_part") + ")");
  }
  line("components", count(mp.transferred) + " " + word("transferred") + ", " + count(mp.split) +
                         " " + word("split") + ", " + count(mp.retained) + " " + word("retained"));
  line("hours", hours(mp.hours_transferred) + " " + word("of") + " " + hours(mp.hours_total) + " " +
                    word("transferred") + " (" + fte(mp.hours_transferred) + ")");
  line("baseline_cost", money(mp.baseline_cost));
  line("transferred_cost", money(mp.transferred_cost));
  line("price", money(mp.price));
  line("net_change", format_signed_money(mp.net_change, 4, lang_));
  if (const std::string why = names::net_change_breakdown(model_, plan_, m, lang_); !why.empty())
    cont("= " + why);
  line("assets", money(mp.assets));
  interfaces(mp);
  split(mp);
  matrix(m);
  problems(mp);
  transition(m);
  for (std::size_t k = 0; k < plan_.common_cost_ids.size(); ++k)
    line(k == 0 ? "common_costs" : "",
         terminal_text(names::common_cost(model_, plan_, k)) + " " +
             format_money(Int256(k < mp.common_costs.size() ? mp.common_costs[k] : 0), 2, lang_));
}

void Text::schedule() {
  if (!plan_.scheduled) return;
  out_ << "\n"
       << word("schedule") << " (" << word("capacity") << " " << hours(plan_.capacity_hours) << " "
       << word("per_period") << ")\n";
  for (std::size_t p = 0; p < plan_.periods.size(); ++p) {
    const PeriodLoad load = p < plan_.period_loads.size() ? plan_.period_loads[p] : PeriodLoad{};
    std::string padded = "  " + terminal_text(plan_.periods[p]);
    const std::size_t width = display_width(padded);
    padded += width < kLabelWidth ? std::string(kLabelWidth - width, ' ') : std::string(" ");
    out_ << padded << hours(load.hours) << ", "
         << plural(load.components, "component", "components")
         << (load.hours > Int256(plan_.capacity_hours) ? " (" + word("over_capacity") + ")" : "")
         << "\n";
  }
  if (!plan_.unscheduled.empty()) {
    line("unscheduled", plural(plan_.unscheduled.size(), "component", "components"));
    for (Id c : plan_.unscheduled) cont(component(c));
  }
}

void Text::totals() {
  out_ << "\n" << word("totals") << "\n";
  line("hours_transferred",
       hours(plan_.totals.hours_transferred) + " (" + fte(plan_.totals.hours_transferred) + ")");
  line("price", money(plan_.totals.price));
  line("assets", money(plan_.totals.assets));
}

}  // namespace

void write_plan_text(std::ostream& out, const Model& model, const Plan& plan,
                     const PlanTextOptions& options) {
  Text text(out, model, plan, options.lang);
  text.header();
  if (options.municipality != kNoId) {
    text.municipality(options.municipality);
    text.schedule();
    return;
  }
  if (plan.municipality_order.size() > 1) text.summary();
  for (Id m : plan.municipality_order) text.municipality(m);
  text.schedule();
  text.totals();
  write_economy_text(out, model, plan, options.lang);
}

}  // namespace opgavesnit
