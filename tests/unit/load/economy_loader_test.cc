// The loader's part of the economy beyond one year: `organisation`,
// `annual_cost_task`, a common cost's `year`, a scenario's `ownership`
// (model-format.md). The WHOLE rendered diagnostic text is asserted.
#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/load/loader.h>

#include <sstream>
#include <string>

using namespace opgavesnit;

namespace {

std::string render(const LoadResult& r) {
  std::ostringstream out;
  write_diagnostics(out, r.model.files, r.diagnostics, DiagnosticFormat::text, /*werror=*/false,
                    /*color=*/false);
  return out.str();
}

const char* const kBase =
    "opgavesnit: 1\n"                          // 1
    "region: {id: r, hourly_cost: 700}\n"      // 2
    "tasks:\n"                                 // 3
    "  - id: operation\n"                      // 4
    "  - id: supplier\n"                       // 5
    "component_types:\n"                       // 6
    "  - id: vm\n"                             // 7
    "    tasks:\n"                             // 8
    "      - {task: operation, hours: 100}\n"  // 9
    "      - {task: supplier, hours: 10}\n"    // 10
    "  - id: dc\n"                             // 11
    "    tasks:\n"                             // 12
    "      - {task: operation, hours: 50}\n"   // 13
    "service_levels:\n"                        // 14
    "  - id: std\n"                            // 15
    "    price: {hourly_rate: 800}\n"          // 16
    "    includes: [{types: [vm, dc]}]\n"      // 17
    "municipalities:\n"                        // 18
    "  - id: a\n"                              // 19
    "    population: 10\n"                     // 20
    "    components: [{id: v, type: vm}]\n";   // 21

std::string diags_with_base(const std::string& text) {
  return render(load_model({SourceInput{"base.yaml", kBase}, SourceInput{"m.yaml", text}}));
}

Model load_ok(const std::string& text) {
  LoadResult r = load_model({SourceInput{"base.yaml", kBase}, SourceInput{"m.yaml", text}});
  INFO(render(r));
  REQUIRE(r.diagnostics.empty());
  return std::move(r.model);
}

}  // namespace

TEST_CASE("economy loader: an organisation, annual_cost_task, year and ownership load") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "component_types:\n"
      "  - id: lic\n"
      "    annual_cost_task: supplier\n"
      "    tasks: [{task: operation, hours: 1}, {task: supplier, hours: 2}]\n"
      "scenarios:\n"
      "  - id: s\n"
      "    default_level: std\n"
      "    common_costs:\n"
      "      - {id: c, amount: 10, key: equal, year: 2027}\n"
      "      - {id: d, amount: 10, key: equal}\n"
      "    ownership: {capital: 2000000.5, key: {population: 0.5, equal: 0.5}, among: all,"
      " in_kind: false}\n"
      "  - id: t\n"
      "    ownership: {}\n"
      "organisation:\n"
      "  id: midt-it\n"
      "  name: Midtjysk IT\n"
      "  hourly_cost: 690.5\n"
      "  fixed_cost: 14000000\n"
      "  hours_per_fte: 1500\n"
      "  efficiency: {operation: 0.35, default: 0.1}\n");
  const ComponentType& lic = m.types[m.find_type("lic")];
  CHECK(lic.annual_cost_task == 1);
  CHECK(m.types[m.find_type("vm")].annual_cost_task == -1);
  const Scenario& s = m.scenarios[m.find_scenario("s")];
  REQUIRE(s.common_costs.size() == 2);
  CHECK(s.common_costs[0].year == 2027);
  CHECK(!s.common_costs[1].year);
  REQUIRE(s.ownership);
  CHECK(s.ownership->capital == 200000050);
  CHECK(s.ownership->key.size() == 2);
  CHECK(s.ownership->among == Among::all);
  CHECK(!s.ownership->in_kind);
  const Scenario& t = m.scenarios[m.find_scenario("t")];
  REQUIRE(t.ownership);
  CHECK(t.ownership->capital == 0);
  CHECK(t.ownership->key.empty());
  CHECK(t.ownership->among == Among::participating);
  CHECK(t.ownership->in_kind);
  REQUIRE(m.organisation);
  const Organisation& o = *m.organisation;
  CHECK(o.id == "midt-it");
  CHECK(o.name == "Midtjysk IT");
  CHECK(o.hourly_cost == 69050);
  CHECK(o.fixed_cost == 1400000000);
  CHECK(o.hours_per_fte == 150000);
  REQUIRE(o.efficiency_default);
  CHECK(o.efficiency_default->value == 1000);
  REQUIRE(o.efficiency.size() == 1);
  CHECK(o.efficiency[0].value == 3500);
  REQUIRE(o.efficiency_of.size() == 2);
  CHECK(o.efficiency_of[m.find_task("operation")] == 3500);
  CHECK(o.efficiency_of[m.find_task("supplier")] == 1000);
}

TEST_CASE("economy loader: without the new keys the model has none of them") {
  const Model m = load_ok("opgavesnit: 1\n");
  CHECK(!m.organisation);
  CHECK(m.scenarios.empty());
}

TEST_CASE("economy loader: an efficiency without default falls back to 0") {
  const Model m =
      load_ok("opgavesnit: 1\norganisation: {hourly_cost: 1, efficiency: {supplier: 0}}\n");
  REQUIRE(m.organisation);
  CHECK(m.organisation->efficiency_of[m.find_task("operation")] == 0);
  CHECK(!m.organisation->hours_per_fte);
}

TEST_CASE("economy loader: a second organisation") {
  CHECK(render(load_model(
            {SourceInput{"a.yaml", "opgavesnit: 1\norganisation: {hourly_cost: 1}\n"},
             SourceInput{"b.yaml", "opgavesnit: 1\norganisation:\n  hourly_cost: 2\n"}})) ==
        "b.yaml:3:3: error: a model has at most one 'organisation' [duplicate-organisation]\n"
        "  hourly_cost: 2\n"
        "  ^\n"
        "a.yaml:2:15: note: the first 'organisation' is here\n"
        "organisation: {hourly_cost: 1}\n"
        "              ^\n");
}

TEST_CASE("economy loader: an organisation needs hourly_cost, and hours_per_fte > 0") {
  CHECK(diags_with_base("opgavesnit: 1\norganisation: {hours_per_fte: 0}\n") ==
        "m.yaml:2:15: error: 'organisation' needs 'hourly_cost' [missing-key]\n"
        "organisation: {hours_per_fte: 0}\n"
        "              ^\n"
        "m.yaml:2:31: error: 'hours_per_fte' must be greater than 0 [invalid-number]\n"
        "organisation: {hours_per_fte: 0}\n"
        "                              ^\n");
}

TEST_CASE("economy loader: an unknown key of the organisation, with a suggestion") {
  CHECK(diags_with_base("opgavesnit: 1\norganisation: {hourly_cost: 1, fixed_costs: 2}\n") ==
        "m.yaml:2:32: error: unknown key 'fixed_costs' in 'organisation', did you mean "
        "'fixed_cost'? [unknown-key]\n"
        "organisation: {hourly_cost: 1, fixed_costs: 2}\n"
        "                               ^\n");
}

TEST_CASE("economy loader: efficiency of 1 or more, and more than 4 decimals") {
  CHECK(
      diags_with_base("opgavesnit: 1\norganisation:\n  hourly_cost: 1\n  efficiency: {default: 1, "
                      "operation: 0.12345}\n") ==
      "m.yaml:4:25: error: the efficiency of 'default' must be less than 1, got '1' "
      "[invalid-number]\n"
      "  efficiency: {default: 1, operation: 0.12345}\n"
      "                        ^\n"
      "m.yaml:4:39: error: the efficiency of 'operation' has more than 4 decimals, got "
      "'0.12345' [invalid-number]\n"
      "  efficiency: {default: 1, operation: 0.12345}\n"
      "                                      ^\n");
}

TEST_CASE("economy loader: an efficiency key that is neither default nor a task") {
  CHECK(diags_with_base(
            "opgavesnit: 1\norganisation:\n  hourly_cost: 1\n  efficiency: {defualt: 0.1, "
            "operatoin: 0.2}\n") ==
        "m.yaml:4:16: error: 'defualt' in 'efficiency' is neither 'default' nor a task, did you "
        "mean 'default'? [unknown-task]\n"
        "  efficiency: {defualt: 0.1, operatoin: 0.2}\n"
        "               ^\n"
        "m.yaml:4:30: error: 'operatoin' in 'efficiency' is neither 'default' nor a task, did "
        "you mean 'operation'? [unknown-task]\n"
        "  efficiency: {defualt: 0.1, operatoin: 0.2}\n"
        "                             ^\n");
}

TEST_CASE("economy loader: efficiency must be a mapping") {
  CHECK(diags_with_base("opgavesnit: 1\norganisation: {hourly_cost: 1, efficiency: 0.1}\n") ==
        "m.yaml:2:44: error: 'efficiency' must be a mapping, got the number '0.1' [wrong-type]\n"
        "organisation: {hourly_cost: 1, efficiency: 0.1}\n"
        "                                           ^\n");
}

TEST_CASE("economy loader: annual_cost_task not a task of its type") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "component_types:\n"
                        "  - id: x\n"
                        "    annual_cost_task: supplier\n"
                        "    tasks: [{task: operation, hours: 1}]\n"
                        "  - id: y\n"
                        "    annual_cost_task: operatio\n"
                        "    tasks: [{task: operation, hours: 1}]\n") ==
        "m.yaml:4:23: error: task 'supplier' is not a task of component type 'x' "
        "[task-not-in-type]\n"
        "    annual_cost_task: supplier\n"
        "                      ^\n"
        "m.yaml:7:23: error: unknown task 'operatio', did you mean 'operation'? [unknown-task]\n"
        "    annual_cost_task: operatio\n"
        "                      ^\n");
}

TEST_CASE("economy loader: a common cost's year outside 2000-2100") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "scenarios:\n"
                        "  - id: s\n"
                        "    common_costs:\n"
                        "      - {id: a, amount: 1, key: equal, year: 1999}\n"
                        "      - {id: b, amount: 1, key: equal, year: 2101}\n"
                        "      - {id: c, amount: 1, key: equal, year: 2026.5}\n") ==
        "m.yaml:5:46: error: 'year' must be from 2000 to 2100, got '1999' [invalid-number]\n"
        "      - {id: a, amount: 1, key: equal, year: 1999}\n"
        "                                             ^\n"
        "m.yaml:6:46: error: 'year' must be from 2000 to 2100, got '2101' [invalid-number]\n"
        "      - {id: b, amount: 1, key: equal, year: 2101}\n"
        "                                             ^\n"
        "m.yaml:7:46: error: 'year' must be a whole number, got '2026.5' [invalid-number]\n"
        "      - {id: c, amount: 1, key: equal, year: 2026.5}\n"
        "                                             ^\n");
}

TEST_CASE("economy loader: ownership keys, capital > 0 without a key") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "scenarios:\n"
                        "  - id: s\n"
                        "    ownership: {capital: 1000, amon: all}\n"
                        "  - id: t\n"
                        "    ownership: {among: som, in_kind: yes, key: popultion}\n") ==
        "m.yaml:4:16: error: 'ownership' needs 'key' to split its 'capital' (it is greater than "
        "0) [missing-key]\n"
        "    ownership: {capital: 1000, amon: all}\n"
        "               ^\n"
        "m.yaml:4:32: error: unknown key 'amon' in 'ownership', did you mean 'among'? "
        "[unknown-key]\n"
        "    ownership: {capital: 1000, amon: all}\n"
        "                               ^\n"
        "m.yaml:6:24: error: 'among' must be one of 'participating', 'all', got 'som' "
        "[invalid-value]\n"
        "    ownership: {among: som, in_kind: yes, key: popultion}\n"
        "                       ^\n"
        "m.yaml:6:38: error: 'in_kind' must be true or false, got text 'yes' [wrong-type]\n"
        "    ownership: {among: som, in_kind: yes, key: popultion}\n"
        "                                     ^\n"
        "m.yaml:6:48: error: 'key' must be one of 'population', 'equal', 'hours', got "
        "'popultion'; did you mean 'population'? [invalid-value]\n"
        "    ownership: {among: som, in_kind: yes, key: popultion}\n"
        "                                               ^\n");
}

TEST_CASE("economy loader: an ownership key by population needs every eligible population") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "municipalities: [{id: b}]\n"
                        "scenarios:\n"
                        "  - id: s\n"
                        "    default_level: std\n"
                        "    ownership: {capital: 1, key: population}\n") ==
        "m.yaml:6:34: error: the ownership of scenario 's' is split by population, but "
        "municipality 'b' has no 'population' [missing-population]\n"
        "    ownership: {capital: 1, key: population}\n"
        "                                 ^\n"
        "m.yaml:2:23: note: municipality 'b' is defined here\n"
        "municipalities: [{id: b}]\n"
        "                      ^\n");
}
