// The loader: YAML text -> Model and diagnostics (model-format.md,
// docs/diagnostics.md). As ninja's ParserTest: YAML from strings under a
// fake file name, and the WHOLE rendered diagnostic text asserted, one case
// per message (the helpers and the base model: support/loader_fixture.h).
//
// This file: the rules of keys and their values' types (unknown-key with
// its suggestions, duplicate-key, missing-key, wrong-type).
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>

#include <string>

#include "support/loader_fixture.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

// ---------------------------------------------------------------------------
// One case per rule id (docs/diagnostics.md), whole text.

TEST_CASE("loader: unknown-key") {
  SUBCASE("at the top level") {
    CHECK(diags_of("opgavesnit: 1\nscenario: []\n") ==
          "m.yaml:2:1: error: unknown key 'scenario' in a model file, did you mean 'scenarios'? "
          "[unknown-key]\n"
          "scenario: []\n"
          "^\n");
  }
  SUBCASE("nothing close: no suggestion") {
    CHECK(diags_of("opgavesnit: 1\nbase: &b {id: a}\n") ==
          "m.yaml:2:1: error: unknown key 'base' in a model file [unknown-key]\n"
          "base: &b {id: a}\n"
          "^\n");
  }
  SUBCASE("a key that is not text") {
    CHECK(diags_of("opgavesnit: 1\n? [a]\n: b\n") ==
          "m.yaml:2:3: error: a key in a model file must be text, got a list [wrong-type]\n"
          "? [a]\n"
          "  ^\n");
  }
}

TEST_CASE("loader: every unknown key suggests a near one") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"region: {hourly_cst: 700}\n",
       "m.yaml:2:10: error: unknown key 'hourly_cst' in 'region', did you mean 'hourly_cost'? "
       "[unknown-key]\n"
       "region: {hourly_cst: 700}\n"
       "         ^\n"},
      {"tasks: [{id: x, descripton: y}]\n",
       "m.yaml:2:17: error: unknown key 'descripton' in a task, did you mean 'description'? "
       "[unknown-key]\n"
       "tasks: [{id: x, descripton: y}]\n"
       "                ^\n"},
      {"component_types: [{id: x, categry: y, tasks: [{task: operation, hours: 1}]}]\n",
       "m.yaml:2:27: error: unknown key 'categry' in a component type, did you mean 'category'? "
       "[unknown-key]\n"
       "component_types: [{id: x, categry: y, tasks: [{task: operation, hours: 1}]}]\n"
       "                          ^\n"},
      {"component_types: [{id: x, tasks: [{task: operation, hours: 1, foundaton: true}]}]\n",
       "m.yaml:2:63: error: unknown key 'foundaton' in a task of a component type, did you mean "
       "'foundation'? "
       "[unknown-key]\n"
       "component_types: [{id: x, tasks: [{task: operation, hours: 1, foundaton: true}]}]\n"
       "                                                              ^\n"},
      {"service_levels: [{id: x, price: {hourly_rate: 1}, extend: basis}]\n",
       "m.yaml:2:51: error: unknown key 'extend' in a service level, did you mean 'extends'? "
       "[unknown-key]\n"
       "service_levels: [{id: x, price: {hourly_rate: 1}, extend: basis}]\n"
       "                                                  ^\n"},
      {"service_levels: [{id: x, price: {hourly_rte: 1}}]\n",
       "m.yaml:2:33: error: 'price' needs 'hourly_rate' [missing-key]\n"
       "service_levels: [{id: x, price: {hourly_rte: 1}}]\n"
       "                                ^\n"
       "m.yaml:2:34: error: unknown key 'hourly_rte' in 'price', did you mean 'hourly_rate'? "
       "[unknown-key]\n"
       "service_levels: [{id: x, price: {hourly_rte: 1}}]\n"
       "                                 ^\n"},
      {"service_levels: [{id: x, price: {hourly_rate: 1}, sla: {availabilty: 99}}]\n",
       "m.yaml:2:57: error: unknown key 'availabilty' in 'sla', did you mean 'availability'? "
       "[unknown-key]\n"
       "service_levels: [{id: x, price: {hourly_rate: 1}, sla: {availabilty: 99}}]\n"
       "                                                        ^\n"},
      {"service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{tag: [x]}]}]\n",
       "m.yaml:2:63: error: unknown key 'tag' in a rule, did you mean 'tags'? [unknown-key]\n"
       "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{tag: [x]}]}]\n"
       "                                                              ^\n"},
      {"municipalities: [{id: x, populaton: 5}]\n",
       "m.yaml:2:26: error: unknown key 'populaton' in a municipality, did you mean 'population'? "
       "[unknown-key]\n"
       "municipalities: [{id: x, populaton: 5}]\n"
       "                         ^\n"},
      {"municipalities: [{id: x, components: [{id: y, type: dc, depend_on: [z]}]}]\n",
       "m.yaml:2:57: error: unknown key 'depend_on' in a component, did you mean 'depends_on'? "
       "[unknown-key]\n"
       "municipalities: [{id: x, components: [{id: y, type: dc, depend_on: [z]}]}]\n"
       "                                                        ^\n"},
      {"municipalities: [{id: x, components: [{id: y, type: dc, depends_on: [{on: norddjurs/vmw, "
       "kin: hard}]}]}]\n",
       "m.yaml:2:90: error: unknown key 'kin' in a dependency, did you mean 'kind'? [unknown-key]\n"
       "municipalities: [{id: x, components: [{id: y, type: dc, depends_on: [{on: norddjurs/vmw, "
       "kin: hard}]}]}]\n"
       "                                                                                         "
       "^\n"},
      {"scenarios: [{id: x, default_levl: basis}]\n",
       "m.yaml:2:21: error: unknown key 'default_levl' in a scenario, did you mean "
       "'default_level'? [unknown-key]\n"
       "scenarios: [{id: x, default_levl: basis}]\n"
       "                    ^\n"},
      {"scenarios: [{id: x, waves: {period: [a], capacity_hours: 1}}]\n",
       "m.yaml:2:28: error: 'waves' needs 'periods' [missing-key]\n"
       "scenarios: [{id: x, waves: {period: [a], capacity_hours: 1}}]\n"
       "                           ^\n"
       "m.yaml:2:29: error: unknown key 'period' in 'waves', did you mean 'periods'? "
       "[unknown-key]\n"
       "scenarios: [{id: x, waves: {period: [a], capacity_hours: 1}}]\n"
       "                            ^\n"},
      {"scenarios: [{id: x, common_costs: [{id: c, amout: 1, amount: 1, key: equal}]}]\n",
       "m.yaml:2:44: error: unknown key 'amout' in a common cost, did you mean 'amount'? "
       "[unknown-key]\n"
       "scenarios: [{id: x, common_costs: [{id: c, amout: 1, amount: 1, key: equal}]}]\n"
       "                                           ^\n"},
      // Two keys at the same distance: the smaller one.
      {"scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: equal, amont: 1}]}]\n",
       "m.yaml:2:67: error: unknown key 'amont' in a common cost, did you mean 'among'? "
       "[unknown-key]\n"
       "scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: equal, amont: 1}]}]\n"
       "                                                                  ^\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::string text = std::string("opgavesnit: 1\n") + c.text;
    // base.yaml has a region already.
    CHECK((text.find("region:") != std::string::npos ? diags_of(text) : diags_with_base(text)) ==
          c.expected);
  }
}

TEST_CASE("loader: unknown key in a key mapping suggests the basis") {
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: {populaton: "
                        "0.5, equal: 0.5}}]}]\n") ==
        "m.yaml:2:61: error: unknown key 'populaton' in 'key', did you mean 'population'? "
        "[unknown-key]\n"
        "scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: {populaton: 0.5, equal: "
        "0.5}}]}]\n"
        "                                                            ^\n");
}

TEST_CASE("loader: duplicate-key") {
  SUBCASE("in a task") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: a\n    name: A\n    id: b\n") ==
          "m.yaml:5:5: error: duplicate key 'id' [duplicate-key]\n"
          "    id: b\n"
          "    ^\n"
          "m.yaml:3:5: note: first given here\n"
          "  - id: a\n"
          "    ^\n");
  }
  SUBCASE("three times: each later one points to the first") {
    CHECK(diags_of("opgavesnit: 1\nregion: {id: a, id: b, id: c}\n") ==
          "m.yaml:2:17: error: duplicate key 'id' [duplicate-key]\n"
          "region: {id: a, id: b, id: c}\n"
          "                ^\n"
          "m.yaml:2:10: note: first given here\n"
          "region: {id: a, id: b, id: c}\n"
          "         ^\n"
          "m.yaml:2:24: error: duplicate key 'id' [duplicate-key]\n"
          "region: {id: a, id: b, id: c}\n"
          "                       ^\n"
          "m.yaml:2:10: note: first given here\n"
          "region: {id: a, id: b, id: c}\n"
          "         ^\n");
  }
  SUBCASE("a key part twice") {
    CHECK(
        diags_with_base("opgavesnit: 1\n"
                        "scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: {equal: 0.5, "
                        "equal: 0.5}}]}]\n") ==
        "m.yaml:2:60: error: the weights of a key must sum to 1, they sum to 0.5 "
        "[invalid-weights]\n"
        "scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: {equal: 0.5, equal: 0.5}}]}]\n"
        "                                                           ^\n"
        "m.yaml:2:73: error: duplicate key 'equal' [duplicate-key]\n"
        "scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: {equal: 0.5, equal: 0.5}}]}]\n"
        "                                                                        ^\n"
        "m.yaml:2:61: note: first given here\n"
        "scenarios: [{id: x, common_costs: [{id: c, amount: 1, key: {equal: 0.5, equal: 0.5}}]}]\n"
        "                                                            ^\n");
  }
  SUBCASE("the version twice") {
    CHECK(diags_of("opgavesnit: 1\nopgavesnit: 1\n") ==
          "m.yaml:2:1: error: duplicate key 'opgavesnit' [duplicate-key]\n"
          "opgavesnit: 1\n"
          "^\n"
          "m.yaml:1:1: note: first given here\n"
          "opgavesnit: 1\n"
          "^\n");
  }
}

TEST_CASE("loader: missing-key") {
  SUBCASE("a task without id") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - name: Drift\n") ==
          "m.yaml:3:5: error: a task needs 'id' [missing-key]\n"
          "  - name: Drift\n"
          "    ^\n");
  }
  SUBCASE("a component type without tasks") {
    CHECK(diags_of("opgavesnit: 1\ncomponent_types:\n  - id: t\n") ==
          "m.yaml:3:5: error: a component type needs 'tasks' [missing-key]\n"
          "  - id: t\n"
          "    ^\n");
  }
  SUBCASE("a type's task without hours") {
    CHECK(
        diags_with_base(
            "opgavesnit: 1\ncomponent_types:\n  - id: t\n    tasks:\n      - task: operation\n") ==
        "m.yaml:5:9: error: a task of a component type needs 'hours' [missing-key]\n"
        "      - task: operation\n"
        "        ^\n");
  }
  SUBCASE("a service level without price") {
    CHECK(diags_of("opgavesnit: 1\nservice_levels:\n  - id: basis\n") ==
          "m.yaml:3:5: error: a service level needs 'price' [missing-key]\n"
          "  - id: basis\n"
          "    ^\n");
  }
  SUBCASE("a component without type") {
    CHECK(diags_with_base(
              "opgavesnit: 1\nmunicipalities:\n  - id: a\n    components:\n      - id: x\n") ==
          "m.yaml:5:9: error: a component needs 'type' [missing-key]\n"
          "      - id: x\n"
          "        ^\n");
  }
  SUBCASE("a dependency without on") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities:\n"
                          "  - id: a\n"
                          "    components:\n"
                          "      - {id: x, type: dc, depends_on: [{kind: hard}]}\n") ==
          "m.yaml:5:40: error: a dependency needs 'on' [missing-key]\n"
          "      - {id: x, type: dc, depends_on: [{kind: hard}]}\n"
          "                                       ^\n");
  }
  SUBCASE("a common cost without id, amount and key") {
    CHECK(diags_with_base(
              "opgavesnit: 1\nscenarios:\n  - id: s\n    common_costs:\n      - name: x\n") ==
          "m.yaml:5:9: error: a common cost needs 'amount' [missing-key]\n"
          "      - name: x\n"
          "        ^\n"
          "m.yaml:5:9: error: a common cost needs 'id' [missing-key]\n"
          "      - name: x\n"
          "        ^\n"
          "m.yaml:5:9: error: a common cost needs 'key' [missing-key]\n"
          "      - name: x\n"
          "        ^\n");
  }
  SUBCASE("waves without capacity_hours") {
    CHECK(diags_with_base("opgavesnit: 1\nscenarios:\n  - id: s\n    waves: {periods: [q1]}\n") ==
          "m.yaml:4:12: error: 'waves' needs 'capacity_hours' [missing-key]\n"
          "    waves: {periods: [q1]}\n"
          "           ^\n");
  }
}

TEST_CASE("loader: wrong-type") {
  SUBCASE("a quoted number") {
    CHECK(diags_with_base("opgavesnit: 1\nmunicipalities:\n  - id: a\n    hourly_cost: \"12\"\n") ==
          "m.yaml:4:18: error: 'hourly_cost' must be a number, got quoted text '12' [wrong-type]\n"
          "    hourly_cost: \"12\"\n"
          "                 ^\n");
  }
  SUBCASE("true as a number") {
    CHECK(diags_with_base("opgavesnit: 1\ncomponent_types:\n  - {id: t, tasks: [{task: operation, "
                          "hours: true}]}\n") ==
          "m.yaml:3:46: error: 'hours' must be a number, got the boolean 'true' [wrong-type]\n"
          "  - {id: t, tasks: [{task: operation, hours: true}]}\n"
          "                                             ^\n");
  }
  SUBCASE("text as a number") {
    CHECK(diags_with_base(
              "opgavesnit: 1\nregion2: 1\nmunicipalities: [{id: a, population: 1_000}]\n") ==
          "m.yaml:2:1: error: unknown key 'region2' in a model file, did you mean 'region'? "
          "[unknown-key]\n"
          "region2: 1\n"
          "^\n"
          "m.yaml:3:38: error: 'population' must be a number, got text '1_000' [wrong-type]\n"
          "municipalities: [{id: a, population: 1_000}]\n"
          "                                     ^\n");
  }
  SUBCASE("yes is not a boolean") {
    CHECK(diags_with_base("opgavesnit: 1\ncomponent_types:\n  - {id: t, tasks: [{task: operation, "
                          "hours: 1, foundation: yes}]}\n") ==
          "m.yaml:3:61: error: 'foundation' must be true or false, got text 'yes' [wrong-type]\n"
          "  - {id: t, tasks: [{task: operation, hours: 1, foundation: yes}]}\n"
          "                                                            ^\n");
  }
  SUBCASE("a list where a mapping is expected") {
    CHECK(diags_of("opgavesnit: 1\nregion: [a]\n") ==
          "m.yaml:2:9: error: 'region' must be a mapping, got a list [wrong-type]\n"
          "region: [a]\n"
          "        ^\n");
  }
  SUBCASE("a mapping where a list is expected") {
    CHECK(diags_of("opgavesnit: 1\ntasks: {id: a}\n") ==
          "m.yaml:2:8: error: 'tasks' must be a list, got a mapping [wrong-type]\n"
          "tasks: {id: a}\n"
          "       ^\n");
  }
  SUBCASE("a list where text is expected") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: [x]\n") ==
          "m.yaml:3:9: error: the task id must be text, got a list [wrong-type]\n"
          "  - id: [x]\n"
          "        ^\n");
  }
  SUBCASE("an entry of a list that is not a mapping") {
    CHECK(diags_with_base(
              "opgavesnit: 1\nmunicipalities:\n  - id: a\n    components:\n      - [x]\n") ==
          "m.yaml:5:9: error: a component must be a mapping, got a list [wrong-type]\n"
          "      - [x]\n"
          "        ^\n");
  }
  SUBCASE("a text where a list is expected") {
    CHECK(diags_with_base("opgavesnit: 1\nmunicipalities: [{id: a, candidate_levels: basis}]\n") ==
          "m.yaml:2:44: error: 'candidate_levels' must be a list, got text 'basis' [wrong-type]\n"
          "municipalities: [{id: a, candidate_levels: basis}]\n"
          "                                           ^\n");
  }
  SUBCASE("levels as a list") {
    CHECK(diags_with_base("opgavesnit: 1\nscenarios: [{id: s, levels: [norddjurs]}]\n") ==
          "m.yaml:2:29: error: 'levels' must be a mapping, got a list [wrong-type]\n"
          "scenarios: [{id: s, levels: [norddjurs]}]\n"
          "                            ^\n");
  }
  SUBCASE("nothing in a flow mapping") {
    CHECK(diags_of("opgavesnit: 1\ntasks: [{id: }]\n") ==
          "m.yaml:2:13: error: the task id must be text, got nothing [wrong-type]\n"
          "tasks: [{id: }]\n"
          "            ^\n");
  }
}

TEST_CASE("loader: wrong-type for an empty value points at its key") {
  SUBCASE("an empty section before another") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\nregion: {}\n") ==
          "m.yaml:2:7: error: 'tasks' must be a list, got nothing [wrong-type]\n"
          "tasks:\n"
          "      ^\n");
  }
  SUBCASE("an empty section at the end of the file") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n") ==
          "m.yaml:2:7: error: 'tasks' must be a list, got nothing [wrong-type]\n"
          "tasks:\n"
          "      ^\n");
  }
  SUBCASE("an empty id") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id:\n    name: x\n") ==
          "m.yaml:3:8: error: the task id must be text, got nothing [wrong-type]\n"
          "  - id:\n"
          "       ^\n");
  }
  SUBCASE("an empty list entry") {
    // yaml-cpp places an empty list entry at the next token (the next
    // entry); the loader knows no better place for it yet.
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  -\n  - id: a\n") ==
          "m.yaml:4:3: error: a task must be a mapping, got nothing [wrong-type]\n"
          "  - id: a\n"
          "  ^\n");
  }
}

TEST_CASE("loader: 'key' of the wrong type names both forms") {
  CHECK(diags_with_base("opgavesnit: 1\nscenarios: [{id: s, common_costs: [{id: c, amount: 1, key: "
                        "[equal]}]}]\n") ==
        "m.yaml:2:60: error: 'key' must be 'population', 'equal', 'hours' or a mapping of weights, "
        "got a list "
        "[wrong-type]\n"
        "scenarios: [{id: s, common_costs: [{id: c, amount: 1, key: [equal]}]}]\n"
        "                                                           ^\n");
}
