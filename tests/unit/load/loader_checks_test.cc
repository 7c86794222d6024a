// The loader: YAML text -> Model and diagnostics (model-format.md,
// docs/diagnostics.md). As ninja's ParserTest: YAML from strings under a
// fake file name, and the WHOLE rendered diagnostic text asserted, one case
// per message (the helpers and the base model: support/loader_fixture.h).
//
// This file: the checks of the whole model (missing hourly costs and
// populations, weights, pins, rules that match nothing, candidate levels),
// the two rules of the planner, a hard dependency cycle, and many problems
// at once, all reported in order.
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>

#include <string>
#include <vector>

#include "support/loader_fixture.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

// ---------------------------------------------------------------------------
// One case per rule id (docs/diagnostics.md), whole text.

TEST_CASE("loader: missing-hourly-cost") {
  CHECK(diags_of("opgavesnit: 1\nmunicipalities:\n  - id: a\n  - id: b\n    hourly_cost: 5\n") ==
        "m.yaml:3:9: error: municipality 'a' has no 'hourly_cost' and the region sets none "
        "[missing-hourly-cost]\n"
        "  - id: a\n"
        "        ^\n");
}

TEST_CASE("loader: an invalid hourly cost is not also a missing one") {
  SUBCASE("the municipality's") {
    CHECK(diags_of("opgavesnit: 1\nmunicipalities:\n  - id: a\n    hourly_cost: \"12\"\n") ==
          "m.yaml:4:18: error: 'hourly_cost' must be a number, got quoted text '12' [wrong-type]\n"
          "    hourly_cost: \"12\"\n"
          "                 ^\n");
  }
  SUBCASE("the region's") {
    CHECK(diags_of("opgavesnit: 1\nregion: {hourly_cost: -700}\nmunicipalities:\n  - id: a\n") ==
          "m.yaml:2:23: error: 'hourly_cost' must not be negative, got '-700' [invalid-number]\n"
          "region: {hourly_cost: -700}\n"
          "                      ^\n");
  }
}

TEST_CASE("loader: missing-population") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "municipalities:\n"
                        "  - id: samsoe\n"
                        "scenarios:\n"
                        "  - id: s\n"
                        "    common_costs:\n"
                        "      - {id: c1, amount: 1, key: population}\n"
                        "      - {id: c2, amount: 1, key: {population: 0, equal: 1}}\n") ==
        "m.yaml:7:34: error: common cost 'c1' is split by population, but municipality 'samsoe' "
        "has no 'population' "
        "[missing-population]\n"
        "      - {id: c1, amount: 1, key: population}\n"
        "                                 ^\n"
        "m.yaml:3:9: note: municipality 'samsoe' is defined here\n"
        "  - id: samsoe\n"
        "        ^\n");
}

TEST_CASE("loader: missing-population only among the eligible") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "municipalities:\n"
                        "  - id: samsoe\n"
                        "scenarios:\n"
                        "  - id: s\n"
                        "    default_level: basis\n"
                        "    levels: {samsoe: none}\n"
                        "    common_costs:\n"
                        "      - {id: c, amount: 1, key: population, among: participating}\n") ==
        "");
}

TEST_CASE("loader: an invalid population is not also a missing one") {
  CHECK(diags_of("opgavesnit: 1\n"
                 "region: {hourly_cost: 1}\n"
                 "municipalities:\n"
                 "  - id: a\n"
                 "    population: -5\n"
                 "scenarios:\n"
                 "  - {id: s, common_costs: [{id: c, amount: 1, key: population}]}\n") ==
        "m.yaml:5:17: error: 'population' must not be negative, got '-5' [invalid-number]\n"
        "    population: -5\n"
        "                ^\n");
}

TEST_CASE("loader: invalid-weights") {
  auto one = [](const std::string& key, const std::string& expected) {
    CAPTURE(key);
    CHECK(diags_with_base(
              "opgavesnit: 1\nscenarios: [{id: s, common_costs: [{id: c, amount: 1, key: " + key +
              "}]}]\n") == expected);
  };
  const std::string line = "scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: ";
  SUBCASE("more than 1") {
    one("{population: 0.8, equal: 0.3}",
        "m.yaml:2:60: error: the weights of a key must sum to 1, they sum to 1.1 "
        "[invalid-weights]\n" +
            line +
            "{population: 0.8, equal: 0.3}}]}]\n"
            "                                                           ^\n");
  }
  SUBCASE("0.9999") {
    one("{population: 0.5, hours: 0.4999}",
        "m.yaml:2:60: error: the weights of a key must sum to 1, they sum to 0.9999 "
        "[invalid-weights]\n" +
            line +
            "{population: 0.5, hours: 0.4999}}]}]\n"
            "                                                           ^\n");
  }
  SUBCASE("an empty key") {
    one("{}",
        "m.yaml:2:60: error: the weights of a key must sum to 1, they sum to 0 "
        "[invalid-weights]\n" +
            line +
            "{}}]}]\n"
            "                                                           ^\n");
  }
  SUBCASE("exactly 1 with 4 decimals") {
    one("{population: 0.3333, equal: 0.3333, hours: 0.3334}", "");
  }
}

TEST_CASE("loader: pin-without-reason") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "municipalities:\n"
                        "  - id: a\n"
                        "    components:\n"
                        "      - id: x\n"
                        "        type: dc\n"
                        "        pin: retain\n"
                        "      - {id: y, type: dc, pin: transfer, reason: \"\"}\n"
                        "      - {id: z, type: dc, pin: transfer, reason: Udbud 2026}\n") ==
        "m.yaml:7:14: warning: component 'a/x' is pinned to 'retain' without a 'reason' "
        "[pin-without-reason]\n"
        "        pin: retain\n"
        "             ^\n"
        "m.yaml:8:32: warning: component 'a/y' is pinned to 'transfer' without a 'reason' "
        "[pin-without-reason]\n"
        "      - {id: y, type: dc, pin: transfer, reason: \"\"}\n"
        "                               ^\n");
}

TEST_CASE("loader: rule-matches-nothing") {
  SUBCASE("an include") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels:\n"
                          "  - id: x\n"
                          "    price: {hourly_rate: 1}\n"
                          "    includes:\n"
                          "      - categories: [network]\n"
                          "      - {categories: [facility], tasks: [patching]}\n"
                          "      - {types: [vm], tasks: [all]}\n") ==
          "m.yaml:6:9: warning: this rule of service level 'x' matches no task of any component "
          "[rule-matches-nothing]\n"
          "      - categories: [network]\n"
          "        ^\n"
          "m.yaml:7:9: warning: this rule of service level 'x' matches no task of any component "
          "[rule-matches-nothing]\n"
          "      - {categories: [facility], tasks: [patching]}\n"
          "        ^\n");
  }
  SUBCASE("an exclude") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels:\n"
                          "  - id: x\n"
                          "    extends: standard\n"
                          "    price: {hourly_rate: 1}\n"
                          "    excludes:\n"
                          "      - tags: [ot]\n") ==
          "m.yaml:7:9: warning: this rule of service level 'x' matches no task of any component "
          "[rule-matches-nothing]\n"
          "      - tags: [ot]\n"
          "        ^\n");
  }
}

TEST_CASE("loader: no rule-matches-nothing for a rule that already has an error") {
  SUBCASE("an unknown type") {
    CHECK(diags_with_base(
              "opgavesnit: 1\n"
              "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{types: [vmm]}]}]\n") ==
          "m.yaml:2:71: error: unknown component type 'vmm', did you mean 'vm'? [unknown-type]\n"
          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{types: [vmm]}]}]\n"
          "                                                                      ^\n");
  }
  SUBCASE("an empty filter") {
    CHECK(
        diags_with_base(
            "opgavesnit: 1\n"
            "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{categories: []}]}]\n") ==
        "m.yaml:2:75: error: the filter 'categories' must not be empty [empty-list]\n"
        "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{categories: []}]}]\n"
        "                                                                          ^\n");
  }
}

TEST_CASE("loader: level-not-candidate") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "municipalities:\n"
                        "  - id: aarhus\n"
                        "    candidate_levels: [basis]\n"
                        "scenarios:\n"
                        "  - id: s\n"
                        "    levels: {aarhus: standard}\n"
                        "  - id: t\n"
                        "    levels: {aarhus: basis}\n") ==
        "base.yaml:44:20: warning: scenario 'alle' gives municipality 'aarhus' level 'standard' by "
        "default, "
        "which is not among its candidate levels (basis) [level-not-candidate]\n"
        "    default_level: standard\n"
        "                   ^\n"
        "m.yaml:7:22: warning: scenario 's' gives municipality 'aarhus' level 'standard', which is "
        "not among its "
        "candidate levels (basis) [level-not-candidate]\n"
        "    levels: {aarhus: standard}\n"
        "                     ^\n");
}

// The two rules that the planner produces (validate runs check_scenarios).

namespace {

const char* const kConflictModel =
    "opgavesnit: 1\n"               // 1
    "region: {hourly_cost: 700}\n"  // 2
    "tasks: [{id: operation}]\n"    // 3
    "component_types:\n"            // 4
    "  - {id: dc, category: facility, tasks: [{task: operation, hours: 100}]}\n"
    "  - {id: app, category: application, tasks: [{task: operation, hours: 10}]}\n"
    "service_levels:\n"  // 7
    "  - {id: basis, price: {hourly_rate: 850}, includes: [{categories: [application]}]}\n"
    "municipalities:\n"                                         // 9
    "  - id: norddjurs\n"                                       // 10
    "    components:\n"                                         // 11
    "      - {id: dc, type: dc, pin: retain, reason: lokal}\n"  // 12
    "      - {id: app, type: app, depends_on: [dc]}\n"          // 13
    "scenarios:\n";                                             // 14

}  // namespace

TEST_CASE("loader+plan: conflict") {
  CHECK(validate_of(std::string(kConflictModel) +
                    "  - {id: s, default_level: basis}\n"
                    "  - {id: d, default_level: basis, conflicts: drop}\n") ==
        "m.yaml:12:14: warning: in scenario 's', retained component 'norddjurs/dc' is needed: "
        "norddjurs/app:operation -> norddjurs/dc:operation [conflict]\n"
        "      - {id: dc, type: dc, pin: retain, reason: lokal}\n"
        "             ^\n"
        "m.yaml:13:14: note: the path starts here\n"
        "      - {id: app, type: app, depends_on: [dc]}\n"
        "             ^\n");
}

TEST_CASE("loader+plan: unsplittable-cost") {
  SUBCASE("no municipality takes part") {
    CHECK(validate_of(
              std::string(kConflictModel) +
              "  - id: t\n"
              "    common_costs: [{id: c3, amount: 1000, key: equal, among: participating}]\n") ==
          "m.yaml:16:25: error: common cost 'c3' cannot be split: no municipality takes part in "
          "scenario 't' "
          "[unsplittable-cost]\n"
          "    common_costs: [{id: c3, amount: 1000, key: equal, among: participating}]\n"
          "                        ^\n");
  }
  SUBCASE("a basis that sums to 0") {
    CHECK(validate_of(std::string(kConflictModel) +
                      "  - id: t\n"
                      "    common_costs: [{id: c, amount: 1000, key: hours}]\n") ==
          "m.yaml:16:47: error: common cost 'c' cannot be split by hours: it sums to 0 among the "
          "municipalities "
          "[unsplittable-cost]\n"
          "    common_costs: [{id: c, amount: 1000, key: hours}]\n"
          "                                              ^\n");
  }
}

// ---------------------------------------------------------------------------
// All problems, in order

TEST_CASE("loader: many problems in one file are all reported, sorted by file, line and column") {
  // Parse-time, resolve-time and parser (duplicate key) problems, written
  // in an order other than the checks run in.
  CHECK(
      diags_of_files({{"b.yaml",
                       "opgavesnit: 1\n"                           // 1
                       "municipalities:\n"                         // 2
                       "  - id: a\n"                               // 3
                       "    components:\n"                         // 4
                       "      - {id: x, type: nope}\n"             // 5 unknown-type (resolve)
                       "      - {id: y, type: dc, quantity: 0}\n"  // 6 invalid-number (parse)
                       "      - {id: z, type: dc, pin: retain}\n"  // 7 pin-without-reason (resolve)
                       "    hourly_cost: 1\n"                      // 8
                       "    hourly_cost: 2\n"},                    // 9 duplicate-key (parser)
                      {"a.yaml",
                       "opgavesnit: 1\n"
                       "tasks: [{id: operation}, {id: Bad}]\n"
                       "component_types: [{id: dc, tasks: [{task: operation, hours: -1}]}]\n"}}) ==
      "b.yaml:5:23: error: unknown component type 'nope' [unknown-type]\n"
      "      - {id: x, type: nope}\n"
      "                      ^\n"
      "b.yaml:6:37: error: 'quantity' must be at least 1, got '0' [invalid-number]\n"
      "      - {id: y, type: dc, quantity: 0}\n"
      "                                    ^\n"
      "b.yaml:7:32: warning: component 'a/z' is pinned to 'retain' without a 'reason' "
      "[pin-without-reason]\n"
      "      - {id: z, type: dc, pin: retain}\n"
      "                               ^\n"
      "b.yaml:9:5: error: duplicate key 'hourly_cost' [duplicate-key]\n"
      "    hourly_cost: 2\n"
      "    ^\n"
      "b.yaml:8:5: note: first given here\n"
      "    hourly_cost: 1\n"
      "    ^\n"
      "a.yaml:2:31: error: the task id 'Bad' is not a valid id (lower-case letters, digits, '.', "
      "'_' and '-', "
      "starting with a letter or digit, at most 64 characters); did you mean 'bad'? "
      "[invalid-id]\n"
      "tasks: [{id: operation}, {id: Bad}]\n"
      "                              ^\n"
      "a.yaml:3:61: error: 'hours' must not be negative, got '-1' [invalid-number]\n"
      "component_types: [{id: dc, tasks: [{task: operation, hours: -1}]}]\n"
      "                                                            ^\n");
}

TEST_CASE("loader: problems in several files are all reported") {
  LoadResult r = load_model({{"a.yaml", "opgavesnit: 2\n"},
                             {"b.yaml", "tasks: []\n"},
                             {"c.yaml", "opgavesnit: 1\ntasks: [{id: all}]\n"}});
  CHECK(r.diagnostics.error_count() == 3);
  REQUIRE(r.diagnostics.items().size() == 3);
  CHECK(r.diagnostics.items()[0].rule == "unsupported-version");
  CHECK(r.diagnostics.items()[1].rule == "missing-version");
  CHECK(r.diagnostics.items()[2].rule == "reserved-id");
}

TEST_CASE("loader: a hard dependency cycle is a note, once per group, with its path") {
  const char* const kTypes =
      "opgavesnit: 1\n"
      "region: {id: r, hourly_cost: 700}\n"
      "tasks: [{id: op}]\n"
      "component_types: [{id: t, tasks: [{task: op, hours: 1}]}]\n"
      "municipalities:\n"
      "  - id: m\n"
      "    components:\n";
  const LoadResult two =
      load_model_from_string(std::string(kTypes) +
                                 "      - {id: b, type: t, name: B, depends_on: [a]}\n"
                                 "      - {id: a, type: t, depends_on: [b]}\n",
                             "m.yaml");
  CHECK_FALSE(two.diagnostics.has_errors());
  CHECK(two.diagnostics.warning_count() == 0);
  REQUIRE(two.diagnostics.items().size() == 1);
  const Diagnostic& d = two.diagnostics.items()[0];
  CHECK(d.severity == Severity::note);
  CHECK(d.rule == "dependency-cycle");
  CHECK(d.message ==
        "hard dependencies form a cycle: m/a -> B (m/b) -> m/a; whatever of them is handed over "
        "moves in one wave");
  CHECK(d.pos.line == 8);  // a's dependency on b: the first step of the cycle
  // Three in a ring and a fourth that closes a shorter cycle: one note.
  const LoadResult four = load_model_from_string(
      std::string(kTypes) +
          "      - {id: a, type: t, depends_on: [b]}\n"
          "      - {id: b, type: t, depends_on: [c]}\n"
          "      - {id: c, type: t, depends_on: [a, d]}\n"
          "      - {id: d, type: t, depends_on: [c]}\n"
          "      - {id: e, type: t, depends_on: [{on: a, kind: interface}]}\n",
      "m.yaml");
  REQUIRE(four.diagnostics.items().size() == 1);
  CHECK(four.diagnostics.items()[0].message ==
        "hard dependencies form a cycle: m/a -> m/b -> m/c -> m/a; 4 components in all depend on "
        "each other this way; whatever of them is handed over moves in one wave");
  // Interface dependencies make no cycle.
  const LoadResult soft = load_model_from_string(
      std::string(kTypes) +
          "      - {id: a, type: t, depends_on: [{on: b, kind: interface}]}\n"
          "      - {id: b, type: t, depends_on: [a]}\n",
      "m.yaml");
  CHECK(soft.diagnostics.items().empty());
}
