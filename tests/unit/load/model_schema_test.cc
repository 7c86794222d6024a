// The table of the model format (engine/model_schema.h) against the loader:
// a model that uses every key of the table loads without a diagnostic, and
// the loader really reads each of those keys (a wrong value under any one
// of them is an error). As the loader takes its allowed keys from the
// table, a key it accepts is one of the table's.
#include <doctest/doctest.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/load/format_table.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/yaml/tree.h>

#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace opgavesnit;
using schema::Shape;

namespace {

/// Every key of the format, in block style, one key per line.
const char* const kEveryKey = R"(opgavesnit: 1
region:
  id: r
  name: Region
  currency: DKK
  hours_per_fte: 1628
  hourly_cost: 700
tasks:
  - id: drift
    name: Drift
    description: Daglig drift
  - id: patch
component_types:
  - id: server
    name: Server
    category: platform
    tasks:
      - task: drift
        hours: 10
        foundation: true
        requires: [patch]
      - task: patch
        hours:
          low: 1
          likely: 2
          high: 3.5
    annual_cost_task: patch
service_levels:
  - id: basis
    name: Basis
    rank: 1
    sla:
      availability: 99.5
      response_minutes: 240
      support_hours: hverdage
    price:
      hourly_rate: 600
      base_fee: 1000
    includes:
      - categories: [platform]
        types: [server]
        tags: [prod]
        components: [a/s1]
        municipalities: [a]
        tasks: [drift, patch]
  - id: plus
    extends: basis
    price:
      hourly_rate: 700
    excludes:
      - tags: [prod]
municipalities:
  - id: a
    name: A Kommune
    code: 101
    population: 1000
    hourly_cost: 650
    candidate_levels: [basis, plus]
    components:
      - id: s1
        type: server
        name: Server 1
        quantity: 2
        site: Rådhuset
        tags: [prod]
        annual_cost: 100
        book_value: 200
        pin: transfer
        reason: Skal flytte
      - id: s2
        type: server
        depends_on:
          - s1
          - on: s1x
            kind: interface
            for: [drift]
      - id: s1x
        type: server
scenarios:
  - id: s
    name: Scenarie
    default_level: basis
    levels:
      a: plus
    conflicts: drop
    waves:
      periods: [p1, p2]
      capacity_hours: 1000
    common_costs:
      - id: c
        name: Fælles
        amount: 1000
        key:
          population: 0.5
          equal: 0.25
          hours: 0.25
        among: participating
      - id: d
        amount: 10
        key: equal
        year: 2027
    ownership:
      capital: 1000
      key: population
      among: all
      in_kind: false
organisation:
  id: o
  name: Organisation
  hourly_cost: 690
  fixed_cost: 1000
  hours_per_fte: 1500
  efficiency:
    default: 0.1
)";

std::string render(const LoadResult& r) {
  std::ostringstream out;
  write_diagnostics(out, r.model.files, r.diagnostics, DiagnosticFormat::text, false, false);
  return out.str();
}

/// The (shape, key) pairs that the tree of `text` uses, walked by the table.
void walk(const yaml::Tree& t, yaml::NodeId n, Shape shape,
          std::set<std::pair<Shape, std::string>>& used);

void walk_value(const yaml::Tree& t, yaml::NodeId v, const schema::Value& value,
                std::set<std::pair<Shape, std::string>>& used) {
  const yaml::Node& node = t[v];
  if (node.kind == yaml::Kind::mapping && value.shape != Shape::none &&
      value.kind != schema::Kind::list)
    walk(t, v, value.shape, used);
  if (node.kind == yaml::Kind::mapping && value.kind == schema::Kind::number && value.range)
    walk(t, v, Shape::range, used);
  if (node.kind == yaml::Kind::sequence && value.shape != Shape::none)
    for (auto item : node.children)
      if (t[item].kind == yaml::Kind::mapping) walk(t, item, value.shape, used);
}

void walk(const yaml::Tree& t, yaml::NodeId n, Shape shape,
          std::set<std::pair<Shape, std::string>>& used) {
  const auto& ch = t[n].children;
  for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
    const std::string& name = t[ch[i]].value;
    used.insert({shape, name});
    if (const schema::Key* key = schema::find_key(shape, name))
      walk_value(t, ch[i + 1], key->value, used);
  }
}

/// `text` with the value of the key on 0-based line `line` replaced by
/// `{zz: 1}` (and the lines nested under it removed).
std::string break_value(const std::string& text, std::size_t line) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::string& l = lines[line];
  std::size_t key_col = l.find_first_not_of(" -");
  std::size_t colon = l.find(':', key_col);
  l = l.substr(0, colon + 1) + " {zz: 1}";
  std::size_t end = line + 1;  // the lines nested under the key
  while (end < lines.size()) {
    std::size_t indent = lines[end].find_first_not_of(' ');
    if (indent != std::string::npos && indent <= key_col) break;
    ++end;
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (i <= line || i >= end) out += lines[i] + "\n";
  return out;
}

}  // namespace

TEST_CASE("a model that uses every key of the table loads without a diagnostic") {
  LoadResult r = load_model_from_string(kEveryKey);
  CHECK(render(r) == "");
}

TEST_CASE("the model that uses every key covers the whole table") {
  yaml::Tree tree;
  Diagnostics diags;
  REQUIRE(yaml::parse(kEveryKey, 0, {}, tree, diags));
  std::set<std::pair<Shape, std::string>> used;
  walk(tree, tree.root, Shape::file, used);
  for (const auto& s : schema::shapes())
    for (const auto& k : s.keys) {
      CAPTURE(s.name);
      CAPTURE(k.name);
      CHECK(used.count({s.shape, std::string(k.name)}) == 1);
    }
}

TEST_CASE("the loader reads every key of the table: a wrong value under any key is an error") {
  std::istringstream in(kEveryKey);
  std::size_t line = 0, broken = 0;
  for (std::string l; std::getline(in, l); ++line) {
    std::size_t col = l.find_first_not_of(" -");
    if (col == std::string::npos || l.find(':', col) == std::string::npos) continue;
    std::string text = break_value(kEveryKey, line);
    CAPTURE(l);
    LoadResult r = load_model_from_string(text);
    CHECK(r.diagnostics.has_errors());
    ++broken;
  }
  CHECK(broken > 80);
}

TEST_CASE("the enumerations of the table are in the order of the engine's enums") {
  // The loader maps the position in these lists to the engine's enums.
  using V = std::vector<std::string_view>;
  CHECK(schema::choices(Shape::component, "pin") == V{"retain", "transfer"});
  CHECK(schema::choices(Shape::dependency, "kind") == V{"hard", "interface"});
  CHECK(schema::choices(Shape::scenario, "conflicts") == V{"strict", "drop"});
  CHECK(schema::choices(Shape::common_cost, "among") == V{"all", "participating"});
  CHECK(schema::choices(Shape::common_cost, "key") == V{"population", "equal", "hours"});
  CHECK(static_cast<int>(KeyBasis::population) == 0);
  CHECK(static_cast<int>(KeyBasis::equal) == 1);
  CHECK(static_cast<int>(KeyBasis::hours) == 2);
  // The weights of a key mapping are the bases of the short form.
  CHECK(schema::keys(Shape::weights) == schema::choices(Shape::common_cost, "key"));
}

TEST_CASE("every shape is listed once, in the order of the enum, with keys") {
  const auto& all = schema::shapes();
  REQUIRE(all.size() == static_cast<std::size_t>(Shape::none));
  for (std::size_t i = 0; i < all.size(); ++i) {
    CAPTURE(all[i].name);
    CHECK(static_cast<std::size_t>(all[i].shape) == i);
    CHECK(!all[i].keys.empty());
    CHECK(all[i].keys.size() == all[i].key_names.size());
    for (const auto& k : all[i].keys) CHECK(!k.description.empty());
  }
}
