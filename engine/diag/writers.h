// The pieces the diagnostic renderers share, private to opgavesnit::diag:
// the one source-line index and excerpt (source_lines.cc) and one writer per
// form (text.cc, json.cc, sarif.cc, junit.cc). diagnostic_format.cc picks
// the writer.
#pragma once

#include <opgavesnit/diag/diagnostic_format.h>

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit::diag {

constexpr std::string_view kToolName = "opgavesnit";

/// Finds lines of the model's files without a full line table: one
/// checkpoint every kStride lines (a 50 MB file of newlines costs little),
/// plus the last line found (many diagnostics on one long line cost little).
/// Every renderer that shows or counts in a source line goes through it.
class SourceLines {
 public:
  explicit SourceLines(const std::vector<SourceFile>& files) : files_(files) {}

  const SourceFile* file(const SourcePos& pos) const {
    return pos.file < files_.size() ? &files_[pos.file] : nullptr;
  }

  /// The text of line `pos.line` of `pos.file` without its line end, or
  /// nullopt when there is no such line.
  std::optional<std::string_view> line(const SourcePos& pos);

 private:
  static constexpr std::size_t kStride = 256;

  struct Index {
    std::vector<std::size_t> checkpoints;  ///< byte offset of lines 0, kStride, 2*kStride, ...
    std::size_t last_line = static_cast<std::size_t>(-1);
    std::size_t last_begin = 0;
    std::size_t last_end = 0;
  };

  Index& index_for(Id file);

  const std::vector<SourceFile>& files_;
  std::map<Id, Index> indexes_;
};

/// The source line and caret of `pos` (see source_excerpt()).
SourceExcerpt excerpt(SourceLines& lines, const SourcePos& pos);

/// "path:line:col", or the tool's name outside any file (see format_position()).
std::string position_text(SourceLines& lines, const SourcePos& pos);

/// A warning shown as an error under --werror.
inline Severity shown_severity(Severity s, bool werror) {
  return werror && s == Severity::warning ? Severity::error : s;
}

/// `v` as `digits` upper-case hex digits.
std::string hex(std::uint32_t v, int digits);

/// One diagnostic and its notes, clang style (text.cc).
void write_text_diag(std::ostream& out, SourceLines& lines, const Diagnostic& d, bool werror,
                     bool color);
void write_json(std::ostream& out, SourceLines& lines, const Diagnostics& diags, bool werror);
void write_sarif(std::ostream& out, SourceLines& lines, const std::vector<SourceFile>& files,
                 const Diagnostics& diags, bool werror);
void write_junit(std::ostream& out, SourceLines& lines, const std::vector<SourceFile>& files,
                 const Diagnostics& diags, bool werror);

}  // namespace opgavesnit::diag
