#include <fmt/format.h>
#include <opgavesnit/core/text.h>
#include <opgavesnit/report/explain_render.h>
#include <opgavesnit/report/json_writer.h>

#include "names.h"

namespace opgavesnit {

namespace {

/// A sentence of the locale table (keys "ex_..."), its {} filled in order.
template <class... Args>
std::string say(Lang lang, std::string_view key, const Args&... args) {
  return fmt::format(fmt::runtime(label(key, lang)), args...);
}

struct Writer {
  const Model& model;
  const Plan& plan;
  Lang lang;
  std::string out;

  std::string component(Id c) const { return terminal_text(names::component(model, c)); }
  std::string level(Id l) const { return terminal_text(names::level(model, l, lang)); }
  std::string task(Id c, std::uint32_t t) const {
    return terminal_text(names::component_task(model, c, t));
  }
  std::string pair(PairRef p) const { return terminal_text(names::pair(model, p)); }
  std::string path(const std::vector<PairRef>& path) const {
    std::string text;
    for (const PairRef& p : path) text += (text.empty() ? "" : " -> ") + pair(p);
    return text;
  }
  std::string components(const std::vector<Id>& list, std::string_view sep) const {
    std::string text;
    for (Id c : list) text += (text.empty() ? "" : std::string(sep)) + component(c);
    return text;
  }
  std::string hours(const Int256& hundredths) const { return format_hours(hundredths, lang); }
  std::string money(const Int256& v, unsigned scale) const { return format_money(v, scale, lang); }
  std::string period(Id p) const { return terminal_text(plan.periods[p]); }
  /// " at model.yaml:52:9", or "" for a rule made outside any file.
  std::string where(const SourcePos& pos) const {
    if (pos.file == kNoId || pos.file >= model.files.size()) return {};
    return say(lang, "ex_at",
               terminal_text(model.files[pos.file].path) + ":" + std::to_string(pos.line + 1) +
                   ":" + std::to_string(pos.column + 1));
  }

  void line(int indent, const std::string& text) {
    out.append(static_cast<std::size_t>(indent) * 2, ' ');
    out += text;
    out += '\n';
  }

  /// Why a pair is (or is not) selected: the level, the entry, its level.
  /// `c` is the component whose pair the rule decides.
  std::string rule(const SelectionRule& r, Id c) const {
    if (r.pinned) {
      const std::string& reason = model.components[c].reason;
      return reason.empty() ? say(lang, "ex_rule_pinned")
                            : say(lang, "ex_rule_pinned_reason", terminal_text(reason));
    }
    if (r.level == kNoId) return say(lang, "ex_rule_no_level");
    std::string via;
    if (r.chain.size() > 1) {
      std::string chain;
      for (Id l : r.chain) chain += (chain.empty() ? "" : " -> ") + level(l);
      via = say(lang, "ex_rule_extends", chain);
    }
    if (r.exclude_level != kNoId) {
      const Rule& ex = model.levels[r.exclude_level].excludes[r.exclude];
      std::string text =
          r.exclude_level == r.level
              ? say(lang, "ex_rule_excluded_own", level(r.level), r.exclude + 1, where(ex.pos))
              : say(lang, "ex_rule_excluded", level(r.level), level(r.exclude_level), r.exclude + 1,
                    where(ex.pos));
      if (r.include_level != kNoId) {
        const Rule& in = model.levels[r.include_level].includes[r.include];
        text += say(lang, "ex_rule_though_included", level(r.include_level), r.include + 1,
                    where(in.pos));
      }
      return text + via;
    }
    if (r.include_level == kNoId) {
      if (r.chain.size() < 2) return say(lang, "ex_rule_none", level(r.level));
      std::string rest;
      for (std::size_t k = 1; k < r.chain.size(); ++k)
        rest += (k > 1 ? ", " : "") + level(r.chain[k]);
      return say(lang, "ex_rule_none_chain", level(r.level), rest);
    }
    const Rule& in = model.levels[r.include_level].includes[r.include];
    if (r.include_level == r.level)
      return say(lang, "ex_rule_included_own", level(r.level), r.include + 1, where(in.pos));
    return say(lang, "ex_rule_included", level(r.level), level(r.include_level), r.include + 1,
               where(in.pos)) +
           via;
  }

  void tasks(const Explanation& ex) {
    line(1, say(lang, "ex_why_tasks"));
    for (const TaskExplanation& te : ex.tasks) {
      const std::string name = task(ex.component, te.task);
      switch (te.why) {
        case TaskWhy::seed:
          line(2, say(lang, "ex_task_seed", name, rule(te.rule, ex.component)));
          break;
        case TaskWhy::pulled_in:
          line(2, say(lang, "ex_task_pulled_in", name, path(te.path)));
          line(3, say(lang, "ex_task_the_seed", pair(te.path.front()),
                      rule(te.rule, te.path.front().component)));
          break;
        case TaskWhy::dropped:
          line(2, say(lang, "ex_task_dropped", name, rule(te.rule, ex.component),
                      component(te.reaches)));
          line(3, path(te.path));
          break;
        case TaskWhy::unselected:
          line(2, say(lang, "ex_task_unselected", name, rule(te.rule, ex.component)));
          break;
        case TaskWhy::locked:
          line(2, say(lang, "ex_task_locked", name));
          break;
      }
    }
  }

  void retained(const Explanation& ex) {
    const Component& comp = model.components[ex.component];
    if (ex.pinned_retain)
      line(1, comp.reason.empty()
                  ? say(lang, "ex_pinned_retain")
                  : say(lang, "ex_pinned_retain_reason", terminal_text(comp.reason)));
    if (!ex.takes_part) {
      line(1, say(lang, "ex_not_taking_part",
                  terminal_text(names::municipality(model, comp.municipality)),
                  terminal_text(plan.scenario_id)));
      if (ex.pinned_transfer) line(1, say(lang, "ex_pin_transfer_void"));
    }
    for (const auto& path_ : ex.needed_by) line(1, say(lang, "ex_needed_by", path(path_)));
  }

  void wave(const WaveExplanation& we, Id c) {
    line(1, say(lang, "ex_why_wave", we.wave));
    if (!we.group.empty()) {
      line(2, say(lang, "ex_wave_group", components(we.group, ", ")));
      if (!we.cycle.empty()) line(3, say(lang, "ex_wave_cycle", components(we.cycle, " -> ")));
    }
    if (we.chain.empty()) {
      line(2, say(lang, "ex_wave_first"));
      return;
    }
    Id at = c;
    for (const WaveStep& step : we.chain) {
      if (step.from != at)
        line(2, say(lang, "ex_wave_step_via", component(step.from), component(step.to), step.wave,
                    component(at)));
      else
        line(2, say(lang, "ex_wave_step", component(step.from), component(step.to), step.wave));
      at = step.to;
    }
  }

  void period(const PeriodExplanation& pe) {
    const std::string capacity = hours(Int256(pe.capacity));
    if (pe.period == kNoId)
      line(1, say(lang, "ex_why_unscheduled"));
    else
      line(1, say(lang, "ex_why_period", period(pe.period)));
    line(2, say(lang, pe.group_size > 1 ? "ex_period_group_hours" : "ex_period_hours",
                hours(pe.group_hours), capacity, pe.group_size));
    if (pe.blocked_by != kNoId) {
      line(2, say(lang, "ex_period_blocked", component(pe.blocked_by)));
      return;
    }
    if (pe.after != kNoId)
      line(2, say(lang, pe.group_size > 1 ? "ex_period_group_after" : "ex_period_after",
                  component(pe.after), period(pe.earliest)));
    for (const PeriodFill& f : pe.full)
      line(2, pe.oversize
                  ? say(lang, "ex_period_not_empty", period(f.period), hours(f.hours))
                  : say(lang, "ex_period_full", period(f.period), hours(f.hours), capacity));
    if (pe.oversize)
      line(2, say(lang, pe.period != kNoId ? "ex_period_oversize" : "ex_period_oversize_none"));
    if (pe.period != kNoId && pe.full.empty() && pe.after == kNoId)
      line(2, say(lang, "ex_period_first_room"));
  }

  void consequences(const Explanation& ex) {
    // Under `drop` every seed that reaches a retained component is dropped,
    // and the tasks above show each with its path.
    if (ex.consequences.empty() || ex.policy == ConflictPolicy::drop) return;
    line(1, say(lang, "ex_causes_conflicts"));
    for (const SeedConsequence& sc : ex.consequences)
      line(2, component(sc.retained) + ": " + path(sc.path));
  }

  void economy(const Explanation& ex) {
    const EconomyExplanation& ee = ex.economy;
    const Component& comp = model.components[ex.component];
    line(1, say(lang, "ex_economy", terminal_text(names::municipality(model, comp.municipality)),
                level(ex.level)));
    for (const TaskEconomy& t : ee.tasks) {
      const Int256 h = Int256(ee.quantity) * Int256(t.hours);
      line(2, say(lang, t.moves ? "ex_economy_task_moves" : "ex_economy_task_stays",
                  task(ex.component, t.task), ee.quantity, hours(Int256(t.hours)), hours(h)));
    }
    if (ex.takes_part && ee.hours_moved != Int256(0)) {
      line(2, say(lang, "ex_economy_price", hours(ee.hours_moved), money(Int256(ee.hourly_rate), 2),
                  money(ee.price_part, 4), money(ee.municipality_price, 4)));
      line(2, say(lang, "ex_economy_cost", hours(ee.hours_moved), money(Int256(ee.hourly_cost), 2),
                  money(ee.cost_part, 4)));
    } else {
      line(2,
           say(lang, "ex_economy_no_hours", hours(ee.hours_total), money(Int256(ee.hourly_cost), 2),
               money(ee.hours_total * Int256(ee.hourly_cost), 4)));
    }
    if (ee.annual_cost != 0) {
      const std::string amount = money(Int256(ee.annual_cost), 2);
      if (ee.annual_cost_task >= 0)
        line(2, say(lang, ee.annual_moves ? "ex_annual_moves_with" : "ex_annual_stays_with", amount,
                    task(ex.component, static_cast<std::uint32_t>(ee.annual_cost_task))));
      else
        line(2, say(lang, ee.annual_moves ? "ex_annual_moves" : "ex_annual_stays", amount));
    }
  }
};

const char* why_id(TaskWhy w) {
  switch (w) {
    case TaskWhy::seed:
      return "seed";
    case TaskWhy::pulled_in:
      return "pulled_in";
    case TaskWhy::dropped:
      return "dropped";
    case TaskWhy::unselected:
      return "unselected";
    case TaskWhy::locked:
      return "locked";
  }
  return "unselected";
}

}  // namespace

std::string explain_text(const Model& model, const Plan& plan, const Explanation& ex, Lang lang) {
  if (ex.component == kNoId) return {};
  Writer w{model, plan, lang, {}};
  const Component& comp = model.components[ex.component];
  std::string head =
      say(lang, "ex_head", w.component(ex.component), terminal_text(names::type(model, comp.type)),
          terminal_text(plan.scenario_id), label(to_string(ex.status), lang));
  if (ex.wave) head += ", " + say(lang, "ex_head_wave", ex.wave->wave);
  if (ex.period)
    head += ", " + (ex.period->period == kNoId
                        ? std::string(label("unscheduled", lang))
                        : say(lang, "ex_head_period", w.period(ex.period->period)));
  w.line(0, head);
  w.retained(ex);
  w.tasks(ex);
  if (ex.wave) w.wave(*ex.wave, ex.component);
  if (ex.period) w.period(*ex.period);
  w.consequences(ex);
  w.economy(ex);
  return w.out;
}

namespace {

void json_path(JsonWriter& j, const Model& model, const std::vector<PairRef>& path) {
  j.begin_array();
  for (const PairRef& p : path) {
    const Component& comp = model.components[p.component];
    j.begin_array(true);
    j.string(comp.qualified);
    j.string(model.tasks[model.types[comp.type].tasks[p.task].task].id);
    j.end_array();
  }
  j.end_array();
}

void json_pos(JsonWriter& j, const Model& model, const SourcePos& pos) {
  j.begin_object();
  j.key("file");
  if (pos.file < model.files.size())
    j.string(model.files[pos.file].path);
  else
    j.null();
  j.key("line");
  j.integer(pos.line + 1);
  j.key("column");
  j.integer(pos.column + 1);
  j.end_object();
}

void json_rule(JsonWriter& j, const Model& model, const SelectionRule& r) {
  j.begin_object();
  j.key("pinned");
  j.boolean(r.pinned);
  j.key("level");
  if (r.level == kNoId)
    j.null();
  else
    j.string(model.levels[r.level].id);
  j.key("chain");
  j.begin_array(true);
  for (Id l : r.chain) j.string(model.levels[l].id);
  j.end_array();
  j.key("include");
  if (r.include_level == kNoId) {
    j.null();
  } else {
    j.begin_object();
    j.key("level");
    j.string(model.levels[r.include_level].id);
    j.key("index");
    j.integer(r.include);
    j.key("at");
    json_pos(j, model, model.levels[r.include_level].includes[r.include].pos);
    j.end_object();
  }
  j.key("exclude");
  if (r.exclude_level == kNoId) {
    j.null();
  } else {
    j.begin_object();
    j.key("level");
    j.string(model.levels[r.exclude_level].id);
    j.key("index");
    j.integer(r.exclude);
    j.key("at");
    json_pos(j, model, model.levels[r.exclude_level].excludes[r.exclude].pos);
    j.end_object();
  }
  j.key("selects");
  j.boolean(r.selects());
  j.end_object();
}

void json_ids(JsonWriter& j, const Model& model, const std::vector<Id>& list) {
  j.begin_array(true);
  for (Id c : list) j.string(model.components[c].qualified);
  j.end_array();
}

std::string hours_json(const Int256& h) { return format_decimal(h, 2, 2); }
std::string money_json(const Int256& v, int scale) { return format_decimal(v, scale, 2); }

}  // namespace

void write_explain_json(std::ostream& out, const Model& model, const Plan& plan,
                        const Explanation& ex) {
  JsonWriter j(out);
  j.begin_object();
  if (ex.component == kNoId) {
    j.end_object();
    j.finish();
    return;
  }
  const Component& comp = model.components[ex.component];
  const ComponentType& type = model.types[comp.type];
  auto task_id = [&](std::uint32_t t) -> const std::string& {
    return model.tasks[type.tasks[t].task].id;
  };
  j.key("scenario");
  j.string(plan.scenario_id);
  j.key("component");
  j.string(comp.qualified);
  j.key("status");
  j.string(to_string(ex.status));
  j.key("locked");
  j.boolean(ex.locked);
  j.key("level");
  if (ex.level == kNoId)
    j.null();
  else
    j.string(model.levels[ex.level].id);
  j.key("tasks");
  j.begin_array();
  for (const TaskExplanation& te : ex.tasks) {
    j.begin_object();
    j.key("task");
    j.string(task_id(te.task));
    j.key("moves");
    j.boolean(te.moves);
    j.key("why");
    j.string(why_id(te.why));
    if (!te.path.empty()) {
      j.key("path");
      json_path(j, model, te.path);
    }
    if (te.reaches != kNoId) {
      j.key("reaches");
      j.string(model.components[te.reaches].qualified);
    }
    j.key("rule");
    json_rule(j, model, te.rule);
    j.end_object();
  }
  j.end_array();
  if (ex.wave) {
    j.key("wave");
    j.begin_object();
    j.key("wave");
    j.integer(ex.wave->wave);
    j.key("chain");
    j.begin_array();
    for (const WaveStep& s : ex.wave->chain) {
      j.begin_object();
      j.key("from");
      j.string(model.components[s.from].qualified);
      j.key("to");
      j.string(model.components[s.to].qualified);
      j.key("wave");
      j.integer(s.wave);
      j.end_object();
    }
    j.end_array();
    j.key("group");
    json_ids(j, model, ex.wave->group);
    j.key("cycle");
    json_ids(j, model, ex.wave->cycle);
    j.end_object();
  }
  if (ex.period) {
    const PeriodExplanation& pe = *ex.period;
    j.key("period");
    j.begin_object();
    j.key("period");
    if (pe.period == kNoId)
      j.null();
    else
      j.string(plan.periods[pe.period]);
    j.key("group_hours");
    j.number(hours_json(pe.group_hours));
    j.key("capacity_hours");
    j.number(hours_json(Int256(pe.capacity)));
    j.key("after");
    if (pe.after == kNoId)
      j.null();
    else
      j.string(model.components[pe.after].qualified);
    j.key("blocked_by");
    if (pe.blocked_by == kNoId)
      j.null();
    else
      j.string(model.components[pe.blocked_by].qualified);
    j.key("oversize");
    j.boolean(pe.oversize);
    j.key("full");
    j.begin_array();
    for (const PeriodFill& f : pe.full) {
      j.begin_object();
      j.key("period");
      j.string(plan.periods[f.period]);
      j.key("hours");
      j.number(hours_json(f.hours));
      j.key("groups");
      j.integer(f.groups);
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.key("conflict_policy");
  j.string(to_string(ex.policy));
  j.key("causes");
  j.begin_array();
  for (const SeedConsequence& sc : ex.consequences) {
    j.begin_object();
    j.key("retained");
    j.string(model.components[sc.retained].qualified);
    j.key("path");
    json_path(j, model, sc.path);
    j.end_object();
  }
  j.end_array();
  j.key("needed_by");
  j.begin_array();
  for (const auto& p : ex.needed_by) json_path(j, model, p);
  j.end_array();
  const EconomyExplanation& ee = ex.economy;
  j.key("economy");
  j.begin_object();
  j.key("quantity");
  j.integer(ee.quantity);
  j.key("tasks");
  j.begin_array();
  for (const TaskEconomy& t : ee.tasks) {
    j.begin_object();
    j.key("task");
    j.string(task_id(t.task));
    j.key("hours");
    j.number(hours_json(Int256(t.hours)));
    j.key("moves");
    j.boolean(t.moves);
    j.end_object();
  }
  j.end_array();
  j.key("hours_total");
  j.number(hours_json(ee.hours_total));
  j.key("hours_transferred");
  j.number(hours_json(ee.hours_moved));
  j.key("hourly_rate");
  j.number(money_json(Int256(ee.hourly_rate), 2));
  j.key("hourly_cost");
  j.number(money_json(Int256(ee.hourly_cost), 2));
  j.key("price_part");
  j.number(money_json(ee.price_part, 4));
  j.key("transferred_cost_part");
  j.number(money_json(ee.cost_part, 4));
  j.key("annual_cost");
  j.number(money_json(Int256(ee.annual_cost), 2));
  j.key("annual_cost_moves");
  j.boolean(ee.annual_moves);
  j.key("annual_cost_task");
  if (ee.annual_cost_task < 0)
    j.null();
  else
    j.string(task_id(static_cast<std::uint32_t>(ee.annual_cost_task)));
  j.end_object();
  j.end_object();
  j.finish();
}

}  // namespace opgavesnit
