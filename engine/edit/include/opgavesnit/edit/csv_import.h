// Importing an inventory from CSV (a spreadsheet or CMDB export, one row
// per component) into a municipality file of the model format.
//
// A mapping file (YAML, docs/import.md) says which column holds each field
// of a component, how the export writes numbers and which values to
// translate. Every problem is a located diagnostic (the CSV's row and
// column, or the mapping's key); the output exists only when there is none.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/load/loader.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace opgavesnit {

/// What the command line says about the municipality the rows belong to.
struct ImportOptions {
  std::string municipality;                ///< its id (required)
  std::string name;                        ///< written as `name` when not empty
  std::optional<std::int64_t> code;        ///< official municipality code
  std::optional<std::int64_t> population;  ///< number of inhabitants
};

/// The outcome. `files` holds the mapping (index 0) and the CSV (index 1)
/// as read (the CSV converted to UTF-8), for rendering the diagnostics.
/// `yaml` is the municipality file, set only when there are no errors.
struct ImportResult {
  std::vector<SourceFile> files;
  Diagnostics diagnostics;
  std::string yaml;
  std::size_t components = 0;  ///< rows imported
};

/// Imports `csv` (its text as read from disk) according to `mapping` (the
/// mapping file's text). Never throws; an empty `yaml` means failure, and
/// then `diagnostics` holds at least one error.
ImportResult import_csv(SourceInput csv, SourceInput mapping, const ImportOptions& options);

}  // namespace opgavesnit
