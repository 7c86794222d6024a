// The loader: YAML text -> Model and diagnostics (model-format.md,
// docs/diagnostics.md). As ninja's ParserTest: YAML from strings under a
// fake file name, and the WHOLE rendered diagnostic text asserted, one case
// per message (the helpers and the base model: support/loader_fixture.h).
//
// This file: duplicates and references (duplicate-id, duplicate-entry,
// unknown-task, unknown-type, unknown-level, ..., extends-cycle, the
// dependencies' own rules).
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>

#include <string>

#include "support/loader_fixture.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

// ---------------------------------------------------------------------------
// One case per rule id (docs/diagnostics.md), whole text.

TEST_CASE("loader: duplicate-id") {
  SUBCASE("a task in one file") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: operation\n  - id: operation\n") ==
          "m.yaml:4:9: error: duplicate task id 'operation' [duplicate-id]\n"
          "  - id: operation\n"
          "        ^\n"
          "m.yaml:3:9: note: first defined here\n"
          "  - id: operation\n"
          "        ^\n");
  }
  SUBCASE("707 and \"707\" are the same id") {
    CHECK(diags_of("opgavesnit: 1\nregion: {hourly_cost: 1}\nmunicipalities:\n  - id: 707\n  - id: "
                   "\"707\"\n") ==
          "m.yaml:5:9: error: duplicate municipality id '707' [duplicate-id]\n"
          "  - id: \"707\"\n"
          "        ^\n"
          "m.yaml:4:9: note: first defined here\n"
          "  - id: 707\n"
          "        ^\n");
  }
  SUBCASE("across two files, naming both") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "tasks: [{id: patching}]\n"
                          "component_types: [{id: vm, tasks: [{task: operation, hours: 1}]}]\n"
                          "service_levels: [{id: basis, price: {hourly_rate: 1}}]\n"
                          "municipalities: [{id: syddjurs}]\n"
                          "scenarios: [{id: alle}]\n") ==
          "m.yaml:2:14: error: duplicate task id 'patching' [duplicate-id]\n"
          "tasks: [{id: patching}]\n"
          "             ^\n"
          "base.yaml:7:9: note: first defined here\n"
          "  - id: patching\n"
          "        ^\n"
          "m.yaml:3:24: error: duplicate component type id 'vm' [duplicate-id]\n"
          "component_types: [{id: vm, tasks: [{task: operation, hours: 1}]}]\n"
          "                       ^\n"
          "base.yaml:13:9: note: first defined here\n"
          "  - id: vm\n"
          "        ^\n"
          "m.yaml:4:23: error: duplicate service level id 'basis' [duplicate-id]\n"
          "service_levels: [{id: basis, price: {hourly_rate: 1}}]\n"
          "                      ^\n"
          "base.yaml:19:9: note: first defined here\n"
          "  - id: basis\n"
          "        ^\n"
          "m.yaml:5:23: error: duplicate municipality id 'syddjurs'; a municipality lives in one "
          "file: import its inventories together (one CSV, or rows appended to one) or move these "
          "components into the first file [duplicate-id]\n"
          "municipalities: [{id: syddjurs}]\n"
          "                      ^\n"
          "base.yaml:37:9: note: first defined here\n"
          "  - id: syddjurs\n"
          "        ^\n"
          "m.yaml:6:18: error: duplicate scenario id 'alle' [duplicate-id]\n"
          "scenarios: [{id: alle}]\n"
          "                 ^\n"
          "base.yaml:43:9: note: first defined here\n"
          "  - id: alle\n"
          "        ^\n");
  }
  SUBCASE("a component within its municipality") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities:\n"
                          "  - id: a\n"
                          "    components:\n"
                          "      - {id: x, type: dc}\n"
                          "      - {id: x, type: vm}\n") ==
          "m.yaml:6:14: error: duplicate component id 'x' [duplicate-id]\n"
          "      - {id: x, type: vm}\n"
          "             ^\n"
          "m.yaml:5:14: note: first defined here\n"
          "      - {id: x, type: dc}\n"
          "             ^\n");
  }
  SUBCASE("the same component id in two municipalities is fine") {
    CHECK(diags_with_base(
              "opgavesnit: 1\nmunicipalities: [{id: a, components: [{id: vmw, type: vm}]}]\n") ==
          "");
  }
  SUBCASE("a common cost within its scenario") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "scenarios:\n"
                          "  - id: s\n"
                          "    common_costs:\n"
                          "      - {id: c, amount: 1, key: equal}\n"
                          "      - {id: c, amount: 2, key: equal}\n") ==
          "m.yaml:6:14: error: duplicate common cost id 'c' [duplicate-id]\n"
          "      - {id: c, amount: 2, key: equal}\n"
          "             ^\n"
          "m.yaml:5:14: note: first defined here\n"
          "      - {id: c, amount: 1, key: equal}\n"
          "             ^\n");
  }
}

TEST_CASE("loader: duplicate-id through an alias points at the alias") {
  // The tree shares the aliased mapping with its anchor: the second
  // component is the alias, and the error points there, the note at the
  // anchor's id (not both at line 5).
  CHECK(diags_with_base("opgavesnit: 1\n"
                        "municipalities:\n"
                        "  - id: a\n"
                        "    components:\n"
                        "      - &c {id: x, type: dc}\n"
                        "      - *c\n") ==
        "m.yaml:6:9: error: duplicate component id 'x' [duplicate-id]\n"
        "      - *c\n"
        "        ^\n"
        "m.yaml:5:17: note: first defined here\n"
        "      - &c {id: x, type: dc}\n"
        "                ^\n");
}

TEST_CASE("loader: duplicate-region") {
  CHECK(diags_with_base("opgavesnit: 1\nregion:\n  id: other\n") ==
        "m.yaml:3:3: error: a model has at most one 'region' [duplicate-region]\n"
        "  id: other\n"
        "  ^\n"
        "base.yaml:3:3: note: the first 'region' is here\n"
        "  id: midtjylland\n"
        "  ^\n");
}

TEST_CASE("loader: duplicate-entry") {
  SUBCASE("a task listed twice in a type") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "component_types:\n"
                          "  - id: t\n"
                          "    tasks:\n"
                          "      - {task: operation, hours: 1}\n"
                          "      - {task: operation, hours: 2}\n") ==
          "m.yaml:6:16: error: task 'operation' is listed twice in component type 't' "
          "[duplicate-entry]\n"
          "      - {task: operation, hours: 2}\n"
          "               ^\n");
  }
  SUBCASE("a period listed twice") {
    CHECK(diags_with_base("opgavesnit: 1\nscenarios: [{id: s, waves: {periods: [q1, q2, q1], "
                          "capacity_hours: 1}}]\n") ==
          "m.yaml:2:47: error: period 'q1' is listed twice [duplicate-entry]\n"
          "scenarios: [{id: s, waves: {periods: [q1, q2, q1], capacity_hours: 1}}]\n"
          "                                              ^\n");
  }
}

TEST_CASE("loader: unknown-task") {
  SUBCASE("in a type, with a suggestion") {
    CHECK(
        diags_with_base(
            "opgavesnit: 1\ncomponent_types: [{id: t, tasks: [{task: operatoin, hours: 1}]}]\n") ==
        "m.yaml:2:42: error: unknown task 'operatoin', did you mean 'operation'? [unknown-task]\n"
        "component_types: [{id: t, tasks: [{task: operatoin, hours: 1}]}]\n"
        "                                         ^\n");
  }
  SUBCASE("in requires") {
    CHECK(diags_with_base("opgavesnit: 1\ncomponent_types: [{id: t, tasks: [{task: operation, "
                          "hours: 1, requires: [backup]}]}]\n") ==
          "m.yaml:2:74: error: unknown task 'backup' [unknown-task]\n"
          "component_types: [{id: t, tasks: [{task: operation, hours: 1, requires: [backup]}]}]\n"
          "                                                                         ^\n");
  }
  SUBCASE("in a rule") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{tasks: "
                          "[patchng, operation]}]}]\n") ==
          "m.yaml:2:71: error: unknown task 'patchng', did you mean 'patching'? [unknown-task]\n"
          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{tasks: [patchng, "
          "operation]}]}]\n"
          "                                                                      ^\n");
  }
  SUBCASE("in for") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities: [{id: a, components: [{id: x, type: vm, depends_on: "
                          "[{on: norddjurs/vmw, for: [backup]}]}]}]\n") ==
          "m.yaml:2:96: error: unknown task 'backup' [unknown-task]\n"
          "municipalities: [{id: a, components: [{id: x, type: vm, depends_on: [{on: "
          "norddjurs/vmw, for: [backup]}]}]}]\n"
          "                                                                                        "
          "       ^\n");
  }
}

TEST_CASE("loader: unknown-type") {
  SUBCASE("of a component") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities:\n"
                          "  - id: norddjurs2\n"
                          "    components:\n"
                          "      - id: vmw-prod\n"
                          "        type: vmm\n") ==
          "m.yaml:6:15: error: unknown component type 'vmm', did you mean 'vm'? [unknown-type]\n"
          "        type: vmm\n"
          "              ^\n");
  }
  SUBCASE("in a rule") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{types: "
                          "[dc, server]}]}]\n") ==
          "m.yaml:2:75: error: unknown component type 'server' [unknown-type]\n"
          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{types: [dc, server]}]}]\n"
          "                                                                          ^\n");
  }
}

TEST_CASE("loader: unknown-level") {
  SUBCASE("extends") {
    CHECK(diags_with_base("opgavesnit: 1\nservice_levels: [{id: guld, extends: standrd, price: "
                          "{hourly_rate: 1}}]\n") ==
          "m.yaml:2:38: error: unknown service level 'standrd', did you mean 'standard'? "
          "[unknown-level]\n"
          "service_levels: [{id: guld, extends: standrd, price: {hourly_rate: 1}}]\n"
          "                                     ^\n");
  }
  SUBCASE("candidate_levels") {
    CHECK(diags_with_base("opgavesnit: 1\nmunicipalities: [{id: a, candidate_levels: [basis, "
                          "standard, guld]}]\n") ==
          "m.yaml:2:62: error: unknown service level 'guld' [unknown-level]\n"
          "municipalities: [{id: a, candidate_levels: [basis, standard, guld]}]\n"
          "                                                             ^\n");
  }
  SUBCASE("default_level and levels") {
    CHECK(
        diags_with_base("opgavesnit: 1\n"
                        "scenarios:\n"
                        "  - id: s\n"
                        "    default_level: basic\n"
                        "    levels: {norddjurs: gold, syddjurs: none}\n") ==
        "m.yaml:4:20: error: unknown service level 'basic', did you mean 'basis'? [unknown-level]\n"
        "    default_level: basic\n"
        "                   ^\n"
        "m.yaml:5:25: error: unknown service level 'gold' [unknown-level]\n"
        "    levels: {norddjurs: gold, syddjurs: none}\n"
        "                        ^\n");
  }
}

TEST_CASE("loader: unknown-municipality") {
  SUBCASE("in a rule") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: "
                          "[{municipalities: [norddjur, syddjurs]}]}]\n") ==
          "m.yaml:2:80: error: unknown municipality 'norddjur', did you mean 'norddjurs'? "
          "[unknown-municipality]\n"
          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{municipalities: "
          "[norddjur, syddjurs]}]}]\n"
          "                                                                               ^\n");
  }
  SUBCASE("a key of levels") {
    CHECK(diags_with_base("opgavesnit: 1\nscenarios: [{id: s, levels: {aarhus: basis}}]\n") ==
          "m.yaml:2:30: error: unknown municipality 'aarhus' [unknown-municipality]\n"
          "scenarios: [{id: s, levels: {aarhus: basis}}]\n"
          "                             ^\n");
  }
}

TEST_CASE("loader: unknown-component") {
  SUBCASE("a bare id, with a suggestion among the municipality's own") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities:\n"
                          "  - id: a\n"
                          "    components:\n"
                          "      - {id: app, type: vm, depends_on: [db1]}\n"
                          "      - {id: db, type: dc}\n") ==
          "m.yaml:5:42: error: unknown component 'db1', did you mean 'db'? [unknown-component]\n"
          "      - {id: app, type: vm, depends_on: [db1]}\n"
          "                                         ^\n");
  }
  SUBCASE("a qualified id") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities: [{id: a, components: [{id: app, type: vm, depends_on: "
                          "[{on: norddjurs/vmww}]}]}]\n") ==
          "m.yaml:2:77: error: unknown component 'norddjurs/vmww', did you mean 'norddjurs/vmw'? "
          "[unknown-component]\n"
          "municipalities: [{id: a, components: [{id: app, type: vm, depends_on: [{on: "
          "norddjurs/vmww}]}]}]\n"
          "                                                                            ^\n");
  }
  SUBCASE("a bare id names the municipality's own component, not another's") {
    CHECK(
        diags_with_base(
            "opgavesnit: 1\n"
            "municipalities: [{id: a, components: [{id: app, type: vm, depends_on: [vmw]}]}]\n") ==
        "m.yaml:2:72: error: unknown component 'vmw' [unknown-component]\n"
        "municipalities: [{id: a, components: [{id: app, type: vm, depends_on: [vmw]}]}]\n"
        "                                                                       ^\n");
  }
  SUBCASE("in a rule, an unknown municipality part") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: "
                          "[{components: [nowhere/x, norddjurs/vmw]}]}]\n") ==
          "m.yaml:2:76: error: unknown component 'nowhere/x' [unknown-component]\n"
          "service_levels: [{id: x, price: {hourly_rate: 1}, includes: [{components: [nowhere/x, "
          "norddjurs/vmw]}]}]\n"
          "                                                                           ^\n");
  }
}

TEST_CASE("loader: task-not-in-type") {
  SUBCASE("requires") {
    CHECK(diags_with_base("opgavesnit: 1\ncomponent_types: [{id: t, tasks: [{task: operation, "
                          "hours: 1, requires: [patching]}]}]\n") ==
          "m.yaml:2:74: error: task 'patching' is not a task of component type 't' "
          "[task-not-in-type]\n"
          "component_types: [{id: t, tasks: [{task: operation, hours: 1, requires: [patching]}]}]\n"
          "                                                                         ^\n");
  }
  SUBCASE("for") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities: [{id: a, components: [{id: x, type: dc, depends_on: "
                          "[{on: norddjurs/vmw, for: [patching]}]}]}]\n") ==
          "m.yaml:2:96: error: task 'patching' is not a task of component type 'dc' "
          "[task-not-in-type]\n"
          "municipalities: [{id: a, components: [{id: x, type: dc, depends_on: [{on: "
          "norddjurs/vmw, for: [patching]}]}]}]\n"
          "                                                                                        "
          "       ^\n");
  }
}

TEST_CASE("loader: extends-cycle") {
  SUBCASE("three levels") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "service_levels:\n"
                          "  - {id: a1, extends: a2, price: {hourly_rate: 1}}\n"
                          "  - {id: a2, extends: a3, price: {hourly_rate: 1}}\n"
                          "  - {id: a3, extends: a1, price: {hourly_rate: 1}}\n") ==
          "m.yaml:3:23: error: service levels extend each other in a cycle: a1 -> a2 -> a3 -> a1 "
          "[extends-cycle]\n"
          "  - {id: a1, extends: a2, price: {hourly_rate: 1}}\n"
          "                      ^\n");
  }
  SUBCASE("a level extending itself") {
    CHECK(diags_with_base("opgavesnit: 1\nservice_levels:\n  - {id: a4, extends: a4, price: "
                          "{hourly_rate: 1}}\n") ==
          "m.yaml:3:23: error: service levels extend each other in a cycle: a4 -> a4 "
          "[extends-cycle]\n"
          "  - {id: a4, extends: a4, price: {hourly_rate: 1}}\n"
          "                      ^\n");
  }
}

TEST_CASE("loader: self-dependency") {
  SUBCASE("bare") {
    CHECK(diags_with_base("opgavesnit: 1\nmunicipalities: [{id: a, components: [{id: x, type: dc, "
                          "depends_on: [x]}]}]\n") ==
          "m.yaml:2:70: error: component 'a/x' depends on itself [self-dependency]\n"
          "municipalities: [{id: a, components: [{id: x, type: dc, depends_on: [x]}]}]\n"
          "                                                                     ^\n");
  }
  SUBCASE("qualified") {
    CHECK(diags_with_base("opgavesnit: 1\nmunicipalities: [{id: a, components: [{id: x, type: dc, "
                          "depends_on: [{on: a/x}]}]}]\n") ==
          "m.yaml:2:75: error: component 'a/x' depends on itself [self-dependency]\n"
          "municipalities: [{id: a, components: [{id: x, type: dc, depends_on: [{on: a/x}]}]}]\n"
          "                                                                          ^\n");
  }
}

TEST_CASE("loader: duplicate-dependency") {
  SUBCASE("x and a/x inside a are the same, whatever the kind") {
    CHECK(diags_with_base("opgavesnit: 1\n"
                          "municipalities:\n"
                          "  - id: a\n"
                          "    components:\n"
                          "      - id: x\n"
                          "        type: dc\n"
                          "      - id: y\n"
                          "        type: vm\n"
                          "        depends_on:\n"
                          "          - x\n"
                          "          - {on: a/x, kind: interface, for: [patching]}\n") ==
          "m.yaml:11:18: error: component 'a/y' depends on 'a/x' twice [duplicate-dependency]\n"
          "          - {on: a/x, kind: interface, for: [patching]}\n"
          "                 ^\n"
          "m.yaml:10:13: note: the first dependency is here\n"
          "          - x\n"
          "            ^\n");
  }
}
