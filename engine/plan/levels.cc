#include <opgavesnit/plan/levels.h>
#include <opgavesnit/plan/plan.h>

#include <algorithm>

namespace opgavesnit {

namespace {

LevelVariant variant_of(const Model& model, const Plan& plan, Id m, Id level) {
  const MunicipalityPlan& mp = plan.municipalities[m];
  LevelVariant v;
  v.level = level;
  v.consistent = plan.consistent;
  v.hours_transferred = mp.hours_transferred;
  v.transferred_cost = mp.transferred_cost;
  v.price = mp.price;
  v.net_change = mp.net_change;
  v.assets = mp.assets;
  for (Cents share : mp.common_costs) v.common_costs += Int256(share);
  v.interfaces = mp.interfaces.size();
  const auto owned = [&](Id c) { return model.components[c].municipality == m; };
  for (const MunicipalityPlan& other : plan.municipalities) {
    for (const Conflict& cf : other.conflicts)
      v.conflicts += owned(cf.component) || (cf.length > 0 && owned(cf.seed.component));
    for (const DroppedSeed& ds : other.dropped)
      v.dropped += owned(ds.component) || owned(ds.reaches);
  }
  for (Id c : mp.components) v.waves = std::max(v.waves, plan.components[c].wave);
  if (plan.has_budget) v.budget = mp.budget;
  if (plan.organisation) v.organisation_result = plan.organisation->result;
  return v;
}

}  // namespace

LevelsReport compare_levels(const Model& model, const Scenario& scenario, Id municipality,
                            Diagnostics& diags) {
  LevelsReport report;
  report.municipality = municipality;
  report.scenario_id = scenario.id;
  report.policy = scenario.conflicts;
  report.hours_per_fte = model.region.hours_per_fte;
  if (municipality >= model.municipalities.size()) return report;
  report.current_level =
      municipality < scenario.level_of.size() ? scenario.level_of[municipality] : kNoId;

  std::vector<Id> levels = model.municipalities[municipality].candidate_levels;
  if (levels.empty())
    for (Id l = 0; l < model.levels.size(); ++l) levels.push_back(l);

  Scenario variant = scenario;
  variant.level_of.resize(model.municipalities.size(), scenario.default_level);
  for (Id level : levels) {
    variant.level_of[municipality] = level;
    // No paths are printed here: the bound on them does not apply.
    const Plan plan = make_plan(model, variant, diags, model.find_scenario(scenario.id),
                                PlanLimits{.max_witness_steps = UINT64_MAX});
    LevelVariant v = variant_of(model, plan, municipality, level);
    v.current = level == report.current_level;
    if (report.variants.empty()) {
      report.has_budget = plan.has_budget;
      for (const BudgetYear& by : plan.budget) report.budget_years.push_back(by.year);
    }
    report.has_budget = report.has_budget && plan.has_budget;
    report.variants.push_back(std::move(v));
  }

  const auto id_less = [&](std::size_t a, std::size_t b) {
    return model.levels[report.variants[a].level].id < model.levels[report.variants[b].level].id;
  };
  for (std::size_t i = 0; i < report.variants.size(); ++i) {
    const LevelVariant& v = report.variants[i];
    if (report.cheapest == LevelsReport::kNone) {
      report.cheapest = i;
    } else {
      const LevelVariant& best = report.variants[report.cheapest];
      if (v.net_change < best.net_change ||
          (v.net_change == best.net_change && id_less(i, report.cheapest)))
        report.cheapest = i;
    }
    if (v.conflicts > 0 || v.dropped > 0) continue;
    if (report.most_moved == LevelsReport::kNone) {
      report.most_moved = i;
      continue;
    }
    const LevelVariant& best = report.variants[report.most_moved];
    if (v.hours_transferred > best.hours_transferred ||
        (v.hours_transferred == best.hours_transferred &&
         (v.net_change < best.net_change ||
          (v.net_change == best.net_change && id_less(i, report.most_moved)))))
      report.most_moved = i;
  }
  return report;
}

}  // namespace opgavesnit
