#include <opgavesnit/plan/transition.h>
#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/plan_economy.h>
#include <opgavesnit/report/plan_markdown.h>

#include <map>
#include <string_view>
#include <tuple>

#include "names.h"

namespace opgavesnit {

namespace {

using Align = MdTable::Align;

std::string cap(std::string_view key, Lang lang) { return capitalized(label(key, lang)); }

std::string money(const Int256& ten_thousandths, Lang lang) {
  return format_money(ten_thousandths, 4, lang);
}

std::string signed_money(const Int256& ten_thousandths, Lang lang) {
  return format_signed_money(ten_thousandths, 4, lang);
}

std::string fte(const Int256& hundredths, Cents per_fte, Lang lang) {
  return format_fte(hundredths, per_fte, lang);
}

/// A count, thousands grouped for `lang` ("1,203", "1.203").
std::string count(std::size_t n, Lang lang) {
  return format_fixed(Int256(static_cast<std::uint64_t>(n)), 0, 0, lang);
}

std::string name_or_id(const std::string& name, const std::string& id) {
  return md_escape(name.empty() ? id : name);
}

std::string task_name(const Model& model, Id task) {
  return name_or_id(model.tasks[task].name, model.tasks[task].id);
}

std::string pair_md(const Model& model, PairRef p) { return md_code(pair_text(model, p)); }

/// "SBSYS (`skanderborg/app-sbsys`)", or the id alone when it has no name.
std::string component_md(const Model& model, Id c) {
  const Component& comp = model.components[c];
  if (comp.name.empty()) return md_code(comp.qualified);
  return md_escape(comp.name) + " (" + md_code(comp.qualified) + ")";
}

/// A seed as a person reads it: "SBSYS (`skanderborg/app-sbsys`): Drift".
std::string seed_md(const Model& model, PairRef p) {
  return component_md(model, p.component) + ": " +
         md_escape(names::component_task(model, p.component, p.task));
}

std::string path_md(const Model& model, const std::vector<PairRef>& path) {
  std::string out;
  for (const PairRef& p : path) out += (out.empty() ? "" : " → ") + pair_md(model, p);
  return out;
}

void bullet(std::ostream& out, std::string_view key, Lang lang, const std::string& value) {
  out << "- **" << cap(key, lang) << ":** " << value << "\n";
}

std::string sla_text(const ServiceLevel& level, Lang lang) {
  std::string out;
  for (const SlaEntry& e : level.sla)
    out += (out.empty() ? "" : "; ") + std::string(label(e.key, lang)) + " " +
           md_escape(names::sla_value(e.key, e.value, lang));
  return out.empty() ? std::string(label("none", lang)) : out;
}

std::size_t conflict_count(const Plan& plan) {
  std::size_t n = 0;
  for (const MunicipalityPlan& mp : plan.municipalities) n += mp.conflicts.size();
  return n;
}

std::size_t dropped_count(const Plan& plan) {
  std::size_t n = 0;
  for (const MunicipalityPlan& mp : plan.municipalities) n += mp.dropped.size();
  return n;
}

void write_header(std::ostream& out, const Model& model, const Plan& plan, Lang lang) {
  const Scenario* scenario = plan.scenario != kNoId ? &model.scenarios[plan.scenario] : nullptr;
  out << "# " << cap("plan", lang) << ": "
      << (scenario && !scenario->name.empty() ? md_escape(scenario->name)
                                              : md_code(plan.scenario_id))
      << "\n\n";
  bullet(out, "scenario", lang, md_code(plan.scenario_id));
  std::string state(label(plan.consistent ? "consistent" : "inconsistent", lang));
  if (!plan.consistent)
    state += " (" + count(conflict_count(plan), lang) + " " +
             std::string(label("conflicts", lang)) + ")";
  bullet(out, "plan", lang, state);
  std::string policy = "`" + std::string(to_string(plan.policy)) + "`";
  if (plan.policy == ConflictPolicy::drop)
    policy += " (" + count(dropped_count(plan), lang) + " " +
              std::string(label("dropped_seeds", lang)) + ")";
  bullet(out, "conflict_policy", lang, policy);
  bullet(out, "waves", lang, std::to_string(plan.wave_count));
  out << "\n";
}

void write_summary(std::ostream& out, const Model& model, const Plan& plan, Lang lang) {
  out << "## " << cap("summary", lang) << "\n\n";
  const bool drop = plan.policy == ConflictPolicy::drop;
  MdTable t;
  t.column(cap("municipality", lang));
  t.column(cap("level", lang));
  t.column(cap("transferred", lang), Align::right);
  t.column(cap("split", lang), Align::right);
  t.column(cap("retained", lang), Align::right);
  t.column(cap("hours_transferred", lang), Align::right);
  t.column(cap("fte", lang), Align::right);
  t.column(cap("price", lang), Align::right);
  t.column(cap("net_change", lang), Align::right);
  t.column(cap("interfaces", lang), Align::right);
  t.column(cap(drop ? "dropped_seeds" : "conflicts", lang), Align::right);
  std::size_t transferred = 0, split = 0, retained = 0, interfaces = 0, problems = 0;
  Int256 net;
  for (Id m : plan.municipality_order) {
    const MunicipalityPlan& mp = plan.municipalities[m];
    const std::size_t p = drop ? mp.dropped.size() : mp.conflicts.size();
    t.row({md_municipality(model, m), md_level(model, mp.level, lang), count(mp.transferred, lang),
           count(mp.split, lang), count(mp.retained, lang),
           format_hours(mp.hours_transferred, lang),
           fte(mp.hours_transferred, plan.hours_per_fte, lang), money(mp.price, lang),
           signed_money(mp.net_change, lang), count(mp.interfaces.size(), lang), count(p, lang)});
    transferred += mp.transferred;
    split += mp.split;
    retained += mp.retained;
    interfaces += mp.interfaces.size();
    problems += p;
    net += mp.net_change;
  }
  t.row({"**" + cap("total", lang) + "**", "", count(transferred, lang), count(split, lang),
         count(retained, lang), format_hours(plan.totals.hours_transferred, lang),
         fte(plan.totals.hours_transferred, plan.hours_per_fte, lang),
         money(plan.totals.price, lang), signed_money(net, lang), count(interfaces, lang),
         count(problems, lang)});
  t.write(out);
}

void write_package(std::ostream& out, const Model& model, const MunicipalityPlan& mp, Lang lang) {
  out << "### " << cap("package", lang) << "\n\n";
  if (!mp.takes_part()) {
    bullet(out, "level", lang,
           std::string(label("none", lang)) + " (" +
               std::string(label("does_not_take_part", lang)) + ")");
    out << "\n";
    return;
  }
  const ServiceLevel& level = model.levels[mp.level];
  bullet(out, "level", lang, md_level(model, mp.level, lang) + " (" + md_code(level.id) + ")");
  bullet(out, "sla", lang, sla_text(level, lang));
  bullet(out, "price", lang,
         std::string(label("hourly_rate", lang)) + " " +
             format_money(Int256(level.hourly_rate), 2, lang) + "; " +
             std::string(label("base_fee", lang)) + " " +
             format_money(Int256(level.base_fee), 2, lang) + "; " +
             std::string(label("annual_price", lang)) + " " + money(mp.price, lang));
  out << "\n";
}

void write_interfaces(std::ostream& out, const Model& model, const MunicipalityPlan& mp,
                      Lang lang) {
  out << "### " << cap("interfaces", lang) << "\n\n";
  if (mp.interfaces.empty()) {
    out << cap("none", lang) << ".\n\n";
    return;
  }
  MdTable t;
  t.column(cap("from", lang));
  t.column(cap("to", lang));
  t.column(cap("direction", lang));
  t.column(cap("dependency", lang));
  for (const Interface& i : mp.interfaces)
    t.row({component_md(model, i.from), component_md(model, i.to),
           std::string(label(to_string(i.direction), lang)),
           std::string(label(to_string(i.kind), lang))});
  t.write(out);
}

void write_conflicts(std::ostream& out, const Model& model, const Plan& plan,
                     const MunicipalityPlan& mp, Lang lang) {
  if (plan.policy == ConflictPolicy::strict) {
    out << "### " << cap("conflicts", lang) << "\n\n";
    if (mp.conflicts.empty()) {
      out << cap("none", lang) << ".\n\n";
      return;
    }
    MdTable t;
    t.column(cap("retained_component", lang));
    t.column(cap("path", lang));
    for (const Conflict& cf : mp.conflicts)
      t.row({component_md(model, cf.component), path_md(model, cf.path())});
    t.write(out);
    return;
  }
  out << "### " << cap("dropped_seeds", lang) << "\n\n";
  if (mp.dropped.empty()) {
    out << cap("none", lang) << ".\n\n";
    return;
  }
  MdTable t;
  t.column(cap("seed", lang));
  t.column(cap("retained_reached", lang));
  for (const DroppedSeed& ds : mp.dropped)
    t.row({seed_md(model, {ds.component, ds.task}), component_md(model, ds.reaches)});
  t.write(out);
}

/// The waves in a summary table (wave, period, components, hours), then
/// the handover plan: per period (or wave) the components that move.
void write_waves(std::ostream& out, const Model& model, const Plan& plan, Id m, Lang lang) {
  out << "### " << cap("waves", lang) << "\n\n";
  const std::vector<TransitionStep> steps = transition_plan(model, plan, m);
  if (steps.empty()) {
    out << cap("none", lang) << ".\n\n";
    return;
  }
  // (wave, period) -> components, hours; period kNoId sorts last (unscheduled).
  std::map<std::pair<std::uint32_t, Id>, std::pair<std::size_t, Int256>> rows;
  for (const TransitionStep& s : steps)
    for (const TransitionItem& item : s.items) {
      auto& r = rows[{item.wave, s.period}];
      ++r.first;
      r.second += item.hours;
    }
  auto period_text = [&](Id p) {
    return p == kNoId ? std::string(label("unscheduled", lang)) : md_escape(plan.periods[p]);
  };
  MdTable t;
  t.column(cap("wave", lang), Align::right);
  if (plan.scheduled) t.column(cap("period", lang));
  t.column(cap("components", lang), Align::right);
  t.column(cap("hours", lang), Align::right);
  for (const auto& [key, value] : rows) {
    std::vector<std::string> cells{std::to_string(key.first)};
    if (plan.scheduled) cells.push_back(period_text(key.second));
    cells.push_back(count(value.first, lang));
    cells.push_back(format_hours(value.second, lang));
    t.row(std::move(cells));
  }
  t.write(out);

  out << "#### " << cap("handover_plan", lang) << "\n\n";
  MdTable d;
  if (plan.scheduled) d.column(cap("period", lang));
  d.column(cap("wave", lang), Align::right);
  d.column(cap("component", lang));
  d.column(cap("hours", lang), Align::right);
  for (const TransitionStep& s : steps)
    for (const TransitionItem& item : s.items) {
      std::vector<std::string> cells;
      if (plan.scheduled) cells.push_back(period_text(s.period));
      cells.push_back(std::to_string(item.wave));
      cells.push_back(component_md(model, item.component));
      cells.push_back(format_hours(item.hours, lang));
      d.row(std::move(cells));
    }
  d.write(out);
}

void write_economy(std::ostream& out, const Model& model, const Plan& plan, Id m, Lang lang) {
  const MunicipalityPlan& mp = plan.municipalities[m];
  out << "### " << cap("economy", lang) << "\n\n";
  MdTable t;
  t.column(cap("figure", lang));
  t.column(cap("value", lang), Align::right);
  t.row({cap("hours_total", lang), format_hours(mp.hours_total, lang)});
  t.row({cap("hours_transferred", lang), format_hours(mp.hours_transferred, lang)});
  t.row({cap("fte_transferred", lang), fte(mp.hours_transferred, plan.hours_per_fte, lang)});
  t.row({cap("baseline_cost", lang), money(mp.baseline_cost, lang)});
  t.row({cap("transferred_cost", lang), money(mp.transferred_cost, lang)});
  t.row({cap("price", lang), money(mp.price, lang)});
  t.row({cap("net_change", lang), signed_money(mp.net_change, lang)});
  t.row({cap("assets", lang), money(mp.assets, lang)});
  t.write(out);
  if (const std::string why = names::net_change_breakdown(model, plan, m, lang); !why.empty())
    out << "*" << cap("net_change_is", lang) << "* " << md_escape(why) << ".\n\n";
}

void write_common_costs(std::ostream& out, const Model& model, const Plan& plan,
                        const MunicipalityPlan& mp, Lang lang) {
  if (plan.common_cost_ids.empty()) return;
  out << "### " << cap("common_costs", lang) << "\n\n";
  const Scenario* scenario = plan.scenario != kNoId ? &model.scenarios[plan.scenario] : nullptr;
  MdTable t;
  t.column(cap("common_cost", lang));
  t.column(cap("share", lang), Align::right);
  for (std::size_t k = 0; k < plan.common_cost_ids.size(); ++k) {
    std::string name = md_code(plan.common_cost_ids[k]);
    if (scenario && k < scenario->common_costs.size() && !scenario->common_costs[k].name.empty())
      name = md_escape(scenario->common_costs[k].name) + " (" + name + ")";
    t.row(
        {name, format_money(Int256(k < mp.common_costs.size() ? mp.common_costs[k] : 0), 2, lang)});
  }
  t.write(out);
}

void write_schedule(std::ostream& out, const Model& model, const Plan& plan, Lang lang) {
  out << "## " << cap("schedule", lang) << "\n\n";
  bullet(out, "capacity", lang,
         format_hours(plan.capacity_hours, lang) + " / " + std::string(label("period", lang)));
  out << "\n";
  MdTable t;
  t.column(cap("period", lang));
  t.column(cap("components", lang), Align::right);
  t.column(cap("hours", lang), Align::right);
  for (std::size_t p = 0; p < plan.periods.size(); ++p) {
    const PeriodLoad load = p < plan.period_loads.size() ? plan.period_loads[p] : PeriodLoad{};
    t.row({md_escape(plan.periods[p]), count(load.components, lang),
           format_hours(load.hours, lang) +
               (load.hours > Int256(plan.capacity_hours)
                    ? " (" + std::string(label("over_capacity", lang)) + ")"
                    : "")});
  }
  t.write(out);
  if (!plan.unscheduled.empty()) {
    out << "**" << cap("unscheduled", lang) << ":** ";
    for (std::size_t k = 0; k < plan.unscheduled.size(); ++k)
      out << (k ? ", " : "") << component_md(model, plan.unscheduled[k]);
    out << "\n\n";
  }
}

}  // namespace

std::string md_municipality(const Model& model, Id municipality) {
  const Municipality& m = model.municipalities[municipality];
  return name_or_id(m.name, m.id);
}

std::string md_level(const Model& model, Id level, Lang lang) {
  if (level == kNoId) return std::string(label("none", lang));
  return name_or_id(model.levels[level].name, model.levels[level].id);
}

void write_matrix_markdown(std::ostream& out, const Model& model, const TaskMatrix& matrix,
                           Lang lang) {
  if (matrix.types.empty()) return;
  MdTable t;
  t.column(cap("type", lang));
  for (Id task : matrix.tasks) t.column(task_name(model, task));
  for (std::size_t r = 0; r < matrix.types.size(); ++r) {
    const ComponentType& type = model.types[matrix.types[r]];
    std::vector<std::string> cells{name_or_id(type.name, type.id)};
    for (std::size_t c = 0; c < matrix.tasks.size(); ++c) {
      const MatrixCell& cell = matrix.at(r, c);
      std::string text(label(to_string(cell.holder), lang));
      switch (cell.holder) {
        case Holder::not_applicable:
          break;
        case Holder::shared:
          text += " · " + format_hours(cell.hours_shared, lang);
          break;
        case Holder::municipality:
          text += " · " + format_hours(cell.hours_municipality, lang);
          break;
        case Holder::both:
          text += " · " + format_hours(cell.hours_shared, lang) + " / " +
                  format_hours(cell.hours_municipality, lang);
          break;
      }
      cells.push_back(std::move(text));
    }
    t.row(std::move(cells));
  }
  t.write(out);
}

void write_plan_markdown(std::ostream& out, const Model& model, const Plan& plan, Lang lang,
                         Id municipality) {
  write_header(out, model, plan, lang);
  if (municipality == kNoId) write_summary(out, model, plan, lang);
  for (Id m : plan.municipality_order) {
    if (municipality != kNoId && m != municipality) continue;
    const Municipality& muni = model.municipalities[m];
    const MunicipalityPlan& mp = plan.municipalities[m];
    out << "## " << md_municipality(model, m) << " (" << md_code(muni.id) << ")\n\n";
    write_package(out, model, mp, lang);
    out << "### " << cap("task_split_matrix", lang) << "\n\n";
    const TaskMatrix matrix = make_task_matrix(model, plan, m);
    if (matrix.types.empty()) {
      out << cap("no_components", lang) << ".\n\n";
    } else {
      out << label("matrix_legend", lang) << "\n\n";
      write_matrix_markdown(out, model, matrix, lang);
    }
    write_interfaces(out, model, mp, lang);
    write_conflicts(out, model, plan, mp, lang);
    write_waves(out, model, plan, m, lang);
    write_economy(out, model, plan, m, lang);
    write_common_costs(out, model, plan, mp, lang);
  }
  if (plan.scheduled) write_schedule(out, model, plan, lang);
  write_economy_markdown(out, model, plan, lang);
}

}  // namespace opgavesnit
