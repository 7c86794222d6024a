// Tree of one file -> RawFile: the shape of the format (model-format.md).
#include <fmt/format.h>
#include <opgavesnit/core/exact.h>
#include <opgavesnit/load/format_table.h>
#include <opgavesnit/yaml/scalar.h>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

#include "loader_internal.h"

namespace opgavesnit::detail {

namespace {

using yaml::Kind;
using yaml::NodeId;
using yaml::Style;
using yaml::Tree;
constexpr NodeId kNone = Tree::kNoNode;
using Keys = std::vector<std::string_view>;
using schema::Shape;

/// Walks one file's tree with the checks every section shares.
class Reader {
 public:
  Reader(const Tree& tree, Id file, Diagnostics& diags) : t_(tree), file_(file), d_(diags) {}

  SourcePos pos(NodeId n) const { return {file_, t_[n].line, t_[n].column}; }

  /// "a list", "a mapping", "text 'x'", ... for messages.
  std::string describe(NodeId n) const {
    const yaml::Node& node = t_[n];
    switch (node.kind) {
      case Kind::null:
        return "nothing";
      case Kind::sequence:
        return "a list";
      case Kind::mapping:
        return "a mapping";
      case Kind::scalar:
        break;
    }
    if (node.style == Style::quoted) return fmt::format("quoted text '{}'", clip(node.value));
    switch (classify_scalar(node.value)) {
      case ScalarClass::boolean:
        return fmt::format("the boolean '{}'", node.value);
      case ScalarClass::null:
        return "nothing";
      case ScalarClass::integer:
      case ScalarClass::decimal:
      case ScalarClass::nan:
      case ScalarClass::infinity:
        return fmt::format("the number '{}'", clip(node.value));
      case ScalarClass::text:
        break;
    }
    return fmt::format("text '{}'", clip(node.value));
  }

  void wrong_type(NodeId n, std::string_view what, std::string_view expected) {
    d_.error("wrong-type", pos(n),
             fmt::format("{} must be {}, got {}", what, expected, describe(n)));
  }

  /// Checks that `n` is a mapping whose keys are all in `allowed`.
  bool mapping(NodeId n, std::string_view what, const Keys& allowed) {
    if (t_[n].kind != Kind::mapping) {
      wrong_type(n, what, "a mapping");
      return false;
    }
    const auto& ch = t_[n].children;
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
      const yaml::Node& key = t_[ch[i]];
      if (key.kind != Kind::scalar) {
        wrong_type(ch[i], fmt::format("a key in {}", what), "text");
        continue;
      }
      if (key.value == "<<" && key.style == Style::plain) {
        d_.error("merge-key", pos(ch[i]),
                 "merge keys ('<<') are not supported; write the keys out");
        merged_.insert(n);
        continue;
      }
      if (std::find(allowed.begin(), allowed.end(), key.value) != allowed.end()) continue;
      std::vector<std::string> candidates(allowed.begin(), allowed.end());
      std::string hint = spell_check(key.value, candidates);
      d_.error("unknown-key", pos(ch[i]),
               fmt::format("unknown key '{}' in {}{}", clip(key.value), what,
                           hint.empty() ? "" : fmt::format(", did you mean '{}'?", hint)));
    }
    return true;
  }

  /// The value of `key` in mapping `n` (the first, if given twice).
  NodeId get(NodeId n, std::string_view key) const {
    if (n == kNone || t_[n].kind != Kind::mapping) return kNone;
    const auto& ch = t_[n].children;
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2)
      if (t_[ch[i]].kind == Kind::scalar && t_[ch[i]].value == key) return ch[i + 1];
    return kNone;
  }

  /// Like get(), reporting a missing key at the mapping.
  /// A mapping with a merge key is reported once: the keys the merge would
  /// have given are not also reported missing.
  NodeId need(NodeId n, std::string_view key, std::string_view what) {
    NodeId v = get(n, key);
    if (v == kNone && !merged_.contains(n))
      d_.error("missing-key", pos(n), fmt::format("{} needs '{}'", what, key));
    return v;
  }

  /// The items of a list; reports (and yields nothing for) anything else.
  const yaml::Children* list(NodeId n, std::string_view what) {
    if (t_[n].kind != Kind::sequence) {
      wrong_type(n, what, "a list");
      return nullptr;
    }
    return &t_[n].children;
  }

  std::optional<std::string> scalar_text(NodeId n, std::string_view what) {
    const yaml::Node& node = t_[n];
    if (node.kind != Kind::scalar ||
        (node.style == Style::plain && classify_scalar(node.value) == ScalarClass::null)) {
      wrong_type(n, what, "text");
      return std::nullopt;
    }
    return node.value;
  }

  std::optional<std::string> id(NodeId n, std::string_view what) {
    auto s = scalar_text(n, what);
    if (!s) return std::nullopt;
    if (!is_valid_id(*s)) {
      const std::string meant = suggested_id(*s);
      d_.error(
          "invalid-id", pos(n),
          fmt::format("{} '{}' is not a valid id (lower-case letters, digits, '.', '_' and '-', "
                      "starting with a letter or digit, at most 64 characters){}",
                      what, clip(*s), meant.empty() ? "" : "; did you mean '" + meant + "'?"));
      return std::nullopt;
    }
    return s;
  }

  std::optional<Ref> ref(NodeId n, std::string_view what) {
    auto s = id(n, what);
    if (!s) return std::nullopt;
    return Ref{*s, pos(n)};
  }

  /// A reference that may be qualified: "id" or "municipality/id".
  std::optional<Ref> component_ref(NodeId n, std::string_view what) {
    auto s = scalar_text(n, what);
    if (!s) return std::nullopt;
    auto slash = s->find('/');
    bool ok = slash == std::string::npos
                  ? is_valid_id(*s)
                  : is_valid_id(s->substr(0, slash)) && is_valid_id(s->substr(slash + 1));
    if (!ok) {
      d_.error(
          "invalid-id", pos(n),
          fmt::format("{} '{}' is not a component id ('id' or 'municipality/id')", what, clip(*s)));
      return std::nullopt;
    }
    return Ref{*s, pos(n)};
  }

  std::vector<Ref> ref_list(NodeId n, std::string_view what, bool allow_empty = true) {
    std::vector<Ref> out;
    const auto* items = list(n, what);
    if (!items) return out;
    if (items->empty() && !allow_empty)
      d_.error("empty-list", pos(n), fmt::format("{} must not be empty", what));
    for (NodeId item : *items)
      if (auto r = ref(item, fmt::format("an entry of {}", what))) out.push_back(*r);
    return out;
  }

  /// True when mapping `n` has a key `low`, `likely` or `high`.
  bool looks_like_range(NodeId n) const {
    const auto& ch = t_[n].children;
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
      const yaml::Node& key = t_[ch[i]];
      if (key.kind == Kind::scalar &&
          (key.value == "low" || key.value == "likely" || key.value == "high"))
        return true;
    }
    return false;
  }

  /// A number in units of 10^-decimals.
  std::optional<std::int64_t> number(NodeId n, std::string_view what, int decimals) {
    const yaml::Node& node = t_[n];
    if (node.kind == Kind::mapping && looks_like_range(n)) {
      d_.error("range-not-allowed", pos(n),
               fmt::format("{} cannot be a range (low, likely, high); give one number", what));
      return std::nullopt;
    }
    if (node.kind != Kind::scalar || node.style != Style::plain) {
      wrong_type(n, what, "a number");
      return std::nullopt;
    }
    std::int64_t v = 0;
    const NumberProblem problem = to_fixed(node.value, decimals, v);
    if (problem == NumberProblem::ok) return v;
    if (problem == NumberProblem::not_a_number) {
      wrong_type(n, what, "a number");
      return std::nullopt;
    }
    // One message string built before the one report (not a temporary per branch).
    std::string message;
    if (problem == NumberProblem::not_finite)
      message = fmt::format("{} must be a finite number, got '{}'", what, node.value);
    else if (problem == NumberProblem::negative)
      message = fmt::format("{} must not be negative, got '{}'", what, clip(node.value));
    else if (problem == NumberProblem::too_large)
      message = fmt::format("{} must be less than 10^12, got '{}'", what, clip(node.value));
    else if (decimals == 0)
      message = fmt::format("{} must be a whole number, got '{}'", what, clip(node.value));
    else
      message =
          fmt::format("{} has more than {} decimals, got '{}'", what, decimals, clip(node.value));
    d_.error("invalid-number", pos(n), std::move(message));
    return std::nullopt;
  }

  std::optional<Cents> cents(NodeId n, std::string_view what) { return number(n, what, 2); }

  /// A number in units of 10^-decimals, or a three-point estimate
  /// `{low, likely, high}` of such numbers, stored in `range`. Returns the
  /// likely value; nullopt (after reporting) when anything is wrong.
  /// `below`, when not 0, is a bound each value must stay under (efficiency < 1).
  std::optional<std::int64_t> estimate(NodeId n, std::string_view what, int decimals,
                                       std::optional<Estimate>& range, std::int64_t below = 0) {
    range.reset();
    if (t_[n].kind != Kind::mapping) return number(n, what, decimals);
    if (!mapping(n, fmt::format("a range of {}", what), schema::keys(Shape::range)))
      return std::nullopt;
    const std::string of = fmt::format("a range of {}", what);
    NodeId nodes[3] = {need(n, "low", of), need(n, "likely", of), need(n, "high", of)};
    const char* names[3] = {"low", "likely", "high"};
    std::int64_t values[3] = {0, 0, 0};
    bool ok = true;
    for (int i = 0; i < 3; ++i) {
      if (nodes[i] == kNone) {
        ok = false;
        continue;
      }
      auto v = number(nodes[i], fmt::format("'{}' of {}", names[i], what), decimals);
      if (!v) {
        ok = false;
        continue;
      }
      values[i] = *v;
      if (below > 0 && *v >= below) {
        d_.error("invalid-number", pos(nodes[i]),
                 fmt::format("'{}' of {} must be less than {}, got '{}'", names[i], what,
                             format_decimal(Int256(below), decimals, decimals),
                             clip(t_[nodes[i]].value)));
        ok = false;
      }
    }
    if (!ok) return std::nullopt;
    for (int i = 0; i < 2; ++i) {
      if (values[i] > values[i + 1]) {
        d_.error("range-order", pos(nodes[i + 1]),
                 fmt::format("'{}' of {} must not be less than '{}', got '{}' < '{}'", names[i + 1],
                             what, names[i], t_[nodes[i + 1]].value, t_[nodes[i]].value));
        return std::nullopt;
      }
    }
    range = Estimate{values[0], values[1], values[2], pos(n)};
    return values[1];
  }

  std::optional<std::int64_t> whole(NodeId n, std::string_view what, std::int64_t min) {
    auto v = number(n, what, 0);
    if (v && *v < min) {
      d_.error("invalid-number", pos(n),
               fmt::format("{} must be at least {}, got '{}'", what, min, t_[n].value));
      return std::nullopt;
    }
    return v;
  }

  std::optional<bool> boolean(NodeId n, std::string_view what) {
    const yaml::Node& node = t_[n];
    if (node.kind == Kind::scalar && node.style == Style::plain &&
        classify_scalar(node.value) == ScalarClass::boolean)
      return node.value[0] == 't' || node.value[0] == 'T';
    wrong_type(n, what, "true or false");
    return std::nullopt;
  }

  /// One of `choices`, reported as invalid-value otherwise.
  std::optional<std::size_t> choice(NodeId n, std::string_view what, const Keys& choices) {
    auto s = scalar_text(n, what);
    if (!s) return std::nullopt;
    auto it = std::find(choices.begin(), choices.end(), *s);
    if (it != choices.end()) return static_cast<std::size_t>(it - choices.begin());
    std::string options;
    for (auto c : choices) options += fmt::format("{}'{}'", options.empty() ? "" : ", ", c);
    std::string hint = spell_check(*s, std::vector<std::string>(choices.begin(), choices.end()));
    d_.error("invalid-value", pos(n),
             fmt::format("{} must be one of {}, got '{}'{}", what, options, clip(*s),
                         hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    return std::nullopt;
  }

  /// Optional text field: absent gives "", a wrong type is reported.
  std::string optional_text(NodeId map, std::string_view key) {
    NodeId v = get(map, key);
    if (v == kNone) return {};
    return scalar_text(v, fmt::format("'{}'", key)).value_or("");
  }

  const Tree& tree() const { return t_; }
  Diagnostics& diags() { return d_; }

  static std::string clip(const std::string& s) {
    if (s.size() <= 80) return s;
    std::size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "...";
  }

 private:
  const Tree& t_;
  Id file_;
  Diagnostics& d_;
  std::unordered_set<NodeId> merged_;  ///< mappings with a merge key
};

/// Reads the items of a top-level list section.
template <class F>
void each_item(Reader& r, NodeId section, std::string_view what, F&& f) {
  if (const auto* items = r.list(section, what))
    for (NodeId item : *items) f(item);
}

void read_region(Reader& r, NodeId n, RawFile& out) {
  if (!r.mapping(n, "'region'", schema::keys(Shape::region))) return;
  Region region;
  region.pos = r.pos(n);
  if (NodeId v = r.get(n, "id"); v != kNone) region.id = r.id(v, "the region id").value_or("");
  region.name = r.optional_text(n, "name");
  if (NodeId v = r.get(n, "currency"); v != kNone)
    region.currency = r.scalar_text(v, "'currency'").value_or("DKK");
  if (NodeId v = r.get(n, "hours_per_fte"); v != kNone) {
    if (auto h = r.cents(v, "'hours_per_fte'")) {
      if (*h == 0)
        r.diags().error("invalid-number", r.pos(v), "'hours_per_fte' must be greater than 0");
      else
        region.hours_per_fte = *h;
    }
  }
  if (NodeId v = r.get(n, "hourly_cost"); v != kNone)
    region.hourly_cost = r.estimate(v, "'hourly_cost'", 2, region.hourly_cost_range).value_or(0);
  out.regions.push_back(std::move(region));
}

void read_tasks(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'tasks'", [&](NodeId n) {
    if (!r.mapping(n, "a task", schema::keys(Shape::task))) return;
    NodeId idn = r.need(n, "id", "a task");
    if (idn == kNone) return;
    auto id = r.id(idn, "the task id");
    if (!id) return;
    if (*id == "all") {
      r.diags().error("reserved-id", r.pos(idn),
                      "'all' cannot be a task id: rules use it to mean every task");
      return;
    }
    Task task;
    task.id = *id;
    task.pos = r.pos(idn);
    task.name = r.optional_text(n, "name");
    task.description = r.optional_text(n, "description");
    out.tasks.push_back(std::move(task));
  });
}

void read_types(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'component_types'", [&](NodeId n) {
    if (!r.mapping(n, "a component type", schema::keys(Shape::component_type))) return;
    NodeId idn = r.need(n, "id", "a component type");
    NodeId tasks = r.need(n, "tasks", "a component type");
    if (idn == kNone) return;
    auto id = r.id(idn, "the component type id");
    if (!id) return;
    RawType raw;
    raw.type.id = *id;
    raw.type.pos = r.pos(idn);
    raw.type.name = r.optional_text(n, "name");
    if (NodeId c = r.get(n, "category"); c != kNone) raw.category = r.ref(c, "'category'");
    if (NodeId a = r.get(n, "annual_cost_task"); a != kNone)
      raw.annual_cost_task = r.ref(a, "'annual_cost_task'");
    if (tasks != kNone) {
      const auto* items = r.list(tasks, "'tasks' of a component type");
      if (items && items->empty())
        r.diags().error("empty-list", r.pos(tasks),
                        fmt::format("component type '{}' must have at least one task", *id));
      if (items) {
        for (NodeId tn : *items) {
          if (!r.mapping(tn, "a task of a component type", schema::keys(Shape::type_task)))
            continue;
          NodeId task = r.need(tn, "task", "a task of a component type");
          NodeId hours = r.need(tn, "hours", "a task of a component type");
          RawTypeTask tt;
          tt.pos = r.pos(tn);
          std::optional<Ref> task_ref;
          if (task != kNone) task_ref = r.ref(task, "'task'");
          if (hours != kNone)
            tt.hours = r.estimate(hours, "'hours'", 2, tt.hours_range).value_or(0);
          if (NodeId f = r.get(tn, "foundation"); f != kNone)
            tt.foundation = r.boolean(f, "'foundation'").value_or(false);
          if (NodeId q = r.get(tn, "requires"); q != kNone)
            tt.requires_tasks = r.ref_list(q, "'requires'");
          if (!task_ref) continue;
          tt.task = *task_ref;
          raw.tasks.push_back(std::move(tt));
        }
      }
    }
    out.types.push_back(std::move(raw));
  });
}

RawFilter read_filter(Reader& r, NodeId rule, std::string_view key, bool components) {
  RawFilter f;
  NodeId v = r.get(rule, key);
  if (v == kNone) return f;
  f.given = true;
  const auto* items = r.list(v, fmt::format("'{}'", key));
  if (!items) return f;
  if (items->empty())
    r.diags().error("empty-list", r.pos(v), fmt::format("the filter '{}' must not be empty", key));
  for (NodeId item : *items) {
    std::optional<Ref> ref;
    if (components) {
      ref = r.component_ref(item, "an entry of 'components'");
      if (ref && ref->text.find('/') == std::string::npos) {
        r.diags().error(
            "invalid-id", ref->pos,
            fmt::format("'components' in a rule names qualified ids ('municipality/{}')",
                        ref->text));
        ref.reset();
      }
    } else if (key == "tags") {
      if (auto s = r.scalar_text(item, "an entry of 'tags'")) ref = Ref{*s, r.pos(item)};
    } else {
      ref = r.ref(item, fmt::format("an entry of '{}'", key));
    }
    if (ref) f.values.push_back(std::move(*ref));
  }
  return f;
}

std::vector<RawRule> read_rules(Reader& r, NodeId section, std::string_view what) {
  std::vector<RawRule> rules;
  each_item(r, section, what, [&](NodeId n) {
    if (!r.mapping(n, "a rule", schema::keys(Shape::rule))) return;
    RawRule rule;
    rule.pos = r.pos(n);
    rule.categories = read_filter(r, n, "categories", false);
    rule.types = read_filter(r, n, "types", false);
    rule.tags = read_filter(r, n, "tags", false);
    rule.components = read_filter(r, n, "components", true);
    rule.municipalities = read_filter(r, n, "municipalities", false);
    rule.tasks = read_filter(r, n, "tasks", false);
    rules.push_back(std::move(rule));
  });
  return rules;
}

void read_levels(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'service_levels'", [&](NodeId n) {
    if (!r.mapping(n, "a service level", schema::keys(Shape::service_level))) return;
    NodeId idn = r.need(n, "id", "a service level");
    NodeId price = r.need(n, "price", "a service level");
    if (idn == kNone) return;
    auto id = r.id(idn, "the service level id");
    if (!id) return;
    if (*id == "none") {
      r.diags().error("reserved-id", r.pos(idn),
                      "'none' cannot be a level id: scenarios use it for not taking part");
      return;
    }
    RawLevel raw;
    ServiceLevel& level = raw.level;
    level.id = *id;
    level.pos = r.pos(idn);
    level.name = r.optional_text(n, "name");
    if (NodeId v = r.get(n, "rank"); v != kNone) level.rank = r.whole(v, "'rank'", 0);
    if (NodeId v = r.get(n, "sla"); v != kNone && r.mapping(v, "'sla'", schema::keys(Shape::sla))) {
      for (std::string_view key : {"availability", "response_minutes", "support_hours"}) {
        NodeId s = r.get(v, key);
        if (s == kNone) continue;
        bool ok = key == "support_hours" ? r.scalar_text(s, "'support_hours'").has_value()
                                         : r.number(s, fmt::format("'{}'", key), 4).has_value();
        if (ok) level.sla.push_back({std::string(key), r.tree()[s].value});
      }
    }
    if (price != kNone && r.mapping(price, "'price'", schema::keys(Shape::price))) {
      NodeId rate = r.need(price, "hourly_rate", "'price'");
      if (rate != kNone) level.hourly_rate = r.cents(rate, "'hourly_rate'").value_or(0);
      if (NodeId fee = r.get(price, "base_fee"); fee != kNone)
        level.base_fee = r.cents(fee, "'base_fee'").value_or(0);
    }
    if (NodeId v = r.get(n, "extends"); v != kNone) raw.extends = r.ref(v, "'extends'");
    if (NodeId v = r.get(n, "includes"); v != kNone) raw.includes = read_rules(r, v, "'includes'");
    if (NodeId v = r.get(n, "excludes"); v != kNone) raw.excludes = read_rules(r, v, "'excludes'");
    out.levels.push_back(std::move(raw));
  });
}

void read_dependencies(Reader& r, NodeId section, RawComponent& comp) {
  each_item(r, section, "'depends_on'", [&](NodeId n) {
    RawDependency dep;
    dep.pos = r.pos(n);
    if (r.tree()[n].kind == Kind::mapping) {
      if (!r.mapping(n, "a dependency", schema::keys(Shape::dependency))) return;
      NodeId on = r.need(n, "on", "a dependency");
      if (NodeId k = r.get(n, "kind"); k != kNone)
        if (auto c = r.choice(k, "'kind'", schema::choices(Shape::dependency, "kind")))
          dep.kind = *c == 0 ? DepKind::hard : DepKind::interface;
      if (NodeId f = r.get(n, "for"); f != kNone) {
        dep.all_tasks = false;
        dep.for_tasks = r.ref_list(f, "'for'", false);
      }
      if (on == kNone) return;
      auto ref = r.component_ref(on, "'on'");
      if (!ref) return;
      dep.on = *ref;
    } else {
      auto ref = r.component_ref(n, "a dependency");
      if (!ref) return;
      dep.on = *ref;
    }
    comp.depends_on.push_back(std::move(dep));
  });
}

void read_components(Reader& r, NodeId section, RawMunicipality& muni) {
  each_item(r, section, "'components'", [&](NodeId n) {
    if (!r.mapping(n, "a component", schema::keys(Shape::component))) return;
    NodeId idn = r.need(n, "id", "a component");
    NodeId type = r.need(n, "type", "a component");
    if (idn == kNone) return;
    auto id = r.id(idn, "the component id");
    if (!id) return;
    RawComponent raw;
    Component& c = raw.component;
    c.id = *id;
    c.pos = r.pos(idn);
    c.name = r.optional_text(n, "name");
    if (type != kNone)
      if (auto t = r.ref(type, "'type'")) raw.type = *t;
    if (NodeId v = r.get(n, "quantity"); v != kNone)
      c.quantity = r.whole(v, "'quantity'", 1).value_or(1);
    c.site = r.optional_text(n, "site");
    if (NodeId v = r.get(n, "tags"); v != kNone)
      if (const auto* items = r.list(v, "'tags'"))
        for (NodeId item : *items)
          if (auto s = r.scalar_text(item, "a tag")) raw.tags.push_back(*s);
    if (NodeId v = r.get(n, "annual_cost"); v != kNone)
      c.annual_cost = r.estimate(v, "'annual_cost'", 2, c.annual_cost_range).value_or(0);
    if (NodeId v = r.get(n, "book_value"); v != kNone)
      c.book_value = r.cents(v, "'book_value'").value_or(0);
    if (NodeId v = r.get(n, "pin"); v != kNone) {
      raw.pin_pos = r.pos(v);
      if (auto p = r.choice(v, "'pin'", schema::choices(Shape::component, "pin")))
        c.pin = *p == 0 ? Pin::retain : Pin::transfer;
    }
    c.reason = r.optional_text(n, "reason");
    if (NodeId v = r.get(n, "depends_on"); v != kNone) read_dependencies(r, v, raw);
    muni.components.push_back(std::move(raw));
  });
}

void read_municipalities(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'municipalities'", [&](NodeId n) {
    if (!r.mapping(n, "a municipality", schema::keys(Shape::municipality))) return;
    NodeId idn = r.need(n, "id", "a municipality");
    if (idn == kNone) return;
    auto id = r.id(idn, "the municipality id");
    if (!id) return;
    RawMunicipality raw;
    Municipality& m = raw.municipality;
    m.id = *id;
    m.pos = r.pos(idn);
    m.name = r.optional_text(n, "name");
    m.code = r.optional_text(n, "code");
    // A value given but wrong is reported here; it still counts as given, so
    // that no follow-on "missing" error is reported.
    if (NodeId v = r.get(n, "population"); v != kNone)
      m.population = r.whole(v, "'population'", 0).value_or(0);
    if (NodeId v = r.get(n, "hourly_cost"); v != kNone)
      m.hourly_cost = r.estimate(v, "'hourly_cost'", 2, m.hourly_cost_range).value_or(0);
    if (NodeId v = r.get(n, "candidate_levels"); v != kNone)
      raw.candidate_levels = r.ref_list(v, "'candidate_levels'");
    if (NodeId v = r.get(n, "components"); v != kNone) read_components(r, v, raw);
    out.municipalities.push_back(std::move(raw));
  });
}

/// A weight in ten-thousandths as a short decimal: 11000 -> "1.1".
std::string weight_text(std::int64_t w) {
  std::string s = fmt::format("{}.{:04}", w / 10000, w % 10000);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

void read_key(Reader& r, NodeId n, std::vector<KeyPart>& key, SourcePos& key_pos) {
  key_pos = r.pos(n);
  const Keys& kBases = schema::choices(Shape::common_cost, "key");
  auto basis_of = [](std::size_t i) { return static_cast<KeyBasis>(i); };
  if (r.tree()[n].kind == Kind::mapping) {
    if (!r.mapping(n, "'key'", schema::keys(Shape::weights))) return;
    const auto& ch = r.tree()[n].children;
    std::int64_t sum = 0;
    bool all_read = true;
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
      const std::string& name = r.tree()[ch[i]].value;
      auto it = std::find(kBases.begin(), kBases.end(), name);
      if (it == kBases.end()) {  // reported by mapping(); the sum would only add noise
        all_read = false;
        continue;
      }
      if (std::any_of(key.begin(), key.end(), [&](const KeyPart& p) {
            return p.basis == basis_of(static_cast<std::size_t>(it - kBases.begin()));
          }))
        continue;  // a duplicate key, reported by the parser
      auto w = r.number(ch[i + 1], fmt::format("the weight of '{}'", name), 4);
      if (!w) {
        all_read = false;
        continue;
      }
      sum += *w;
      key.push_back({basis_of(static_cast<std::size_t>(it - kBases.begin())), *w, r.pos(ch[i])});
    }
    if (all_read && sum != 10000)
      r.diags().error(
          "invalid-weights", r.pos(n),
          fmt::format("the weights of a key must sum to 1, they sum to {}", weight_text(sum)));
    return;
  }
  if (r.tree()[n].kind != Kind::scalar) {
    r.wrong_type(n, "'key'", "'population', 'equal', 'hours' or a mapping of weights");
    return;
  }
  if (auto c = r.choice(n, "'key'", kBases)) key.push_back({basis_of(*c), 10000, r.pos(n)});
}

void read_ownership(Reader& r, NodeId n, Scenario& s) {
  if (!r.mapping(n, "'ownership'", schema::keys(Shape::ownership))) return;
  Ownership o;
  o.pos = r.pos(n);
  o.key_pos = o.pos;
  bool ok = true;
  if (NodeId v = r.get(n, "capital"); v != kNone) {
    if (auto c = r.cents(v, "'capital'"))
      o.capital = *c;
    else
      ok = false;
  }
  if (NodeId v = r.get(n, "key"); v != kNone) {
    read_key(r, v, o.key, o.key_pos);
    if (o.key.empty()) ok = false;
  } else if (o.capital > 0) {
    r.diags().error("missing-key", o.pos,
                    "'ownership' needs 'key' to split its 'capital' (it is greater than 0)");
    ok = false;
  }
  if (NodeId v = r.get(n, "among"); v != kNone) {
    if (auto c = r.choice(v, "'among'", schema::choices(Shape::ownership, "among")))
      o.among = *c == 0 ? Among::participating : Among::all;
    else
      ok = false;
  }
  if (NodeId v = r.get(n, "in_kind"); v != kNone) {
    if (auto b = r.boolean(v, "'in_kind'"))
      o.in_kind = *b;
    else
      ok = false;
  }
  if (ok) s.ownership = std::move(o);
}

void read_scenarios(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'scenarios'", [&](NodeId n) {
    if (!r.mapping(n, "a scenario", schema::keys(Shape::scenario))) return;
    NodeId idn = r.need(n, "id", "a scenario");
    if (idn == kNone) return;
    auto id = r.id(idn, "the scenario id");
    if (!id) return;
    RawScenario raw;
    Scenario& s = raw.scenario;
    s.id = *id;
    s.pos = r.pos(idn);
    s.name = r.optional_text(n, "name");
    if (NodeId v = r.get(n, "default_level"); v != kNone)
      raw.default_level = r.ref(v, "'default_level'");
    if (NodeId v = r.get(n, "levels"); v != kNone && r.tree()[v].kind != Kind::mapping) {
      r.wrong_type(v, "'levels'", "a mapping");
    } else if (v != kNone) {
      const auto& ch = r.tree()[v].children;
      for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
        auto muni = r.ref(ch[i], "a municipality in 'levels'");
        auto level = r.ref(ch[i + 1], "a level in 'levels'");
        if (muni && level) raw.levels.emplace_back(*muni, *level);
      }
    }
    if (NodeId v = r.get(n, "conflicts"); v != kNone)
      if (auto c = r.choice(v, "'conflicts'", schema::choices(Shape::scenario, "conflicts")))
        s.conflicts = *c == 0 ? ConflictPolicy::strict : ConflictPolicy::drop;
    if (NodeId v = r.get(n, "waves");
        v != kNone && r.mapping(v, "'waves'", schema::keys(Shape::waves))) {
      Waves waves;
      waves.pos = r.pos(v);
      NodeId periods = r.need(v, "periods", "'waves'");
      NodeId capacity = r.need(v, "capacity_hours", "'waves'");
      bool ok = periods != kNone && capacity != kNone;
      if (periods != kNone) waves.periods_pos = r.pos(periods);
      if (periods != kNone) {
        if (const auto* items = r.list(periods, "'periods'")) {
          if (items->empty()) {
            r.diags().error("empty-list", r.pos(periods), "'periods' must not be empty");
            ok = false;
          }
          std::unordered_set<std::string> seen;  // not std::find: 100,000 periods stay linear
          seen.reserve(items->size());
          for (NodeId p : *items) {
            auto text = r.scalar_text(p, "a period");
            if (text && text->empty()) {
              r.diags().error("invalid-value", r.pos(p), "a period must not be empty text");
              text.reset();
            }
            if (!text) {
              ok = false;
              continue;
            }
            if (!seen.insert(*text).second) {
              r.diags().error("duplicate-entry", r.pos(p),
                              fmt::format("period '{}' is listed twice", Reader::clip(*text)));
              ok = false;
              continue;
            }
            waves.periods.push_back(*text);
          }
        } else {
          ok = false;
        }
      }
      if (capacity != kNone) {
        auto c = r.cents(capacity, "'capacity_hours'");
        if (c)
          waves.capacity_hours = *c;
        else
          ok = false;
      }
      if (ok) s.waves = std::move(waves);
    }
    if (NodeId v = r.get(n, "common_costs"); v != kNone) {
      each_item(r, v, "'common_costs'", [&](NodeId cn) {
        if (!r.mapping(cn, "a common cost", schema::keys(Shape::common_cost))) return;
        NodeId cid = r.need(cn, "id", "a common cost");
        NodeId amount = r.need(cn, "amount", "a common cost");
        NodeId key = r.need(cn, "key", "a common cost");
        CommonCost cost;
        cost.pos = r.pos(cn);
        std::optional<std::string> id_text;
        if (cid != kNone) id_text = r.id(cid, "the common cost id");
        if (cid != kNone) cost.pos = r.pos(cid);
        cost.name = r.optional_text(cn, "name");
        std::optional<Cents> a;
        if (amount != kNone) a = r.cents(amount, "'amount'");
        if (key != kNone) read_key(r, key, cost.key, cost.key_pos);
        if (NodeId am = r.get(cn, "among"); am != kNone)
          if (auto c = r.choice(am, "'among'", schema::choices(Shape::common_cost, "among")))
            cost.among = *c == 0 ? Among::all : Among::participating;
        bool year_ok = true;
        if (NodeId y = r.get(cn, "year"); y != kNone) {
          year_ok = false;
          if (auto yv = r.number(y, "'year'", 0)) {
            if (*yv < 2000 || *yv > 2100)
              r.diags().error("invalid-number", r.pos(y),
                              fmt::format("'year' must be from 2000 to 2100, got '{}'", *yv));
            else
              cost.year = static_cast<int>(*yv), year_ok = true;
          }
        }
        if (!id_text || !a || cost.key.empty() || !year_ok) return;
        cost.id = *id_text;
        cost.amount = *a;
        s.common_costs.push_back(std::move(cost));
      });
    }
    if (NodeId v = r.get(n, "ownership"); v != kNone) read_ownership(r, v, s);
    out.scenarios.push_back(std::move(raw));
  });
}

void read_organisation(Reader& r, NodeId n, RawFile& out) {
  if (!r.mapping(n, "'organisation'", schema::keys(Shape::organisation))) return;
  RawOrganisation raw;
  Organisation& o = raw.organisation;
  o.pos = r.pos(n);
  if (NodeId v = r.get(n, "id"); v != kNone) o.id = r.id(v, "the organisation id").value_or("");
  o.name = r.optional_text(n, "name");
  if (NodeId v = r.need(n, "hourly_cost", "'organisation'"); v != kNone)
    o.hourly_cost = r.estimate(v, "'hourly_cost'", 2, o.hourly_cost_range).value_or(0);
  if (NodeId v = r.get(n, "fixed_cost"); v != kNone)
    o.fixed_cost = r.estimate(v, "'fixed_cost'", 2, o.fixed_cost_range).value_or(0);
  if (NodeId v = r.get(n, "hours_per_fte"); v != kNone) {
    if (auto h = r.cents(v, "'hours_per_fte'")) {
      if (*h == 0)
        r.diags().error("invalid-number", r.pos(v), "'hours_per_fte' must be greater than 0");
      else
        o.hours_per_fte = *h;
    }
  }
  if (NodeId v = r.get(n, "efficiency"); v != kNone) {
    if (r.tree()[v].kind != Kind::mapping) {
      r.wrong_type(v, "'efficiency'", "a mapping");
    } else {
      const auto& ch = r.tree()[v].children;
      for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
        auto key = r.ref(ch[i], "a key of 'efficiency'");
        if (!key) continue;
        std::optional<Estimate> range;
        auto e = r.estimate(ch[i + 1], fmt::format("the efficiency of '{}'", key->text), 4, range,
                            10000);
        if (!e) continue;
        if (*e >= 10000) {
          r.diags().error("invalid-number", r.pos(ch[i + 1]),
                          fmt::format("the efficiency of '{}' must be less than 1, got '{}'",
                                      key->text, Reader::clip(r.tree()[ch[i + 1]].value)));
          continue;
        }
        if (key->text == "default") {
          if (!o.efficiency_default) o.efficiency_default = Efficiency{kNoId, *e, range, key->pos};
        } else {
          raw.efficiency.emplace_back(std::move(*key), *e);
          raw.efficiency_ranges.push_back(range);
        }
      }
    }
  }
  out.organisations.push_back(std::move(raw));
}

}  // namespace

void read_file(const yaml::Tree& tree, Id file, RawFile& out, Diagnostics& diags) {
  Reader r(tree, file, diags);
  if (tree.root == kNone || tree[tree.root].kind == Kind::null) {
    diags.error("missing-version", {file, 0, 0},
                "the file is empty; a model file starts with 'opgavesnit: 1'");
    return;
  }
  NodeId root = tree.root;
  if (tree[root].kind != Kind::mapping) {
    diags.error(
        "not-a-mapping", r.pos(root),
        fmt::format(
            "a model file must be a mapping of sections (starting with 'opgavesnit: 1'), got {}",
            r.describe(root)));
    return;
  }
  r.mapping(root, "a model file", schema::keys(Shape::file));
  NodeId version = r.get(root, "opgavesnit");
  if (version == kNone) {
    diags.error("missing-version", r.pos(root),
                "the file does not start with 'opgavesnit: 1' (the format version)");
  } else if (!(tree[version].kind == Kind::scalar && tree[version].style == Style::plain &&
               tree[version].value == "1")) {
    diags.error("unsupported-version", r.pos(version),
                fmt::format("the format version must be 1, got {}", r.describe(version)));
  }
  if (NodeId v = r.get(root, "region"); v != kNone) read_region(r, v, out);
  if (NodeId v = r.get(root, "tasks"); v != kNone) read_tasks(r, v, out);
  if (NodeId v = r.get(root, "component_types"); v != kNone) read_types(r, v, out);
  if (NodeId v = r.get(root, "service_levels"); v != kNone) read_levels(r, v, out);
  if (NodeId v = r.get(root, "municipalities"); v != kNone) read_municipalities(r, v, out);
  if (NodeId v = r.get(root, "scenarios"); v != kNone) read_scenarios(r, v, out);
  if (NodeId v = r.get(root, "organisation"); v != kNone) read_organisation(r, v, out);
}

}  // namespace opgavesnit::detail
