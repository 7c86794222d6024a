// Diagnostics: what the loader, the checks and the planner say about a model.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/core/rules.h>

#include <string>
#include <vector>

namespace opgavesnit {

/// A second place that a diagnostic concerns (the other duplicate, the
/// start of a conflict's path).
struct DiagnosticNote {
  std::string message;
  SourcePos pos;
};

/// One problem. `rule` is a stable id such as "unknown-type", one of
/// rules.def; `message` starts lower-case and has no final period.
struct Diagnostic {
  Severity severity = Severity::error;
  std::string rule;
  std::string message;
  SourcePos pos;
  std::vector<DiagnosticNote> notes;
};

/// An ordered list of diagnostics with counting helpers.
class Diagnostics {
 public:
  /// `rule` is checked at compile time: error("unknown-tpye", ...) does not
  /// compile (rules.h).
  void error(RuleId rule, SourcePos pos, std::string message);
  void warning(RuleId rule, SourcePos pos, std::string message);
  /// Adds a note to the most recent diagnostic.
  void note(SourcePos pos, std::string message);
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  bool empty() const { return items_.empty(); }

  /// Orders by file, line, column, then rule and message (stable), so
  /// output does not depend on the order in which checks ran.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

const char* to_string(Severity s);
std::ostream& operator<<(std::ostream& os, Severity s);
/// "error [rule] message at file#0:3:7", for test failures.
std::ostream& operator<<(std::ostream& os, const Diagnostic& d);

/// The closest candidate to `word` by edit distance, or "" when none is
/// close enough to suggest (ninja's spellcheck).
std::string spell_check(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace opgavesnit
