// `plan --format csv`: one table of the plan for a spreadsheet.
//
// RFC 4180: a header row, fields separated by `,`, records ended by CRLF, a
// field quoted (with `"` doubled) when it holds `,`, `"`, CR or LF. Numbers
// use `.` as the decimal point and no grouping, whatever the report
// language. A text cell whose first character a spreadsheet would take as
// the start of a formula (`=`, `+`, `-`, `@`, tab, CR) is neutralised by a
// leading `'`; numeric cells, which the engine writes itself, are not.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <ostream>
#include <string>
#include <string_view>

namespace opgavesnit {

/// The tables `--table` chooses between.
enum class CsvTable : std::uint8_t {
  components,
  interfaces,
  municipalities,
  matrix,
  budget,
  ownership
};

/// Reads a table name ("components", ...). Returns false for anything else.
bool parse_csv_table(std::string_view text, CsvTable& out);

/// "components|interfaces|municipalities|matrix", for messages.
const char* csv_table_names();

/// One text field as it goes into the file: neutralised when it starts like
/// a formula, then quoted when it must be.
std::string csv_text_cell(std::string_view text);

/// Writes `table` of `plan` with its header row. The same plan always gives
/// the same bytes. Rows are in the order of the other reports
/// (municipalities by id, components by id within each).
void write_plan_csv(std::ostream& out, const Model& model, const Plan& plan, CsvTable table);

}  // namespace opgavesnit
