// The loader: YAML text -> Model and diagnostics (model-format.md,
// docs/diagnostics.md). As ninja's ParserTest: YAML from strings under a
// fake file name, and the WHOLE rendered diagnostic text asserted, one case
// per message (the helpers and the base model: support/loader_fixture.h).
//
// This file: the rules of values (invalid-id, reserved-id, invalid-number,
// invalid-value, empty-list).
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>

#include <string>

#include "support/loader_fixture.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

// ---------------------------------------------------------------------------
// One case per rule id (docs/diagnostics.md), whole text.

TEST_CASE("loader: invalid-id") {
  const char* const kAllowed =
      "is not a valid id (lower-case letters, digits, '.', '_' and '-', starting with a letter or "
      "digit, "
      "at most 64 characters)";
  const std::string kRule = std::string(kAllowed) + " [invalid-id]\n";
  SUBCASE("upper case") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: Drift\n") ==
          std::string("m.yaml:3:9: error: the task id 'Drift' ") + kAllowed +
              "; did you mean 'drift'? [invalid-id]\n"
              "  - id: Drift\n"
              "        ^\n");
  }
  SUBCASE("Danish letters") {
    CHECK(diags_of("opgavesnit: 1\nmunicipalities:\n  - id: samsø\n") ==
          std::string("m.yaml:3:9: error: the municipality id 'samsø' ") + kAllowed +
              "; did you mean 'samsoe'? [invalid-id]\n"
              "  - id: samsø\n"
              "        ^\n");
  }
  SUBCASE("Danish letters and spaces, in a level reference: the id it most likely means") {
    CHECK(suggested_id("dc-rødby") == "dc-roedby");
    CHECK(suggested_id("Æblegård Å") == "aeblegaard-aa");
    CHECK(suggested_id("Basis") == "basis");
    CHECK(suggested_id("a/b") == "");  // still not an id: no suggestion
    CHECK(suggested_id("-x") == "");
    CHECK(suggested_id("Ω") == "");
    const std::string d =
        diags_of("opgavesnit: 1\nscenarios:\n  - id: s\n    levels: {odder: Basis}\n");
    CHECK(d.find("'Basis' is not a valid id") != std::string::npos);
    CHECK(d.find("; did you mean 'basis'? [invalid-id]") != std::string::npos);
  }
  SUBCASE("empty") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: \"\"\n") ==
          std::string("m.yaml:3:9: error: the task id '' ") + kRule +
              "  - id: \"\"\n"
              "        ^\n");
  }
  SUBCASE("starting with '-'") {
    CHECK(diags_of("opgavesnit: 1\nscenarios:\n  - id: \"-x\"\n") ==
          std::string("m.yaml:3:9: error: the scenario id '-x' ") + kRule +
              "  - id: \"-x\"\n"
              "        ^\n");
  }
  SUBCASE("65 characters (64 are fine)") {
    const std::string ok(64, 'a'), bad(65, 'a');
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: " + ok + "\n") == "");
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: " + bad + "\n") ==
          "m.yaml:3:9: error: the task id '" + bad + "' " + kRule + "  - id: " + bad + "\n" +
              "        ^\n");
  }
  SUBCASE("a component reference") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities:\n"
                          "  - id: a\n"
                          "    components:\n"
                          "      - {id: x, type: dc, depends_on: [Norddjurs/vmw]}\n") ==
          "m.yaml:5:40: error: a dependency 'Norddjurs/vmw' is not a component id ('id' or "
          "'municipality/id') "
          "[invalid-id]\n"
          "      - {id: x, type: dc, depends_on: [Norddjurs/vmw]}\n"
          "                                       ^\n");
  }
  SUBCASE("a bare id in a rule's components") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels:\n"
                          "  - {id: x, price: {hourly_rate: 1}, includes: [{components: [vmw, "
                          "norddjurs/vmw]}]}\n") ==
          "m.yaml:3:63: error: 'components' in a rule names qualified ids ('municipality/vmw') "
          "[invalid-id]\n"
          "  - {id: x, price: {hourly_rate: 1}, includes: [{components: [vmw, norddjurs/vmw]}]}\n"
          "                                                              ^\n");
  }
}

TEST_CASE("loader: reserved-id") {
  SUBCASE("all as a task id") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: all\n") ==
          "m.yaml:3:9: error: 'all' cannot be a task id: rules use it to mean every task "
          "[reserved-id]\n"
          "  - id: all\n"
          "        ^\n");
  }
  SUBCASE("none as a level id") {
    CHECK(diags_of("opgavesnit: 1\nservice_levels:\n  - id: none\n    price: {hourly_rate: 1}\n") ==
          "m.yaml:3:9: error: 'none' cannot be a level id: scenarios use it for not taking part "
          "[reserved-id]\n"
          "  - id: none\n"
          "        ^\n");
  }
}

TEST_CASE("loader: invalid-number") {
  auto one = [](const std::string& line, const std::string& expected) {
    CAPTURE(line);
    CHECK(diags_with_base("opgavesnit: 1\n" + line + "\n") == expected);
  };
  SUBCASE("negative") {
    one("municipalities: [{id: a, hourly_cost: -700}]",
        "m.yaml:2:39: error: 'hourly_cost' must not be negative, got '-700' [invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: -700}]\n"
        "                                      ^\n");
  }
  SUBCASE("3 decimals in money") {
    one("municipalities: [{id: a, hourly_cost: 700.125}]",
        "m.yaml:2:39: error: 'hourly_cost' has more than 2 decimals, got '700.125' "
        "[invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: 700.125}]\n"
        "                                      ^\n");
  }
  SUBCASE("3 decimals by value, written with an exponent") {
    one("municipalities: [{id: a, hourly_cost: 1e-3}]",
        "m.yaml:2:39: error: 'hourly_cost' has more than 2 decimals, got '1e-3' [invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: 1e-3}]\n"
        "                                      ^\n");
  }
  SUBCASE(".nan") {
    one("municipalities: [{id: a, hourly_cost: .nan}]",
        "m.yaml:2:39: error: 'hourly_cost' must be a finite number, got '.nan' [invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: .nan}]\n"
        "                                      ^\n");
  }
  SUBCASE(".inf and -.inf") {
    one("municipalities: [{id: a, hourly_cost: .inf, population: -.inf}]",
        "m.yaml:2:39: error: 'hourly_cost' must be a finite number, got '.inf' [invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: .inf, population: -.inf}]\n"
        "                                      ^\n"
        "m.yaml:2:57: error: 'population' must be a finite number, got '-.inf' [invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: .inf, population: -.inf}]\n"
        "                                                        ^\n");
  }
  SUBCASE("1e12 and more") {
    one("municipalities: [{id: a, hourly_cost: 1e12, population: 0x1000000000000}]",
        "m.yaml:2:39: error: 'hourly_cost' must be less than 10^12, got '1e12' [invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: 1e12, population: 0x1000000000000}]\n"
        "                                      ^\n"
        "m.yaml:2:57: error: 'population' must be less than 10^12, got '0x1000000000000' "
        "[invalid-number]\n"
        "municipalities: [{id: a, hourly_cost: 1e12, population: 0x1000000000000}]\n"
        "                                                        ^\n");
  }
  SUBCASE("just below 10^12 is fine") {
    one("municipalities: [{id: a, hourly_cost: 999999999999.99, population: 999999999999}]", "");
  }
  SUBCASE("quantity 0") {
    one("municipalities: [{id: a, components: [{id: x, type: dc, quantity: 0}]}]",
        "m.yaml:2:67: error: 'quantity' must be at least 1, got '0' [invalid-number]\n"
        "municipalities: [{id: a, components: [{id: x, type: dc, quantity: 0}]}]\n"
        "                                                                  ^\n");
  }
  SUBCASE("quantity 1.5") {
    one("municipalities: [{id: a, components: [{id: x, type: dc, quantity: 1.5}]}]",
        "m.yaml:2:67: error: 'quantity' must be a whole number, got '1.5' [invalid-number]\n"
        "municipalities: [{id: a, components: [{id: x, type: dc, quantity: 1.5}]}]\n"
        "                                                                  ^\n");
  }
  SUBCASE("a weight with 5 decimals") {
    one("scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: {population: 0.33333, equal: "
        "0.66667}}]}]",
        "m.yaml:2:73: error: the weight of 'population' has more than 4 decimals, got '0.33333' "
        "[invalid-number]\n"
        "scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: {population: 0.33333, equal: "
        "0.66667}}]}]\n"
        "                                                                        ^\n"
        "m.yaml:2:89: error: the weight of 'equal' has more than 4 decimals, got '0.66667' "
        "[invalid-number]\n"
        "scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: {population: 0.33333, equal: "
        "0.66667}}]}]\n"
        "                                                                                        "
        "^\n");
  }
  SUBCASE("hours_per_fte 0") {
    CHECK(diags_of("opgavesnit: 1\nregion: {hours_per_fte: 0}\n") ==
          "m.yaml:2:25: error: 'hours_per_fte' must be greater than 0 [invalid-number]\n"
          "region: {hours_per_fte: 0}\n"
          "                        ^\n");
  }
  SUBCASE("a negative rank") {
    one("service_levels: [{id: x, rank: -1, price: {hourly_rate: 1}}]",
        "m.yaml:2:32: error: 'rank' must not be negative, got '-1' [invalid-number]\n"
        "service_levels: [{id: x, rank: -1, price: {hourly_rate: 1}}]\n"
        "                               ^\n");
  }
}

TEST_CASE("loader: invalid-value") {
  auto one = [](const std::string& line, const std::string& expected) {
    CAPTURE(line);
    CHECK(diags_with_base("opgavesnit: 1\n" + line + "\n") == expected);
  };
  SUBCASE("pin") {
    one("municipalities: [{id: a, components: [{id: x, type: dc, pin: keep, reason: r}]}]",
        "m.yaml:2:62: error: 'pin' must be one of 'retain', 'transfer', got 'keep' "
        "[invalid-value]\n"
        "municipalities: [{id: a, components: [{id: x, type: dc, pin: keep, reason: r}]}]\n"
        "                                                             ^\n");
  }
  SUBCASE("kind") {
    one("municipalities: [{id: a, components: [{id: x, type: dc, depends_on: [{on: norddjurs/vmw, "
        "kind: interfce}]}]}]",
        "m.yaml:2:96: error: 'kind' must be one of 'hard', 'interface', got 'interfce'; did you "
        "mean 'interface'? "
        "[invalid-value]\n"
        "municipalities: [{id: a, components: [{id: x, type: dc, depends_on: [{on: norddjurs/vmw, "
        "kind: interfce}]}]}]\n"
        "                                                                                          "
        "     ^\n");
  }
  SUBCASE("conflicts") {
    one("scenarios: [{id: s, conflicts: lenient}]",
        "m.yaml:2:32: error: 'conflicts' must be one of 'strict', 'drop', got 'lenient' "
        "[invalid-value]\n"
        "scenarios: [{id: s, conflicts: lenient}]\n"
        "                               ^\n");
  }
  SUBCASE("among") {
    one("scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: equal, among: some}]}]",
        "m.yaml:2:74: error: 'among' must be one of 'all', 'participating', got 'some' "
        "[invalid-value]\n"
        "scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: equal, among: some}]}]\n"
        "                                                                         ^\n");
  }
  SUBCASE("a key name") {
    one("scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: populaton}]}]",
        "m.yaml:2:60: error: 'key' must be one of 'population', 'equal', 'hours', got 'populaton'; "
        "did you mean 'population'? [invalid-value]\n"
        "scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: populaton}]}]\n"
        "                                                           ^\n");
  }
  SUBCASE("an empty period") {
    one("scenarios: [{id: s, waves: {periods: [q1, \"\"], capacity_hours: 1}}]",
        "m.yaml:2:43: error: a period must not be empty text [invalid-value]\n"
        "scenarios: [{id: s, waves: {periods: [q1, \"\"], capacity_hours: 1}}]\n"
        "                                          ^\n");
  }
}

TEST_CASE("loader: empty-list") {
  SUBCASE("tasks of a type") {
    CHECK(diags_of("opgavesnit: 1\ncomponent_types:\n  - id: t\n    tasks: []\n") ==
          "m.yaml:4:12: error: component type 't' must have at least one task [empty-list]\n"
          "    tasks: []\n"
          "           ^\n");
  }
  SUBCASE("a rule's filter") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels:\n"
                          "  - {id: x, price: {hourly_rate: 1}, includes: [{categories: [server], "
                          "tasks: []}]}\n") ==
          "m.yaml:3:79: error: the filter 'tasks' must not be empty [empty-list]\n"
          "  - {id: x, price: {hourly_rate: 1}, includes: [{categories: [server], tasks: []}]}\n"
          "                                                                              ^\n");
  }
  SUBCASE("periods") {
    CHECK(diags_with_base(
              "opgavesnit: 1\nscenarios: [{id: s, waves: {periods: [], capacity_hours: 1}}]\n") ==
          "m.yaml:2:38: error: 'periods' must not be empty [empty-list]\n"
          "scenarios: [{id: s, waves: {periods: [], capacity_hours: 1}}]\n"
          "                                     ^\n");
  }
  SUBCASE("for") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities: [{id: a, components: [{id: x, type: dc, depends_on: "
                          "[{on: norddjurs/vmw, for: []}]}]}]\n") ==
          "m.yaml:2:95: error: 'for' must not be empty [empty-list]\n"
          "municipalities: [{id: a, components: [{id: x, type: dc, depends_on: [{on: "
          "norddjurs/vmw, for: []}]}]}]\n"
          "                                                                                        "
          "      ^\n");
  }
}
