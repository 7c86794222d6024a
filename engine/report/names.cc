#include "names.h"

namespace opgavesnit::names {

std::string component(const Model& model, Id c) {
  const Component& comp = model.components[c];
  if (comp.name.empty()) return comp.qualified;
  return comp.name + " (" + comp.qualified + ")";
}

const std::string& component_name(const Model& model, Id c) {
  const Component& comp = model.components[c];
  return comp.name.empty() ? comp.qualified : comp.name;
}

const std::string& task(const Model& model, Id task) {
  const Task& t = model.tasks[task];
  return t.name.empty() ? t.id : t.name;
}

const std::string& component_task(const Model& model, Id c, std::uint32_t t) {
  return task(model, model.types[model.components[c].type].tasks[t].task);
}

std::string level(const Model& model, Id level, Lang lang) {
  if (level == kNoId) return std::string(label("none", lang));
  const ServiceLevel& l = model.levels[level];
  return l.name.empty() ? l.id : l.name;
}

const std::string& municipality(const Model& model, Id m) {
  const Municipality& muni = model.municipalities[m];
  return muni.name.empty() ? muni.id : muni.name;
}

const std::string& type(const Model& model, Id type) {
  const ComponentType& t = model.types[type];
  return t.name.empty() ? t.id : t.name;
}

std::string common_cost(const Model& model, const Plan& plan, std::size_t k) {
  if (plan.scenario != kNoId) {
    const Scenario& s = model.scenarios[plan.scenario];
    if (k < s.common_costs.size() && !s.common_costs[k].name.empty()) return s.common_costs[k].name;
  }
  return k < plan.common_cost_ids.size() ? plan.common_cost_ids[k] : std::string();
}

std::string pair(const Model& model, PairRef p) {
  return component(model, p.component) + ": " + component_task(model, p.component, p.task);
}

std::string net_change_breakdown(const Model& model, const Plan& plan, Id m, Lang lang) {
  const MunicipalityPlan& mp = plan.municipalities[m];
  if (!mp.takes_part()) return {};
  const ServiceLevel& level = model.levels[mp.level];
  auto word = [&](std::string_view key) { return std::string(label(key, lang)); };
  auto money = [&](Cents c) { return format_money(Int256(c), 2, lang); };
  std::string out = word("base_fee") + " " + money(level.base_fee) + " + " +
                    format_hours(mp.hours_transferred, lang) + " × (" + word("hourly_rate") + " " +
                    money(level.hourly_rate) + " − " + word("own_hourly_cost") + " " +
                    money(mp.hourly_cost) + ")";
  if (mp.annual_transferred != Int256(0))
    out += "; " + word("annual_costs_move") + " " + format_money(mp.annual_transferred, 4, lang) +
           " " + word("annual_costs_cancel");
  return out;
}

std::string sla_value(std::string_view key, std::string_view value, Lang lang) {
  if (key != "availability") return std::string(value);
  // A plain number: digits with at most one decimal point.
  std::size_t points = 0, digits = 0;
  for (char ch : value) {
    if (ch == '.')
      ++points;
    else if (ch >= '0' && ch <= '9')
      ++digits;
    else
      return std::string(value);
  }
  if (digits == 0 || points > 1 || value.front() == '.' || value.back() == '.')
    return std::string(value);
  std::string out(value);
  if (lang == Lang::da)
    for (char& ch : out) ch = ch == '.' ? ',' : ch;
  return out + " %";
}

}  // namespace opgavesnit::names
