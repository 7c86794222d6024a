// The mapping file of `import csv`: which CSV column holds each field of a
// component, how the export writes numbers, and which values to translate.
// The format is in docs/import.md.
#pragma once

#include <opgavesnit/core/diagnostics.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

/// The fields of a component that a CSV column can fill, in the order the
/// import writes them.
enum class CsvFieldKind : std::uint8_t {
  id,
  name,
  type,
  quantity,
  site,
  tags,
  annual_cost,
  book_value,
  pin,
  reason,
  depends_on,
};
inline constexpr std::size_t kCsvFieldCount = 11;

/// The field's key in the mapping (and in the model format): "annual_cost".
std::string_view to_string(CsvFieldKind field);

/// How numbers are written in the export.
enum class DecimalMark : std::uint8_t {
  automatic,  ///< comma when the separator is ';', else point
  comma,      ///< 1.234,50 (Danish)
  point,      ///< 1,234.50 or 1234.50
};

/// A text from the mapping with its place there.
struct MappedText {
  std::string text;
  SourcePos pos;
};

/// What a mapping file says, as read.
/// The municipality's own settings, written into the imported file so that
/// they survive a re-import (the mapping's `municipality` section; the
/// command line's --name, --code and --population win over it).
struct MappedMunicipality {
  std::optional<std::string> name;
  std::optional<std::int64_t> code;
  std::optional<std::int64_t> population;
  std::optional<Cents> hourly_cost;  ///< øre
  std::vector<std::string> candidate_levels;
};

struct CsvMapping {
  char separator = 0;  ///< 0: detect from the header
  DecimalMark decimal = DecimalMark::automatic;
  bool windows1252 = false;    ///< `encoding: windows-1252`
  bool normalize_ids = false;  ///< make ids of CMDB keys ("SRV 01" -> "srv-01")
  /// The header of the column for each field; absent when not mapped.
  std::array<std::optional<MappedText>, kCsvFieldCount> columns;
  /// Per field: a cell's text (trimmed) -> the value to use instead.
  std::array<std::map<std::string, MappedText>, kCsvFieldCount> values;
  /// Per field: the value when the column is not mapped or the cell empty.
  std::array<std::optional<MappedText>, kCsvFieldCount> defaults;
  SourcePos columns_pos;  ///< the `columns` key (or the file start)
  MappedMunicipality municipality;
};

/// Reads a mapping file's text (file index `file`) into `out`. Every
/// problem is an error in `diags`; returns false when there was any.
bool read_csv_mapping(std::string& text, Id file, CsvMapping& out, Diagnostics& diags);

}  // namespace opgavesnit
