// libFuzzer target: the loader and the diagnostic renderers.
//
// The input is one or more model files (see fuzz_input.h); the target loads
// them and renders the diagnostics in every form. Any crash, sanitizer
// report, leak or timeout is a bug.
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/load/loader.h>

#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace opgavesnit;
  LoadResult loaded = load_model(fuzz::split_files(data, size), fuzz::fuzz_limits());
  for (DiagnosticFormat format : {DiagnosticFormat::text, DiagnosticFormat::json,
                                  DiagnosticFormat::sarif, DiagnosticFormat::junit}) {
    std::ostringstream out;
    write_diagnostics(out, loaded.model.files, loaded.diagnostics, format, size % 2 == 0,
                      size % 3 == 0);
  }
  (void)summary_line(loaded.diagnostics, false);
  return 0;
}
