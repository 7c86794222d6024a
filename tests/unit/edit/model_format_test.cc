// opgavesnit fmt's layout (engine/model_format.h): whole outputs asserted;
// every output is checked to be a fixed point (idempotence) and to load into
// the same plan as its input.
#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/edit/fmt.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/plan_json.h>

#include <sstream>
#include <string>

using namespace opgavesnit;

namespace {

std::string render(const std::string& text, const Diagnostics& d) {
  std::ostringstream out;
  write_diagnostics(out, {SourceFile{"m.yaml", text}}, d, DiagnosticFormat::text, false, false);
  return out.str();
}

/// The plan JSON of every scenario, or the diagnostics when it does not load.
std::string meaning(const std::string& text) {
  LoadResult r = load_model_from_string(text, "m.yaml");
  std::ostringstream out;
  for (const auto& d : r.diagnostics.items()) out << d.rule << ' ';
  if (r.diagnostics.has_errors()) return out.str();
  for (Id s = 0; s < r.model.scenarios.size(); ++s) {
    Diagnostics plan_diags;
    write_plan_json(out, r.model, make_plan(r.model, s, plan_diags));
  }
  return out.str();
}

/// fmt of `text`, checked to keep its meaning and to be a fixed point.
std::string fmt(const std::string& text) {
  Diagnostics d;
  std::string out;
  bool ok = format_model_file(text, 0, out, d);
  INFO(render(text, d));
  REQUIRE(ok);
  CHECK(meaning(out) == meaning(text));
  std::string again;
  Diagnostics d2;
  REQUIRE(format_model_file(out, 0, again, d2));
  CHECK(again == out);
  return out;
}

/// The error fmt reports for `text` (which it must refuse).
std::string refusal(const std::string& text) {
  Diagnostics d;
  std::string out;
  CHECK_FALSE(format_model_file(text, 0, out, d));
  return render(text, d);
}

const char* const kTail = R"(component_types:
  - id: t
    tasks: [{ task: drift, hours: 1 }]
municipalities:
  - id: m
    population: 10
    components:
      - { type: t, id: c }
scenarios:
  - id: s
    default_level: basis
)";

}  // namespace

TEST_CASE("fmt orders keys as the format does and indents by two") {
  CHECK(fmt("tasks:\n    -   name: Drift\n        id: drift\nopgavesnit: 1\nregion:\n    "
            "hourly_cost: 1\n") ==
        "opgavesnit: 1\n"
        "region:\n"
        "  hourly_cost: 1\n"
        "tasks:\n"
        "  - id: drift\n"
        "    name: Drift\n");
}

TEST_CASE("fmt keeps comments with their keys and items, and single blank lines") {
  // A blank line before a key (or before its comments) moves with the key.
  const std::string in =
      "# header\n"
      "\n"
      "opgavesnit: 1   # the version\n"
      "\n"
      "\n"
      "tasks:\n"
      "  # first task\n"
      "  - name: Drift        # a name\n"
      "    # the id comes first\n"
      "    id: drift\n"
      "\n"
      "  - id: patch\n"
      "region:\n"
      "  hourly_cost: 700 # per hour\n"
      "# at the end\n";
  CHECK(fmt(in) ==
        "# header\n"
        "\n"
        "opgavesnit: 1   # the version\n"
        "region:\n"
        "  hourly_cost: 700 # per hour\n"
        "\n"
        "tasks:\n"
        "  # first task\n"
        "  # the id comes first\n"
        "  - id: drift\n"
        "    name: Drift        # a name\n"
        "\n"
        "  - id: patch\n"
        "# at the end\n");
}

TEST_CASE("fmt writes lists of plain values as [a, b], other lists in block style") {
  std::string in =
      std::string("opgavesnit: 1\nregion: {hourly_cost: 1}\ntasks:\n  - {id: drift}\n") + kTail +
      "service_levels:\n"
      "  - id: basis\n"
      "    price: { hourly_rate: 1 }\n"
      "    includes:\n"
      "      - categories:\n"
      "          - x\n"
      "          - y\n"
      "        tasks:\n"
      "          - drift   # only this\n";
  CHECK(fmt(in) ==
        "opgavesnit: 1\n"
        "region: { hourly_cost: 1 }\n"
        "tasks:\n"
        "  - { id: drift }\n"
        "component_types:\n"
        "  - id: t\n"
        "    tasks:\n"
        "      - { task: drift, hours: 1 }\n"
        "service_levels:\n"
        "  - id: basis\n"
        "    price: { hourly_rate: 1 }\n"
        "    includes:\n"
        "      - categories: [x, y]\n"
        "        tasks:\n"
        "          - drift   # only this\n"
        "municipalities:\n"
        "  - id: m\n"
        "    population: 10\n"
        "    components:\n"
        "      - { id: c, type: t }\n"
        "scenarios:\n"
        "  - id: s\n"
        "    default_level: basis\n");
}

TEST_CASE("fmt quotes only where YAML needs it and writes numbers as written") {
  CHECK(fmt("opgavesnit: 1\n"
            "region:\n"
            "  name: 'Region Midt'\n"
            "  currency: \"yes\"\n"
            "  id: \"707\"\n"
            "  hours_per_fte: 1628.50\n"
            "  hourly_cost: 0x10\n"
            "tasks:\n"
            "  - id: a\n"
            "    name: 'a: b'\n"
            "    description: \"it's \\\"quoted\\\" # not a comment\"\n") ==
        "opgavesnit: 1\n"
        "region:\n"
        "  id: \"707\"\n"
        "  name: Region Midt\n"
        "  currency: \"yes\"\n"
        "  hours_per_fte: 1628.50\n"
        "  hourly_cost: 0x10\n"
        "tasks:\n"
        "  - id: a\n"
        "    name: \"a: b\"\n"
        "    description: \"it's \\\"quoted\\\" # not a comment\"\n");
}

TEST_CASE("fmt keeps anchors and aliases, the anchor on the first occurrence written") {
  CHECK(fmt("opgavesnit: 1\n"
            "tasks:\n"
            "  - name: &n Drift\n"
            "    description: *n\n"
            "    id: drift\n") ==
        "opgavesnit: 1\n"
        "tasks:\n"
        "  - id: drift\n"
        "    name: &n Drift\n"
        "    description: *n\n");
  CHECK(fmt("opgavesnit: 1\n"
            "tasks:\n"
            "  - description: &n Drift\n"
            "    name: *n\n"
            "    id: drift\n") ==
        "opgavesnit: 1\n"
        "tasks:\n"
        "  - id: drift\n"
        "    name: &n Drift\n"
        "    description: *n\n");
}

TEST_CASE("fmt reads a byte-order mark and CRLF line ends, and writes neither") {
  CHECK(fmt("\xEF\xBB\xBFopgavesnit: 1\r\ntasks:\r\n  - id: drift # x\r\n") ==
        "opgavesnit: 1\ntasks:\n  - id: drift # x\n");
}

TEST_CASE("fmt reads a lone CR as a line end, as the loader does") {
  // Before, the comment index counted line feeds only while the tree's
  // positions counted lone CRs too, and fmt read past its line table.
  CHECK(fmt("opgavesnit: 1\rtasks:\r  - id: drift # x\r\r# end\r") ==
        "opgavesnit: 1\ntasks:\n  - id: drift # x\n\n# end\n");
}

TEST_CASE("fmt refuses a comment it cannot place, with its place") {
  CHECK(refusal("opgavesnit: 1\ntasks: [\n  {id: a},  # first\n  {id: b}\n]\n") ==
        "m.yaml:3:13: error: fmt cannot keep a comment inside a flow collection ('[...]' or "
        "'{...}'); "
        "move it out of the brackets [fmt-comment]\n"
        "  {id: a},  # first\n"
        "            ^\n");
  CHECK(refusal("opgavesnit: 1\ntasks:\n  - id: a\n    name:\n      Drift   # the name\n") ==
        "m.yaml:5:15: error: fmt cannot tell what this comment belongs to: no key or list item "
        "starts "
        "on its line; put it on a line of its own [fmt-comment]\n"
        "      Drift   # the name\n"
        "              ^\n");
}

TEST_CASE("fmt refuses a file with errors and leaves it to validate to explain") {
  CHECK(refusal("opgavesnit: 1\ntasks:\n  - id: a\n    colour: red\n") ==
        "m.yaml:4:5: error: unknown key 'colour' in a task [unknown-key]\n"
        "    colour: red\n"
        "    ^\n");
  CHECK(refusal("opgavesnit: 1\ntasks: [\n") != "");
}

TEST_CASE("fmt of the base model keeps every plan") {
  const std::string in =
      "opgavesnit: 1\n"
      "region: { hourly_cost: 700 }\n"
      "tasks: [{ id: drift }, { id: patch, name: Patch }]\n"
      "service_levels:\n"
      "  - includes: [{ categories: [server] }]\n"
      "    price: { base_fee: 10, hourly_rate: 800 }\n"
      "    id: basis\n"
      "component_types:\n"
      "  - tasks: [{ task: drift, hours: 10, foundation: true }, { requires: [drift], task: patch, "
      "hours: 2 }]\n"
      "    category: server\n"
      "    id: vm\n"
      "municipalities:\n"
      "  - components:\n"
      "      - { id: a, type: vm, quantity: 3 }\n"
      "      - depends_on: [a, { on: a2, kind: interface }]\n"
      "        type: vm\n"
      "        id: b\n"
      "      - { id: a2, type: vm }\n"
      "    population: 100\n"
      "    id: m\n"
      "scenarios:\n"
      "  - common_costs: [{ key: { equal: 0.5, population: 0.5 }, amount: 100, id: c }]\n"
      "    id: s\n"
      "    default_level: basis\n";
  std::string out = fmt(in);
  CHECK(out.find("      - id: b\n        type: vm\n        depends_on:\n          - a\n"
                 "          - { on: a2, kind: interface }\n") != std::string::npos);
  CHECK(out.find("        key: { population: 0.5, equal: 0.5 }\n") != std::string::npos);
}

TEST_CASE("fmt writes every range low, likely, high, under efficiency too") {
  CHECK(fmt("opgavesnit: 1\n"
            "region:\n"
            "  hourly_cost: { likely: 700, high: 800, low: 650 }\n"
            "tasks: [{ id: drift }, { id: patch }]\n"
            "service_levels:\n"
            "  - id: basis\n"
            "    price: { hourly_rate: 600 }\n"
            "    includes: [{ types: [t] }]\n"
            "component_types:\n"
            "  - id: t\n"
            "    tasks:\n"
            "      - task: drift\n"
            "        hours:\n"
            "          high: 3\n"
            "          likely: 2\n"
            "          low: 1\n"
            "municipalities:\n"
            "  - id: m\n"
            "    population: 10\n"
            "    hourly_cost: { high: 700, low: 600, likely: 650 }\n"
            "    components:\n"
            "      - { id: c, type: t, annual_cost: { likely: 10, low: 5, high: 20 } }\n"
            "scenarios:\n"
            "  - id: s\n"
            "    default_level: basis\n"
            "organisation:\n"
            "  hourly_cost: { likely: 690, low: 650, high: 750 }\n"
            "  fixed_cost: { high: 3, likely: 2, low: 1 }\n"
            "  efficiency:\n"
            "    default: { likely: 0.2, low: 0.1, high: 0.3 }\n"
            "    patch:\n"
            "      high: 0.5\n"
            "      low: 0.1\n"
            "      likely: 0.25\n"
            "    drift: 0.1\n") ==
        "opgavesnit: 1\n"
        "region:\n"
        "  hourly_cost: { low: 650, likely: 700, high: 800 }\n"
        "tasks:\n"
        "  - { id: drift }\n"
        "  - { id: patch }\n"
        "component_types:\n"
        "  - id: t\n"
        "    tasks:\n"
        "      - task: drift\n"
        "        hours:\n"
        "          low: 1\n"
        "          likely: 2\n"
        "          high: 3\n"
        "service_levels:\n"
        "  - id: basis\n"
        "    price: { hourly_rate: 600 }\n"
        "    includes:\n"
        "      - { types: [t] }\n"
        "municipalities:\n"
        "  - id: m\n"
        "    population: 10\n"
        "    hourly_cost: { low: 600, likely: 650, high: 700 }\n"
        "    components:\n"
        "      - id: c\n"
        "        type: t\n"
        "        annual_cost: { low: 5, likely: 10, high: 20 }\n"
        "scenarios:\n"
        "  - id: s\n"
        "    default_level: basis\n"
        "organisation:\n"
        "  hourly_cost: { low: 650, likely: 690, high: 750 }\n"
        "  fixed_cost: { low: 1, likely: 2, high: 3 }\n"
        "  efficiency:\n"
        "    default: { low: 0.1, likely: 0.2, high: 0.3 }\n"
        "    patch:\n"
        "      low: 0.1\n"
        "      likely: 0.25\n"
        "      high: 0.5\n"
        "    drift: 0.1\n");
}
