// Picks the writer of each form; the writers are one file each (text.cc,
// json.cc, sarif.cc, junit.cc) over one source-line index (source_lines.cc).
#include "writers.h"

namespace opgavesnit {

std::optional<DiagnosticFormat> parse_diagnostic_format(std::string_view name) {
  if (name == "text") return DiagnosticFormat::text;
  if (name == "json") return DiagnosticFormat::json;
  if (name == "sarif") return DiagnosticFormat::sarif;
  if (name == "junit") return DiagnosticFormat::junit;
  return std::nullopt;
}

void write_diagnostics(std::ostream& out, const std::vector<SourceFile>& files,
                       const Diagnostics& diags, DiagnosticFormat format, bool werror, bool color) {
  diag::SourceLines lines(files);
  switch (format) {
    case DiagnosticFormat::text:
      for (const Diagnostic& d : diags.items()) diag::write_text_diag(out, lines, d, werror, color);
      return;
    case DiagnosticFormat::json:
      diag::write_json(out, lines, diags, werror);
      return;
    case DiagnosticFormat::sarif:
      diag::write_sarif(out, lines, files, diags, werror);
      return;
    case DiagnosticFormat::junit:
      diag::write_junit(out, lines, files, diags, werror);
      return;
  }
}

std::string_view rule_description(std::string_view rule) {
  const std::optional<DiagRule> r = find_rule(rule);
  return r ? rule_info(*r).summary : std::string_view();
}

}  // namespace opgavesnit
