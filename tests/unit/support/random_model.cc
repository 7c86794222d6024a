#include "support/random_model.h"

#include <algorithm>
#include <string>

#include "support/model_builder.h"

namespace opgavesnit::testing {

int Random::below(int n) {
  // The high word of a 32 x 32 bit product: the same on every library.
  return static_cast<int>((static_cast<std::uint64_t>(rng_()) * static_cast<std::uint64_t>(n)) >>
                          32);
}

Estimate Random::range(std::int64_t likely, std::int64_t max) {
  Estimate e;
  e.likely = likely;
  e.low = chance(20) ? likely : likely - below(static_cast<int>(likely) + 1);
  e.high = chance(20) ? likely : std::min<std::int64_t>(max - 1, likely + below(5000));
  if (chance(5)) e.low = e.high = likely;
  return e;
}

namespace {

template <class T>
std::vector<T> subset(Random& r, const std::vector<T>& all, int percent) {
  std::vector<T> out;
  for (const T& x : all)
    if (r.chance(percent)) out.push_back(x);
  return out;
}

template <class T>
const T& pick(Random& r, const std::vector<T>& all) {
  return all[static_cast<std::size_t>(r.below(static_cast<int>(all.size())))];
}

int between(Random& r, int low, int high) { return low + r.below(high - low + 1); }

const std::vector<std::string> kTasks = {"op", "patch", "backup", "mon"};
const std::vector<std::string> kMunicipalities = {"m1", "m0", "m2", "m4", "m3"};
const std::vector<std::vector<std::string>> kDatedPeriods = {
    {"2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"},
    {"2026-H2", "2027-03", "2027-11", "2028"},
    {"2027"},
    {"2027-02", "2027-Q3"}};

/// Types, levels, municipalities, components and scenarios, as the builder
/// takes them.
ModelBuilder structure(Random& r, const RandomShape& shape) {
  ModelBuilder b;
  for (const auto& t : kTasks) b.task(t);

  const Cents money = shape.money_unit;
  std::vector<std::string> type_ids;
  std::vector<std::vector<std::string>> type_tasks;
  const int ntypes = between(r, 1, shape.max_types);
  for (int i = 0; i < ntypes; ++i) {
    std::vector<std::string> names = subset(r, kTasks, 60);
    if (names.empty()) names.push_back(pick(r, kTasks));
    std::vector<TaskSpec> specs;
    for (const auto& n : names) {
      TaskSpec ts{n, shape.hours_unit * r.below(shape.hours_steps), r.chance(40)};
      for (const auto& other : names)
        if (other != n && r.chance(20)) ts.requires_tasks.push_back(other);
      specs.push_back(ts);
    }
    type_ids.push_back("type" + std::to_string(i));
    type_tasks.push_back(names);
    b.type(type_ids.back(), specs, r.chance(80) ? "cat" + std::to_string(r.below(2)) : "");
  }

  std::vector<std::string> level_ids;
  const int nlevels = between(r, shape.min_levels, shape.max_levels);
  for (int i = 0; i < nlevels; ++i) {
    const std::string id = "level" + std::to_string(i);
    auto& l = b.level(id, money * (100 + r.below(1000))).fee(r.below(3) * 1000 * money);
    if (i > 0 && r.chance(40)) l.parent(pick(r, level_ids));
    level_ids.push_back(id);
    const int nrules = r.below(3);
    for (int k = 0; k < nrules; ++k) {
      RuleSpec rule;
      if (r.chance(25))
        rule.categories = {"cat" + std::to_string(r.below(2))};
      else
        rule.types = subset(r, type_ids, 50);
      if (r.chance(30)) rule.tasks = subset(r, kTasks, 50);
      l.include(rule);
    }
    if (r.chance(25)) l.exclude({.tasks = {pick(r, kTasks)}});
  }

  const int nmunis = between(r, shape.min_municipalities, shape.max_municipalities);
  const std::vector<std::string> munis(kMunicipalities.begin(), kMunicipalities.begin() + nmunis);
  for (const auto& id : munis) {
    const std::int64_t population = shape.zero_population && r.chance(10) ? 0
                                    : r.chance(50)                        ? 1 + r.below(3) * 1000
                                                                          : 1 + r.below(50000);
    b.municipality(id, population,
                   r.chance(50) ? std::optional<Cents>(10000 + r.below(90000)) : std::nullopt);
  }

  const int ncomps = between(r, 1, shape.max_components);
  std::vector<std::string> comps;
  std::vector<std::size_t> comp_type;
  for (int i = 0; i < ncomps; ++i) {
    comps.push_back(pick(r, munis) + "/c" + std::to_string(i));
    comp_type.push_back(static_cast<std::size_t>(r.below(ntypes)));
  }
  for (std::size_t i = 0; i < comps.size(); ++i) {
    auto& c = b.component(comps[i], type_ids[comp_type[i]]);
    c.qty(1 + r.below(3)).annual(r.below(5) * (1000 * money + 1)).book(r.below(5) * (777 * money));
    if (r.chance(12))
      c.retain();
    else if (r.chance(10))
      c.transfer();
    for (std::size_t j = 0; j < comps.size(); ++j) {
      if (j == i || !r.chance(shape.dependency_percent)) continue;
      if (r.chance(shape.interface_percent))
        c.on_interface(comps[j]);
      else
        c.on(comps[j],
             r.chance(30) ? subset(r, type_tasks[comp_type[i]], 50) : std::vector<std::string>{});
    }
  }

  for (int s = 0; s < shape.scenarios; ++s) {
    auto& sc = b.scenario("s" + std::to_string(s), r.chance(85) ? pick(r, level_ids) : "");
    for (const auto& id : munis)
      if (r.chance(30)) sc.set(id, r.chance(40) ? "none" : pick(r, level_ids));
    if (shape.all_drop || s % 2 == 1) sc.drop();
    if (r.chance(shape.schedule_percent)) {
      std::vector<std::string> periods = {"p1", "p2", "p3"};
      if (shape.dated_periods)
        periods = pick(r, kDatedPeriods);
      else
        periods.resize(static_cast<std::size_t>(between(r, 1, 3)));
      const Cents capacity =
          r.chance(20) ? 100000000 : 2 * shape.hours_unit * r.below(2 * shape.hours_steps);
      sc.schedule(periods, capacity);
    }
    if (shape.common_costs) {
      // One draw per statement: the order of a call's arguments is the
      // compiler's choice.
      if (r.chance(80)) {
        const Cents amount = money * (100 + r.below(100000));
        const Among among = r.chance(50) ? Among::all : Among::participating;
        sc.cost("equal", amount, {{KeyBasis::equal, 10000}}, among);
      }
      if (r.chance(80)) {
        const Cents amount = money * r.below(1000000);
        const int w = r.below(10001);
        const KeyBasis other = r.chance(30) ? KeyBasis::hours : KeyBasis::population;
        const Among among = r.chance(30) ? Among::participating : Among::all;
        sc.cost("mix", amount, {{KeyBasis::equal, w}, {other, 10000 - w}}, among);
      }
    }
  }
  return b;
}

/// What the builder does not know: set on the model directly.
void economy(Random& r, const RandomShape& shape, Model& m) {
  if (shape.economy) {
    for (ComponentType& type : m.types)
      type.annual_cost_task = r.chance(50) ? r.below(static_cast<int>(type.tasks.size())) : -1;
    if (r.chance(50)) m.region.hourly_cost = 50000 + r.below(30000);
    for (Scenario& s : m.scenarios)
      for (CommonCost& cc : s.common_costs)
        if (r.chance(60)) cc.year = 2025 + r.below(5);
  }
  if (shape.ownership)
    for (Scenario& s : m.scenarios) {
      Ownership o;
      o.capital = r.chance(70) ? r.below(1000000) * shape.money_unit : 0;
      o.key = {{r.chance(50) ? KeyBasis::population : KeyBasis::equal, 10000, {}}};
      o.among = r.chance(50) ? Among::all : Among::participating;
      o.in_kind = r.chance(80);
      s.ownership = o;
    }
  if (r.chance(shape.organisation_percent)) {
    Organisation org;
    org.hourly_cost = 40000 + r.below(60000);
    org.fixed_cost = r.below(1000000) * shape.money_unit;
    if (r.chance(50)) org.hours_per_fte = 150000;
    if (r.chance(70)) org.efficiency_default = Efficiency{kNoId, r.below(5000), {}, {}};
    for (Id t = 0; t < m.tasks.size(); ++t)
      if (r.chance(40)) org.efficiency.push_back({t, r.below(10000), {}, {}});
    // As the loader fills it: a task's own, else the default, else 0.
    org.efficiency_of.assign(m.tasks.size(),
                             org.efficiency_default ? org.efficiency_default->value : 0);
    for (const Efficiency& e : org.efficiency) org.efficiency_of[e.task] = e.value;
    m.organisation = org;
  }
}

/// Ranges: hours, the region's, municipalities' and the organisation's
/// hourly costs, annual costs, the fixed cost and efficiencies.
void ranges(Random& r, Model& m) {
  for (ComponentType& type : m.types)
    for (TypeTask& tt : type.tasks)
      if (r.chance(60)) tt.hours_range = r.range(tt.hours, 1000000);
  if (m.region.hourly_cost && r.chance(60))
    m.region.hourly_cost_range = r.range(*m.region.hourly_cost, 1000000);
  for (Municipality& muni : m.municipalities)
    if (muni.hourly_cost && r.chance(60))
      muni.hourly_cost_range = r.range(*muni.hourly_cost, 1000000);
  for (Component& c : m.components)
    if (c.annual_cost != 0 && r.chance(30)) c.annual_cost_range = r.range(c.annual_cost, 100000000);
  if (!m.organisation) return;
  Organisation& org = *m.organisation;
  if (r.chance(60)) org.hourly_cost_range = r.range(org.hourly_cost, 1000000);
  if (r.chance(60)) org.fixed_cost_range = r.range(org.fixed_cost, 1000000000);
  if (org.efficiency_default && r.chance(60))
    org.efficiency_default->range = r.range(org.efficiency_default->value, 10000);
  for (Efficiency& e : org.efficiency)
    if (r.chance(60)) e.range = r.range(e.value, 10000);
}

}  // namespace

Model random_model(unsigned seed, const RandomShape& shape) {
  Random r(seed);
  Model m = structure(r, shape).build();
  economy(r, shape, m);
  if (shape.ranges) ranges(r, m);
  return m;
}

}  // namespace opgavesnit::testing
