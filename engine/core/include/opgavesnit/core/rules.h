// The table of diagnostic rule ids (rules.def) as constexpr data.
//
// A rule is named at a call site by its id text, `diags.error("unknown-type",
// pos, message)`: the text becomes a RuleId at compile time, so an id that
// is not in rules.def (a misspelling, a rule not yet added) does not
// compile. find_rule() is the look-up for the few ids that are computed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

// clang 14 miscompiles an immediate invocation inside a full-expression that
// has temporaries to destroy (`diags.error("id", pos, fmt::format(...))`):
// the strings are freed wrongly, which ASan reports as use-after-scope and
// bad frees. There the check is constexpr (done at run time, never failing,
// because the gcc build, which runs first in CI, checks every id at compile
// time); everywhere else it is consteval.
#if defined(__clang__) && __clang_major__ < 15
#define OPGAVESNIT_RULE_CHECK constexpr
#else
#define OPGAVESNIT_RULE_CHECK consteval
#endif

namespace opgavesnit {

enum class Severity { error, warning, note };

/// Which table of docs/diagnostics.md lists a rule.
enum class RuleGroup { model, fmt, import_csv, library };

/// Every rule, in the order of rules.def.
enum class DiagRule : std::uint16_t {
#define OPGAVESNIT_RULE(name, id, severity, group, summary, description) name,
#include <opgavesnit/core/rules.def>
#undef OPGAVESNIT_RULE
};

/// One entry of rules.def.
struct RuleInfo {
  std::string_view id;
  Severity severity;
  RuleGroup group;
  std::string_view summary;
  std::string_view description;
};

inline constexpr RuleInfo kRules[] = {
#define OPGAVESNIT_RULE(name, id, severity, group, summary, description) \
  {id, Severity::severity, RuleGroup::group, summary, description},
#include <opgavesnit/core/rules.def>
#undef OPGAVESNIT_RULE
};

inline constexpr std::size_t kRuleCount = sizeof(kRules) / sizeof(kRules[0]);

constexpr const RuleInfo& rule_info(DiagRule r) { return kRules[static_cast<std::size_t>(r)]; }

/// The rule whose id is `id`, or nullopt.
constexpr std::optional<DiagRule> find_rule(std::string_view id) {
  for (std::size_t i = 0; i < kRuleCount; ++i)
    if (kRules[i].id == id) return static_cast<DiagRule>(i);
  return std::nullopt;
}

/// A rule as a diagnostic names it. From a string literal only at compile
/// time: `RuleId("unknown-tpye")` is a compile error ("unknown rule id").
class RuleId {
 public:
  template <std::size_t N>
  OPGAVESNIT_RULE_CHECK RuleId(const char (&id)[N]) : rule_(checked(std::string_view(id, N - 1))) {}
  constexpr RuleId(DiagRule rule) : rule_(rule) {}

  constexpr DiagRule rule() const { return rule_; }
  constexpr std::string_view id() const { return rule_info(rule_).id; }

 private:
  static OPGAVESNIT_RULE_CHECK DiagRule checked(std::string_view id) {
    const std::optional<DiagRule> r = find_rule(id);
    if (!r) throw "unknown rule id: add it to engine/core/include/opgavesnit/core/rules.def";
    return *r;
  }

  DiagRule rule_;
};

}  // namespace opgavesnit
