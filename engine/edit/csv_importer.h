// The importer of `import csv`: the components it reads from the rows of
// a CSV table, as a mapping file says, and the municipality file it
// writes. Its steps over the whole table are in csv_import.cc, the reading
// of one row's cells in csv_import_row.cc. Private to the edit library.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/edit/csv_import.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "csv_mapping.h"
#include "csv_reader.h"
#include "csv_values.h"

namespace opgavesnit::csv_import {

constexpr Id kMappingFile = 0;
constexpr Id kCsvFile = 1;

/// One cell, trimmed, with the place of its first character.
struct Cell {
  std::string text;
  SourcePos pos;
  bool present = false;  ///< the column is mapped (the cell may still be empty)
};

struct Dependency {
  std::string target;  ///< bare id, or a qualified id of another municipality
  bool bare = true;
  bool interface = false;
  SourcePos pos;
};

/// One component as read from a row.
struct Row {
  std::uint32_t number = 0;
  std::string id, name, type, site, pin, reason;
  SourcePos id_pos;
  std::int64_t quantity = 1;
  std::optional<std::int64_t> annual_cost, book_value;  // hundredths
  std::vector<std::string> tags;
  std::vector<Dependency> depends_on;
};

/// One import: the table read as the mapping says, then written as a
/// municipality file.
class Importer {
 public:
  Importer(const CsvMapping& mapping, const CsvTable& table, const ImportOptions& options,
           Diagnostics& diags)
      : m_(mapping), table_(table), options_(options), diags_(diags) {}

  /// Resolves the mapping's columns against the header; false on a problem.
  bool resolve_columns();

  /// Reads every data row, reporting each problem.
  void read_rows();

  /// Checks the dependencies against the imported ids.
  void check_dependencies();

  /// The municipality file.
  std::string yaml(const std::string& csv_name, const std::string& mapping_name) const;

  std::size_t row_count() const { return rows_.size(); }

 private:
  static std::size_t field(CsvFieldKind f) { return static_cast<std::size_t>(f); }

  static std::string trim(const std::string& s);
  std::string list_headers() const;

  const std::string& column_name(CsvFieldKind f) const { return m_.columns[field(f)]->text; }

  Cell cell(const CsvRecord& rec, CsvFieldKind f) const;

  /// Moves `pos` (the start of `text` in the file) to `text[offset]`.
  static void offset_pos(SourcePos& pos, const std::string& text, std::size_t offset);

  std::string where(const CsvRecord& rec, CsvFieldKind f) const;

  /// The cell's value after `values` and `defaults`; `from_cell` tells
  /// whether it came from the file (for positions and messages).
  std::string value(const Cell& c, CsvFieldKind f, bool& from_cell) const;

  char decimal_mark() const;

  /// Reads a number cell (or its default) in hundredths (`decimals` 2) or
  /// units (0). False after reporting a problem.
  bool number(const CsvRecord& rec, CsvFieldKind f, int decimals, std::optional<std::int64_t>& out);

  /// An id from a cell or a reference, normalised when the mapping asks.
  std::string id_of(const std::string& s) const { return m_.normalize_ids ? normalize_id(s) : s; }

  bool read_row(const CsvRecord& rec, Row& row);

  void read_tags(const CsvRecord& rec, Row& row);

  /// The cell's format: references separated by ',', ';', spaces or line
  /// breaks, each `id`, `municipality/id`, and optionally `(interface)` or
  /// `(hard)` after it.
  void read_dependencies(const CsvRecord& rec, Row& row);

  const CsvMapping& m_;
  const CsvTable& table_;
  const ImportOptions& options_;
  Diagnostics& diags_;
  std::vector<std::string> headers_;
  std::array<std::optional<std::size_t>, kCsvFieldCount> index_{};
  std::vector<Row> rows_;
  std::unordered_map<std::string, std::pair<std::uint32_t, SourcePos>> first_row_;
};

}  // namespace opgavesnit::csv_import
