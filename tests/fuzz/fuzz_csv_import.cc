// libFuzzer target: `import csv`, the CSV reader and the mapping file.
//
// The input is a mapping file and a CSV file joined by a line `#%%file`
// (fuzz_input.h): the first part is the mapping, the second the CSV (an
// input without a separator is a CSV read with an empty mapping). The
// target imports them and renders the diagnostics; when the import
// succeeds, its municipality file must be UTF-8 and load without a YAML
// error. Any crash, sanitizer report, leak or timeout is a bug.
#include <opgavesnit/core/text.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/edit/csv_import.h>
#include <opgavesnit/load/loader.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace opgavesnit;
  std::vector<SourceInput> parts = fuzz::split_files(data, size);
  SourceInput mapping{"mapping.yaml", parts.size() > 1 ? parts[0].text : std::string()};
  SourceInput csv{"inventar.csv", parts.size() > 1 ? parts[1].text : parts[0].text};
  ImportOptions options;
  options.municipality = "norddjurs";
  options.name = size % 2 ? "Norddjurs Kommune" : "";
  ImportResult result = import_csv(std::move(csv), std::move(mapping), options);
  std::ostringstream out;
  write_diagnostics(out, result.files, result.diagnostics, DiagnosticFormat::text, false, false);
  if (!result.yaml.empty()) {
    if (!is_valid_utf8(result.yaml)) std::abort();
    LoadResult loaded = load_model_from_string(result.yaml, "norddjurs.yaml");
    for (const Diagnostic& d : loaded.diagnostics.items())
      if (d.rule == "yaml-syntax" || d.rule == "encoding") std::abort();
  }
  return 0;
}
