// Building blocks of the Markdown reports (plan, compare, levels):
// escaping model text and writing GitHub-flavoured pipe tables.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

/// `text` (from the model: a name, an SLA value) made safe to paste
/// anywhere in a Markdown document, a table cell included: every ASCII
/// punctuation character that Markdown or an HTML renderer could read as
/// markup (\ ` * _ [ ] < > | # ~ & ! { }) gets a backslash, and line
/// breaks become spaces. UTF-8 passes through.
std::string md_escape(std::string_view text);

/// An id as inline code (`samsoe/core`). Ids never hold a backtick; text
/// that does is escaped instead.
std::string md_code(std::string_view id);

/// A pipe table: a header row, a delimiter row with each column's
/// alignment, then the rows. Cells are written as given: escape model text
/// with md_escape first.
class MdTable {
 public:
  enum class Align { left, right };
  /// Adds a column.
  void column(std::string header, Align align = Align::left);
  /// Adds a row; missing cells are empty, extra cells are dropped.
  void row(std::vector<std::string> cells);
  /// Writes the table followed by an empty line.
  void write(std::ostream& out) const;
  bool empty() const { return rows_.empty(); }

 private:
  std::vector<std::string> headers_;
  std::vector<Align> aligns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace opgavesnit
