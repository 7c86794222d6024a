// The loader: YAML text -> Model and diagnostics (model-format.md,
// docs/diagnostics.md). As ninja's ParserTest: YAML from strings under a
// fake file name, and the WHOLE rendered diagnostic text asserted, one case
// per message (the helpers and the base model: support/loader_fixture.h).
//
// This file: valid input and what the model holds after loading it.
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>

#include <string>
#include <vector>

#include "support/loader_fixture.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

// ---------------------------------------------------------------------------
// Valid input

TEST_CASE("loader: the base model loads without diagnostics and with its content") {
  const Model m = load_ok("opgavesnit: 1\n", true);
  CHECK(m.files.size() == 2);
  CHECK(m.region.id == "midtjylland");
  CHECK(m.region.hourly_cost == 70000);
  CHECK(m.region.hours_per_fte == 162800);
  CHECK(m.region.currency == "DKK");
  REQUIRE(m.tasks.size() == 2);
  REQUIRE(m.types.size() == 2);
  REQUIRE(m.levels.size() == 2);
  REQUIRE(m.municipalities.size() == 2);
  REQUIRE(m.components.size() == 3);
  REQUIRE(m.scenarios.size() == 1);
  CHECK(m.levels[m.find_level("standard")].extends == m.find_level("basis"));
  CHECK(m.levels[m.find_level("basis")].extends == kNoId);
  CHECK(m.levels[m.find_level("standard")].hourly_rate == 82000);
  CHECK(m.levels[m.find_level("standard")].base_fee == 15000000);
  CHECK(m.levels[m.find_level("basis")].base_fee == 0);
  // Positions are 0-based in the model.
  CHECK(m.tasks[0].pos.file == 0);
  CHECK(m.tasks[0].pos.line == 5);
  CHECK(m.tasks[0].pos.column == 8);
}

TEST_CASE("loader: foundation tasks default to all tasks when none is marked") {
  const Model m = load_ok("opgavesnit: 1\n", true);
  const ComponentType& dc = m.types[m.find_type("dc")];
  REQUIRE(dc.tasks.size() == 1);
  CHECK(dc.tasks[0].foundation);
  CHECK(dc.foundation == std::vector<std::uint32_t>{0});
  CHECK(dc.tasks[0].hours == 10000);
  CHECK(m.categories[dc.category] == "facility");

  const ComponentType& vm = m.types[m.find_type("vm")];
  REQUIRE(vm.tasks.size() == 2);
  CHECK(vm.tasks[0].foundation);
  CHECK_FALSE(vm.tasks[1].foundation);
  CHECK(vm.foundation == std::vector<std::uint32_t>{0});
  CHECK(vm.tasks[1].requires_tasks == std::vector<std::uint32_t>{0});
  CHECK(vm.tasks[1].hours == 1600);
}

TEST_CASE("loader: requires may name a later task of the type, and cycles are allowed") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "tasks: [{id: a}, {id: b}]\n"
      "component_types:\n"
      "  - id: t\n"
      "    tasks:\n"
      "      - {task: a, hours: 1, requires: [b, b]}\n"
      "      - {task: b, hours: 2, requires: [a]}\n");
  const ComponentType& t = m.types[0];
  CHECK(t.tasks[0].requires_tasks == std::vector<std::uint32_t>{1});
  CHECK(t.tasks[1].requires_tasks == std::vector<std::uint32_t>{0});
  CHECK(t.foundation == std::vector<std::uint32_t>{0, 1});
}

TEST_CASE("loader: qualified and bare component references") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "municipalities:\n"
      "  - id: aarhus\n"
      "    components:\n"
      "      - id: app\n"
      "        type: vm\n"
      "        depends_on:\n"
      "          - norddjurs/vmw\n"
      "          - {on: aarhus/db, kind: interface, for: [patching]}\n"
      "          - {on: syddjurs/dc}\n"
      "      - id: db\n"
      "        type: dc\n",
      true);
  const Component& app = component(m, "aarhus/app");
  CHECK(app.qualified == "aarhus/app");
  REQUIRE(app.depends_on.size() == 3);
  CHECK(app.depends_on[0].target == m.find_component("norddjurs/vmw"));
  CHECK(app.depends_on[0].kind == DepKind::hard);
  CHECK(app.depends_on[0].all_tasks);
  CHECK(app.depends_on[1].target == m.find_component("aarhus/db"));
  CHECK(app.depends_on[1].kind == DepKind::interface);
  CHECK_FALSE(app.depends_on[1].all_tasks);
  CHECK(app.depends_on[1].for_tasks == std::vector<std::uint32_t>{1});
  CHECK(app.depends_on[2].target == m.find_component("syddjurs/dc"));
  // A bare id inside the municipality's own components.
  const Component& vmw = component(m, "norddjurs/vmw");
  REQUIRE(vmw.depends_on.size() == 1);
  CHECK(vmw.depends_on[0].target == m.find_component("norddjurs/dc-grenaa"));
}

TEST_CASE("loader: a rule's filters, 'all' in tasks, extends") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "service_levels:\n"
      "  - id: guld\n"
      "    extends: standard\n"
      "    price: {hourly_rate: 900}\n"
      "    includes:\n"
      "      - {types: [vm], tasks: [all]}\n"
      "      - {municipalities: [syddjurs], tasks: [operation, operation]}\n"
      "      - {components: [norddjurs/vmw, syddjurs/dc]}\n"
      "      - {municipalities: [aarhus], tags: [prod, ny-tag]}\n"
      "    excludes:\n"
      "      - {categories: [facility], tasks: [patching, all]}\n"
      "municipalities: [{id: aarhus, components: [{id: x, type: dc, tags: [prod]}]}]\n",
      true);
  const ServiceLevel& guld = m.levels[m.find_level("guld")];
  CHECK(guld.extends == m.find_level("standard"));
  REQUIRE(guld.includes.size() == 4);
  REQUIRE(guld.excludes.size() == 1);
  const Rule& r0 = guld.includes[0];
  CHECK(r0.types.given);
  CHECK(r0.types.values == std::vector<Id>{m.find_type("vm")});
  CHECK_FALSE(r0.tasks.given);  // `all`: every task
  CHECK(r0.tasks.values.empty());
  const Rule& r1 = guld.includes[1];
  CHECK(r1.municipalities.values == std::vector<Id>{m.find_municipality("syddjurs")});
  CHECK(r1.tasks.given);
  CHECK(r1.tasks.values == std::vector<Id>{m.find_task("operation")});
  const Rule& r2 = guld.includes[2];
  CHECK(r2.components.values.size() == 2);
  CHECK_FALSE(r2.tags.given);
  CHECK(guld.includes[3].tags.values.size() == 2);
  CHECK_FALSE(guld.excludes[0].tasks.given);  // `all` among others is still every task
}

TEST_CASE("loader: scenario levels with default_level, explicit levels and none") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "municipalities:\n"
      "  - id: samsoe\n"
      "  - id: aarhus\n"
      "scenarios:\n"
      "  - id: mix\n"
      "    default_level: standard\n"
      "    levels:\n"
      "      aarhus: basis\n"
      "      samsoe: none\n"
      "  - id: kun-norddjurs\n"
      "    levels: {norddjurs: standard}\n"
      "    conflicts: drop\n"
      "  - id: ingen\n"
      "    default_level: none\n",
      true);
  const Id basis = m.find_level("basis"), standard = m.find_level("standard");
  const Id nd = m.find_municipality("norddjurs"), sd = m.find_municipality("syddjurs"),
           sa = m.find_municipality("samsoe"), aa = m.find_municipality("aarhus");
  const Scenario& mix = m.scenarios[m.find_scenario("mix")];
  CHECK(mix.default_level == standard);
  REQUIRE(mix.level_of.size() == 4);
  CHECK(mix.level_of[nd] == standard);
  CHECK(mix.level_of[sd] == standard);
  CHECK(mix.level_of[sa] == kNoId);
  CHECK(mix.level_of[aa] == basis);
  CHECK(mix.conflicts == ConflictPolicy::strict);
  const Scenario& k = m.scenarios[m.find_scenario("kun-norddjurs")];
  CHECK(k.default_level == kNoId);
  CHECK(k.level_of[nd] == standard);
  CHECK(k.level_of[sd] == kNoId);
  CHECK(k.conflicts == ConflictPolicy::drop);
  const Scenario& ingen = m.scenarios[m.find_scenario("ingen")];
  CHECK(ingen.level_of == std::vector<Id>(4, kNoId));
}

TEST_CASE("loader: waves and common costs (valid)") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "scenarios:\n"
      "  - id: s\n"
      "    waves: {periods: [2027-Q1, 2027-Q2], capacity_hours: 40000.5}\n"
      "    common_costs:\n"
      "      - {id: a, name: Transitionsøkonomi, amount: 5200000, key: population}\n"
      "      - {id: b, amount: 4600000.25, key: {population: 0.8, equal: 0.2}, among: "
      "participating}\n"
      "      - {id: c, amount: 0, key: {hours: 0.3333, equal: 0.6667}}\n"
      "      - {id: d, amount: 1, key: {population: 0, equal: 1.0000}}\n",
      true);
  const Scenario& s = m.scenarios[m.find_scenario("s")];
  REQUIRE(s.waves.has_value());
  CHECK(s.waves->periods == std::vector<std::string>{"2027-Q1", "2027-Q2"});
  CHECK(s.waves->capacity_hours == 4000050);
  REQUIRE(s.common_costs.size() == 4);
  CHECK(s.common_costs[0].name == "Transitionsøkonomi");
  CHECK(s.common_costs[0].amount == 520000000);
  REQUIRE(s.common_costs[0].key.size() == 1);
  CHECK(s.common_costs[0].key[0].basis == KeyBasis::population);
  CHECK(s.common_costs[0].key[0].weight == 10000);
  CHECK(s.common_costs[0].among == Among::all);
  CHECK(s.common_costs[1].amount == 460000025);
  REQUIRE(s.common_costs[1].key.size() == 2);
  CHECK(s.common_costs[1].key[0].weight == 8000);
  CHECK(s.common_costs[1].key[1].basis == KeyBasis::equal);
  CHECK(s.common_costs[1].key[1].weight == 2000);
  CHECK(s.common_costs[1].among == Among::participating);
  CHECK(s.common_costs[2].key[0].basis == KeyBasis::hours);
  CHECK(s.common_costs[2].key[0].weight == 3333);
  CHECK(s.common_costs[3].key[0].weight == 0);
}

TEST_CASE("loader: UTF-8 byte-order mark and CRLF line ends") {
  const Model m = load_ok(
      "\xEF\xBB\xBFopgavesnit: 1\r\n"
      "tasks:\r\n"
      "  - id: operation\r\n"
      "    name: Drift og overv\xC3\xA5gning\r\n");
  REQUIRE(m.tasks.size() == 1);
  CHECK(m.tasks[0].id == "operation");
  CHECK(m.tasks[0].name == "Drift og overvågning");
}

TEST_CASE("loader: CRLF line ends do not show in the source line") {
  CHECK(diags_of("opgavesnit: 1\r\n"
                 "tasks:\r\n"
                 "  - id: operation\r\n"
                 "    nme: Drift\r\n") ==
        "m.yaml:4:5: error: unknown key 'nme' in a task, did you mean 'name'? [unknown-key]\n"
        "    nme: Drift\n"
        "    ^\n");
}

TEST_CASE("loader: a byte-order mark does not shift positions") {
  CHECK(diags_of("\xEF\xBB\xBFopgavesnit: 1\n"
                 "tasks:\n"
                 "  - id: operation\n"
                 "    nme: Drift\n") ==
        "m.yaml:4:5: error: unknown key 'nme' in a task, did you mean 'name'? [unknown-key]\n"
        "    nme: Drift\n"
        "    ^\n");
}

TEST_CASE("loader: flow style, anchors and aliases") {
  const Model m = load_ok(
      "{opgavesnit: 1, tasks: [{id: operation}, {id: backup}],\n"
      " component_types: [\n"
      "   {id: a, tasks: &tt [{task: operation, hours: &h 12.5}, {task: backup, hours: *h}]},\n"
      "   {id: b, category: x, tasks: *tt}],\n"
      " region: {hourly_cost: 700}}\n");
  REQUIRE(m.types.size() == 2);
  CHECK(m.types[0].tasks.size() == 2);
  CHECK(m.types[1].tasks.size() == 2);
  CHECK(m.types[0].tasks[1].hours == 1250);
  CHECK(m.types[1].tasks[0].hours == 1250);
}

TEST_CASE("loader: Danish letters in names; yes/no/on/off are plain text") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "region: {id: on, name: Region Midtjylland, hourly_cost: 700, currency: no}\n"
      "tasks:\n"
      "  - {id: yes, name: no, description: Æ Ø Å æ ø å}\n"
      "  - {id: off, name: on}\n"
      "component_types:\n"
      "  - {id: no, name: yes, category: off, tasks: [{task: yes, hours: 1}]}\n"
      "municipalities:\n"
      "  - id: samsoe\n"
      "    name: Samsø Kommune\n"
      "    code: 0741\n"
      "    components:\n"
      "      - {id: on, type: no, name: Færgeleje, site: Sælvig, tags: [yes, prod], reason: x}\n");
  CHECK(m.region.id == "on");
  CHECK(m.region.currency == "no");
  CHECK(m.tasks[0].id == "yes");
  CHECK(m.tasks[0].name == "no");
  CHECK(m.tasks[0].description == "Æ Ø Å æ ø å");
  CHECK(m.tasks[1].id == "off");
  CHECK(m.types[0].id == "no");
  CHECK(m.categories[m.types[0].category] == "off");
  CHECK(m.municipalities[0].name == "Samsø Kommune");
  CHECK(m.municipalities[0].code == "0741");  // as written
  const Component& c = component(m, "samsoe/on");
  CHECK(c.name == "Færgeleje");
  CHECK(c.site == "Sælvig");
  CHECK(c.tags.size() == 2);
}

TEST_CASE("loader: an id that looks like a number is an id by its text") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "region: {hourly_cost: 1}\n"
      "municipalities:\n"
      "  - id: 707\n"
      "  - id: \"751\"\n"
      "scenarios:\n"
      "  - {id: 2027, levels: {707: none, \"751\": none}}\n");
  CHECK(m.find_municipality("707") != kNoId);
  CHECK(m.find_municipality("751") != kNoId);
  CHECK(m.find_scenario("2027") != kNoId);
}

TEST_CASE("loader: numbers are read exactly") {
  const Model m = load_ok(
      "opgavesnit: 1\n"
      "region: {hourly_cost: 1.500, hours_per_fte: 1e3}\n"
      "tasks: [{id: op}]\n"
      "component_types:\n"
      "  - {id: t, tasks: [{task: op, hours: 0}]}\n"
      "municipalities:\n"
      "  - id: a\n"
      "    hourly_cost: 999999999999.99\n"
      "    population: 0\n"
      "    components:\n"
      "      - {id: hex, type: t, quantity: 0x10, annual_cost: 1.0e-2, book_value: .5}\n"
      "      - {id: oct, type: t, quantity: 0o17, annual_cost: +5, book_value: -0}\n"
      "      - {id: exp, type: t, quantity: 1e3, annual_cost: 0.5e1, book_value: 12.30}\n"
      "      - {id: one, type: t, quantity: 2.0}\n"
      "service_levels:\n"
      "  - {id: l, rank: 0, price: {hourly_rate: 850.10}, sla: {availability: 99.9999, "
      "response_minutes: 240, support_hours: \"hverdage 07-17\"}}\n");
  CHECK(m.region.hourly_cost == 150);
  CHECK(m.region.hours_per_fte == 100000);
  CHECK(m.municipalities[0].hourly_cost == 99999999999999);
  CHECK(m.municipalities[0].population == 0);
  CHECK(m.types[0].tasks[0].hours == 0);
  const Component& hex = component(m, "a/hex");
  CHECK(hex.quantity == 16);
  CHECK(hex.annual_cost == 1);
  CHECK(hex.book_value == 50);
  const Component& oct = component(m, "a/oct");
  CHECK(oct.quantity == 15);
  CHECK(oct.annual_cost == 500);
  CHECK(oct.book_value == 0);
  const Component& exp = component(m, "a/exp");
  CHECK(exp.quantity == 1000);
  CHECK(exp.annual_cost == 500);
  CHECK(exp.book_value == 1230);
  CHECK(component(m, "a/one").quantity == 2);
  const ServiceLevel& l = m.levels[0];
  CHECK(l.rank == 0);
  CHECK(l.hourly_rate == 85010);
  REQUIRE(l.sla.size() == 3);
  CHECK(l.sla[0].key == "availability");
  CHECK(l.sla[0].value == "99.9999");
  CHECK(l.sla[2].value == "hverdage 07-17");
}

TEST_CASE("loader: defaults of optional fields") {
  const Model m = load_ok("opgavesnit: 1\n", true);
  const Component& c = component(m, "norddjurs/vmw");
  CHECK(c.quantity == 1);
  CHECK(c.annual_cost == 0);
  CHECK(c.book_value == 0);
  CHECK(c.pin == Pin::none);
  CHECK(c.name.empty());
  CHECK(c.tags.empty());
  CHECK(m.municipalities[0].components.size() == 2);
  CHECK_FALSE(m.municipalities[0].hourly_cost.has_value());
  CHECK(m.municipalities[0].candidate_levels.empty());
}

TEST_CASE("loader: sections may be split over many files") {
  LoadResult r = load_model(
      {{"a.yaml", "opgavesnit: 1\ntasks: [{id: operation}]\n"},
       {"b.yaml",
        "opgavesnit: 1\n"
        "component_types: [{id: t, tasks: [{task: operation, hours: 1}]}]\n"
        "region: {hourly_cost: 1}\n"},
       {"c.yaml", "opgavesnit: 1\nmunicipalities: [{id: m, components: [{id: x, type: t}]}]\n"},
       {"d.yaml",
        "opgavesnit: 1\nmunicipalities: [{id: n, components: [{id: y, type: t, "
        "depends_on: [m/x]}]}]\n"}});
  INFO(render(r));
  REQUIRE(r.diagnostics.empty());
  CHECK(r.model.files.size() == 4);
  CHECK(r.model.components.size() == 2);
  CHECK(component(r.model, "n/y").depends_on[0].target == r.model.find_component("m/x"));
}
