#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace opgavesnit {
namespace {

using Json = nlohmann::json;

const std::vector<SourceFile> kFiles = {
    {"models/norddjurs.yaml",
     "opgavesnit: 1\n"
     "municipalities:\n"
     "  - id: norddjurs\n"
     "    components:\n"
     "      - id: vmw-prod\n"
     "        type: vm-clustr\n"
     "\tpin: retain\r\n"
     "      - id: vmw-prod\n"},
    {"models/syddjurs.yaml", "opgavesnit: 1\ntasks:\n  - id: operation\n"},
};

std::string render(const Diagnostics& diags, DiagnosticFormat format, bool werror = false,
                   bool color = false, const std::vector<SourceFile>& files = kFiles) {
  std::ostringstream out;
  write_diagnostics(out, files, diags, format, werror, color);
  return out.str();
}

Diagnostics sample() {
  Diagnostics d;
  d.error("unknown-type", {0, 5, 14},
          "unknown component type 'vm-clustr', did you mean 'vm-cluster'?");
  d.error("duplicate-id", {0, 7, 12}, "component 'norddjurs/vmw-prod' is defined twice");
  d.note({0, 4, 12}, "first defined here");
  d.warning("pin-without-reason", {0, 6, 1},
            "component 'norddjurs/vmw-prod' is pinned without a reason");
  return d;
}

TEST_CASE("text: clang style with source line and caret") {
  CHECK(render(sample(), DiagnosticFormat::text) ==
        "models/norddjurs.yaml:6:15: error: unknown component type 'vm-clustr', did you mean "
        "'vm-cluster'? [unknown-type]\n"
        "        type: vm-clustr\n"
        "              ^\n"
        "models/norddjurs.yaml:8:13: error: component 'norddjurs/vmw-prod' is defined twice "
        "[duplicate-id]\n"
        "      - id: vmw-prod\n"
        "            ^\n"
        "models/norddjurs.yaml:5:13: note: first defined here\n"
        "      - id: vmw-prod\n"
        "            ^\n"
        "models/norddjurs.yaml:7:2: warning: component 'norddjurs/vmw-prod' is pinned without a "
        "reason [pin-without-reason]\n"
        "\tpin: retain\n"
        "\t^\n");
}

TEST_CASE("text: werror shows warnings as errors and keeps the rule") {
  Diagnostics d;
  d.warning("pin-without-reason", {0, 6, 5}, "pinned without a reason");
  CHECK(render(d, DiagnosticFormat::text, true) ==
        "models/norddjurs.yaml:7:6: error: pinned without a reason [pin-without-reason]\n"
        "\tpin: retain\n"
        "\t    ^\n");
  CHECK(summary_line(d, true) == "1 error generated.");
  CHECK(summary_line(d, false) == "1 warning generated.");
}

TEST_CASE("text: notes in another file, and places outside any file") {
  Diagnostics d;
  d.error("duplicate-id", {1, 2, 8}, "task 'operation' is defined twice");
  d.note({0, 0, 0}, "first defined here");
  d.error("missing-key", {kNoId, 0, 0}, "the model has no scenarios");
  d.note({kNoId, 0, 0}, "add one under 'scenarios'");
  CHECK(render(d, DiagnosticFormat::text) ==
        "models/syddjurs.yaml:3:9: error: task 'operation' is defined twice [duplicate-id]\n"
        "  - id: operation\n"
        "        ^\n"
        "models/norddjurs.yaml:1:1: note: first defined here\n"
        "opgavesnit: 1\n"
        "^\n"
        "opgavesnit: error: the model has no scenarios [missing-key]\n"
        "opgavesnit: note: add one under 'scenarios'\n");
  CHECK(format_position(kFiles, {1, 2, 8}) == "models/syddjurs.yaml:3:9");
  CHECK(format_position(kFiles, {7, 2, 8}) == "opgavesnit");
}

TEST_CASE("text: positions past the text, empty files") {
  const std::vector<SourceFile> files = {{"empty.yaml", ""}, {"short.yaml", "ab\n"}};
  Diagnostics d;
  d.error("missing-version", {0, 0, 0}, "the file has no 'opgavesnit: 1'");
  d.error("yaml-syntax", {1, 0, 9}, "end of line");
  d.error("yaml-syntax", {1, 1, 0}, "end of file");
  d.error("yaml-syntax", {1, 9, 0}, "far past the end");
  CHECK(render(d, DiagnosticFormat::text, false, false, files) ==
        "empty.yaml:1:1: error: the file has no 'opgavesnit: 1' [missing-version]\n"
        "short.yaml:1:10: error: end of line [yaml-syntax]\n"
        "ab\n"
        "  ^\n"
        "short.yaml:2:1: error: end of file [yaml-syntax]\n"
        "\n"
        "^\n"
        "short.yaml:10:1: error: far past the end [yaml-syntax]\n");
}

TEST_CASE("text: control characters and bytes that are not UTF-8 are escaped") {
  const std::vector<SourceFile> files = {
      {"evil\x1b[31m\nname.yaml", "key: \x1b[2Jvalue\x01 \xff\xfe x\n"}};
  Diagnostics d;
  d.error("encoding", {0, 0, 17}, "byte \xff is not UTF-8\t!");
  CHECK(render(d, DiagnosticFormat::text, false, false, files) ==
        "evil<U+001B>[31m<U+000A>name.yaml:1:18: error: byte <FF> is not UTF-8<U+0009>! "
        "[encoding]\n"
        "key: <U+001B>[2Jvalue<U+0001> <FF><FE> x\n" +
            std::string(34, ' ') + "^\n");
}

TEST_CASE("text: Danish letters and a byte-order mark keep the caret in place") {
  const std::vector<SourceFile> files = {{"m.yaml",
                                          "\xEF\xBB\xBFnavn: \xC3\xA6"
                                          "bler\xC3\xB8 x\n"}};
  Diagnostics d;
  // Bytes: 0-2 BOM, 3-8 "navn: ", 9-10 æ, 11-14 "bler", 15-16 ø, 17 ' ', 18 'x'.
  d.error("wrong-type", {0, 0, 18}, "bad");
  CHECK(render(d, DiagnosticFormat::text, false, false, files) ==
        "m.yaml:1:19: error: bad [wrong-type]\n"
        "navn: \xC3\xA6"
        "bler\xC3\xB8 x\n"
        "             ^\n");
}

TEST_CASE("text: a very long line is shown as a window around the column") {
  std::string line = "key: " + std::string(1000000, 'a') + "X" + std::string(1000000, 'b');
  const std::vector<SourceFile> files = {{"long.yaml", line + "\n"}};
  Diagnostics d;
  d.error("yaml-syntax", {0, 0, 1000005}, "here");
  const std::string out = render(d, DiagnosticFormat::text, false, false, files);
  CHECK(out ==
        "long.yaml:1:1000006: error: here [yaml-syntax]\n"
        "..." +
            std::string(40, 'a') + "X" + std::string(79, 'b') + "...\n" + std::string(43, ' ') +
            "^\n");

  SUBCASE("at the start and at the end") {
    CHECK(source_excerpt(files, {0, 0, 0}).line == "key: " + std::string(115, 'a') + "...");
    CHECK(source_excerpt(files, {0, 0, 0}).caret == "^");
    const SourceExcerpt end =
        source_excerpt(files, {0, 0, static_cast<std::uint32_t>(line.size())});
    CHECK(end.line == "..." + std::string(120, 'b'));
    CHECK(end.caret == std::string(123, ' ') + "^");
  }

  SUBCASE("never splits a UTF-8 sequence") {
    std::string danish;
    for (int i = 0; i < 1000; ++i) danish += "\xC3\xB8";  // ø
    const std::vector<SourceFile> df = {{"d.yaml", danish}};
    for (std::uint32_t col : {0u, 1u, 2u, 41u, 42u, 999u, 1000u, 1001u, 1999u, 2000u}) {
      CAPTURE(col);
      const SourceExcerpt ex = source_excerpt(df, {0, 0, col});
      std::string body = ex.line;
      if (body.rfind("...", 0) == 0) body.erase(0, 3);
      if (body.size() >= 3 && body.compare(body.size() - 3, 3, "...") == 0)
        body.resize(body.size() - 3);
      CHECK(body.size() <= 120);
      CHECK(body.size() % 2 == 0);
      CHECK(body.find('<') == std::string::npos);  // nothing escaped as a broken byte
      CHECK(ex.caret.back() == '^');
    }
  }
}

TEST_CASE("text: a file of 50 MB of newlines, diagnostics at the far end") {
  const std::vector<SourceFile> files = {{"nl.yaml", std::string(5000000, '\n') + "x: y\n"}};
  Diagnostics d;
  for (int i = 0; i < 1000; ++i) d.error("unknown-key", {0, 5000000, 0}, "unknown key 'x'");
  const std::string out = render(d, DiagnosticFormat::text, false, false, files);
  CHECK(out.rfind("nl.yaml:5000001:1: error: unknown key 'x' [unknown-key]\nx: y\n^\n", 0) == 0);
}

TEST_CASE("text: colours only when asked") {
  Diagnostics d;
  d.error("unknown-key", {1, 1, 0}, "unknown key 'taks'");
  CHECK(render(d, DiagnosticFormat::text).find('\x1b') == std::string::npos);
  CHECK(render(d, DiagnosticFormat::text, false, true) ==
        "\x1b[1mmodels/syddjurs.yaml:2:1: \x1b[0m\x1b[1;31merror: \x1b[0m\x1b[1munknown key "
        "'taks' [unknown-key]\x1b[0m\n"
        "tasks:\n"
        "\x1b[1;32m^\x1b[0m\n");
}

TEST_CASE("summary line") {
  Diagnostics d;
  CHECK(summary_line(d, false) == "");
  d.error("unknown-key", {}, "x");
  CHECK(summary_line(d, false) == "1 error generated.");
  d.error("unknown-key", {}, "x");
  d.warning("conflict", {}, "y");
  CHECK(summary_line(d, false) == "2 errors, 1 warning generated.");
  CHECK(summary_line(d, true) == "3 errors generated.");
  Diagnostics w;
  w.warning("conflict", {}, "y");
  w.warning("conflict", {}, "y");
  CHECK(summary_line(w, false) == "2 warnings generated.");
}

TEST_CASE("json: a list of objects, notes right after their diagnostic") {
  const Json j = Json::parse(render(sample(), DiagnosticFormat::json));
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 4);
  CHECK(j[0] == Json{{"severity", "error"},
                     {"rule", "unknown-type"},
                     {"message", "unknown component type 'vm-clustr', did you mean 'vm-cluster'?"},
                     {"file", "models/norddjurs.yaml"},
                     {"line", 6},
                     {"column", 15}});
  CHECK(j[1]["rule"] == "duplicate-id");
  CHECK(j[2] == Json{{"severity", "note"},
                     {"rule", "duplicate-id"},
                     {"message", "first defined here"},
                     {"file", "models/norddjurs.yaml"},
                     {"line", 5},
                     {"column", 13}});
  CHECK(j[3]["severity"] == "warning");
  // Keys in the documented order.
  const std::string text = render(sample(), DiagnosticFormat::json);
  CHECK(text.find("\"severity\"") < text.find("\"rule\""));
  CHECK(text.find("\"line\"") < text.find("\"column\""));

  SUBCASE("werror") {
    const Json w = Json::parse(render(sample(), DiagnosticFormat::json, true));
    CHECK(w[3]["severity"] == "error");
    CHECK(w[3]["rule"] == "pin-without-reason");
  }
  SUBCASE("empty, outside any file, bytes that are not UTF-8") {
    CHECK(Json::parse(render(Diagnostics(), DiagnosticFormat::json)) == Json::array());
    Diagnostics d;
    d.error("encoding", {kNoId, 0, 0}, "bad \xff byte");
    const Json e = Json::parse(render(d, DiagnosticFormat::json));
    CHECK(e[0]["file"].is_null());
    CHECK(e[0]["line"].is_null());
    CHECK(e[0]["message"] == "bad \xEF\xBF\xBD byte");
  }
}

TEST_CASE("sarif: the structure GitHub code scanning reads") {
  std::vector<SourceFile> files = kFiles;
  files[1].path = "./models/syd djurs.yaml";
  Diagnostics d = sample();
  d.error("unknown-key", {1, 1, 0}, "unknown key 'taks'");
  const Json j = Json::parse(render(d, DiagnosticFormat::sarif, false, false, files));
  CHECK(j["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(j["version"] == "2.1.0");
  REQUIRE(j["runs"].size() == 1);
  const Json& run = j["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "opgavesnit");
  CHECK(!run["tool"]["driver"].contains("informationUri"));  // no public home yet
  CHECK(run["tool"]["driver"]["version"].is_string());
  const Json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 4);  // one per rule id used, sorted
  CHECK(rules[0]["id"] == "duplicate-id");
  CHECK(rules[1]["id"] == "pin-without-reason");
  CHECK(rules[2]["id"] == "unknown-key");
  CHECK(rules[3]["id"] == "unknown-type");
  CHECK(rules[3]["shortDescription"]["text"] ==
        "A reference to a component type that is not defined");
  const Json& results = run["results"];
  REQUIRE(results.size() == 4);
  for (const Json& r : results) {
    CAPTURE(r.dump());
    CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
    CHECK(r["message"]["text"].is_string());
    REQUIRE(r["locations"].size() == 1);
    const Json& loc = r["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uri"].is_string());
    CHECK(loc["region"]["startLine"].get<int>() >= 1);
    CHECK(loc["region"]["startColumn"].get<int>() >= 1);
  }
  CHECK(results[0]["level"] == "error");
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "models/norddjurs.yaml");
  CHECK(results[0]["locations"][0]["physicalLocation"]["region"] ==
        Json{{"startLine", 6}, {"startColumn", 15}});
  CHECK(results[1]["relatedLocations"][0]["message"]["text"] == "first defined here");
  CHECK(results[1]["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 5);
  CHECK(results[2]["level"] == "warning");
  CHECK(results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "models/syd%20djurs.yaml");

  SUBCASE("werror, and columns in UTF-16 code units") {
    const std::vector<SourceFile> df = {{"\xC3\xA6.yaml", "n\xC3\xA6vn: x\n"}};
    Diagnostics w;
    w.warning("pin-without-reason", {0, 0, 7}, "w");
    const Json s = Json::parse(render(w, DiagnosticFormat::sarif, true, false, df));
    const Json& r = s["runs"][0]["results"][0];
    CHECK(r["level"] == "error");
    CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "%C3%A6.yaml");
    CHECK(r["locations"][0]["physicalLocation"]["region"]["startColumn"] == 7);
  }
}

TEST_CASE("junit: one test case per file, escaped") {
  const std::vector<SourceFile> files = {
      {"a&b.yaml", "name: <script>alert('&')</script>\n"},
      {"ok.yaml", "opgavesnit: 1\n"},
      {"warn.yaml", "pin: retain\n"},
  };
  Diagnostics d;
  d.error("wrong-type", {0, 0, 6}, "bad <script> & \"quote\" \x01");
  d.warning("pin-without-reason", {2, 0, 0}, "no reason");
  CHECK(render(d, DiagnosticFormat::junit, false, false, files) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"opgavesnit\" tests=\"3\" failures=\"1\" errors=\"0\">\n"
        "  <testsuite name=\"opgavesnit validate\" tests=\"3\" failures=\"1\" errors=\"0\" "
        "skipped=\"0\">\n"
        "    <testcase classname=\"opgavesnit\" name=\"a&amp;b.yaml\">\n"
        "      <failure message=\"bad &lt;script&gt; &amp; &quot;quote&quot; \xEF\xBF\xBD\" "
        "type=\"wrong-type\">a&amp;b.yaml:1:7: error: bad &lt;script&gt; &amp; "
        "\"quote\" &lt;U+0001&gt; [wrong-type]\n"
        "name: &lt;script&gt;alert('&amp;')&lt;/script&gt;\n"
        "      ^\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"opgavesnit\" name=\"ok.yaml\"/>\n"
        "    <testcase classname=\"opgavesnit\" name=\"warn.yaml\">\n"
        "      <system-out>warn.yaml:1:1: warning: no reason [pin-without-reason]\n"
        "pin: retain\n"
        "^\n"
        "</system-out>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");

  SUBCASE("werror turns warnings into failures") {
    const std::string out = render(d, DiagnosticFormat::junit, true, false, files);
    CHECK(out.find("failures=\"2\"") != std::string::npos);
    CHECK(out.find("<failure message=\"no reason\" type=\"pin-without-reason\">warn.yaml:1:1: "
                   "error: no reason") != std::string::npos);
    CHECK(out.find("<system-out>") == std::string::npos);
  }
  SUBCASE("no control characters that XML 1.0 forbids") {
    const std::vector<SourceFile> bad = {{"x\x01\x02.yaml", std::string("\x00\x1f\xff\n", 4)}};
    Diagnostics e;
    e.error("encoding", {0, 0, 2}, "byte \xff\x0b");
    e.error("missing-key", {kNoId, 0, 0}, "model-wide");
    const std::string out = render(e, DiagnosticFormat::junit, false, false, bad);
    for (char c : out) {
      const auto u = static_cast<unsigned char>(c);
      CHECK((u >= 0x20 || c == '\n'));
    }
    CHECK(out.find("<testcase classname=\"opgavesnit\" name=\"(model)\">") != std::string::npos);
    CHECK(out.find("tests=\"2\" failures=\"2\"") != std::string::npos);
  }
}

TEST_CASE("parse_diagnostic_format") {
  CHECK(parse_diagnostic_format("text") == DiagnosticFormat::text);
  CHECK(parse_diagnostic_format("sarif") == DiagnosticFormat::sarif);
  CHECK(parse_diagnostic_format("junit") == DiagnosticFormat::junit);
  CHECK(parse_diagnostic_format("json") == DiagnosticFormat::json);
  CHECK_FALSE(parse_diagnostic_format("xml").has_value());
}

}  // namespace
}  // namespace opgavesnit
