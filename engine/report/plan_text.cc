#include <opgavesnit/core/text.h>
#include <opgavesnit/plan/task_matrix.h>
#include <opgavesnit/report/plan_economy.h>
#include <opgavesnit/report/plan_text.h>

#include <algorithm>
#include <map>
#include <string>

namespace opgavesnit {

namespace {

constexpr std::size_t kLabelWidth = 21;

std::string kr(const Int256& ten_thousandths) {
  return format_fixed(ten_thousandths, 4, 2) + " kr.";
}

std::string signed_kr(const Int256& ten_thousandths) {
  const std::string text = kr(ten_thousandths);
  return ten_thousandths > Int256(0) && text != "0.00 kr." ? "+" + text : text;
}

std::string hours(const Int256& hundredths) { return format_fixed(hundredths, 2, 2) + " h"; }

std::string fte(const Int256& hundredths, Cents per_fte) {
  return format_ratio_fixed(hundredths, per_fte > 0 ? static_cast<std::uint64_t>(per_fte) : 0, 3) +
         " FTE";
}

void line(std::ostream& out, const std::string& label, const std::string& value) {
  std::string padded = "  " + label;
  if (padded.size() < kLabelWidth)
    padded.resize(kLabelWidth, ' ');
  else
    padded += ' ';
  out << padded << value << '\n';
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// The task-split matrix, one letter per cell, columns numbered:
///   task split         1 operation, 2 patching
///                      switch   S S
///                      (S shared, M municipality, B both, - not a task of the type)
void write_matrix(std::ostream& out, const Model& model, const TaskMatrix& matrix) {
  if (matrix.types.empty()) return;
  std::string legend;
  for (std::size_t c = 0; c < matrix.tasks.size(); ++c)
    legend += (c ? ", " : "") + std::to_string(c + 1) + " " + model.tasks[matrix.tasks[c]].id;
  line(out, "task split", legend);
  std::size_t type_width = 0;
  for (Id t : matrix.types) type_width = std::max(type_width, model.types[t].id.size());
  const std::size_t cell_width = std::to_string(matrix.tasks.size()).size();
  for (std::size_t r = 0; r < matrix.types.size(); ++r) {
    std::string row = model.types[matrix.types[r]].id;
    row.resize(type_width, ' ');
    for (std::size_t c = 0; c < matrix.tasks.size(); ++c) {
      static constexpr char kLetter[] = {'-', 'M', 'S', 'B'};  // by Holder
      std::string cell(1, kLetter[static_cast<int>(matrix.at(r, c).holder)]);
      cell.resize(cell_width, ' ');
      row += ' ' + cell;
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    line(out, "", row);
  }
  line(out, "", "(S shared, M municipality, B both, - not a task of the type)");
}

void write_municipality(std::ostream& out, const Model& model, const Plan& plan, Id m) {
  const Municipality& muni = model.municipalities[m];
  const MunicipalityPlan& mp = plan.municipalities[m];
  out << muni.id;
  if (!muni.name.empty()) out << " (" << terminal_text(muni.name) << ")";
  out << "\n";
  line(out, "level", mp.takes_part() ? model.levels[mp.level].id : "none (does not take part)");
  line(out, "components",
       std::to_string(mp.transferred) + " transferred, " + std::to_string(mp.split) + " split, " +
           std::to_string(mp.retained) + " retained");
  line(out, "hours",
       hours(mp.hours_transferred) + " of " + hours(mp.hours_total) + " transferred (" +
           fte(mp.hours_transferred, plan.hours_per_fte) + ")");
  line(out, "baseline cost", kr(mp.baseline_cost));
  line(out, "transferred cost", kr(mp.transferred_cost));
  line(out, "price", kr(mp.price));
  line(out, "net change", signed_kr(mp.net_change));
  line(out, "assets", kr(mp.assets));

  std::size_t upstream = 0;
  for (const Interface& i : mp.interfaces) upstream += i.direction == Direction::upstream;
  line(out, "interfaces",
       std::to_string(mp.interfaces.size()) + " (" + std::to_string(upstream) + " upstream, " +
           std::to_string(mp.interfaces.size() - upstream) + " service)");
  // A terminal summary lists the first few; every report format has them all.
  constexpr std::size_t kListed = 10;
  for (std::size_t k = 0; k < mp.interfaces.size() && k < kListed; ++k) {
    const Interface& i = mp.interfaces[k];
    line(out, "",
         model.components[i.from].qualified + " -> " + model.components[i.to].qualified + "  " +
             to_string(i.direction) + ", " + to_string(i.kind));
  }
  if (mp.interfaces.size() > kListed)
    line(out, "",
         "... and " + std::to_string(mp.interfaces.size() - kListed) +
             " more (--format json lists them all)");
  if (mp.split > 0) {
    line(out, "split components", std::to_string(mp.split));
    std::size_t listed = 0;
    for (Id c : mp.components) {
      if (plan.components[c].status != Status::split) continue;
      if (++listed > kListed) {
        line(out, "",
             "... and " + std::to_string(mp.split - kListed) +
                 " more (--format json lists them all)");
        break;
      }
      const ComponentType& type = model.types[model.components[c].type];
      std::string moved;
      for (std::uint32_t t : plan.components[c].tasks)
        moved += (moved.empty() ? "" : ", ") + model.tasks[type.tasks[t].task].id;
      line(out, "", model.components[c].qualified + ": " + moved + " handed over");
    }
  }
  write_matrix(out, model, make_task_matrix(model, plan, m));
  if (!mp.conflicts.empty()) {
    line(out, "conflicts", std::to_string(mp.conflicts.size()));
    for (const Conflict& cf : mp.conflicts)
      line(out, "", model.components[cf.component].qualified + ": " + path_text(model, cf.path));
  }
  if (!mp.dropped.empty()) {
    line(out, "dropped seeds", std::to_string(mp.dropped.size()));
    for (const DroppedSeed& ds : mp.dropped)
      line(out, "",
           pair_text(model, {ds.component, ds.task}) + " reaches retained " +
               model.components[ds.reaches].qualified);
  }

  std::map<std::uint32_t, std::size_t> waves;
  std::map<Id, std::size_t> periods;  // kNoId: unscheduled
  for (Id c : mp.components) {
    const ComponentPlan& cp = plan.components[c];
    if (cp.wave == 0) continue;
    ++waves[cp.wave];
    if (plan.scheduled) ++periods[cp.period];
  }
  if (!waves.empty()) {
    std::string text = std::to_string(waves.rbegin()->first) + " (";
    bool first = true;
    for (const auto& [wave, n] : waves) {
      text += (first ? "" : ", ") + ("wave " + std::to_string(wave) + ": ") +
              plural(n, "component", "components");
      first = false;
    }
    line(out, "waves", text + ")");
  }
  if (!periods.empty()) {
    std::string text;
    for (const auto& [period, n] : periods)
      text += (text.empty() ? "" : ", ") +
              (period == kNoId ? std::string("unscheduled") : terminal_text(plan.periods[period])) +
              ": " + std::to_string(n);
    line(out, "periods", text);
  }
  for (std::size_t k = 0; k < plan.common_cost_ids.size(); ++k)
    line(out, k == 0 ? "common costs" : "",
         plan.common_cost_ids[k] + " " +
             format_fixed(Int256(k < mp.common_costs.size() ? mp.common_costs[k] : 0), 2, 2) +
             " kr.");
}

void write_schedule(std::ostream& out, const Model& model, const Plan& plan) {
  out << "schedule (capacity " << hours(plan.capacity_hours) << " per period)\n";
  std::vector<Int256> used(plan.periods.size());
  std::vector<std::size_t> components(plan.periods.size(), 0);
  for (const WaveGroup& g : plan.groups) {
    if (g.period == kNoId) continue;
    used[g.period] += g.hours;
    components[g.period] += g.components.size();
  }
  for (std::size_t p = 0; p < plan.periods.size(); ++p)
    line(out, terminal_text(plan.periods[p]),
         hours(used[p]) + ", " + plural(components[p], "component", "components") +
             (used[p] > Int256(plan.capacity_hours) ? " (over capacity: one oversize group)" : ""));
  if (!plan.unscheduled.empty()) {
    line(out, "unscheduled", plural(plan.unscheduled.size(), "component", "components"));
    for (Id c : plan.unscheduled) line(out, "", model.components[c].qualified);
  }
}

}  // namespace

void write_plan_text(std::ostream& out, const Model& model, const Plan& plan) {
  std::size_t conflicts = 0, dropped = 0;
  for (const MunicipalityPlan& mp : plan.municipalities) {
    conflicts += mp.conflicts.size();
    dropped += mp.dropped.size();
  }
  out << "scenario " << plan.scenario_id;
  if (plan.scenario != kNoId && !model.scenarios[plan.scenario].name.empty())
    out << " (" << terminal_text(model.scenarios[plan.scenario].name) << ")";
  out << ": ";
  if (plan.consistent)
    out << "consistent";
  else
    out << "inconsistent, " << plural(conflicts, "conflict", "conflicts");
  out << "\n";
  out << "conflicts: " << (plan.policy == ConflictPolicy::strict ? "strict" : "drop");
  if (plan.policy == ConflictPolicy::drop)
    out << ", " << plural(dropped, "seed", "seeds") << " dropped";
  out << "; " << plural(plan.wave_count, "wave", "waves") << "\n";
  for (Id m : plan.municipality_order) {
    out << "\n";
    write_municipality(out, model, plan, m);
  }
  if (plan.scheduled) {
    out << "\n";
    write_schedule(out, model, plan);
  }
  out << "\ntotals\n";
  line(out, "hours transferred",
       hours(plan.totals.hours_transferred) + " (" +
           fte(plan.totals.hours_transferred, plan.hours_per_fte) + ")");
  line(out, "price", kr(plan.totals.price));
  line(out, "assets", kr(plan.totals.assets));
  write_economy_text(out, model, plan);
}

}  // namespace opgavesnit
