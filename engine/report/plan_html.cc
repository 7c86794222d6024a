#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/text.h>
#include <opgavesnit/plan/task_matrix.h>
#include <opgavesnit/plan/transition.h>
#include <opgavesnit/report/plan_html.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "names.h"
#include "plan_html_economy.h"

namespace opgavesnit {

// The style sheet (plan_html_style.cc).
extern const char* const kPlanHtmlStyle;

namespace {

std::string esc(std::string_view s) { return html_escape(s); }

class Html {
 public:
  Html(std::ostream& out, const Model& model, const Plan& plan, Lang lang)
      : out_(out), model_(model), plan_(plan), lang_(lang) {}

  void write(const HtmlGraph& graph);

 private:
  /// The report label `key`, capitalised (a heading or a table header).
  std::string heading(std::string_view key) const { return capitalized(label(key, lang_)); }
  /// The report label `key` as it is.
  std::string word(std::string_view key) const { return std::string(label(key, lang_)); }
  std::string money(const Int256& ten_thousandths) const;
  std::string signed_money(const Int256& ten_thousandths) const;
  std::string cents(Cents c) const { return format_money(Int256(c), 2, lang_); }
  std::string hours(const Int256& hundredths) const;
  std::string fte(const Int256& hundredths) const;
  std::string count(std::size_t n) const;
  std::string level_text(Id m) const;
  std::string muni_title(Id m) const;
  std::string anchor(Id m) const { return "m-" + esc(model_.municipalities[m].id); }
  std::string comp_ref(Id c) const;
  std::string pair_ref(PairRef p) const;
  std::string seed_ref(PairRef p) const;
  std::uint32_t waves_of(Id m) const;

  void head();
  void summary();
  void graph_section(const HtmlGraph& graph);
  void schedule();
  void municipality(Id m);
  void package(Id m);
  void matrix(Id m);
  void economy(Id m);
  void interfaces(Id m);
  void split_components(Id m);
  void conflicts(Id m);
  void waves(Id m);

  std::ostream& out_;
  const Model& model_;
  const Plan& plan_;
  Lang lang_;
};

std::string Html::money(const Int256& ten_thousandths) const {
  return format_money(ten_thousandths, 4, lang_);
}

std::string Html::signed_money(const Int256& v) const { return format_signed_money(v, 4, lang_); }

std::string Html::hours(const Int256& hundredths) const { return format_hours(hundredths, lang_); }

std::string Html::fte(const Int256& hundredths) const {
  return format_fte(hundredths, plan_.hours_per_fte, lang_);
}

std::string Html::count(std::size_t n) const { return format_fixed(Int256(n), 0, 0, lang_); }

std::string Html::level_text(Id m) const {
  const MunicipalityPlan& mp = plan_.municipalities[m];
  if (!mp.takes_part()) return word("none");
  const ServiceLevel& l = model_.levels[mp.level];
  return esc(l.name.empty() ? l.id : l.name);
}

std::string Html::muni_title(Id m) const {
  const Municipality& muni = model_.municipalities[m];
  return esc(muni.name.empty() ? muni.id : muni.name);
}

std::string Html::comp_ref(Id c) const {
  const Component& comp = model_.components[c];
  if (comp.name.empty()) return "<code>" + esc(comp.qualified) + "</code>";
  return esc(comp.name) + " <code>" + esc(comp.qualified) + "</code>";
}

std::string Html::pair_ref(PairRef p) const {
  return "<code>" + esc(pair_text(model_, p)) + "</code>";
}

std::string Html::seed_ref(PairRef p) const {
  return comp_ref(p.component) + ": " + esc(names::component_task(model_, p.component, p.task));
}

std::uint32_t Html::waves_of(Id m) const {
  std::uint32_t w = 0;
  for (Id c : plan_.municipalities[m].components) w = std::max(w, plan_.components[c].wave);
  return w;
}

void Html::head() {
  const Scenario* sc =
      plan_.scenario < model_.scenarios.size() ? &model_.scenarios[plan_.scenario] : nullptr;
  const std::string name = sc && !sc->name.empty() ? sc->name : plan_.scenario_id;
  out_ << "<!DOCTYPE html>\n<html lang=\"" << to_string(lang_) << "\">\n<head>\n"
       << "<meta charset=\"utf-8\">\n"
       << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<meta name=\"generator\" content=\"opgavesnit\">\n"
       << "<title>Opgavesnit: " << esc(name) << "</title>\n"
       << "<style>\n"
       << kPlanHtmlStyle << "</style>\n</head>\n<body>\n<header>\n"
       << "<h1>Opgavesnit: " << esc(name) << "</h1>\n<p class=\"meta\">" << heading("scenario")
       << " <code>" << esc(plan_.scenario_id) << "</code>";
  if (!model_.region.name.empty()) out_ << " · " << esc(model_.region.name);
  out_ << " · " << count(model_.municipalities.size()) << " "
       << word(model_.municipalities.size() == 1 ? "municipality" : "municipalities") << " · "
       << count(model_.components.size()) << " "
       << word(model_.components.size() == 1 ? "component" : "components") << " · "
       << word("conflict_policy") << ": " << to_string(plan_.policy) << "</p>\n";
  if (!plan_.consistent) out_ << "<p class=\"alert\">" << word("html_inconsistent") << "</p>\n";
  out_ << "</header>\n<main>\n";
}

void Html::summary() {
  out_ << "<section id=\"summary\">\n<h2>" << heading("summary") << "</h2>\n"
       << "<div class=\"wide\"><table class=\"summary\">\n<thead><tr><th>"
       << heading("municipality") << "</th><th>" << heading("level") << "</th><th class=\"num\">"
       << heading("transferred") << "</th><th class=\"num\">" << heading("split")
       << "</th><th class=\"num\">" << heading("retained") << "</th><th class=\"num\">"
       << heading("hours_transferred") << "</th><th class=\"num\">" << heading("fte")
       << "</th><th class=\"num\">" << heading("price") << "</th><th class=\"num\">"
       << heading("net_change") << "</th><th class=\"num\">" << heading("interfaces")
       << "</th><th class=\"num\">"
       << (plan_.policy == ConflictPolicy::drop ? heading("dropped_seeds") : heading("conflicts"))
       << "</th><th class=\"num\">" << heading("waves") << "</th></tr></thead>\n<tbody>\n";
  Int256 net;
  std::size_t transferred = 0, split = 0, retained = 0, ifaces = 0, problems = 0;
  std::uint32_t waves = 0;
  for (Id m : plan_.municipality_order) {
    const MunicipalityPlan& mp = plan_.municipalities[m];
    const std::size_t p =
        plan_.policy == ConflictPolicy::drop ? mp.dropped.size() : mp.conflicts.size();
    net += mp.net_change;
    transferred += mp.transferred;
    split += mp.split;
    retained += mp.retained;
    ifaces += mp.interfaces.size();
    problems += p;
    waves = std::max(waves, waves_of(m));
    out_ << "<tr" << (mp.takes_part() ? "" : " class=\"out\"") << "><td><a href=\"#" << anchor(m)
         << "\">" << muni_title(m) << "</a></td><td>" << level_text(m) << "</td><td class=\"num\">"
         << count(mp.transferred) << "</td><td class=\"num\">" << count(mp.split)
         << "</td><td class=\"num\">" << count(mp.retained) << "</td><td class=\"num\">"
         << hours(mp.hours_transferred) << "</td><td class=\"num\">" << fte(mp.hours_transferred)
         << "</td><td class=\"num\">" << money(mp.price) << "</td><td class=\"num\">"
         << signed_money(mp.net_change) << "</td><td class=\"num\">" << count(mp.interfaces.size())
         << "</td><td class=\"num" << (p > 0 ? " bad" : "") << "\">" << count(p)
         << "</td><td class=\"num\">" << count(waves_of(m)) << "</td></tr>\n";
  }
  out_ << "</tbody>\n<tfoot><tr><th>" << heading("total") << "</th><td></td><td class=\"num\">"
       << count(transferred) << "</td><td class=\"num\">" << count(split)
       << "</td><td class=\"num\">" << count(retained) << "</td><td class=\"num\">"
       << hours(plan_.totals.hours_transferred) << "</td><td class=\"num\">"
       << fte(plan_.totals.hours_transferred) << "</td><td class=\"num\">"
       << money(plan_.totals.price) << "</td><td class=\"num\">" << signed_money(net)
       << "</td><td class=\"num\">" << count(ifaces) << "</td><td class=\"num\">" << count(problems)
       << "</td><td class=\"num\">" << count(waves) << "</td></tr></tfoot>\n</table></div>\n";
  out_ << "<p class=\"note\">" << word("html_summary_note") << "</p>\n</section>\n";
}

void Html::graph_section(const HtmlGraph& graph) {
  if (graph.municipality == kNoId || graph.municipality >= model_.municipalities.size()) return;
  const Id m = graph.municipality;
  out_ << "<section id=\"graph\">\n<h2>" << word("html_dependency_graph") << ": " << muni_title(m)
       << "</h2>\n";
  out_ << "<p class=\"legend\"><span class=\"key transferred\"></span>" << word("transferred")
       << " <span class=\"key split\"></span>" << word("split")
       << " <span class=\"key retained\"></span>" << word("retained")
       << " <span class=\"key foreign\"></span>" << word("html_other_municipality")
       << " <span class=\"line cut\"></span>" << word("html_interface_cut")
       << " <span class=\"line soft\"></span>" << word("html_soft_dependency") << "<br>"
       << word("html_graph_legend") << "</p>\n";
  const std::string svg = graph.svg.empty() ? std::string() : embeddable_svg(graph.svg);
  if (!svg.empty())
    out_ << "<div class=\"graph\">\n" << svg << "\n</div>\n";
  else
    out_ << "<p class=\"alert\">" << word("html_graph_not_drawn") << ": "
         << esc(graph.svg.empty() ? graph.note
                                  : std::string("the picture holds something a dependency graph "
                                                "never does"))
         << "</p>\n";
  out_ << "</section>\n";
}

void Html::schedule() {
  if (!plan_.scheduled) return;
  out_ << "<section id=\"schedule\">\n<h2>" << heading("schedule") << "</h2>\n<p>"
       << heading("capacity") << ": " << hours(plan_.capacity_hours) << " " << word("per_period")
       << "</p>\n<table>\n<thead><tr><th>" << heading("period") << "</th><th class=\"num\">"
       << heading("hours") << "</th><th class=\"num\">" << heading("components")
       << "</th></tr></thead>\n<tbody>\n";
  for (std::size_t p = 0; p < plan_.periods.size(); ++p) {
    const PeriodLoad load = p < plan_.period_loads.size() ? plan_.period_loads[p] : PeriodLoad{};
    out_ << "<tr><td>" << esc(plan_.periods[p]) << "</td><td class=\"num\">" << hours(load.hours)
         << "</td><td class=\"num\">" << count(load.components) << "</td></tr>\n";
  }
  out_ << "</tbody>\n</table>\n";
  if (!plan_.unscheduled.empty()) {
    out_ << "<p class=\"alert\">" << word("html_unscheduled") << ": ";
    for (std::size_t k = 0; k < plan_.unscheduled.size(); ++k)
      out_ << (k ? ", " : "") << comp_ref(plan_.unscheduled[k]);
    out_ << "</p>\n";
  }
  out_ << "</section>\n";
}

void Html::package(Id m) {
  const MunicipalityPlan& mp = plan_.municipalities[m];
  out_ << "<h3>" << heading("package") << "</h3>\n";
  if (!mp.takes_part()) {
    out_ << "<p>" << word("html_not_taking_part") << "</p>\n";
    return;
  }
  const ServiceLevel& level = model_.levels[mp.level];
  out_ << "<table class=\"kv\">\n<tr><th>" << heading("level") << "</th><td>" << level_text(m)
       << " <code>" << esc(level.id) << "</code></td></tr>\n";
  for (const SlaEntry& e : level.sla)
    out_ << "<tr><th>" << word("sla") << ": " << esc(label(e.key, lang_)) << "</th><td>"
         << esc(names::sla_value(e.key, e.value, lang_)) << "</td></tr>\n";
  out_ << "<tr><th>" << heading("hourly_rate") << "</th><td>" << cents(level.hourly_rate)
       << "</td></tr>\n<tr><th>" << heading("base_fee") << "</th><td>" << cents(level.base_fee)
       << "</td></tr>\n</table>\n";
}

void Html::economy(Id m) {
  const MunicipalityPlan& mp = plan_.municipalities[m];
  out_ << "<h3>" << heading("economy") << "</h3>\n<table class=\"kv\">\n";
  auto row = [&](std::string_view key, const std::string& v) {
    out_ << "<tr><th>" << heading(key) << "</th><td class=\"num\">" << v << "</td></tr>\n";
  };
  row("hours_total", hours(mp.hours_total));
  row("hours_transferred", hours(mp.hours_transferred));
  row("fte_transferred", fte(mp.hours_transferred));
  row("baseline_cost", money(mp.baseline_cost));
  row("transferred_cost", money(mp.transferred_cost));
  row("price", money(mp.price));
  row("net_change", signed_money(mp.net_change));
  row("assets", money(mp.assets));
  const std::string why = names::net_change_breakdown(model_, plan_, m, lang_);
  for (std::size_t k = 0; k < plan_.common_cost_ids.size(); ++k) {
    const Scenario* sc =
        plan_.scenario < model_.scenarios.size() ? &model_.scenarios[plan_.scenario] : nullptr;
    out_ << "<tr><th>" << heading("common_cost") << ": ";
    if (sc && k < sc->common_costs.size() && !sc->common_costs[k].name.empty())
      out_ << esc(sc->common_costs[k].name) << " ";
    out_ << "<code>" << esc(plan_.common_cost_ids[k]) << "</code></th><td class=\"num\">"
         << cents(k < mp.common_costs.size() ? mp.common_costs[k] : 0) << "</td></tr>\n";
  }
  out_ << "</table>\n";
  if (!why.empty())
    out_ << "<p class=\"note\">" << heading("net_change_is") << " " << esc(why) << "</p>\n";
}

void Html::interfaces(Id m) {
  const MunicipalityPlan& mp = plan_.municipalities[m];
  std::size_t upstream = 0;
  for (const Interface& i : mp.interfaces) upstream += i.direction == Direction::upstream;
  out_ << "<h3>" << heading("interfaces") << "</h3>\n<p>" << count(mp.interfaces.size()) << " ("
       << count(upstream) << " " << word("upstream") << ", "
       << count(mp.interfaces.size() - upstream) << " " << word("service") << ")</p>\n";
  if (mp.interfaces.empty()) return;
  out_ << "<details><summary>" << word("html_list") << "</summary>\n<table>\n<thead><tr><th>"
       << word("html_from_depends") << "</th><th>" << word("html_to_depended_on") << "</th><th>"
       << word("html_kind") << "</th><th>" << heading("direction")
       << "</th></tr></thead>\n<tbody>\n";
  for (const Interface& i : mp.interfaces)
    out_ << "<tr><td>" << comp_ref(i.from) << "</td><td>" << comp_ref(i.to) << "</td><td>"
         << word(to_string(i.kind)) << "</td><td>"
         << (i.direction == Direction::upstream ? word("upstream") : word("service"))
         << "</td></tr>\n";
  out_ << "</tbody>\n</table>\n</details>\n";
}

void Html::split_components(Id m) {
  const MunicipalityPlan& mp = plan_.municipalities[m];
  if (mp.split == 0) return;
  out_ << "<h3>" << heading("split_components") << "</h3>\n<details><summary>" << count(mp.split)
       << " " << word(mp.split == 1 ? "component" : "components")
       << "</summary>\n<table>\n<thead><tr><th>" << heading("component") << "</th><th>"
       << word("html_tasks_handed_over") << "</th></tr></thead>\n<tbody>\n";
  for (Id c : mp.components) {
    const ComponentPlan& cp = plan_.components[c];
    if (cp.status != Status::split) continue;
    out_ << "<tr><td>" << comp_ref(c) << "</td><td>";
    for (std::size_t k = 0; k < cp.tasks.size(); ++k)
      out_ << (k ? ", " : "") << esc(names::component_task(model_, c, cp.tasks[k]));
    out_ << "</td></tr>\n";
  }
  out_ << "</tbody>\n</table>\n</details>\n";
}

void Html::conflicts(Id m) {
  const MunicipalityPlan& mp = plan_.municipalities[m];
  if (!mp.conflicts.empty()) {
    out_ << "<h3 class=\"bad\">" << heading("conflicts") << "</h3>\n<ul>\n";
    for (const Conflict& cf : mp.conflicts) {
      out_ << "<li>" << comp_ref(cf.component) << ": ";
      const std::vector<PairRef> path = cf.path();
      for (std::size_t k = 0; k < path.size(); ++k) out_ << (k ? " → " : "") << pair_ref(path[k]);
      out_ << "</li>\n";
    }
    out_ << "</ul>\n";
  }
  if (!mp.dropped.empty()) {
    out_ << "<h3>" << heading("dropped_seeds") << "</h3>\n<ul>\n";
    for (const DroppedSeed& ds : mp.dropped)
      out_ << "<li>" << seed_ref({ds.component, ds.task}) << " " << word("reaches_retained") << " "
           << comp_ref(ds.reaches) << "</li>\n";
    out_ << "</ul>\n";
  }
}

/// The waves in one line, then the handover plan: one collapsible list per
/// period (or wave) of the components that move, with their hours.
void Html::waves(Id m) {
  const std::vector<TransitionStep> steps = transition_plan(model_, plan_, m);
  if (steps.empty()) return;
  std::map<std::uint32_t, std::size_t> per_wave;
  for (const TransitionStep& s : steps)
    for (const TransitionItem& item : s.items) ++per_wave[item.wave];
  out_ << "<h3>" << heading("waves") << "</h3>\n<p>";
  bool first = true;
  for (const auto& [w, n] : per_wave) {
    out_ << (first ? "" : " · ") << word("wave") << " " << w << ": " << count(n) << " "
         << word(n == 1 ? "component" : "components");
    first = false;
  }
  out_ << "</p>\n<h4>" << heading("handover_plan") << "</h4>\n";
  for (const TransitionStep& s : steps) {
    const std::string title = !plan_.scheduled    ? word("wave") + " " + std::to_string(s.wave)
                              : s.period == kNoId ? word("unscheduled")
                                                  : esc(plan_.periods[s.period]);
    out_ << "<details class=\"step\"><summary>" << title << ": " << hours(s.hours) << ", "
         << count(s.items.size()) << " " << word(s.items.size() == 1 ? "component" : "components")
         << "</summary>\n<table>\n<thead><tr>";
    if (plan_.scheduled) out_ << "<th class=\"num\">" << heading("wave") << "</th>";
    out_ << "<th>" << heading("component") << "</th><th class=\"num\">" << heading("hours")
         << "</th></tr></thead>\n<tbody>\n";
    for (const TransitionItem& item : s.items) {
      out_ << "<tr>";
      if (plan_.scheduled) out_ << "<td class=\"num\">" << item.wave << "</td>";
      out_ << "<td>" << comp_ref(item.component) << "</td><td class=\"num\">" << hours(item.hours)
           << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</details>\n";
  }
}

void Html::matrix(Id m) {
  const TaskMatrix tm = make_task_matrix(model_, plan_, m);
  if (tm.types.empty() || tm.tasks.empty()) return;
  // The legend marks the holders *like this*; emphasis here.
  std::string legend = esc(label("matrix_legend", lang_));
  for (bool open = true;;) {
    const std::size_t star = legend.find('*');
    if (star == std::string::npos) break;
    legend.replace(star, 1, open ? "<em>" : "</em>");
    open = !open;
  }
  out_ << "<h3>" << heading("task_split_matrix") << "</h3>\n<p class=\"note\">" << legend
       << "</p>\n<div class=\"wide\"><table class=\"matrix\">\n<thead><tr><th>" << heading("type")
       << "</th>";
  for (Id task : tm.tasks) {
    const Task& tk = model_.tasks[task];
    out_ << "<th>" << esc(tk.name.empty() ? tk.id : tk.name) << "<br><code>" << esc(tk.id)
         << "</code></th>";
  }
  out_ << "</tr></thead>\n<tbody>\n";
  for (std::size_t row = 0; row < tm.types.size(); ++row) {
    const ComponentType& type = model_.types[tm.types[row]];
    out_ << "<tr><th>" << esc(type.name.empty() ? type.id : type.name) << "<br><code>"
         << esc(type.id) << "</code></th>";
    for (std::size_t col = 0; col < tm.tasks.size(); ++col) {
      const MatrixCell& cell = tm.at(row, col);
      switch (cell.holder) {
        case Holder::not_applicable:
          out_ << "<td class=\"na\">" << word("n/a") << "</td>";
          break;
        case Holder::shared:
          out_ << "<td class=\"shared\">" << word("shared") << "<br><small>"
               << format_hours(cell.hours_shared, lang_) << "</small></td>";
          break;
        case Holder::municipality:
          out_ << "<td class=\"municipality\">" << word("municipality") << "<br><small>"
               << format_hours(cell.hours_municipality, lang_) << "</small></td>";
          break;
        case Holder::both:
          out_ << "<td class=\"both\">" << word("both") << "<br><small>"
               << format_hours(cell.hours_shared, lang_) << " / "
               << format_hours(cell.hours_municipality, lang_) << "</small></td>";
          break;
      }
    }
    out_ << "</tr>\n";
  }
  out_ << "</tbody>\n</table></div>\n";
}

void Html::municipality(Id m) {
  const Municipality& muni = model_.municipalities[m];
  out_ << "<section class=\"municipality\" id=\"" << anchor(m) << "\">\n<h2>" << muni_title(m)
       << " <code>" << esc(muni.id) << "</code></h2>\n<div class=\"cols\">\n<div>\n";
  package(m);
  economy(m);
  out_ << "</div>\n<div>\n";
  interfaces(m);
  split_components(m);
  conflicts(m);
  waves(m);
  out_ << "</div>\n</div>\n";
  matrix(m);
  out_ << "</section>\n";
}

void Html::write(const HtmlGraph& graph) {
  head();
  summary();
  graph_section(graph);
  schedule();
  write_economy_html(out_, model_, plan_, lang_);
  for (Id m : plan_.municipality_order) municipality(m);
  out_ << "</main>\n<footer>" << word("html_made_by") << "</footer>\n"
       << "</body>\n</html>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  // Control characters and bytes that are not UTF-8 first become visible
  // escapes ("<U+001B>"), as in every other output, then markup is escaped.
  std::string shown;
  append_terminal_text(shown, text, /*keep_line_breaks=*/true);
  std::string out;
  out.reserve(shown.size());
  for (char ch : shown) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

void write_plan_html(std::ostream& out, const Model& model, const Plan& plan, Lang lang,
                     const HtmlGraph& graph) {
  Html(out, model, plan, lang).write(graph);
}

}  // namespace opgavesnit
