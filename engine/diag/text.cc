// The text form: clang-style lines with the source line and a caret.
#include <opgavesnit/core/text.h>

#include <utility>

#include "writers.h"

namespace opgavesnit::diag {

namespace {

/// Longest message shown in the text form (a key of 50 MB stays readable).
constexpr std::size_t kMaxShownMessage = 1000;

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[1;31m";
constexpr const char* kMagenta = "\x1b[1;35m";
constexpr const char* kCyan = "\x1b[1;36m";
constexpr const char* kGreen = "\x1b[1;32m";

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::error:
      return kRed;
    case Severity::warning:
      return kMagenta;
    case Severity::note:
      return kCyan;
  }
  return kRed;
}

void write_text_one(std::ostream& out, SourceLines& lines, Severity severity, std::string_view rule,
                    std::string_view message, const SourcePos& pos, bool color) {
  std::string head = position_text(lines, pos) + ": ";
  std::string text = terminal_text(shorten_utf8(message, kMaxShownMessage));
  if (!rule.empty()) text += " [" + terminal_text(rule) + "]";
  if (color) {
    out << kBold << head << kReset << severity_color(severity) << to_string(severity) << ": "
        << kReset << kBold << text << kReset << '\n';
  } else {
    out << head << to_string(severity) << ": " << text << '\n';
  }
  const SourceExcerpt ex = excerpt(lines, pos);
  if (ex.caret.empty()) return;
  out << ex.line << '\n';
  if (color) {
    // Colour only the caret, so that the tabs before it still line up.
    std::string_view caret = ex.caret;
    caret.remove_suffix(1);
    out << caret << kGreen << '^' << kReset << '\n';
  } else {
    out << ex.caret << '\n';
  }
}

}  // namespace

void write_text_diag(std::ostream& out, SourceLines& lines, const Diagnostic& d, bool werror,
                     bool color) {
  write_text_one(out, lines, shown_severity(d.severity, werror), d.rule, d.message, d.pos, color);
  for (const DiagnosticNote& n : d.notes)
    write_text_one(out, lines, Severity::note, "", n.message, n.pos, color);
}

}  // namespace opgavesnit::diag

namespace opgavesnit {

void write_text_diagnostic(std::ostream& out, const std::vector<SourceFile>& files,
                           const Diagnostic& diag, bool werror, bool color) {
  diag::SourceLines lines(files);
  diag::write_text_diag(out, lines, diag, werror, color);
}

std::string escape_for_terminal(std::string_view text) { return terminal_text(text); }

std::string summary_line(const Diagnostics& diags, bool werror) {
  std::size_t errors = diags.error_count();
  std::size_t warnings = diags.warning_count();
  if (werror) errors += std::exchange(warnings, 0);
  auto count = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  std::string s;
  if (errors > 0) s = count(errors, "error");
  if (warnings > 0) s += (s.empty() ? "" : ", ") + count(warnings, "warning");
  return s.empty() ? s : s + " generated.";
}

}  // namespace opgavesnit
