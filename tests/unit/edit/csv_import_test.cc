// Importing CSV inventories (csv_import.h, csv_mapping.h).
#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/edit/csv_import.h>
#include <opgavesnit/load/loader.h>

#include <string>
#include <vector>

using namespace opgavesnit;

namespace {

const char* kBase =
    "opgavesnit: 1\n"
    "region: { hourly_cost: 600 }\n"
    "tasks: [{ id: drift }]\n"
    "component_types:\n"
    "  - { id: switch, tasks: [{ task: drift, hours: 1 }] }\n"
    "  - { id: server, tasks: [{ task: drift, hours: 1 }] }\n";

/// Imports `csv` with `mapping`; returns the YAML, or the diagnostics'
/// "position: message [rule]" lines when it failed.
std::string run(const std::string& csv, const std::string& mapping, ImportOptions opt = {}) {
  if (opt.municipality.empty()) opt.municipality = "testby";
  ImportResult r = import_csv({"x.csv", csv}, {"m.yaml", mapping}, opt);
  if (!r.yaml.empty()) return r.yaml;
  std::string out;
  for (const auto& d : r.diagnostics.items())
    out += format_position(r.files, d.pos) + ": " + d.message + " [" + d.rule + "]\n";
  return out;
}

/// The components part of an import (after "components:\n").
std::string components(const std::string& yaml) {
  auto at = yaml.find("    components:\n");
  return at == std::string::npos ? yaml : yaml.substr(at + 16);
}

/// Loads the import together with kBase; returns the diagnostics or "ok".
std::string validate(const std::string& yaml, LoadResult& out) {
  out = load_model({{"base.yaml", kBase}, {"import.yaml", yaml}});
  std::string text;
  for (const auto& d : out.diagnostics.items())
    text += format_position(out.model.files, d.pos) + ": " + d.message + " [" + d.rule + "]\n";
  return text.empty() ? "ok" : text;
}

const char* kMapping =
    "opgavesnit-csv-mapping: 1\n"
    "columns: { id: ID, type: Type, annual_cost: Cost, quantity: Qty }\n";

}  // namespace

TEST_CASE("csv_import: numbers in Danish and plain form") {
  SUBCASE("Danish: decimal comma, '.' or spaces between thousands") {
    std::string y =
        run("ID;Type;Cost;Qty\n"
            "a;switch;1.234.567,5;1\n"
            "b;switch;1 234,50;1.000\n"
            "c;switch;\"12,00\";2\n"
            "d;switch;0,5;\n"
            "e;switch;,5;\n",
            kMapping);
    CHECK(
        components(y) ==
        "      - id: a\n        type: switch\n        annual_cost: 1234567.5\n"
        "      - id: b\n        type: switch\n        quantity: 1000\n        annual_cost: 1234.5\n"
        "      - id: c\n        type: switch\n        quantity: 2\n        annual_cost: 12\n"
        "      - id: d\n        type: switch\n        annual_cost: 0.5\n"
        "      - id: e\n        type: switch\n        annual_cost: 0.5\n");
  }
  SUBCASE("plain: decimal point, ',' between thousands (in quotes)") {
    std::string y = run("ID,Type,Cost,Qty\na,switch,\"1,234.50\",1\nb,switch,1234.5,2\n", kMapping);
    CHECK(
        components(y) ==
        "      - id: a\n        type: switch\n        annual_cost: 1234.5\n"
        "      - id: b\n        type: switch\n        quantity: 2\n        annual_cost: 1234.5\n");
  }
  SUBCASE("badly grouped thousands are not numbers") {
    CHECK(
        run("ID;Type;Cost;Qty\na;switch;12.34,5;1\n", kMapping) ==
        "x.csv:2:10: row 2, column 'Cost': '12.34,5' is not a number (this file writes a decimal "
        "comma and '.' between thousands, as 1.234,50); if the export writes a decimal point, set "
        "'decimal: point' in the mapping [invalid-number]\n");
  }
  SUBCASE("the mapping can say which decimal mark") {
    std::string y =
        run("ID;Type;Cost;Qty\na;switch;1234.5;1\n", std::string(kMapping) + "decimal: point\n");
    CHECK(components(y) == "      - id: a\n        type: switch\n        annual_cost: 1234.5\n");
  }
}

TEST_CASE("csv_import: ids, values, defaults, dependencies") {
  const std::string mapping =
      "opgavesnit-csv-mapping: 1\n"
      "normalize_ids: true\n"
      "columns: { id: Key, name: Name, type: Kind, depends_on: Needs, pin: Local, tags: Tags }\n"
      "values:\n"
      "  type: { Virtuel server: server }\n"
      "  pin: { Ja: retain, Nej: '' }\n"
      "defaults: { type: switch, quantity: 3 }\n";
  std::string y =
      run("Key\tName\tKind\tNeeds\tLocal\tTags\n"
          "SW Ærø 01\tSwitch: core\t\t\tNej\tnet, prod; net\n"
          "SRV-0142\t- dash\tVirtuel server\t\"sw-aeroe-01 (interface)\nother/x\"\tJa\t\n",
          mapping);
  CHECK(
      components(y) ==
      "      - id: sw-aeroe-01\n        type: switch\n        name: \"Switch: core\"\n"
      "        quantity: 3\n        tags: [net, prod]\n"
      "      - id: srv-0142\n        type: server\n        name: \"- dash\"\n        quantity: 3\n"
      "        pin: retain\n"
      "        depends_on:\n          - { on: sw-aeroe-01, kind: interface }\n          - "
      "other/x\n");
}

TEST_CASE("csv_import: Windows-1252 when the mapping says so") {
  std::string y =
      run("ID;Type;Name\nr\xE5"
          "dhus;switch;R\xE5"
          "dhus\n",
          "opgavesnit-csv-mapping: 1\nencoding: windows-1252\nnormalize_ids: true\n"
          "columns: { id: ID, type: Type, name: Name }\n");
  CHECK(components(y) ==
        "      - id: raadhus\n        type: switch\n        name: R\xC3\xA5"
        "dhus\n");
}

TEST_CASE("csv_import: mapping problems are located in the mapping") {
  CHECK(run("ID;Type\na;switch\n",
            "opgavesnit-csv-mapping: 2\ncolumns: { id: ID }\nseperator: ';'\n") ==
        "m.yaml:1:25: 'opgavesnit-csv-mapping' must be 1, the only version there is "
        "[unsupported-version]\n"
        "m.yaml:3:1: unknown key 'seperator', did you mean 'separator'? [unknown-key]\n");
  CHECK(run("ID;Type\na;switch\n", "opgavesnit-csv-mapping: 1\ncolumns: { name: ID }\n") ==
        "m.yaml:2:1: 'columns' does not name the column of 'id', which every component needs "
        "[missing-key]\n");
  CHECK(run("ID;Type\na;switch\n", "opgavesnit-csv-mapping: 1\ncolumns: { id: ID }\n") ==
        "m.yaml:2:1: every component needs a type: name its column under 'columns', or give "
        "'defaults: type' [missing-key]\n");
  CHECK(run("ID;Type\na;switch\n",
            "opgavesnit-csv-mapping: 1\ncolumns: { id: ID, type: Type }\ndefaults: { quantity: 0 "
            "}\n") ==
        "m.yaml:3:23: the default quantity is a whole number of at least 1 [invalid-number]\n");
}

TEST_CASE("csv_import: what it writes loads back as written") {
  // Names that YAML would misread unquoted, or that need escapes.
  const std::vector<std::string> names = {"plain name",
                                          "Rådhus, Grenå",
                                          "yes",
                                          "No",
                                          "on",
                                          "null",
                                          "~",
                                          "123",
                                          "1.5",
                                          "0x1F",
                                          "1e3",
                                          "- dash",
                                          "? q",
                                          ": c",
                                          "a: b",
                                          "a #b",
                                          "#x",
                                          "[x]",
                                          "{x}",
                                          "*alias",
                                          "&anchor",
                                          "!tag",
                                          "|pipe",
                                          ">fold",
                                          "'single'",
                                          "\"double\"",
                                          "%pct",
                                          "@at",
                                          "`tick",
                                          " lead",
                                          "trail ",
                                          "tab\there",
                                          "line\nbreak",
                                          "back\\slash",
                                          "x: ",
                                          "colon:",
                                          "ÆØÅ æøå",
                                          "é ü ß",
                                          "€ 5",
                                          "nbsp\xC2\xA0here",
                                          "bidi\xE2\x80\xAEtext",
                                          "ls\xE2\x80\xA8sep",
                                          "true",
                                          "FALSE",
                                          ".inf",
                                          "-.inf",
                                          ".nan",
                                          "0o17",
                                          "+1",
                                          "-",
                                          "--- doc",
                                          "...",
                                          "a,b",
                                          "x]y"};
  std::string csv = "ID;Type;Name\n";
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string quoted = "\"";
    for (char c : names[i]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    csv += "c" + std::to_string(i) + ";switch;" + quoted + "\"\n";
  }
  std::string yaml =
      run(csv, "opgavesnit-csv-mapping: 1\ncolumns: { id: ID, type: Type, name: Name }\n");
  LoadResult loaded;
  REQUIRE(validate(yaml, loaded) == "ok");
  REQUIRE(loaded.model.components.size() == names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    // The import trims cells, so compare with the trimmed name.
    std::string want = names[i];
    while (!want.empty() && want.front() == ' ') want.erase(0, 1);
    while (!want.empty() && want.back() == ' ') want.pop_back();
    CAPTURE(names[i]);
    CHECK(loaded.model.components[i].name == want);
  }
}

TEST_CASE("csv_import: tags and dependencies in flow lists load back as written") {
  // Found by fuzzing: yaml-cpp misreads `null?` and `a#b?` as plain scalars in a flow list.
  const std::vector<std::string> tags = {"null?", "1.5#x?Ø", "ØØ? .inf", "a:b", "a?",    "{x", "x}",
                                         "-x",    "*x",      "prod",     "æøå", "\"q\"", "a b"};
  std::string csv = "ID;Type;Tags\n";
  for (std::size_t i = 0; i < tags.size(); ++i) {
    std::string quoted;
    for (char c : tags[i]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    csv += "c" + std::to_string(i) + ";switch;\"" + quoted + "\"\n";
  }
  std::string yaml =
      run(csv, "opgavesnit-csv-mapping: 1\ncolumns: { id: ID, type: Type, tags: Tags }\n");
  LoadResult loaded;
  REQUIRE(validate(yaml, loaded) == "ok");
  REQUIRE(loaded.model.components.size() == tags.size());
  for (std::size_t i = 0; i < tags.size(); ++i) {
    CAPTURE(tags[i]);
    REQUIRE(loaded.model.components[i].tags.size() == 1);
    CHECK(loaded.model.tags[loaded.model.components[i].tags[0]] == tags[i]);
  }
}

TEST_CASE("csv_import: the municipality's own settings come from the mapping") {
  const std::string mapping = std::string(
                                  "opgavesnit-csv-mapping: 1\n"
                                  "columns: { id: ID, type: Type }\n") +
                              "municipality:\n"
                              "  name: Testby Kommune\n"
                              "  code: 999\n"
                              "  population: 1200\n"
                              "  hourly_cost: 612.5\n"
                              "  candidate_levels: [basis, standard]\n";
  const std::string csv = "ID;Type\na;switch\n";
  SUBCASE("written into the file, so that a re-import keeps them") {
    const std::string y = run(csv, mapping);
    CHECK(y.substr(y.find("municipalities:\n")) ==
          "municipalities:\n"
          "  - id: testby\n"
          "    name: Testby Kommune\n"
          "    code: 999\n"
          "    population: 1200\n"
          "    hourly_cost: 612.5\n"
          "    candidate_levels: [basis, standard]\n"
          "    components:\n"
          "      - id: a\n"
          "        type: switch\n");
  }
  SUBCASE("the command line wins") {
    ImportOptions opt;
    opt.name = "Andet navn";
    opt.population = 5;
    const std::string y = run(csv, mapping, opt);
    CHECK(y.find("    name: Andet navn\n    code: 999\n    population: 5\n") != std::string::npos);
  }
  SUBCASE("bad settings are located errors") {
    CHECK(run(csv, std::string(kMapping) + "municipality:\n  hourly_cost: -3\n  levels: [x]\n"
                                           "  candidate_levels: [Basis]\n") ==
          "m.yaml:4:16: 'hourly_cost' must be an amount of at most 2 decimals, not negative "
          "[invalid-value]\n"
          "m.yaml:5:3: unknown key 'levels'; the keys here are 'name', 'code', 'population', "
          "'hourly_cost' or 'candidate_levels' [unknown-key]\n"
          "m.yaml:6:22: a candidate level is a level id ([a-z0-9][a-z0-9._-]*) [invalid-id]\n");
  }
}
