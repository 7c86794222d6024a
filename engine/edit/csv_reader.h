// Reading CSV text (RFC 4180, as spreadsheets and CMDB exports write it)
// into records of fields that remember where they stood in the file.
#pragma once

#include <opgavesnit/core/diagnostics.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

/// One field: its text (quotes removed, doubled quotes undoubled, line
/// ends inside quotes kept as written) and where it starts in the file.
struct CsvField {
  std::string text;
  std::uint32_t line = 0;    ///< 0-based
  std::uint32_t column = 0;  ///< 0-based, in bytes
  bool quoted = false;
};

/// One record (a row of the spreadsheet). A quoted field may span lines,
/// so a record's `line` is the line it starts on; `number` counts records
/// from 1 (the header is record 1), as a spreadsheet numbers its rows.
struct CsvRecord {
  std::vector<CsvField> fields;
  std::uint32_t line = 0;    ///< 0-based
  std::uint32_t number = 0;  ///< 1-based row number
};

/// The records of one file, the header first, blank lines left out.
struct CsvTable {
  char separator = ',';
  std::vector<CsvRecord> records;
};

/// The separator a header line suggests: the most frequent of ';', ',' and
/// tab outside quotes in the first record; ';' on a tie (Danish Excel), ','
/// when there is none.
char detect_csv_separator(std::string_view text);

/// Splits `text` (UTF-8, byte-order mark removed) into records. Accepts LF,
/// CRLF and CR line ends, quoted fields with separators, line ends and
/// doubled quotes inside, and a quote inside an unquoted field (taken
/// literally, as spreadsheets read `12" rack`). A line that is empty or
/// holds only separators is skipped. Problems (an unclosed quote, text after
/// a closing quote) are errors in `diags` at file `file`; returns false
/// when there were any. `separator` 0 means detect it.
bool read_csv(std::string_view text, char separator, Id file, CsvTable& out, Diagnostics& diags);

/// `text` read as Windows-1252 (what Excel's plain "CSV" writes on a
/// Danish Windows), converted to UTF-8. The five bytes that code page
/// leaves undefined become U+FFFD.
std::string windows1252_to_utf8(std::string_view text);

}  // namespace opgavesnit
