// libFuzzer target: the whole validate + plan path.
//
// The input is one or more model files (see fuzz_input.h). When they load
// without errors, the target runs the checks of `validate` and plans every
// scenario, rendering each plan as JSON and text and explaining a few
// components, as `plan` and `explain` would.
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/explain.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/explain_render.h>
#include <opgavesnit/report/plan_json.h>
#include <opgavesnit/report/plan_text.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace opgavesnit;
  LoadResult loaded = load_model(fuzz::split_files(data, size), fuzz::fuzz_limits());
  if (loaded.diagnostics.has_errors()) return 0;
  const Model& model = loaded.model;
  Diagnostics checks;
  check_scenarios(model, checks);
  for (Id s = 0; s < model.scenarios.size(); ++s) {
    Diagnostics diags;
    Plan plan = make_plan(model, s, diags);
    if (diags.has_errors()) continue;
    std::ostringstream json, text;
    write_plan_json(json, model, plan);
    write_plan_text(text, model, plan);
    std::size_t n = std::min<std::size_t>(model.components.size(), 4);
    for (Id c = 0; c < n; ++c) {
      const Explanation ex = explain(model, plan, c);
      text << explain_text(model, plan, ex, Lang::da);
      write_explain_json(json, model, plan, ex);
    }
  }
  return 0;
}
