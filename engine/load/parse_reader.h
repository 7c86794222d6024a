// Private to the loader's parser (parse*.cc): the Reader, which walks one
// file's tree with the checks every section shares (mappings and their keys,
// ids, references, numbers, ranges, choices), and the reader of each section.
#pragma once

#include <fmt/format.h>
#include <opgavesnit/core/exact.h>
#include <opgavesnit/load/format_table.h>
#include <opgavesnit/yaml/scalar.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "loader_internal.h"

namespace opgavesnit::detail {

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

  /// Where `n` is written, as reached: inside a value reached through an
  /// alias ('*a'), the alias (the tree shares the anchor's nodes, and a
  /// second definition written by an alias must not point at the first).
  SourcePos pos(NodeId n) const {
    if (!via_.empty())
      if (auto it = via_.find(n); it != via_.end()) return it->second;
    return {file_, t_[n].line, t_[n].column};
  }

  /// Child `i` of collection `n`, noting whether the read reached it
  /// through an alias: the alias that fills its slot, or the one its parent
  /// was reached through. Every step down the tree goes through here (or
  /// through get() and for_items()), so that pos() knows the path.
  NodeId child(NodeId n, std::size_t i) {
    const NodeId c = t_[n].children[i];
    if (t_.aliases.empty()) return c;
    if (const yaml::AliasUse* a = t_.alias_at(n, i)) {
      // The outermost alias on the path: the one that says which copy this is.
      auto up = via_.find(n);
      via_[c] = up != via_.end() ? up->second : SourcePos{file_, a->line, a->column};
    } else if (auto up = via_.find(n); up != via_.end()) {
      via_[c] = up->second;
    } else {
      via_.erase(c);
    }
    return c;
  }

  /// Calls f(item) for each item of sequence `n`, stepping down by child().
  template <class F>
  void for_items(NodeId n, F&& f) {
    const std::size_t size = t_[n].children.size();
    for (std::size_t i = 0; i < size; ++i) f(child(n, i));
  }

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
      const NodeId k = child(n, i);
      const yaml::Node& key = t_[k];
      if (key.kind != Kind::scalar) {
        wrong_type(k, fmt::format("a key in {}", what), "text");
        continue;
      }
      if (key.value == "<<" && key.style == Style::plain) {
        d_.error("merge-key", pos(k), "merge keys ('<<') are not supported; write the keys out");
        merged_.insert(n);
        continue;
      }
      if (std::find(allowed.begin(), allowed.end(), key.value) != allowed.end()) continue;
      std::vector<std::string> candidates(allowed.begin(), allowed.end());
      std::string hint = spell_check(key.value, candidates);
      d_.error("unknown-key", pos(k),
               fmt::format("unknown key '{}' in {}{}", clip(key.value), what,
                           hint.empty() ? "" : fmt::format(", did you mean '{}'?", hint)));
    }
    return true;
  }

  /// The value of `key` in mapping `n` (the first, if given twice).
  NodeId get(NodeId n, std::string_view key) {
    if (n == kNone || t_[n].kind != Kind::mapping) return kNone;
    const auto& ch = t_[n].children;
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2)
      if (t_[ch[i]].kind == Kind::scalar && t_[ch[i]].value == key) return child(n, i + 1);
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
    for_items(n, [&](NodeId item) {
      if (auto r = ref(item, fmt::format("an entry of {}", what))) out.push_back(*r);
    });
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
  /// The nodes the read reached through an alias, at the alias (outermost
  /// first); empty in a file without aliases.
  std::unordered_map<NodeId, SourcePos> via_;
};

/// Reads the items of a top-level list section.
template <class F>
void each_item(Reader& r, NodeId section, std::string_view what, F&& f) {
  if (r.list(section, what)) r.for_items(section, f);
}

// The readers of the list sections, which parse.cc's read_file calls: tasks
// and component types in parse_types.cc, the others in the file of their
// section's name (parse_levels.cc, parse_municipalities.cc,
// parse_scenarios.cc).
void read_tasks(Reader& r, NodeId section, RawFile& out);
void read_types(Reader& r, NodeId section, RawFile& out);
void read_levels(Reader& r, NodeId section, RawFile& out);
void read_municipalities(Reader& r, NodeId section, RawFile& out);
void read_scenarios(Reader& r, NodeId section, RawFile& out);

}  // namespace opgavesnit::detail
