// The one YAML scalar writer (of fmt and import csv): every class of code
// point and every YAML spelling survives a round trip through yaml-cpp.
#include <doctest/doctest.h>
#include <opgavesnit/core/text.h>
#include <opgavesnit/yaml/scalar.h>
#include <opgavesnit/yaml/scalar_writer.h>
#include <opgavesnit/yaml/tree.h>

#include <string>
#include <vector>

using namespace opgavesnit;
using yaml::ScalarContext;

namespace {

/// The texts to write: every ASCII character alone, first, inside and
/// last; every C1 control; the invisible, separator and bidi characters;
/// the words and numbers of YAML 1.1 and 1.2; the indicators.
std::vector<std::string> corpus() {
  std::vector<std::string> out;
  for (int c = 0; c < 0x80; ++c) {
    const std::string ch(1, static_cast<char>(c));
    for (const std::string& s : {ch, ch + "a", "a" + ch, "a" + ch + "b", "a " + ch + " b"})
      out.push_back(s);
  }
  for (std::uint32_t cp : {0x80u,   0x85u,   0x9bu,   0x9fu,   0xa0u,   0xadu,   0x061cu,
                           0x200bu, 0x200eu, 0x200fu, 0x2028u, 0x2029u, 0x202au, 0x202eu,
                           0x2060u, 0x2066u, 0x2069u, 0x3000u, 0xfeffu, 0xfffdu, 0x1f600u}) {
    std::string ch;
    append_utf8(ch, cp);
    for (const std::string& s : {ch, ch + "a", "a" + ch, "a" + ch + "b"}) out.push_back(s);
  }
  for (const char* s : {"",
                        " ",
                        "  ",
                        "yes",
                        "Yes",
                        "YES",
                        "yEs",
                        "no",
                        "No",
                        "y",
                        "N",
                        "on",
                        "Off",
                        "true",
                        "True",
                        "FALSE",
                        "tRUE",
                        "null",
                        "Null",
                        "NULL",
                        "~",
                        "=",
                        "<<",
                        "<",
                        "<a",
                        ".",
                        "..",
                        "...",
                        "...a",
                        ".a",
                        "---",
                        "--- a",
                        "-",
                        "- a",
                        "-a",
                        "?",
                        "? a",
                        "?a",
                        "a?",
                        ":",
                        ": a",
                        "a:",
                        "a:b",
                        "a: b",
                        "a :b",
                        "#",
                        "#a",
                        "a#b",
                        "a #b",
                        "0",
                        "1",
                        "-1",
                        "+1",
                        "1.5",
                        ".5",
                        "-.5",
                        "1e3",
                        "1E-3",
                        "0x1F",
                        "0o17",
                        "017",
                        "0b101",
                        "1:30",
                        "1_000",
                        ".inf",
                        "-.Inf",
                        ".nan",
                        ".NaN",
                        "2027-01-31",
                        "2027-1-1",
                        "10.0.0.1",
                        "1-2",
                        "1.2.3",
                        "'q'",
                        "\"q\"",
                        "it's",
                        "say \"hi\"",
                        "back\\slash",
                        "\\",
                        "multi\nline",
                        "two\n\nbreaks",
                        "tab\tin",
                        "\r\n",
                        "cr\rx",
                        " lead",
                        "trail ",
                        "a  b",
                        "[a]",
                        "{a}",
                        "a,b",
                        "a[b",
                        "a]b",
                        "a{b",
                        "a}b",
                        "&a",
                        "*a",
                        "!a",
                        "|",
                        ">",
                        "%a",
                        "@a",
                        "`a",
                        "a&b",
                        "Sønderborg",
                        "Ærø Kommune",
                        "Sekundært serverrum; Auning",
                        "dc-grenaa",
                        "707",
                        "Kommune (syd) / 2 + 3",
                        "café ☕",
                        "ñ:ñ",
                        "e\u0301"})
    out.push_back(s);
  return out;
}

/// The text of `scalar` as read back by yaml-cpp (through the tree), from
/// `k: scalar` or `k: [scalar, x]`; "(fails)" when the file does not load
/// or the scalar does not read back as text.
std::string read_back(const std::string& scalar, ScalarContext context) {
  const std::string text =
      context == ScalarContext::block ? "k: " + scalar + "\n" : "k: [" + scalar + ", x]\n";
  std::uint32_t line = 0, column = 0;
  if (!yaml::check_utf8(text, line, column)) return "(fails: not printable)";
  yaml::Tree tree;
  Diagnostics diags;
  if (!yaml::parse(text, 0, {}, tree, diags) || diags.has_errors()) return "(fails: not YAML)";
  const yaml::Node& root = tree[tree.root];
  if (root.kind != yaml::Kind::mapping || root.children.size() != 2) return "(fails: shape)";
  const yaml::Node* value = &tree[root.children[1]];
  if (context == ScalarContext::flow) {
    if (value->kind != yaml::Kind::sequence || value->children.size() != 2)
      return "(fails: flow shape)";
    if (tree[value->children[1]].value != "x") return "(fails: flow item)";
    value = &tree[value->children[0]];
  }
  if (value->kind != yaml::Kind::scalar) return "(fails: not a scalar)";
  if (value->style == yaml::Style::plain && classify_scalar(value->value) != ScalarClass::text)
    return "(fails: not text)";
  return value->value;
}

}  // namespace

TEST_CASE("scalar_text: every text reads back the same through yaml-cpp, in block and flow") {
  for (const std::string& s : corpus()) {
    for (ScalarContext context : {ScalarContext::block, ScalarContext::flow}) {
      const std::string written = yaml::scalar_text(s, context);
      CAPTURE(terminal_text(s));
      CAPTURE(terminal_text(written));
      CAPTURE(context == ScalarContext::flow);
      CHECK(read_back(written, context) == s);
      // The written text shows every character a reader could not see.
      CHECK(terminal_text(written) == written);
    }
  }
}

TEST_CASE("scalar_text keeps plain text plain and quotes what would read otherwise") {
  CHECK(yaml::scalar_text("dc-grenaa") == "dc-grenaa");
  CHECK(yaml::scalar_text("Sekundært serverrum; Auning") == "Sekundært serverrum; Auning");
  CHECK(yaml::scalar_text("a:b") == "a:b");
  CHECK(yaml::scalar_text("a:b", ScalarContext::flow) == "\"a:b\"");
  CHECK(yaml::scalar_text("a,b", ScalarContext::flow) == "\"a,b\"");
  CHECK(yaml::scalar_text("707") == "\"707\"");
  CHECK(yaml::scalar_text("") == "\"\"");
  CHECK(yaml::scalar_text("a\"b") == "a\"b");
  CHECK(yaml::scalar_text("\"q\"") == "\"\\\"q\\\"\"");
  for (const char* word : {"yes",  "No",   "ON",    "off",   "y",          "~",    "null", "True",
                           "tRUE", "1:30", "1_000", "0b101", "2027-01-31", ".inf", "#a",   "a #b",
                           "a: b", " a",   "a ",    "- a",   "...",        "---",  "<<",   "="})
    CHECK(yaml::scalar_text(word).front() == '"');
}

TEST_CASE("double_quoted escapes controls, C1, separators, bidi and invisible characters") {
  CHECK(yaml::double_quoted("a\tb\nc\rd") == "\"a\\tb\\nc\\rd\"");
  CHECK(yaml::double_quoted("\x1b[2J\x07\x7f") == "\"\\x1b[2J\\x07\\x7f\"");
  CHECK(yaml::double_quoted("\u0085\u009b") == "\"\\u0085\\u009b\"");
  CHECK(yaml::double_quoted("\u2028\u2029") == "\"\\u2028\\u2029\"");
  CHECK(yaml::double_quoted("\u202egpj.exe") == "\"\\u202egpj.exe\"");
  CHECK(yaml::double_quoted("a\u00a0b\u200bc\ufeff") == "\"a\\u00a0b\\u200bc\\ufeff\"");
  CHECK(yaml::double_quoted("Ærø ☕ \U0001F600") == "\"Ærø ☕ \U0001F600\"");
  CHECK(yaml::double_quoted("bad\xff") == "\"bad\\ufffd\"");
}
