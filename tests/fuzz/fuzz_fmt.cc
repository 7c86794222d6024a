// libFuzzer target: `fmt` round trips.
//
// The input is one model file. When fmt formats it, the result must be
// UTF-8, format to itself (fmt of fmt's output changes nothing), and mean
// the same: it loads with the same diagnostics (rule and severity) and, when
// it has no errors, plans every scenario to the same JSON. Any crash,
// sanitizer report, leak, timeout or difference is a bug.
#include <opgavesnit/core/text.h>
#include <opgavesnit/edit/fmt.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/plan_json.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_input.h"

namespace {

using namespace opgavesnit;

/// What a load means: the diagnostics' rules and severities (as a sorted
/// multiset: fmt puts keys in the format's order, so diagnostics sorted by
/// position may come in another order), and the JSON of every scenario's
/// plan when there are no errors.
std::vector<std::string> meaning(const std::string& text) {
  std::vector<SourceInput> in{{"a.yaml", text}};
  LoadResult loaded = load_model(std::move(in), fuzz::fuzz_limits());
  std::vector<std::string> out;
  for (const Diagnostic& d : loaded.diagnostics.items())
    out.push_back(d.rule + (d.severity == Severity::error ? " error" : " other"));
  std::sort(out.begin(), out.end());
  if (loaded.diagnostics.has_errors()) return out;
  for (Id s = 0; s < loaded.model.scenarios.size() && s < 4; ++s) {
    Diagnostics diags;
    Plan plan = make_plan(loaded.model, s, diags);
    std::ostringstream json;
    if (!diags.has_errors()) write_plan_json(json, loaded.model, plan);
    out.push_back(json.str());
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics problems;
  std::string formatted;
  if (!format_model_file(text, 0, formatted, problems)) return 0;
  if (!is_valid_utf8(formatted)) std::abort();
  std::string again;
  Diagnostics problems2;
  if (!format_model_file(formatted, 0, again, problems2) || again != formatted) std::abort();
  if (meaning(text) != meaning(formatted)) std::abort();
  return 0;
}
