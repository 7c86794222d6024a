// `plan --format csv`: one table of the plan for a spreadsheet.
//
// RFC 4180: a header row, fields separated by `,`, records ended by CRLF, a
// field quoted (with `"` doubled) when it holds `,`, `"`, CR or LF. Numbers
// use `.` as the decimal point and no grouping, whatever the report
// language. A text cell whose first character a spreadsheet would take as
// the start of a formula (`=`, `+`, `-`, `@`, tab, CR) is neutralised by a
// leading `'`; numeric cells, which the engine writes itself, are not.
//
// The `excel-da` dialect is the same table as Danish Excel opens it on a
// double click: `;` between fields, `,` as the decimal mark, and a UTF-8
// byte-order mark first (without it Excel reads the file as Windows-1252).
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

/// How fields and numbers are written.
struct CsvDialect {
  char separator = ',';
  bool decimal_comma = false;
  bool bom = false;
  /// `;`, decimal commas and a byte-order mark: what Danish Excel expects.
  static CsvDialect excel_da() { return {';', true, true}; }
};

/// Reads a dialect name ("rfc4180" or "excel-da"). Returns false for
/// anything else.
bool parse_csv_dialect(std::string_view text, CsvDialect& out);

/// One text field as it goes into the file: neutralised when it starts like
/// a formula, then quoted when it holds `separator`, `"`, CR or LF.
std::string csv_text_cell(std::string_view text, char separator = ',');

/// Writes `table` of `plan` with its header row. The same plan always gives
/// the same bytes. Rows are in the order of the other reports
/// (municipalities by id, components by id within each).
void write_plan_csv(std::ostream& out, const Model& model, const Plan& plan, CsvTable table,
                    const CsvDialect& dialect = {});

}  // namespace opgavesnit
