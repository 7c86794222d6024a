#include <opgavesnit/report/compare_json.h>
#include <opgavesnit/report/json_writer.h>
#include <opgavesnit/report/plan_json.h>

#include <algorithm>
#include <string>

#include "compare_rows.h"

namespace opgavesnit {

namespace {

const std::string& qualified(const Model& model, Id c) { return model.components[c].qualified; }

void task_ids(JsonWriter& w, const Model& model, Id c, const std::vector<std::uint32_t>& tasks) {
  const ComponentType& type = model.types[model.components[c].type];
  std::vector<std::string> ids;
  for (std::uint32_t t : tasks) ids.push_back(model.tasks[type.tasks[t].task].id);
  std::sort(ids.begin(), ids.end());
  w.begin_array(true);
  for (const std::string& id : ids) w.string(id);
  w.end_array();
}

void ids(JsonWriter& w, const Model& model, const std::vector<Id>& components) {
  w.begin_array(true);
  for (Id c : components) w.string(qualified(model, c));
  w.end_array();
}

enum class Unit { hours, money, fte };

void figure(JsonWriter& w, std::string_view key, const FigurePair& f, Unit unit, Cents per_fte) {
  const auto text = [&](const Int256& v) {
    switch (unit) {
      case Unit::hours:
        return hours_json(v);
      case Unit::money:
        return money_json(v);
      case Unit::fte:
        break;
    }
    return fte_json(v, per_fte);
  };
  w.key(key);
  w.begin_object();
  w.key("a");
  w.number(text(f.a));
  w.key("b");
  w.number(text(f.b));
  w.key("difference");
  w.number(text(f.difference()));
  w.end_object();
}

/// `{ "a", "b", "difference" }` of a figure a scenario may lack: null for
/// the side that lacks it, and for the difference then.
template <class F>
void optional_figure(JsonWriter& w, std::string_view key, const OptionalPair& p, F text) {
  w.key(key);
  w.begin_object();
  w.key("a");
  if (p.has_a)
    w.number(text(p.a));
  else
    w.null();
  w.key("b");
  if (p.has_b)
    w.number(text(p.b));
  else
    w.null();
  w.key("difference");
  if (p.has_a && p.has_b)
    w.number(text(p.difference()));
  else
    w.null();
  w.end_object();
}

void budget(JsonWriter& w, const std::vector<BudgetYearDiff>& years, bool organisation) {
  w.key("budget");
  w.begin_array();
  for (const BudgetYearDiff& y : years) {
    w.begin_object();
    w.key("year");
    w.integer(y.year);
    for (const auto& f : compare_rows::kBudgetFields)
      optional_figure(w, f.json, y.*f.pair, budget_money_json);
    if (organisation) {
      w.key("organisation");
      w.begin_object();
      for (const auto& f : compare_rows::kOrganisationBudgetFields)
        optional_figure(w, f.json, y.*f.pair, budget_money_json);
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
}

void ownership(JsonWriter& w, const std::optional<OwnershipDiff>& o) {
  w.key("ownership");
  if (!o) {
    w.null();
    return;
  }
  w.begin_object();
  for (const auto& f : compare_rows::kOwnershipMoneyFields)
    optional_figure(w, f.json, (*o).*f.pair, money_json);
  optional_figure(w, "share", o->share, [](const Int256& v) { return format_decimal(v, 2, 2); });
  w.end_object();
}

void organisation(JsonWriter& w, const std::optional<OrganisationDiff>& o) {
  w.key("organisation");
  if (!o) {
    w.null();
    return;
  }
  const auto pair = [&](std::string_view key, const FigurePair& f, auto text) {
    w.key(key);
    w.begin_object();
    w.key("a");
    w.number(text(f.a));
    w.key("b");
    w.number(text(f.b));
    w.key("difference");
    w.number(text(f.difference()));
    w.end_object();
  };
  const std::uint64_t per_fte =
      o->hours_per_fte > 0 ? static_cast<std::uint64_t>(o->hours_per_fte) * 10000 : 0;
  w.begin_object();
  pair("hours_needed", o->hours_needed,
       [](const Int256& v) { return format_decimal(v, kOrganisationHoursScale, 2); });
  pair("fte_needed", o->hours_needed, [&](const Int256& v) {
    return per_fte > 0 ? format_ratio(v, per_fte, 3) : std::string("0");
  });
  for (const auto& f : compare_rows::kOrganisationMoneyFields)
    pair(f.json, (*o).*f.pair, organisation_money_json);
  w.end_object();
}

void optional_cents(JsonWriter& w, const std::optional<Cents>& v) {
  if (v)
    w.number(format_decimal(Int256(*v), 2, 2));
  else
    w.null();
}

void common_costs(JsonWriter& w, const Comparison& cmp, const std::vector<CostShare>& shares) {
  w.key("common_costs");
  w.begin_object();
  for (std::size_t k = 0; k < cmp.common_cost_ids.size(); ++k) {
    const CostShare& s = shares[k];
    w.key(cmp.common_cost_ids[k]);
    w.begin_object();
    w.key("a");
    optional_cents(w, s.a);
    w.key("b");
    optional_cents(w, s.b);
    w.key("difference");
    if (s.a && s.b)
      w.number(format_decimal(Int256(*s.b) - Int256(*s.a), 2, 2));
    else
      w.null();
    w.end_object();
  }
  w.end_object();
}

template <class T, class F>
void list_diff(JsonWriter& w, const char* key, const ListDiff<T>& d, F write) {
  w.key(key);
  w.begin_object();
  w.key("added");
  w.begin_array();
  for (const T& x : d.added) write(x);
  w.end_array();
  w.key("removed");
  w.begin_array();
  for (const T& x : d.removed) write(x);
  w.end_array();
  w.end_object();
}

void cell(JsonWriter& w, const MatrixCell& c) {
  w.begin_object();
  w.key("holder");
  w.string(to_string(c.holder));
  w.key("hours_shared");
  w.number(hours_json(c.hours_shared));
  w.key("hours_municipality");
  w.number(hours_json(c.hours_municipality));
  w.end_object();
}

void wave(JsonWriter& w, std::uint32_t number, Id period, bool unscheduled,
          const std::vector<std::string>& periods, bool scheduled) {
  w.begin_object();
  w.key("wave");
  w.integer(number);
  if (scheduled) {
    w.key("period");
    if (unscheduled || period == kNoId)
      w.null();
    else
      w.string(periods[period]);
  }
  w.end_object();
}

void write_municipality(JsonWriter& w, const Model& model, const Comparison& cmp,
                        const MunicipalityDiff& d) {
  const auto level = [&](Id l) { return l == kNoId ? std::string("none") : model.levels[l].id; };
  w.begin_object();
  w.key("id");
  w.string(model.municipalities[d.municipality].id);
  w.key("changed");
  w.boolean(d.changed);
  w.key("level");
  w.begin_object();
  w.key("a");
  w.string(level(d.level_a));
  w.key("b");
  w.string(level(d.level_b));
  w.end_object();
  w.key("handed_over");
  ids(w, model, d.handed_over);
  w.key("taken_back");
  ids(w, model, d.taken_back);
  w.key("tasks_changed");
  w.begin_array();
  for (const TaskChange& tc : d.task_changes) {
    w.begin_object();
    w.key("component");
    w.string(qualified(model, tc.component));
    w.key("status");
    w.begin_object();
    w.key("a");
    w.string(to_string(tc.status_a));
    w.key("b");
    w.string(to_string(tc.status_b));
    w.end_object();
    w.key("gained");
    task_ids(w, model, tc.component, tc.gained);
    w.key("lost");
    task_ids(w, model, tc.component, tc.lost);
    w.end_object();
  }
  w.end_array();
  w.key("matrix");
  w.begin_array();
  for (const MatrixChange& mc : d.matrix_changes) {
    w.begin_object();
    w.key("type");
    w.string(model.types[mc.type].id);
    w.key("task");
    w.string(model.tasks[mc.task].id);
    w.key("a");
    cell(w, mc.a);
    w.key("b");
    cell(w, mc.b);
    w.end_object();
  }
  w.end_array();
  figure(w, "hours_transferred", d.hours_transferred, Unit::hours, cmp.hours_per_fte);
  figure(w, "fte_transferred", d.hours_transferred, Unit::fte, cmp.hours_per_fte);
  for (const auto& f : compare_rows::kMoneyFields<MunicipalityDiff>)
    figure(w, f.json, d.*f.pair, Unit::money, cmp.hours_per_fte);
  common_costs(w, cmp, d.common_costs);
  list_diff(w, "interfaces", d.interfaces,
            [&](const Interface& i) { write_interface_json(w, model, i); });
  list_diff(w, "conflicts", d.conflicts,
            [&](const Conflict& cf) { write_conflict_json(w, model, cf); });
  list_diff(w, "dropped", d.dropped,
            [&](const DroppedSeed& ds) { write_dropped_json(w, model, ds); });
  w.key("waves");
  w.begin_object();
  w.key("a");
  w.integer(d.waves_a);
  w.key("b");
  w.integer(d.waves_b);
  w.key("changed");
  w.begin_array();
  for (const WaveChange& wc : d.wave_changes) {
    w.begin_object();
    w.key("component");
    w.string(qualified(model, wc.component));
    w.key("a");
    wave(w, wc.wave_a, wc.period_a, wc.unscheduled_a, cmp.periods_a, cmp.scheduled_a);
    w.key("b");
    wave(w, wc.wave_b, wc.period_b, wc.unscheduled_b, cmp.periods_b, cmp.scheduled_b);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  budget(w, d.budget, false);
  ownership(w, d.ownership);
  w.end_object();
}

void scenario(JsonWriter& w, const char* key, const std::string& id, bool consistent,
              ConflictPolicy policy, const std::vector<std::string>& periods) {
  w.key(key);
  w.begin_object();
  w.key("scenario");
  w.string(id);
  w.key("consistent");
  w.boolean(consistent);
  w.key("conflicts");
  w.string(to_string(policy));
  w.key("periods");
  w.begin_array(true);
  for (const std::string& p : periods) w.string(p);
  w.end_array();
  w.end_object();
}

void count_pair(JsonWriter& w, const char* key, std::size_t a, std::size_t b) {
  w.key(key);
  w.begin_object();
  w.key("a");
  w.integer(static_cast<std::int64_t>(a));
  w.key("b");
  w.integer(static_cast<std::int64_t>(b));
  w.end_object();
}

}  // namespace

void write_compare_json(std::ostream& out, const Model& model, const Comparison& cmp) {
  JsonWriter w(out);
  w.begin_object();
  w.key("format");
  w.string("opgavesnit-compare");
  w.key("version");
  w.integer(1);
  scenario(w, "a", cmp.scenario_a, cmp.consistent_a, cmp.policy_a, cmp.periods_a);
  scenario(w, "b", cmp.scenario_b, cmp.consistent_b, cmp.policy_b, cmp.periods_b);
  w.key("municipalities");
  w.begin_array();
  for (const MunicipalityDiff& d : cmp.municipalities) write_municipality(w, model, cmp, d);
  w.end_array();
  const ComparisonTotals& t = cmp.totals;
  w.key("totals");
  w.begin_object();
  w.key("changed_municipalities");
  w.integer(static_cast<std::int64_t>(t.changed_municipalities));
  figure(w, "hours_transferred", t.hours_transferred, Unit::hours, cmp.hours_per_fte);
  figure(w, "fte_transferred", t.hours_transferred, Unit::fte, cmp.hours_per_fte);
  for (const auto& f : compare_rows::kMoneyFields<ComparisonTotals>)
    figure(w, f.json, t.*f.pair, Unit::money, cmp.hours_per_fte);
  common_costs(w, cmp, t.common_costs);
  w.key("handed_over");
  w.integer(static_cast<std::int64_t>(t.handed_over));
  w.key("taken_back");
  w.integer(static_cast<std::int64_t>(t.taken_back));
  w.key("tasks_changed");
  w.integer(static_cast<std::int64_t>(t.task_changes));
  w.key("matrix_changed");
  w.integer(static_cast<std::int64_t>(t.matrix_changes));
  w.key("interfaces_added");
  w.integer(static_cast<std::int64_t>(t.interfaces_added));
  w.key("interfaces_removed");
  w.integer(static_cast<std::int64_t>(t.interfaces_removed));
  count_pair(w, "conflicts", t.conflicts_a, t.conflicts_b);
  count_pair(w, "dropped", t.dropped_a, t.dropped_b);
  count_pair(w, "waves", t.waves_a, t.waves_b);
  count_pair(w, "unscheduled", t.unscheduled_a, t.unscheduled_b);
  budget(w, cmp.budget, cmp.organisation.has_value());
  w.end_object();
  organisation(w, cmp.organisation);
  w.end_object();
  w.finish();
}

}  // namespace opgavesnit
