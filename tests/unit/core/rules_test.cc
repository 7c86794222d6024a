#include <doctest/doctest.h>
#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/rules.h>

#include <cctype>
#include <set>
#include <string>

using namespace opgavesnit;

TEST_CASE("rules: ids are unique, lower-case words joined by '-', and described") {
  std::set<std::string_view> seen;
  for (const RuleInfo& r : kRules) {
    CAPTURE(r.id);
    CHECK(seen.insert(r.id).second);
    REQUIRE(!r.id.empty());
    CHECK(r.id.front() != '-');
    CHECK(r.id.back() != '-');
    for (char c : r.id) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'));
    // A note-level rule is a remark: only those that say so.
    if (r.severity == Severity::note) CHECK(r.id == "dependency-cycle");
    REQUIRE(!r.summary.empty());
    REQUIRE(!r.description.empty());
    CHECK(r.summary != r.id);
    CHECK(r.summary.back() != '.');
    CHECK(r.description.back() != '.');
    CHECK(r.description.find('|') == std::string_view::npos);  // a Markdown table cell
  }
}

TEST_CASE("rules: the enum, the table and the look-up agree") {
  for (std::size_t i = 0; i < kRuleCount; ++i) {
    const auto r = find_rule(kRules[i].id);
    REQUIRE(r.has_value());
    CHECK(static_cast<std::size_t>(*r) == i);
    CHECK(RuleId(*r).id() == kRules[i].id);
  }
  CHECK_FALSE(find_rule("unknown-tpye").has_value());
  CHECK_FALSE(find_rule("").has_value());
  static_assert(RuleId("unknown-type").rule() == DiagRule::unknown_type);
  static_assert(rule_info(DiagRule::conflict).severity == Severity::warning);
  static_assert(rule_info(DiagRule::dependency_cycle).severity == Severity::note);
}

TEST_CASE("rules: a diagnostic carries its rule's id") {
  Diagnostics d;
  d.error("unknown-type", {}, "no type 'x'");
  d.warning(DiagRule::conflict, {}, "a conflict");
  d.remark("dependency-cycle", {}, "a cycle");
  d.note({}, "attached to the remark");
  REQUIRE(d.items().size() == 3);
  CHECK(d.items()[2].severity == Severity::note);
  CHECK(d.items()[2].notes.size() == 1);
  CHECK(d.warning_count() == 1);
  CHECK(d.error_count() == 1);
  CHECK(d.items()[0].rule == "unknown-type");
  CHECK(d.items()[1].rule == "conflict");
}
