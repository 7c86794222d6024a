#include "csv_mapping.h"

#include <fmt/format.h>
#include <opgavesnit/yaml/scalar.h>
#include <opgavesnit/yaml/tree.h>

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace opgavesnit {

namespace {

constexpr std::array<std::string_view, kCsvFieldCount> kFieldNames = {
    "id",          "name",       "type", "quantity", "site",      "tags",
    "annual_cost", "book_value", "pin",  "reason",   "depends_on"};

constexpr std::string_view kVersionKey = "opgavesnit-csv-mapping";

/// Fields whose cells can be translated by `values`.
bool has_values(CsvFieldKind f) {
  return f == CsvFieldKind::type || f == CsvFieldKind::site || f == CsvFieldKind::pin ||
         f == CsvFieldKind::tags;
}

/// Fields that can have a default.
bool has_default(CsvFieldKind f) {
  return f == CsvFieldKind::type || f == CsvFieldKind::quantity || f == CsvFieldKind::site ||
         f == CsvFieldKind::pin || f == CsvFieldKind::reason || f == CsvFieldKind::annual_cost ||
         f == CsvFieldKind::book_value;
}

std::optional<CsvFieldKind> field_named(const std::string& name) {
  for (std::size_t i = 0; i < kCsvFieldCount; ++i)
    if (kFieldNames[i] == name) return static_cast<CsvFieldKind>(i);
  return std::nullopt;
}

std::vector<std::string> field_names(bool (*keep)(CsvFieldKind)) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < kCsvFieldCount; ++i)
    if (!keep || keep(static_cast<CsvFieldKind>(i))) out.emplace_back(kFieldNames[i]);
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += "'" + items[i] + "'";
  }
  return out;
}

class Reader {
 public:
  Reader(const yaml::Tree& tree, Id file, CsvMapping& out, Diagnostics& diags)
      : t_(tree), file_(file), out_(out), diags_(diags) {}

  void read() {
    if (t_.root == yaml::Tree::kNoNode || t_[t_.root].kind != yaml::Kind::mapping) {
      SourcePos at = t_.root == yaml::Tree::kNoNode ? SourcePos{file_, 0, 0} : pos(t_.root);
      diags_.error(
          "not-a-mapping", at,
          fmt::format("a mapping file is a YAML mapping that starts with '{}: 1'", kVersionKey));
      return;
    }
    const yaml::Node& root = t_[t_.root];
    bool version = false, columns = false;
    out_.columns_pos = {file_, 0, 0};
    for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
      yaml::NodeId k = root.children[i], v = root.children[i + 1];
      const std::string& key = t_[k].value;
      if (first_of(root, i)) continue;  // a duplicate key: reported by the parser
      if (key == kVersionKey) {
        version = true;
        if (t_[v].kind != yaml::Kind::scalar || t_[v].style != yaml::Style::plain ||
            t_[v].value != "1")
          diags_.error("unsupported-version", pos(v),
                       fmt::format("'{}' must be 1, the only version there is", kVersionKey));
      } else if (key == "separator") {
        read_separator(v);
      } else if (key == "decimal") {
        if (auto s = text(v, "decimal")) {
          if (*s == "comma")
            out_.decimal = DecimalMark::comma;
          else if (*s == "point")
            out_.decimal = DecimalMark::point;
          else
            invalid(v, *s, {"comma", "point"});
        }
      } else if (key == "encoding") {
        if (auto s = text(v, "encoding")) {
          if (*s == "windows-1252")
            out_.windows1252 = true;
          else if (*s != "utf-8")
            invalid(v, *s, {"utf-8", "windows-1252"});
        }
      } else if (key == "normalize_ids") {
        if (auto s = text(v, "normalize_ids")) {
          if (*s == "true" && t_[v].style == yaml::Style::plain)
            out_.normalize_ids = true;
          else if (!(*s == "false" && t_[v].style == yaml::Style::plain))
            diags_.error("wrong-type", pos(v), "'normalize_ids' is true or false");
        }
      } else if (key == "columns") {
        columns = true;
        out_.columns_pos = pos(k);
        read_columns(v);
      } else if (key == "values") {
        read_values(v);
      } else if (key == "defaults") {
        read_defaults(v);
      } else if (key == "municipality") {
        read_municipality(v);
      } else {
        unknown_key(k, {std::string(kVersionKey), "separator", "decimal", "encoding",
                        "normalize_ids", "columns", "values", "defaults", "municipality"});
      }
    }
    if (!version)
      diags_.error("missing-version", pos(t_.root),
                   fmt::format("the mapping file does not start with '{}: 1'", kVersionKey));
    if (!columns)
      diags_.error("missing-key", pos(t_.root),
                   "the mapping has no 'columns': say which column holds each field");
    else if (!out_.columns[static_cast<std::size_t>(CsvFieldKind::id)])
      diags_.error("missing-key", out_.columns_pos,
                   "'columns' does not name the column of 'id', which every component needs");
  }

 private:
  SourcePos pos(yaml::NodeId n) const { return {file_, t_[n].line, t_[n].column}; }

  /// True when the key at `i` repeats an earlier key of `map`.
  /// Whether the key at child `i` of `map` repeats an earlier key (the
  /// parser reports it). One pass per mapping with a hash set, so that a
  /// `values` table of 200,000 entries stays linear.
  bool first_of(const yaml::Node& map, std::size_t i) {
    auto [it, added] = repeated_.try_emplace(&map);
    if (added) {
      std::unordered_set<std::string_view> seen;
      seen.reserve(map.children.size() / 2);
      for (std::size_t j = 0; j < map.children.size(); j += 2)
        it->second.push_back(seen.insert(t_[map.children[j]].value).second ? 0 : 1);
    }
    return i / 2 < it->second.size() && it->second[i / 2] != 0;
  }
  std::unordered_map<const yaml::Node*, std::vector<char>> repeated_;

  std::optional<std::string> text(yaml::NodeId v, std::string_view what) {
    if (t_[v].kind == yaml::Kind::scalar) return t_[v].value;
    diags_.error("wrong-type", pos(v), fmt::format("'{}' must be a text", what));
    return std::nullopt;
  }

  void invalid(yaml::NodeId v, const std::string& got, const std::vector<std::string>& allowed) {
    std::string near = spell_check(got, allowed);
    diags_.error("invalid-value", pos(v),
                 fmt::format("'{}' is not one of {}{}", got, join(allowed),
                             near.empty() ? "" : fmt::format("; did you mean '{}'?", near)));
  }

  void unknown_key(yaml::NodeId k, const std::vector<std::string>& known) {
    std::string near = spell_check(t_[k].value, known);
    diags_.error("unknown-key", pos(k),
                 fmt::format("unknown key '{}'{}", t_[k].value,
                             near.empty() ? fmt::format("; the keys here are {}", join(known))
                                          : fmt::format(", did you mean '{}'?", near)));
  }

  bool is_mapping(yaml::NodeId v, std::string_view what) {
    if (t_[v].kind == yaml::Kind::mapping) return true;
    diags_.error("wrong-type", pos(v), fmt::format("'{}' must be a mapping", what));
    return false;
  }

  void read_separator(yaml::NodeId v) {
    auto s = text(v, "separator");
    if (!s) return;
    if (*s == ";" || *s == ",")
      out_.separator = (*s)[0];
    else if (*s == "tab" || *s == "\t")
      out_.separator = '\t';
    else
      invalid(v, *s, {";", ",", "tab"});
  }

  /// Each entry of a mapping keyed by field names; calls `f(field, key,
  /// value)` for the known ones that `allowed` accepts.
  template <class F>
  void each_field(yaml::NodeId map, std::string_view section, bool (*allowed)(CsvFieldKind), F f) {
    if (!is_mapping(map, section)) return;
    const yaml::Node& m = t_[map];
    for (std::size_t i = 0; i + 1 < m.children.size(); i += 2) {
      if (first_of(m, i)) continue;
      yaml::NodeId k = m.children[i], v = m.children[i + 1];
      auto field = field_named(t_[k].value);
      if (!field || (allowed && !allowed(*field))) {
        std::vector<std::string> known = field_names(allowed);
        std::string near = spell_check(t_[k].value, known);
        diags_.error(
            "unknown-key", pos(k),
            fmt::format("'{}' is not a field that '{}' can name{}; it can name {}", t_[k].value,
                        section, near.empty() ? "" : fmt::format(" (did you mean '{}'?)", near),
                        join(known)));
        continue;
      }
      f(*field, k, v);
    }
  }

  void read_columns(yaml::NodeId map) {
    each_field(map, "columns", nullptr, [&](CsvFieldKind field, yaml::NodeId, yaml::NodeId v) {
      if (t_[v].kind != yaml::Kind::scalar || t_[v].value.empty()) {
        diags_.error("wrong-type", pos(v),
                     fmt::format("the column of '{}' is a header text", to_string(field)));
        return;
      }
      out_.columns[static_cast<std::size_t>(field)] = MappedText{t_[v].value, pos(v)};
    });
  }

  /// Checks a value that a cell of `field` may be replaced by (or default to).
  bool check_value(CsvFieldKind field, yaml::NodeId v, bool as_default) {
    const yaml::Node& n = t_[v];
    const bool empty =
        n.kind == yaml::Kind::null || (n.kind == yaml::Kind::scalar && n.value.empty());
    if (field == CsvFieldKind::pin && empty) {  // a cell that means "no pin"
      if (!as_default) return true;
      diags_.error("invalid-value", pos(v), "a default pin is 'retain' or 'transfer'");
      return false;
    }
    if (n.kind != yaml::Kind::scalar) {
      diags_.error("wrong-type", pos(v),
                   fmt::format("a value of '{}' is a text", to_string(field)));
      return false;
    }
    switch (field) {
      case CsvFieldKind::type:
        if (!is_valid_id(n.value)) {
          diags_.error(
              "invalid-id", pos(v),
              fmt::format("'{}' is not a component type id ([a-z0-9][a-z0-9._-]*)", n.value));
          return false;
        }
        return true;
      case CsvFieldKind::pin:
        if (n.value != "retain" && n.value != "transfer") {
          invalid(v, n.value, {"retain", "transfer"});
          return false;
        }
        return true;
      case CsvFieldKind::quantity:
      case CsvFieldKind::annual_cost:
      case CsvFieldKind::book_value: {
        const bool whole = field == CsvFieldKind::quantity;
        std::int64_t value = 0;
        if (n.style != yaml::Style::plain ||
            to_fixed(n.value, whole ? 0 : 2, value) != NumberProblem::ok || (whole && value < 1)) {
          diags_.error("invalid-number", pos(v),
                       whole
                           ? fmt::format("the default quantity is a whole number of at least 1")
                           : fmt::format("the default '{}' is a number ≥ 0 with at most 2 decimals",
                                         to_string(field)));
          return false;
        }
        return true;
      }
      default:
        return true;
    }
  }

  void read_values(yaml::NodeId map) {
    each_field(map, "values", has_values, [&](CsvFieldKind field, yaml::NodeId k, yaml::NodeId v) {
      if (!is_mapping(v, fmt::format("values: {}", t_[k].value))) return;
      const yaml::Node& m = t_[v];
      auto& target = out_.values[static_cast<std::size_t>(field)];
      for (std::size_t i = 0; i + 1 < m.children.size(); i += 2) {
        if (first_of(m, i)) continue;
        yaml::NodeId from = m.children[i], to = m.children[i + 1];
        if (t_[from].kind != yaml::Kind::scalar) {
          diags_.error("wrong-type", pos(from), "a cell's text is a scalar");
          continue;
        }
        if (!check_value(field, to, false)) continue;
        target[t_[from].value] =
            MappedText{t_[to].kind == yaml::Kind::scalar ? t_[to].value : "", pos(to)};
      }
    });
  }

  void read_defaults(yaml::NodeId map) {
    each_field(map, "defaults", has_default, [&](CsvFieldKind field, yaml::NodeId, yaml::NodeId v) {
      if (check_value(field, v, true))
        out_.defaults[static_cast<std::size_t>(field)] = MappedText{t_[v].value, pos(v)};
    });
  }

  /// A whole number or an amount of at most `decimals` decimals, not negative.
  std::optional<std::int64_t> fixed(yaml::NodeId v, std::string_view what, int decimals) {
    std::int64_t value = 0;
    const NumberProblem problem =
        t_[v].kind == yaml::Kind::scalar && t_[v].style == yaml::Style::plain
            ? to_fixed(t_[v].value, decimals, value)
            : NumberProblem::not_a_number;
    if (problem == NumberProblem::ok) return value;
    const std::string message =
        fmt::format("'{}' must be {}", what,
                    decimals == 0 ? "a whole number, not negative"
                                  : "an amount of at most 2 decimals, not negative");
    if (problem == NumberProblem::not_a_number)
      diags_.error("wrong-type", pos(v), message);
    else
      diags_.error("invalid-value", pos(v), message);
    return std::nullopt;
  }

  void read_municipality(yaml::NodeId map) {
    if (!is_mapping(map, "municipality")) return;
    MappedMunicipality& m = out_.municipality;
    const yaml::Node& node = t_[map];
    for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
      yaml::NodeId k = node.children[i], v = node.children[i + 1];
      if (first_of(node, i)) continue;
      const std::string& key = t_[k].value;
      if (key == "name") {
        m.name = text(v, "name");
      } else if (key == "code") {
        m.code = fixed(v, "code", 0);
      } else if (key == "population") {
        m.population = fixed(v, "population", 0);
      } else if (key == "hourly_cost") {
        m.hourly_cost = fixed(v, "hourly_cost", 2);
      } else if (key == "candidate_levels") {
        if (t_[v].kind != yaml::Kind::sequence) {
          diags_.error("wrong-type", pos(v), "'candidate_levels' must be a list of level ids");
          continue;
        }
        for (yaml::NodeId item : t_[v].children) {
          if (t_[item].kind != yaml::Kind::scalar || !is_valid_id(t_[item].value)) {
            diags_.error("invalid-id", pos(item),
                         "a candidate level is a level id ([a-z0-9][a-z0-9._-]*)");
            continue;
          }
          m.candidate_levels.push_back(t_[item].value);
        }
      } else {
        unknown_key(k, {"name", "code", "population", "hourly_cost", "candidate_levels"});
      }
    }
  }

  const yaml::Tree& t_;
  Id file_;
  CsvMapping& out_;
  Diagnostics& diags_;
};

}  // namespace

std::string_view to_string(CsvFieldKind field) {
  return kFieldNames[static_cast<std::size_t>(field)];
}

bool read_csv_mapping(std::string& text, Id file, CsvMapping& out, Diagnostics& diags) {
  const std::size_t before = diags.error_count();
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  std::uint32_t line = 0, column = 0;
  if (!yaml::check_utf8(text, line, column)) {
    diags.error("encoding", {file, line, column}, "the mapping file is not UTF-8 text");
    return false;
  }
  yaml::Tree tree;
  if (!yaml::parse(text, file, {}, tree, diags)) return false;
  Reader(tree, file, out, diags).read();
  return diags.error_count() == before;
}

}  // namespace opgavesnit
