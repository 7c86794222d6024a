// The loader: YAML text -> Model and diagnostics (model-format.md,
// docs/diagnostics.md). As ninja's ParserTest: YAML from strings under a
// fake file name, and the WHOLE rendered diagnostic text asserted, one case
// per message (the helpers and the base model: support/loader_fixture.h).
//
// This file: the rules of the file and its YAML (encoding, syntax, limits
// of size and depth, merge keys, anchors, the version), line ends and
// indentation errors said in the user's terms.
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/yaml/tree.h>

#include <algorithm>
#include <string>

#include "support/loader_fixture.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

// ---------------------------------------------------------------------------
// One case per rule id (docs/diagnostics.md), whole text.

TEST_CASE("loader: encoding") {
  SUBCASE("a bad byte in a quoted text") {
    CHECK(diags_of("opgavesnit: 1\nregion:\n  name: \"Midt\xFF\"\n") ==
          "m.yaml:3:14: error: the file is not UTF-8 text [encoding]\n"
          "  name: \"Midt<FF>\"\n"
          "             ^\n");
  }
  SUBCASE("a truncated sequence") {
    CHECK(diags_of("opgavesnit: 1\ntasks:\n  - id: \"a\xC3\"\n") ==
          "m.yaml:3:11: error: the file is not UTF-8 text [encoding]\n"
          "  - id: \"a<C3>\"\n"
          "          ^\n");
  }
  SUBCASE("Latin-1 instead of UTF-8") {
    CHECK(diags_of("opgavesnit: 1\nregion: {name: Sams\xF8}\n") ==
          "m.yaml:2:20: error: the file is not UTF-8 text [encoding]\n"
          "region: {name: Sams<F8>}\n"
          "                   ^\n");
  }
}

TEST_CASE("loader: yaml-syntax") {
  SUBCASE("illegal map value") {
    CHECK(diags_of("opgavesnit: 1\ntasks: x: y\n") ==
          "m.yaml:2:9: error: illegal map value [yaml-syntax]\n"
          "tasks: x: y\n"
          "        ^\n");
  }
  SUBCASE("illegal flow end") {
    CHECK(diags_of("opgavesnit: 1\ntasks: [a, b}\n") ==
          "m.yaml:2:13: error: illegal flow end [yaml-syntax]\n"
          "tasks: [a, b}\n"
          "            ^\n");
  }
  SUBCASE("a tab as indentation") {
    CHECK(diags_of("opgavesnit: 1\n\ttasks: []\n") ==
          "m.yaml:2:1: error: a tab indents this line; YAML indents with spaces (illegal tab when "
          "looking for "
          "indentation) [yaml-syntax]\n"
          "\ttasks: []\n"
          "^\n");
  }
  SUBCASE("a file that is not YAML is not resolved further") {
    // b.yaml's reference to a task of a.yaml would be noise.
    CHECK(diags_of_files(
              {{"a.yaml", "opgavesnit: 1\ntasks: [\n  {id: x}\n"},
               {"b.yaml",
                "opgavesnit: 1\ncomponent_types: [{id: t, tasks: [{task: x, hours: 1}]}]\n"}}) ==
          "a.yaml:4:1: error: end of sequence flow not found [yaml-syntax]\n"
          "\n"
          "^\n");
  }
}

TEST_CASE("loader: yaml-syntax for an unterminated quoted text at the end of the file") {
  // yaml-cpp accepts a double-quoted scalar that runs to the end of the
  // file; the loader checks that it is closed.
  CHECK(diags_of("opgavesnit: 1\nregion:\n  name: \"Region Midt\n") ==
        "m.yaml:3:9: error: quoted text is not closed before the end of the file [yaml-syntax]\n"
        "  name: \"Region Midt\n"
        "        ^\n");
}

TEST_CASE("loader: multiple-documents") {
  CHECK(diags_of("opgavesnit: 1\n---\nopgavesnit: 1\n") ==
        "m.yaml:2:1: error: a model file holds one YAML document; this is a second one "
        "[multiple-documents]\n"
        "---\n"
        "^\n");
}

TEST_CASE("loader: too-deep") {
  LoadLimits limits;
  limits.max_depth = 3;
  SUBCASE("a small limit") {
    CHECK(diags_of("opgavesnit: 1\nregion: [[[]]]\n", limits) ==
          "m.yaml:2:11: error: collections are nested deeper than the limit of 3 levels (raise it "
          "with --limit depth=N) [too-deep]\n"
          "region: [[[]]]\n"
          "          ^\n");
  }
  SUBCASE("exactly at the limit is fine") {
    CHECK(diags_of("opgavesnit: 1\nregion: [[]]\n", limits) ==
          "m.yaml:2:9: error: 'region' must be a mapping, got a list [wrong-type]\n"
          "region: [[]]\n"
          "        ^\n");
  }
  SUBCASE("the default limit is 100") {
    const std::string deep =
        "opgavesnit: 1\nx: " + std::string(101, '[') + std::string(101, ']') + "\n";
    const std::string out = diags_of(deep);
    CHECK(out.rfind("m.yaml:2:103: error: collections are nested deeper than the limit of 100 "
                    "levels (raise it with --limit depth=N) [too-deep]\n",
                    0) == 0);
    const std::string ok =
        "opgavesnit: 1\nx: " + std::string(99, '[') + std::string(99, ']') + "\n";
    CHECK(diags_of(ok) ==
          "m.yaml:2:1: error: unknown key 'x' in a model file [unknown-key]\n"
          "x: " +
              std::string(99, '[') + std::string(18, ']') +
              "...\n"
              "^\n");
  }
}

TEST_CASE("loader: alias-limit") {
  LoadLimits limits;
  limits.max_expanded_nodes = 10;
  SUBCASE("aliases that expand to too many nodes") {
    CHECK(diags_of("opgavesnit: 1\n"
                   "a: &a [x, x, x]\n"
                   "b: [*a, *a, *a, *a]\n",
                   limits) ==
          "m.yaml:3:13: error: aliases expand to more than the limit of 10 nodes (raise it with "
          "--limit alias-nodes=N) [alias-limit]\n"
          "b: [*a, *a, *a, *a]\n"
          "            ^\n");
  }
  SUBCASE("a billion laughs with the default limit") {
    std::string text = "opgavesnit: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 6; ++i) {
      std::string prev = "*a" + std::to_string(i - 1);
      text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
      for (int k = 1; k < 10; ++k) text += ", " + prev;
      text += "]\n";
    }
    CHECK(diags_of(text) ==
          "m.yaml:6:45: error: aliases expand to more than the limit of 100000 nodes (raise it "
          "with --limit alias-nodes=N) [alias-limit]\n"
          "a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]\n"
          "                                            ^\n");
  }
  SUBCASE("an alias inside the node it names") {
    CHECK(diags_of("opgavesnit: 1\nx: &a [*a]\n") ==
          "m.yaml:2:8: error: alias refers to a node that contains it [alias-limit]\n"
          "x: &a [*a]\n"
          "       ^\n");
  }
}

TEST_CASE("loader: file-too-large") {
  LoadLimits limits;
  limits.max_file_bytes = 10;
  CHECK(diags_of("opgavesnit: 1\n", limits) ==
        "m.yaml:1:1: error: the file has 14 bytes, more than the limit of 10 (raise it with "
        "--limit file-bytes=N) [file-too-large]\n");
}

TEST_CASE("loader: line-too-long") {
  LoadLimits limits;
  limits.max_line_bytes = 20;
  CHECK(diags_of("opgavesnit: 1\nregion: {id: midtjylland}\n", limits) ==
        "m.yaml:2:1: error: line 2 is longer than the limit of 20 bytes (raise it with --limit "
        "line-bytes=N) [line-too-long]\n"
        "region: {id: midtjylland}\n"
        "^\n");
}

TEST_CASE("loader: merge-key") {
  CHECK(diags_of("opgavesnit: 1\n"
                 "region:\n"
                 "  <<: {id: x}\n"
                 "  id: y\n") ==
        "m.yaml:3:3: error: merge keys ('<<') are not supported; write the keys out [merge-key]\n"
        "  <<: {id: x}\n"
        "  ^\n");
}

TEST_CASE("loader: merge-key, without follow-up errors") {
  // The task would get its id from the merge: that it has none is not
  // reported as well.
  CHECK(diags_of("opgavesnit: 1\n"
                 "tasks:\n"
                 "  - <<: {id: a}\n") ==
        "m.yaml:3:5: error: merge keys ('<<') are not supported; write the keys out [merge-key]\n"
        "  - <<: {id: a}\n"
        "    ^\n");
}

TEST_CASE("loader: a quoted '<<' is an ordinary (unknown) key") {
  CHECK(diags_of("opgavesnit: 1\n\"<<\": {}\n") ==
        "m.yaml:2:1: error: unknown key '<<' in a model file [unknown-key]\n"
        "\"<<\": {}\n"
        "^\n");
}

TEST_CASE("loader: unknown-anchor") {
  CHECK(diags_of("opgavesnit: 1\ntasks:\n  - *x\n") ==
        "m.yaml:3:5: error: the referenced anchor is not defined [unknown-anchor]\n"
        "  - *x\n"
        "    ^\n");
}

TEST_CASE("loader: not-a-mapping") {
  SUBCASE("a list") {
    CHECK(diags_of("- a\n- b\n") ==
          "m.yaml:1:1: error: a model file must be a mapping of sections (starting with "
          "'opgavesnit: 1'), "
          "got a list [not-a-mapping]\n"
          "- a\n"
          "^\n");
  }
  SUBCASE("a text") {
    CHECK(diags_of("hello\n") ==
          "m.yaml:1:1: error: a model file must be a mapping of sections (starting with "
          "'opgavesnit: 1'), "
          "got text 'hello' [not-a-mapping]\n"
          "hello\n"
          "^\n");
  }
}

TEST_CASE("loader: missing-version") {
  SUBCASE("no version key") {
    CHECK(diags_of("tasks: []\n") ==
          "m.yaml:1:1: error: the file does not start with 'opgavesnit: 1' (the format version) "
          "[missing-version]\n"
          "tasks: []\n"
          "^\n");
  }
  SUBCASE("an empty file") {
    CHECK(diags_of("") ==
          "m.yaml:1:1: error: the file is empty; a model file starts with 'opgavesnit: 1' "
          "[missing-version]\n");
  }
  SUBCASE("only a comment") {
    CHECK(diags_of("# nothing yet\n") ==
          "m.yaml:1:1: error: the file is empty; a model file starts with 'opgavesnit: 1' "
          "[missing-version]\n"
          "# nothing yet\n"
          "^\n");
  }
  SUBCASE("each file needs it") {
    CHECK(diags_of_files({{"a.yaml", "opgavesnit: 1\n"}, {"b.yaml", "tasks: [{id: x}]\n"}}) ==
          "b.yaml:1:1: error: the file does not start with 'opgavesnit: 1' (the format version) "
          "[missing-version]\n"
          "tasks: [{id: x}]\n"
          "^\n");
  }
}

TEST_CASE("loader: unsupported-version") {
  SUBCASE("2") {
    CHECK(diags_of("opgavesnit: 2\n") ==
          "m.yaml:1:13: error: the format version must be 1, got the number '2' "
          "[unsupported-version]\n"
          "opgavesnit: 2\n"
          "            ^\n");
  }
  SUBCASE("a quoted 1") {
    CHECK(diags_of("opgavesnit: \"1\"\n") ==
          "m.yaml:1:13: error: the format version must be 1, got quoted text '1' "
          "[unsupported-version]\n"
          "opgavesnit: \"1\"\n"
          "            ^\n");
  }
}

TEST_CASE("loader: unsupported-version (position and rule)") {
  const std::string out = diags_of("opgavesnit: 2\n");
  CHECK(out.rfind("m.yaml:1:13: error: ", 0) == 0);
  CHECK(out.find("[unsupported-version]\nopgavesnit: 2\n            ^\n") != std::string::npos);
}

TEST_CASE("a lone CR ends a line: positions count it, and a quoted scalar folds it") {
  const std::string lf =
      "opgavesnit: 1\nregion: {id: r, hourly_cost: 700}\ntasks: [{id: op}]\n"
      "component_types:\n  - {id: t, category: server, tasks: [{task: op, hours: 1}]}\n"
      "service_levels:\n  - {id: basis, price: {hourly_rate: 850}}\n"
      "municipalities:\n  - id: m\n    population: 1\n    name: \"two\n      lines\"\n"
      "    components: [{id: c, type: t, colour: red}]\n";
  std::string cr = lf;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  for (const std::string* text : {&lf, static_cast<const std::string*>(&cr)}) {
    const LoadResult r = load_model_from_string(*text);
    REQUIRE(r.diagnostics.error_count() == 1);
    const auto& items = r.diagnostics.items();
    const auto it = std::find_if(items.begin(), items.end(),
                                 [](const Diagnostic& x) { return x.rule == "unknown-key"; });
    REQUIRE(it != items.end());
    const Diagnostic& d = *it;
    CHECK(d.pos.line == 12);  // 0-based: line 13
    CHECK(d.pos.column == 34);
    REQUIRE(r.model.municipalities.size() == 1);
    CHECK(r.model.municipalities[0].name == "two lines");
  }
  // CR LF pairs stay as they are.
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::string normalized = crlf;
  yaml::normalize_line_breaks(normalized);
  CHECK(normalized == crlf);
  std::string mixed = "a\rb\r\nc\r";
  yaml::normalize_line_breaks(mixed);
  CHECK(mixed == "a\nb\r\nc\n");
}

TEST_CASE(
    "surrogate pairs in double-quoted scalars decode to one character; a lone one is an error") {
  const std::string head =
      "opgavesnit: 1\nregion: {id: r, hourly_cost: 700}\ntasks: [{id: op}]\n"
      "component_types:\n  - {id: t, category: server, tasks: [{task: op, hours: 1}]}\n"
      "service_levels:\n  - {id: basis, price: {hourly_rate: 850}}\n"
      "municipalities:\n  - id: m\n    population: 1\n";
  {
    const LoadResult r = load_model_from_string(
        head + "    name: \"\\ud83d\\ude00 \\uD83C\\uDF89\\U0001F600\"  # \"\\ud83d\"\n" +
        "    components: [{id: c, type: t, name: \"\\ud83d\\ude00\", site: '\\ud83d', x: 1}]\n" +
        "    reason: |\n      \"\\udc00\"\n");
    REQUIRE(r.model.municipalities.size() == 1);
    CHECK(r.model.municipalities[0].name == "\U0001F600 \U0001F389\U0001F600");
    // After the pairs, a position on the same line is where the file has it.
    const auto& items = r.diagnostics.items();
    const auto it = std::find_if(items.begin(), items.end(),
                                 [](const Diagnostic& d) { return d.rule == "unknown-key"; });
    REQUIRE(it != items.end());
    CHECK(it->pos.line == 11);
    CHECK(it->pos.column == 72);
    REQUIRE(r.model.components.size() == 1);
    CHECK(r.model.components[0].name == "\U0001F600");
    CHECK(r.model.components[0].site == "\\ud83d");
  }
  for (const char* bad :
       {"\"a\\ud83d\"", "\"a\\ude00\\ud83d\"", "\"\\ud83d\\u0041\"", "[\"\\udbff\"]"}) {
    CAPTURE(bad);
    const LoadResult r = load_model_from_string(head + "    name: " + bad + "\n");
    REQUIRE(r.diagnostics.error_count() == 1);
    CHECK(r.diagnostics.items()[0].rule == "yaml-syntax");
    CHECK(r.diagnostics.items()[0].pos.line == 10);
    CHECK(r.diagnostics.items()[0].pos.column >= 11);
  }
}

TEST_CASE("loader: indentation errors in the user's terms") {
  CHECK(diags_of("opgavesnit: 1\nregion:\n  id: midtjylland\n    name: Region\n") ==
        "m.yaml:4:5: error: this line is indented more than the key above it expects: 'id' on line "
        "3 has its value already; line the key up with 'id' (column 3) [yaml-syntax]\n"
        "    name: Region\n"
        "    ^\n");
  CHECK(diags_of("opgavesnit: 1\nregion:\n  id: midtjylland\n name: Region\n") ==
        "m.yaml:4:2: error: this line's indentation (1 space) matches no key above it: line it up "
        "with 'id' on line 3 (column 3) or with 'region' on line 2 (column 1) [yaml-syntax]\n"
        " name: Region\n"
        " ^\n");
  // A comment and a blank line between: the key above is still 'id'.
  CHECK(diags_of("opgavesnit: 1\nregion:\n  id: x  # the id\n\n  # more\n      name: R\n")
            .starts_with("m.yaml:6:7: error: this line is indented more than the key above it "
                         "expects: 'id' on line 3"));
  // Other syntax errors keep yaml-cpp's words.
  CHECK(diags_of("opgavesnit: 1\nregion: [a, b\n").find("[yaml-syntax]") != std::string::npos);
  CHECK(diags_of("opgavesnit: 1\nregion: [a, b\n").find("indented") == std::string::npos);
}
