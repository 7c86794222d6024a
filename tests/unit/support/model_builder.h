// A test helper: builds a resolved Model directly, without YAML.
//
//   ModelBuilder b;
//   b.type("vm", {{"operation", 12000, true}, {"capacity", 1600, false, {"operation"}}});
//   b.level("standard", 82000).include({.types = {"vm"}});
//   b.municipality("norddjurs");
//   b.component("norddjurs/vmw", "vm").on("norddjurs/dc");
//   b.scenario("s", "standard");
//   Model m = b.build();
//
// Names are resolved when build() runs; tasks are created on first use.
#pragma once

#include <opgavesnit/core/model.h>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace opgavesnit::testing {

struct TaskSpec {
  std::string task;
  Cents hours = 0;
  bool foundation = false;
  std::vector<std::string> requires_tasks = {};
};

/// Filters of a rule; an empty list means "not given".
struct RuleSpec {
  std::vector<std::string> categories = {}, types = {}, tags = {}, components = {},
                           municipalities = {}, tasks = {};
};

struct LevelSpec {
  std::string id;
  Cents hourly_rate = 0;
  Cents base_fee = 0;
  std::string extends;
  std::vector<RuleSpec> includes, excludes;
  LevelSpec& include(RuleSpec r) {
    includes.push_back(std::move(r));
    return *this;
  }
  LevelSpec& exclude(RuleSpec r) {
    excludes.push_back(std::move(r));
    return *this;
  }
  LevelSpec& fee(Cents f) {
    base_fee = f;
    return *this;
  }
  LevelSpec& parent(std::string p) {
    extends = std::move(p);
    return *this;
  }
};

struct DepSpec {
  std::string target;  ///< qualified
  DepKind kind = DepKind::hard;
  std::vector<std::string> for_tasks;  ///< empty: all
};

struct ComponentSpec {
  std::string qualified;
  std::string type;
  std::int64_t quantity = 1;
  Pin pin = Pin::none;
  std::string reason;
  std::vector<std::string> tags;
  Cents annual_cost = 0;
  Cents book_value = 0;
  std::vector<DepSpec> deps;

  ComponentSpec& on(std::string target, std::vector<std::string> for_tasks = {}) {
    deps.push_back({std::move(target), DepKind::hard, std::move(for_tasks)});
    return *this;
  }
  ComponentSpec& on_interface(std::string target) {
    deps.push_back({std::move(target), DepKind::interface, {}});
    return *this;
  }
  ComponentSpec& qty(std::int64_t q) {
    quantity = q;
    return *this;
  }
  ComponentSpec& retain(std::string why = "kept") {
    pin = Pin::retain;
    reason = std::move(why);
    return *this;
  }
  ComponentSpec& transfer(std::string why = "moved") {
    pin = Pin::transfer;
    reason = std::move(why);
    return *this;
  }
  ComponentSpec& tag(std::string t) {
    tags.push_back(std::move(t));
    return *this;
  }
  ComponentSpec& annual(Cents a) {
    annual_cost = a;
    return *this;
  }
  ComponentSpec& book(Cents b) {
    book_value = b;
    return *this;
  }
};

struct CostSpec {
  std::string id;
  Cents amount = 0;
  std::vector<std::pair<KeyBasis, std::int64_t>> key;  ///< weights in 1e-4
  Among among = Among::all;
};

struct ScenarioSpec {
  std::string id;
  std::string default_level;  ///< "" or "none": none
  std::map<std::string, std::string> levels;
  ConflictPolicy policy = ConflictPolicy::strict;
  std::optional<Waves> waves;
  std::vector<CostSpec> costs;

  ScenarioSpec& set(std::string muni, std::string level) {
    levels[std::move(muni)] = std::move(level);
    return *this;
  }
  ScenarioSpec& drop() {
    policy = ConflictPolicy::drop;
    return *this;
  }
  ScenarioSpec& schedule(std::vector<std::string> periods, Cents capacity) {
    waves = Waves{std::move(periods), capacity, {}, {}};
    return *this;
  }
  ScenarioSpec& cost(std::string cost_id, Cents amount,
                     std::vector<std::pair<KeyBasis, std::int64_t>> key, Among among = Among::all) {
    costs.push_back({std::move(cost_id), amount, std::move(key), among});
    return *this;
  }
};

struct MunicipalitySpec {
  std::string id;
  std::optional<std::int64_t> population;
  std::optional<Cents> hourly_cost;
};

class ModelBuilder {
 public:
  ModelBuilder& task(const std::string& id) {
    intern(tasks_, id);
    return *this;
  }
  ModelBuilder& type(std::string id, std::vector<TaskSpec> tasks, std::string category = "") {
    types_.push_back({std::move(id), std::move(tasks), std::move(category)});
    return *this;
  }
  LevelSpec& level(std::string id, Cents hourly_rate) {
    levels_.push_back({std::move(id), hourly_rate, 0, "", {}, {}});
    return levels_.back();
  }
  ModelBuilder& municipality(std::string id, std::optional<std::int64_t> population = std::nullopt,
                             std::optional<Cents> hourly_cost = std::nullopt) {
    municipalities_.push_back({std::move(id), population, hourly_cost});
    return *this;
  }
  ComponentSpec& component(std::string qualified, std::string type) {
    components_.push_back({});
    components_.back().qualified = std::move(qualified);
    components_.back().type = std::move(type);
    return components_.back();
  }
  ScenarioSpec& scenario(std::string id, std::string default_level = "") {
    scenarios_.push_back({});
    scenarios_.back().id = std::move(id);
    scenarios_.back().default_level = std::move(default_level);
    return scenarios_.back();
  }
  ModelBuilder& region_hourly_cost(std::optional<Cents> c) {
    region_cost_ = c;
    return *this;
  }
  ModelBuilder& hours_per_fte(Cents h) {
    hours_per_fte_ = h;
    return *this;
  }

  Model build() const {
    Model m;
    m.region.id = "region";
    m.region.hourly_cost = region_cost_;
    m.region.hours_per_fte = hours_per_fte_;
    std::vector<std::string> task_names = tasks_;
    for (const auto& ty : types_)
      for (const auto& ts : ty.tasks) intern(task_names, ts.task);
    for (const auto& id : task_names) m.tasks.push_back({id, "", "", {}});
    for (const auto& ty : types_) {
      ComponentType ct;
      ct.id = ty.id;
      if (!ty.category.empty()) ct.category = intern(m.categories, ty.category);
      for (const auto& ts : ty.tasks) {
        TypeTask tt;
        tt.task = index_of(task_names, ts.task);
        tt.hours = ts.hours;
        tt.foundation = ts.foundation;
        ct.tasks.push_back(tt);
      }
      bool any = false;
      for (const auto& ts : ty.tasks) any = any || ts.foundation;
      for (std::size_t i = 0; i < ty.tasks.size(); ++i) {
        for (const auto& r : ty.tasks[i].requires_tasks)
          ct.tasks[i].requires_tasks.push_back(local(ty, r));
        if (!any) ct.tasks[i].foundation = true;
        if (ct.tasks[i].foundation) ct.foundation.push_back(static_cast<std::uint32_t>(i));
      }
      m.types.push_back(std::move(ct));
    }
    for (const auto& ms : municipalities_) {
      Municipality mu;
      mu.id = ms.id;
      mu.population = ms.population;
      mu.hourly_cost = ms.hourly_cost;
      m.municipalities.push_back(std::move(mu));
    }
    std::vector<std::string> qualified;
    for (const auto& cs : components_) qualified.push_back(cs.qualified);
    for (const auto& t : components_)
      for (const auto& tag : t.tags) intern(m.tags, tag);
    for (std::size_t i = 0; i < components_.size(); ++i) {
      const ComponentSpec& cs = components_[i];
      Component c;
      const auto slash = cs.qualified.find('/');
      c.id = cs.qualified.substr(slash + 1);
      c.qualified = cs.qualified;
      c.municipality = find_muni(cs.qualified.substr(0, slash));
      c.type = find_type(cs.type);
      c.quantity = cs.quantity;
      c.pin = cs.pin;
      c.reason = cs.reason;
      c.annual_cost = cs.annual_cost;
      c.book_value = cs.book_value;
      for (const auto& tag : cs.tags) c.tags.push_back(index_of(m.tags, tag));
      std::sort(c.tags.begin(), c.tags.end());
      c.pos = {0, static_cast<std::uint32_t>(i), 0};
      for (const auto& d : cs.deps) {
        Dependency dep;
        dep.target = index_of(qualified, d.target);
        dep.kind = d.kind;
        dep.all_tasks = d.for_tasks.empty();
        for (const auto& f : d.for_tasks) dep.for_tasks.push_back(local(types_[c.type], f));
        c.depends_on.push_back(dep);
      }
      m.municipalities[c.municipality].components.push_back(static_cast<Id>(i));
      m.components.push_back(std::move(c));
    }
    for (const auto& ls : levels_) {
      ServiceLevel l;
      l.id = ls.id;
      l.hourly_rate = ls.hourly_rate;
      l.base_fee = ls.base_fee;
      for (const auto& r : ls.includes) l.includes.push_back(rule(m, task_names, qualified, r));
      for (const auto& r : ls.excludes) l.excludes.push_back(rule(m, task_names, qualified, r));
      m.levels.push_back(std::move(l));
    }
    for (std::size_t i = 0; i < levels_.size(); ++i)
      if (!levels_[i].extends.empty()) m.levels[i].extends = find_level(levels_[i].extends);
    for (const auto& ss : scenarios_) {
      Scenario s;
      s.id = ss.id;
      s.default_level = level_or_none(ss.default_level);
      s.level_of.assign(m.municipalities.size(), s.default_level);
      for (const auto& [mu, lv] : ss.levels) s.level_of[find_muni(mu)] = level_or_none(lv);
      s.conflicts = ss.policy;
      s.waves = ss.waves;
      for (const auto& cs : ss.costs) {
        CommonCost cc;
        cc.id = cs.id;
        cc.amount = cs.amount;
        cc.among = cs.among;
        for (const auto& [basis, weight] : cs.key) cc.key.push_back({basis, weight, {}});
        s.common_costs.push_back(std::move(cc));
      }
      m.scenarios.push_back(std::move(s));
    }
    m.index();
    return m;
  }

 private:
  struct TypeSpec {
    std::string id;
    std::vector<TaskSpec> tasks;
    std::string category;
  };

  static Id intern(std::vector<std::string>& names, const std::string& id) {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == id) return static_cast<Id>(i);
    names.push_back(id);
    return static_cast<Id>(names.size() - 1);
  }
  static Id index_of(const std::vector<std::string>& names, const std::string& id) {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == id) return static_cast<Id>(i);
    throw std::runtime_error("model builder: unknown name '" + id + "'");
  }
  static std::uint32_t local(const TypeSpec& ty, const std::string& task) {
    for (std::size_t i = 0; i < ty.tasks.size(); ++i)
      if (ty.tasks[i].task == task) return static_cast<std::uint32_t>(i);
    throw std::runtime_error("model builder: type '" + ty.id + "' has no task '" + task + "'");
  }
  Id find_muni(const std::string& id) const {
    for (std::size_t i = 0; i < municipalities_.size(); ++i)
      if (municipalities_[i].id == id) return static_cast<Id>(i);
    throw std::runtime_error("model builder: unknown municipality '" + id + "'");
  }
  Id find_type(const std::string& id) const {
    for (std::size_t i = 0; i < types_.size(); ++i)
      if (types_[i].id == id) return static_cast<Id>(i);
    throw std::runtime_error("model builder: unknown type '" + id + "'");
  }
  Id find_level(const std::string& id) const {
    for (std::size_t i = 0; i < levels_.size(); ++i)
      if (levels_[i].id == id) return static_cast<Id>(i);
    throw std::runtime_error("model builder: unknown level '" + id + "'");
  }
  Id level_or_none(const std::string& id) const {
    return id.empty() || id == "none" ? kNoId : find_level(id);
  }
  Rule rule(Model& m, const std::vector<std::string>& task_names,
            const std::vector<std::string>& qualified, const RuleSpec& r) const {
    Rule out;
    auto fill = [](Filter& f, std::vector<Id> values) {
      f.given = !values.empty();
      std::sort(values.begin(), values.end());
      values.erase(std::unique(values.begin(), values.end()), values.end());
      f.values = std::move(values);
    };
    std::vector<Id> v;
    for (const auto& x : r.categories) v.push_back(intern(m.categories, x));
    fill(out.categories, std::move(v));
    v.clear();
    for (const auto& x : r.types) v.push_back(find_type(x));
    fill(out.types, std::move(v));
    v.clear();
    for (const auto& x : r.tags) v.push_back(intern(m.tags, x));
    fill(out.tags, std::move(v));
    v.clear();
    for (const auto& x : r.components) v.push_back(index_of(qualified, x));
    fill(out.components, std::move(v));
    v.clear();
    for (const auto& x : r.municipalities) v.push_back(find_muni(x));
    fill(out.municipalities, std::move(v));
    v.clear();
    bool all = false;
    for (const auto& x : r.tasks) {
      if (x == "all")
        all = true;
      else
        v.push_back(index_of(task_names, x));
    }
    fill(out.tasks, all ? std::vector<Id>{} : std::move(v));
    return out;
  }

  std::vector<std::string> tasks_;
  std::vector<TypeSpec> types_;
  std::deque<LevelSpec> levels_;
  std::vector<MunicipalitySpec> municipalities_;
  std::deque<ComponentSpec> components_;
  std::deque<ScenarioSpec> scenarios_;
  std::optional<Cents> region_cost_ = 70000;
  Cents hours_per_fte_ = 162800;
};

}  // namespace opgavesnit::testing
