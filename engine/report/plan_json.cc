#include <opgavesnit/report/json_writer.h>
#include <opgavesnit/report/plan_json.h>

#include <algorithm>

namespace opgavesnit {

namespace {

/// Each type's local task indices in the byte order of the task ids.
using TaskOrder = std::vector<std::vector<std::uint32_t>>;

TaskOrder task_order(const Model& model) {
  TaskOrder order(model.types.size());
  for (std::size_t ty = 0; ty < model.types.size(); ++ty) {
    const ComponentType& type = model.types[ty];
    for (std::uint32_t t = 0; t < type.tasks.size(); ++t) order[ty].push_back(t);
    std::sort(order[ty].begin(), order[ty].end(), [&](std::uint32_t a, std::uint32_t b) {
      return model.tasks[type.tasks[a].task].id < model.tasks[type.tasks[b].task].id;
    });
  }
  return order;
}

void write_component(JsonWriter& w, const Model& model, const Plan& plan, const TaskOrder& order,
                     Id c) {
  const ComponentPlan& cp = plan.components[c];
  w.begin_object();
  w.key("id");
  w.string(model.components[c].qualified);
  w.key("status");
  w.string(to_string(cp.status));
  w.key("tasks");
  w.begin_array(true);
  const Component& comp = model.components[c];
  const ComponentType& type = model.types[comp.type];
  for (std::uint32_t t : order[comp.type])  // cp.tasks is ascending
    if (std::binary_search(cp.tasks.begin(), cp.tasks.end(), t))
      w.string(model.tasks[type.tasks[t].task].id);
  w.end_array();
  if (!cp.tasks.empty()) {
    w.key("wave");
    w.integer(cp.wave);
    if (plan.scheduled) {
      w.key("period");
      if (cp.period == kNoId)
        w.null();
      else
        w.string(plan.periods[cp.period]);
    }
  }
  w.end_object();
}

void write_path(JsonWriter& w, const Model& model, const std::vector<PairRef>& path) {
  w.begin_array();
  for (const PairRef& p : path) {
    const Component& comp = model.components[p.component];
    w.begin_array(true);
    w.string(comp.qualified);
    w.string(model.tasks[model.types[comp.type].tasks[p.task].task].id);
    w.end_array();
  }
  w.end_array();
}

void write_municipality(JsonWriter& w, const Model& model, const Plan& plan, const TaskOrder& order,
                        Id m) {
  const MunicipalityPlan& mp = plan.municipalities[m];
  w.begin_object();
  w.key("id");
  w.string(model.municipalities[m].id);
  w.key("level");
  w.string(mp.takes_part() ? model.levels[mp.level].id : "none");

  w.key("components");
  w.begin_array();
  for (Id c : mp.components) write_component(w, model, plan, order, c);
  w.end_array();

  w.key("interfaces");
  w.begin_array();
  for (const Interface& i : mp.interfaces) write_interface_json(w, model, i);
  w.end_array();

  w.key("conflicts");
  w.begin_array();
  for (const Conflict& cf : mp.conflicts) write_conflict_json(w, model, cf);
  w.end_array();

  w.key("dropped");
  w.begin_array();
  for (const DroppedSeed& ds : mp.dropped) write_dropped_json(w, model, ds);
  w.end_array();

  w.key("hours_total");
  w.number(hours_json(mp.hours_total));
  w.key("hours_transferred");
  w.number(hours_json(mp.hours_transferred));
  w.key("fte_transferred");
  w.number(fte_json(mp.hours_transferred, plan.hours_per_fte));
  w.key("baseline_cost");
  w.number(money_json(mp.baseline_cost));
  w.key("transferred_cost");
  w.number(money_json(mp.transferred_cost));
  w.key("price");
  w.number(money_json(mp.price));
  w.key("net_change");
  w.number(money_json(mp.net_change));
  w.key("assets");
  w.number(money_json(mp.assets));
  w.key("common_costs");
  w.begin_object();
  for (std::size_t k = 0; k < plan.common_cost_ids.size(); ++k) {
    w.key(plan.common_cost_ids[k]);
    w.number(format_decimal(Int256(k < mp.common_costs.size() ? mp.common_costs[k] : 0), 2, 2));
  }
  w.end_object();
  if (plan.has_budget) {
    w.key("budget");
    w.begin_array();
    for (const BudgetYear& by : mp.budget) write_budget_year_json(w, by, false);
    w.end_array();
  }
  if (mp.ownership) {
    w.key("ownership");
    w.begin_object();
    w.key("cash");
    w.number(money_json(mp.ownership->cash));
    w.key("in_kind");
    w.number(money_json(mp.ownership->in_kind));
    w.key("contribution");
    w.number(money_json(mp.ownership->contribution));
    w.key("share");
    w.number(share_json(mp.ownership->share));
    w.end_object();
  }
  w.end_object();
}

}  // namespace

std::string money_json(const Int256& ten_thousandths) {
  return format_decimal(ten_thousandths, 4, 2);
}

std::string budget_money_json(const Int256& v) { return format_ratio(v, kBudgetDenominator, 2); }

std::string organisation_money_json(const Int256& v) {
  return format_decimal(v, kOrganisationMoneyScale, 2);
}

std::string organisation_fte_json(const OrganisationPlan& o) {
  return o.hours_per_fte > 0
             ? format_ratio(o.hours_needed, static_cast<std::uint64_t>(o.hours_per_fte) * 10000, 3)
             : "0";
}

std::string share_json(std::int64_t hundredths) { return format_decimal(Int256(hundredths), 2, 2); }

void write_budget_year_json(JsonWriter& w, const BudgetYear& by, bool with_organisation) {
  w.begin_object();
  w.key("year");
  w.integer(by.year);
  w.key("price");
  w.number(budget_money_json(by.price));
  w.key("released");
  w.number(budget_money_json(by.released));
  w.key("common_costs");
  w.number(budget_money_json(by.common_costs));
  w.key("net_change");
  w.number(budget_money_json(by.net_change));
  if (with_organisation) {
    w.key("organisation");
    w.begin_object();
    w.key("revenue");
    w.number(budget_money_json(by.revenue));
    w.key("cost");
    w.number(budget_money_json(by.cost));
    w.key("result");
    w.number(budget_money_json(by.result));
    w.end_object();
  }
  w.end_object();
}

void write_organisation_json(JsonWriter& w, const OrganisationPlan& o) {
  w.begin_object();
  w.key("hours_needed");
  w.number(format_decimal(o.hours_needed, kOrganisationHoursScale, 2));
  w.key("fte_needed");
  w.number(organisation_fte_json(o));
  for (auto [name, value] :
       {std::pair{"staff_cost", &o.staff_cost}, std::pair{"fixed_cost", &o.fixed_cost},
        std::pair{"annual_costs", &o.annual_costs}, std::pair{"cost", &o.cost},
        std::pair{"revenue", &o.revenue}, std::pair{"result", &o.result},
        std::pair{"savings", &o.savings}}) {
    w.key(name);
    w.number(organisation_money_json(*value));
  }
  w.end_object();
}

std::string hours_json(const Int256& hundredths) { return format_decimal(hundredths, 2, 2); }

std::string fte_json(const Int256& hours, Cents hours_per_fte) {
  return hours_per_fte > 0 ? format_ratio(hours, static_cast<std::uint64_t>(hours_per_fte), 3)
                           : "0";
}

void write_plan_json(std::ostream& out, const Model& model, const Plan& plan) {
  JsonWriter w(out);
  w.begin_object();
  w.key("format");
  w.string("opgavesnit-plan");
  w.key("version");
  w.integer(1);
  w.key("scenario");
  w.string(plan.scenario_id);
  w.key("consistent");
  w.boolean(plan.consistent);
  w.key("municipalities");
  w.begin_array();
  const TaskOrder order = task_order(model);
  for (Id m : plan.municipality_order) write_municipality(w, model, plan, order, m);
  w.end_array();
  w.key("unscheduled");
  w.begin_array(true);
  for (Id c : plan.unscheduled) w.string(model.components[c].qualified);
  w.end_array();
  w.key("totals");
  w.begin_object();
  w.key("hours_transferred");
  w.number(hours_json(plan.totals.hours_transferred));
  w.key("fte_transferred");
  w.number(fte_json(plan.totals.hours_transferred, plan.hours_per_fte));
  w.key("price");
  w.number(money_json(plan.totals.price));
  w.key("assets");
  w.number(money_json(plan.totals.assets));
  w.end_object();
  if (plan.organisation) {
    w.key("organisation");
    write_organisation_json(w, *plan.organisation);
  }
  if (plan.has_budget) {
    w.key("budget");
    w.begin_array();
    for (const BudgetYear& by : plan.budget)
      write_budget_year_json(w, by, plan.organisation.has_value());
    w.end_array();
  }
  w.end_object();
  w.finish();
}

void write_interface_json(JsonWriter& w, const Model& model, const Interface& i) {
  w.begin_object();
  w.key("from");
  w.string(model.components[i.from].qualified);
  w.key("to");
  w.string(model.components[i.to].qualified);
  w.key("kind");
  w.string(to_string(i.kind));
  w.key("direction");
  w.string(to_string(i.direction));
  w.end_object();
}

void write_conflict_json(JsonWriter& w, const Model& model, const Conflict& cf) {
  w.begin_object();
  w.key("component");
  w.string(model.components[cf.component].qualified);
  w.key("path");
  write_path(w, model, cf.path());
  w.end_object();
}

void write_dropped_json(JsonWriter& w, const Model& model, const DroppedSeed& ds) {
  const Component& comp = model.components[ds.component];
  w.begin_object();
  w.key("component");
  w.string(comp.qualified);
  w.key("task");
  w.string(model.tasks[model.types[comp.type].tasks[ds.task].task].id);
  w.key("reaches");
  w.string(model.components[ds.reaches].qualified);
  w.end_object();
}

}  // namespace opgavesnit
