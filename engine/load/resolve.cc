// RawFiles -> Model: merging, references, and the checks that need the
// whole model (model-format.md).
#include <fmt/format.h>
#include <opgavesnit/core/selection.h>

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "loader_internal.h"

namespace opgavesnit::detail {

namespace {

std::string with_hint(const std::string& hint) {
  return hint.empty() ? std::string() : fmt::format(", did you mean '{}'?", hint);
}

template <class Table>
std::vector<std::string> ids_of(const Table& table) {
  std::vector<std::string> ids;
  ids.reserve(table.size());
  for (const auto& e : table) ids.push_back(e.id);
  return ids;
}

/// Interns free names (categories, tags).
class Interner {
 public:
  explicit Interner(std::vector<std::string>& names) : names_(names) {}
  Id intern(const std::string& s) {
    auto [it, added] = index_.emplace(s, static_cast<Id>(names_.size()));
    if (added) names_.push_back(s);
    return it->second;
  }
  Id find(const std::string& s) const {
    auto it = index_.find(s);
    return it == index_.end() ? kNoId : it->second;
  }

 private:
  std::vector<std::string>& names_;
  std::unordered_map<std::string, Id> index_;
};

class Resolver {
 public:
  Resolver(Model& model, Diagnostics& diags)
      : m_(model), d_(diags), categories_(model.categories), tags_(model.tags) {}

  void run(std::vector<RawFile>& files) {
    regions(files);
    tasks(files);
    types(files);
    municipalities(files);
    m_.index();
    dependencies();
    levels(files);
    candidate_levels();
    hourly_costs();
    scenarios(files);
    organisation(files);
    unmatched_rules();
  }

 private:
  // Reports a duplicate id; returns true when `id` was new.
  bool claim(std::unordered_map<std::string, SourcePos>& seen, const std::string& id, SourcePos pos,
             std::string_view what) {
    auto [it, added] = seen.emplace(id, pos);
    if (added) return true;
    // A municipality given again in another file is, most often, a second
    // inventory imported for it: say what to do instead.
    const bool second_file = what == "municipality" && it->second.file != pos.file;
    d_.error("duplicate-id", pos,
             fmt::format("duplicate {} id '{}'{}", what, id,
                         second_file ? "; a municipality lives in one file: import its "
                                       "inventories together (one CSV, or rows appended to one) "
                                       "or move these components into the first file"
                                     : ""));
    d_.note(it->second, "first defined here");
    return false;
  }

  Id task_ref(const Ref& r) {
    Id t = m_.find_task(r.text);
    if (t == kNoId)
      d_.error(
          "unknown-task", r.pos,
          fmt::format("unknown task '{}'{}", r.text, with_hint(spell_check(r.text, task_ids_))));
    return t;
  }

  Id level_ref(const Ref& r) {
    Id l = m_.find_level(r.text);
    if (l == kNoId)
      d_.error("unknown-level", r.pos,
               fmt::format("unknown service level '{}'{}", r.text,
                           with_hint(spell_check(r.text, level_ids_))));
    return l;
  }

  Id municipality_ref(const Ref& r) {
    Id mu = m_.find_municipality(r.text);
    if (mu == kNoId)
      d_.error("unknown-municipality", r.pos,
               fmt::format("unknown municipality '{}'{}", r.text,
                           with_hint(spell_check(r.text, municipality_ids_))));
    return mu;
  }

  /// A component by bare id (inside municipality `home`) or qualified id.
  Id component_ref(const Ref& r, Id home) {
    std::string qualified = r.text;
    Id owner = home;
    auto slash = r.text.find('/');
    if (slash == std::string::npos) {
      qualified = m_.municipalities[home].id + "/" + r.text;
    } else {
      owner = m_.find_municipality(std::string_view(r.text).substr(0, slash));
    }
    Id c = m_.find_component(qualified);
    if (c != kNoId) return c;
    std::string hint;
    if (owner != kNoId) {
      std::vector<std::string> candidates;
      for (Id k : m_.municipalities[owner].components)
        candidates.push_back(slash == std::string::npos ? m_.components[k].id
                                                        : m_.components[k].qualified);
      hint = spell_check(r.text, candidates);
    }
    d_.error("unknown-component", r.pos,
             fmt::format("unknown component '{}'{}", r.text, with_hint(hint)));
    return kNoId;
  }

  void regions(std::vector<RawFile>& files) {
    const Region* first = nullptr;
    for (auto& f : files)
      for (auto& region : f.regions) {
        if (first) {
          d_.error("duplicate-region", region.pos, "a model has at most one 'region'");
          d_.note(first->pos, "the first 'region' is here");
          continue;
        }
        m_.region = region;
        first = &region;
      }
  }

  void tasks(std::vector<RawFile>& files) {
    std::unordered_map<std::string, SourcePos> seen;
    for (auto& f : files)
      for (auto& t : f.tasks)
        if (claim(seen, t.id, t.pos, "task")) m_.tasks.push_back(std::move(t));
    m_.index();
    task_ids_ = ids_of(m_.tasks);
  }

  void types(std::vector<RawFile>& files) {
    std::unordered_map<std::string, SourcePos> seen;
    for (auto& f : files)
      for (auto& raw : f.types) {
        if (!claim(seen, raw.type.id, raw.type.pos, "component type")) continue;
        ComponentType type = std::move(raw.type);
        if (raw.category) type.category = categories_.intern(raw.category->text);
        // Tasks first, so that `requires` can name a later task of the type.
        std::vector<const RawTypeTask*> kept;
        for (const RawTypeTask& rt : raw.tasks) {
          Id t = task_ref(rt.task);
          if (t == kNoId) continue;
          if (type.local_index(t) >= 0) {
            d_.error("duplicate-entry", rt.task.pos,
                     fmt::format("task '{}' is listed twice in component type '{}'", rt.task.text,
                                 type.id));
            continue;
          }
          TypeTask tt;
          tt.task = t;
          tt.hours = rt.hours;
          tt.hours_range = rt.hours_range;
          tt.foundation = rt.foundation;
          tt.pos = rt.pos;
          type.tasks.push_back(std::move(tt));
          kept.push_back(&rt);
        }
        for (std::size_t i = 0; i < kept.size(); ++i) {
          for (const Ref& req : kept[i]->requires_tasks) {
            int local = local_task(type, req);
            if (local < 0) continue;
            auto& list = type.tasks[i].requires_tasks;
            if (std::find(list.begin(), list.end(), static_cast<std::uint32_t>(local)) ==
                list.end())
              list.push_back(static_cast<std::uint32_t>(local));
          }
        }
        if (raw.annual_cost_task) type.annual_cost_task = local_task(type, *raw.annual_cost_task);
        bool any_marked = std::any_of(type.tasks.begin(), type.tasks.end(),
                                      [](const TypeTask& t) { return t.foundation; });
        for (std::size_t i = 0; i < type.tasks.size(); ++i) {
          if (!any_marked) type.tasks[i].foundation = true;
          if (type.tasks[i].foundation) type.foundation.push_back(static_cast<std::uint32_t>(i));
        }
        m_.types.push_back(std::move(type));
      }
    m_.index();
  }

  /// The local index in `type` of the task `r` names, reporting unknown
  /// tasks and tasks the type does not have; -1 on failure.
  int local_task(const ComponentType& type, const Ref& r) {
    Id t = task_ref(r);
    if (t == kNoId) return -1;
    int local = type.local_index(t);
    if (local < 0)
      d_.error("task-not-in-type", r.pos,
               fmt::format("task '{}' is not a task of component type '{}'", r.text, type.id));
    return local;
  }

  void municipalities(std::vector<RawFile>& files) {
    std::unordered_map<std::string, SourcePos> seen;
    std::vector<std::string> type_ids = ids_of(m_.types);
    for (auto& f : files)
      for (auto& raw : f.municipalities) {
        if (!claim(seen, raw.municipality.id, raw.municipality.pos, "municipality")) continue;
        Id mid = static_cast<Id>(m_.municipalities.size());
        m_.municipalities.push_back(std::move(raw.municipality));
        raw_candidates_.push_back(std::move(raw.candidate_levels));
        std::unordered_map<std::string, SourcePos> component_seen;
        for (auto& rc : raw.components) {
          Component c = std::move(rc.component);
          if (!claim(component_seen, c.id, c.pos, "component")) continue;
          c.municipality = mid;
          c.qualified = m_.municipalities[mid].id + "/" + c.id;
          if (!rc.type.text.empty()) {
            c.type = m_.find_type(rc.type.text);
            if (c.type == kNoId)
              d_.error("unknown-type", rc.type.pos,
                       fmt::format("unknown component type '{}'{}", rc.type.text,
                                   with_hint(spell_check(rc.type.text, type_ids))));
          }
          for (const auto& tag : rc.tags) c.tags.push_back(tags_.intern(tag));
          std::sort(c.tags.begin(), c.tags.end());
          c.tags.erase(std::unique(c.tags.begin(), c.tags.end()), c.tags.end());
          if (c.pin != Pin::none && c.reason.empty())
            d_.warning("pin-without-reason", rc.pin_pos,
                       fmt::format("component '{}' is pinned to '{}' without a 'reason'",
                                   c.qualified, to_string(c.pin)));
          m_.municipalities[mid].components.push_back(static_cast<Id>(m_.components.size()));
          m_.components.push_back(std::move(c));
          raw_dependencies_.push_back(std::move(rc.depends_on));
        }
      }
    municipality_ids_ = ids_of(m_.municipalities);
  }

  void dependencies() {
    for (std::size_t ci = 0; ci < m_.components.size(); ++ci) {
      Component& c = m_.components[ci];
      // Where each target was first named: a short list is searched, a long
      // one hashed (no map per component, nothing quadratic).
      const bool many = raw_dependencies_[ci].size() > 16;
      std::unordered_map<Id, SourcePos> seen;
      auto first_named = [&](Id target, SourcePos at) -> const SourcePos* {
        if (many) {
          auto [it, added] = seen.emplace(target, at);
          return added ? nullptr : &it->second;
        }
        for (const Dependency& d : c.depends_on)
          if (d.target == target)
            return &first_pos_[static_cast<std::size_t>(&d - c.depends_on.data())];
        first_pos_.resize(c.depends_on.size() + 1);
        first_pos_[c.depends_on.size()] = at;
        return nullptr;
      };
      first_pos_.clear();
      for (RawDependency& rd : raw_dependencies_[ci]) {
        Dependency dep;
        dep.kind = rd.kind;
        dep.pos = rd.pos;
        dep.all_tasks = rd.all_tasks;
        dep.target = component_ref(rd.on, c.municipality);
        if (c.type != kNoId)
          for (const Ref& r : rd.for_tasks) {
            int local = local_task(m_.types[c.type], r);
            if (local >= 0 && std::find(dep.for_tasks.begin(), dep.for_tasks.end(),
                                        static_cast<std::uint32_t>(local)) == dep.for_tasks.end())
              dep.for_tasks.push_back(static_cast<std::uint32_t>(local));
          }
        if (dep.target == kNoId) continue;
        if (dep.target == ci) {
          d_.error("self-dependency", rd.on.pos,
                   fmt::format("component '{}' depends on itself", c.qualified));
          continue;
        }
        if (const SourcePos* first = first_named(dep.target, rd.on.pos)) {
          d_.error("duplicate-dependency", rd.on.pos,
                   fmt::format("component '{}' depends on '{}' twice", c.qualified,
                               m_.components[dep.target].qualified));
          d_.note(*first, "the first dependency is here");
          continue;
        }
        c.depends_on.push_back(std::move(dep));
      }
      raw_dependencies_[ci] = {};  // free as we go: lowers the peak on large models
    }
    raw_dependencies_.clear();
  }

  Filter filter(const RawFilter& raw, const std::function<Id(const Ref&)>& resolve) {
    Filter f;
    f.given = raw.given;
    for (const Ref& r : raw.values) {
      Id v = resolve(r);
      if (v != kNoId) f.values.push_back(v);
    }
    std::sort(f.values.begin(), f.values.end());
    f.values.erase(std::unique(f.values.begin(), f.values.end()), f.values.end());
    return f;
  }

  /// A filter given with no usable value (already reported by the parser).
  static bool has_empty_filter(const RawRule& r) {
    for (const RawFilter* f :
         {&r.categories, &r.types, &r.tags, &r.components, &r.municipalities, &r.tasks})
      if (f->given && f->values.empty()) return true;
    return false;
  }

  Rule rule(const RawRule& raw) {
    Rule r;
    r.pos = raw.pos;
    // Free names: an unknown category or tag simply matches nothing.
    r.categories = filter(raw.categories, [&](const Ref& x) { return categories_.intern(x.text); });
    r.tags = filter(raw.tags, [&](const Ref& x) { return tags_.intern(x.text); });
    std::vector<std::string> type_ids = ids_of(m_.types);
    r.types = filter(raw.types, [&](const Ref& x) {
      Id t = m_.find_type(x.text);
      if (t == kNoId)
        d_.error("unknown-type", x.pos,
                 fmt::format("unknown component type '{}'{}", x.text,
                             with_hint(spell_check(x.text, type_ids))));
      return t;
    });
    r.components = filter(raw.components, [&](const Ref& x) { return component_ref(x, kNoId); });
    r.municipalities =
        filter(raw.municipalities, [&](const Ref& x) { return municipality_ref(x); });
    bool all = std::any_of(raw.tasks.values.begin(), raw.tasks.values.end(),
                           [](const Ref& x) { return x.text == "all"; });
    r.tasks =
        filter(raw.tasks, [&](const Ref& x) { return x.text == "all" ? kNoId : task_ref(x); });
    if (all) r.tasks = Filter{};
    return r;
  }

  void levels(std::vector<RawFile>& files) {
    std::unordered_map<std::string, SourcePos> seen;
    std::vector<RawLevel*> kept;
    for (auto& f : files)
      for (auto& raw : f.levels)
        if (claim(seen, raw.level.id, raw.level.pos, "service level")) {
          m_.levels.push_back(raw.level);
          kept.push_back(&raw);
        }
    m_.index();
    level_ids_ = ids_of(m_.levels);
    for (std::size_t i = 0; i < kept.size(); ++i) {
      ServiceLevel& level = m_.levels[i];
      if (kept[i]->extends) level.extends = level_ref(*kept[i]->extends);
      // A rule with a reference error or an empty filter is not also
      // reported as matching nothing.
      auto resolve_rules = [&](const std::vector<RawRule>& raw, std::vector<Rule>& out) {
        for (const RawRule& r : raw) {
          std::size_t errors = d_.error_count();
          out.push_back(rule(r));
          if (d_.error_count() != errors || has_empty_filter(r)) unsound_rules_.insert(r.pos);
        }
      };
      resolve_rules(kept[i]->includes, level.includes);
      resolve_rules(kept[i]->excludes, level.excludes);
      extends_pos_.push_back(kept[i]->extends ? kept[i]->extends->pos : level.pos);
    }
    // Cycles among `extends`: follow each chain, colouring as we go.
    std::vector<int> state(m_.levels.size(), 0);  // 0 new, 1 on the current chain, 2 done
    for (std::size_t start = 0; start < m_.levels.size(); ++start) {
      std::vector<Id> chain;
      Id l = static_cast<Id>(start);
      while (l != kNoId && state[l] == 0) {
        state[l] = 1;
        chain.push_back(l);
        l = m_.levels[l].extends;
      }
      if (l != kNoId && state[l] == 1) {
        auto from = std::find(chain.begin(), chain.end(), l);
        std::string path;
        for (auto it = from; it != chain.end(); ++it) path += m_.levels[*it].id + " -> ";
        path += m_.levels[l].id;
        d_.error("extends-cycle", extends_pos_[l],
                 fmt::format("service levels extend each other in a cycle: {}", path));
        m_.levels[l].extends = kNoId;  // cut it, so nothing loops later
      }
      for (Id x : chain) state[x] = 2;
    }
  }

  void candidate_levels() {
    for (std::size_t mi = 0; mi < m_.municipalities.size(); ++mi) {
      auto& list = m_.municipalities[mi].candidate_levels;
      for (const Ref& r : raw_candidates_[mi]) {
        Id l = level_ref(r);
        if (l != kNoId && std::find(list.begin(), list.end(), l) == list.end()) list.push_back(l);
      }
    }
  }

  void hourly_costs() {
    if (m_.region.hourly_cost) return;
    for (const Municipality& mu : m_.municipalities)
      if (!mu.hourly_cost)
        d_.error(
            "missing-hourly-cost", mu.pos,
            fmt::format("municipality '{}' has no 'hourly_cost' and the region sets none", mu.id));
  }

  /// Resolves a level value, where `none` means not taking part.
  bool level_value(const Ref& r, Id& out) {
    if (r.text == "none") {
      out = kNoId;
      return true;
    }
    out = level_ref(r);
    return out != kNoId;
  }

  void scenarios(std::vector<RawFile>& files) {
    std::unordered_map<std::string, SourcePos> seen;
    for (auto& f : files)
      for (auto& raw : f.scenarios) {
        if (!claim(seen, raw.scenario.id, raw.scenario.pos, "scenario")) continue;
        Scenario s = std::move(raw.scenario);
        if (raw.default_level) level_value(*raw.default_level, s.default_level);
        s.level_of.assign(m_.municipalities.size(), s.default_level);
        std::vector<bool> explicit_level(m_.municipalities.size(), false);
        for (const auto& [mref, lref] : raw.levels) {
          Id mu = municipality_ref(mref);
          Id level = kNoId;
          bool ok = level_value(lref, level);
          if (mu == kNoId || !ok) continue;
          s.level_of[mu] = level;
          explicit_level[mu] = true;
          check_candidate(s, mu, level, lref.pos, false);
        }
        if (raw.default_level)
          for (std::size_t mu = 0; mu < m_.municipalities.size(); ++mu)
            if (!explicit_level[mu])
              check_candidate(s, static_cast<Id>(mu), s.default_level, raw.default_level->pos,
                              true);
        std::unordered_map<std::string, SourcePos> cost_seen;
        std::vector<CommonCost> costs;
        for (CommonCost& cost : s.common_costs) {
          if (!claim(cost_seen, cost.id, cost.pos, "common cost")) continue;
          populations(s, cost.key, cost.among, fmt::format("common cost '{}'", cost.id));
          costs.push_back(std::move(cost));
        }
        s.common_costs = std::move(costs);
        if (s.ownership)
          populations(s, s.ownership->key, s.ownership->among,
                      fmt::format("the ownership of scenario '{}'", s.id));
        m_.scenarios.push_back(std::move(s));
      }
    m_.index();
  }

  void check_candidate(const Scenario& s, Id mu, Id level, SourcePos pos, bool by_default) {
    const Municipality& m = m_.municipalities[mu];
    if (level == kNoId || m.candidate_levels.empty()) return;
    if (std::find(m.candidate_levels.begin(), m.candidate_levels.end(), level) !=
        m.candidate_levels.end())
      return;
    std::string list;
    for (Id l : m.candidate_levels) list += (list.empty() ? "" : ", ") + m_.levels[l].id;
    d_.warning("level-not-candidate", pos,
               fmt::format("scenario '{}' gives municipality '{}' level '{}'{}, which is not among "
                           "its candidate levels ({})",
                           s.id, m.id, m_.levels[level].id, by_default ? " by default" : "", list));
  }

  void populations(const Scenario& s, const std::vector<KeyPart>& key, Among among,
                   const std::string& what) {
    for (const KeyPart& part : key) {
      if (part.basis != KeyBasis::population || part.weight == 0) continue;
      for (std::size_t mu = 0; mu < m_.municipalities.size(); ++mu) {
        const Municipality& m = m_.municipalities[mu];
        if (among == Among::participating && s.level_of[mu] == kNoId) continue;
        if (m.population) continue;
        d_.error("missing-population", part.pos,
                 fmt::format("{} is split by population, but municipality '{}' has "
                             "no 'population'",
                             what, m.id));
        d_.note(m.pos, fmt::format("municipality '{}' is defined here", m.id));
      }
    }
  }

  void organisation(std::vector<RawFile>& files) {
    const RawOrganisation* first = nullptr;
    for (auto& f : files)
      for (auto& raw : f.organisations) {
        if (first) {
          d_.error("duplicate-organisation", raw.organisation.pos,
                   "a model has at most one 'organisation'");
          d_.note(first->organisation.pos, "the first 'organisation' is here");
          continue;
        }
        first = &raw;
        Organisation o = raw.organisation;
        std::vector<std::string> keys = task_ids_;
        keys.push_back("default");
        std::int64_t fallback = o.efficiency_default ? o.efficiency_default->value : 0;
        o.efficiency_of.assign(m_.tasks.size(), fallback);
        std::vector<bool> given(m_.tasks.size(), false);
        for (std::size_t k = 0; k < raw.efficiency.size(); ++k) {
          const auto& [ref, value] = raw.efficiency[k];
          Id t = m_.find_task(ref.text);
          if (t == kNoId) {
            d_.error("unknown-task", ref.pos,
                     fmt::format("'{}' in 'efficiency' is neither 'default' nor a task{}", ref.text,
                                 with_hint(spell_check(ref.text, keys))));
            continue;
          }
          if (given[t]) continue;  // a duplicate key, reported by the parser
          given[t] = true;
          o.efficiency_of[t] = value;
          o.efficiency.push_back(Efficiency{
              t, value, k < raw.efficiency_ranges.size() ? raw.efficiency_ranges[k] : std::nullopt,
              ref.pos});
        }
        m_.organisation = std::move(o);
      }
  }

  void unmatched_rules() {
    for (const ServiceLevel& level : m_.levels)
      for (const auto* rules : {&level.includes, &level.excludes})
        for (const Rule& r : *rules)
          if (!unsound_rules_.count(r.pos) && !matches_anything(r))
            d_.warning(
                "rule-matches-nothing", r.pos,
                fmt::format("this rule of service level '{}' matches no task of any component",
                            level.id));
  }

  bool matches_anything(const Rule& r) const {
    if (r.components.given) {
      for (Id c : r.components.values)
        if (component_matches(r, c)) return true;
      return false;
    }
    for (std::size_t c = 0; c < m_.components.size(); ++c)
      if (component_matches(r, static_cast<Id>(c))) return true;
    return false;
  }

  bool component_matches(const Rule& r, Id c) const {
    Id type = m_.components[c].type;
    if (type == kNoId) return false;
    for (std::size_t t = 0; t < m_.types[type].tasks.size(); ++t)
      if (rule_matches(m_, r, c, static_cast<std::uint32_t>(t))) return true;
    return false;
  }

  Model& m_;
  Diagnostics& d_;
  Interner categories_;
  Interner tags_;
  std::vector<std::string> task_ids_, level_ids_, municipality_ids_;
  std::vector<std::vector<Ref>> raw_candidates_;
  std::vector<std::vector<RawDependency>> raw_dependencies_;
  std::vector<SourcePos> first_pos_;  // dependencies(): where each kept dependency was named
  std::vector<SourcePos> extends_pos_;
  struct PosLess {
    bool operator()(const SourcePos& a, const SourcePos& b) const {
      return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    }
  };
  std::set<SourcePos, PosLess> unsound_rules_;
};

}  // namespace

void resolve_model(std::vector<RawFile>& files, Model& model, Diagnostics& diags) {
  Resolver(model, diags).run(files);
}

}  // namespace opgavesnit::detail
