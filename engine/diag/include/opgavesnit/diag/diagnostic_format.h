// Rendering diagnostics: clang-style text, JSON, SARIF 2.1.0 and JUnit XML.
//
// The renderers only read what the loader and the checks produced: the
// diagnostics and the files they point into (for source lines and carets).
// They never throw on odd input: control characters, bytes that are not
// UTF-8 and lines of any length are shown escaped or shortened.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/core/text.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

/// The forms `validate --format` offers.
enum class DiagnosticFormat { text, json, sarif, junit };

/// "text", "json", "sarif" or "junit" as the enum; nullopt for anything else.
std::optional<DiagnosticFormat> parse_diagnostic_format(std::string_view name);

/// Writes every diagnostic of `diags`, in their order, in `format`.
/// `files` are the model's files (`Model::files`), indexed by
/// `SourcePos::file`. With `werror`, warnings are written as errors (their
/// rule id is kept). `color` adds ANSI colours to the text form only.
/// The text form writes nothing for an empty list; the other forms always
/// write one complete document (junit: one test case per file, passing or
/// not). The text form does not write the summary (see summary_line).
void write_diagnostics(std::ostream& out, const std::vector<SourceFile>& files,
                       const Diagnostics& diags, DiagnosticFormat format, bool werror, bool color);

/// One diagnostic and its notes in the text form, each with its source line
/// and caret, every line ending in '\n'.
void write_text_diagnostic(std::ostream& out, const std::vector<SourceFile>& files,
                           const Diagnostic& diag, bool werror, bool color);

/// "path:line:col" (1-based, path with control characters escaped), or
/// "opgavesnit" for a position outside any file (file == kNoId or out of
/// range).
std::string format_position(const std::vector<SourceFile>& files, const SourcePos& pos);

/// The source line `pos` points into and a caret line under its column,
/// without line ends: tabs are kept (so the caret lines up), other control
/// characters and bytes that are not UTF-8 are escaped (`<U+001B>`,
/// `<FF>`), and a line longer than 120 bytes is shown as a window of at most
/// 120 bytes around the column, marked with "...", never splitting a UTF-8
/// sequence. Both strings are empty when the position has no source line to
/// show (no file, a line past the end, an empty file).
struct SourceExcerpt {
  std::string line;
  std::string caret;
};
SourceExcerpt source_excerpt(const std::vector<SourceFile>& files, const SourcePos& pos);

/// `text` with control characters (tab included), DEL, C1 controls, bidi
/// controls and bytes that are not UTF-8 escaped as in source_excerpt; for
/// file names and messages on one terminal line. The same as terminal_text()
/// of <opgavesnit/core/text.h>, kept under this name for existing callers.
std::string escape_for_terminal(std::string_view text);

/// "2 errors, 1 warning generated." (with werror, warnings count as errors);
/// "" when there is neither. No line end.
std::string summary_line(const Diagnostics& diags, bool werror);

/// The one-line summary of a rule id (rules.def: SARIF's shortDescription), or
/// "" for an id that is not known.
std::string_view rule_description(std::string_view rule);

}  // namespace opgavesnit
