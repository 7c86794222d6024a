#include "support/loader_fixture.h"

#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/plan/plan.h>

#include <sstream>

namespace opgavesnit::testing {

/// Every diagnostic of `r` as `validate --format text` writes it.
std::string render(const LoadResult& r) {
  std::ostringstream out;
  write_diagnostics(out, r.model.files, r.diagnostics, DiagnosticFormat::text, /*werror=*/false,
                    /*color=*/false);
  return out.str();
}

/// The diagnostics of one file "m.yaml".
std::string diags_of(const std::string& text, const LoadLimits& limits) {
  return render(load_model({SourceInput{"m.yaml", text}}, limits));
}

/// The diagnostics of several files, loaded in the order given.
std::string diags_of_files(std::vector<SourceInput> files) {
  return render(load_model(std::move(files)));
}

// The lines are numbered: the tests name positions in it.
const char* const kBase =
    "opgavesnit: 1\n"                                               // 1
    "region:\n"                                                     // 2
    "  id: midtjylland\n"                                           // 3
    "  hourly_cost: 700\n"                                          // 4
    "tasks:\n"                                                      // 5
    "  - id: operation\n"                                           // 6
    "  - id: patching\n"                                            // 7
    "component_types:\n"                                            // 8
    "  - id: dc\n"                                                  // 9
    "    category: facility\n"                                      // 10
    "    tasks:\n"                                                  // 11
    "      - {task: operation, hours: 100}\n"                       // 12
    "  - id: vm\n"                                                  // 13
    "    category: server\n"                                        // 14
    "    tasks:\n"                                                  // 15
    "      - {task: operation, hours: 120, foundation: true}\n"     // 16
    "      - {task: patching, hours: 16, requires: [operation]}\n"  // 17
    "service_levels:\n"                                             // 18
    "  - id: basis\n"                                               // 19
    "    price: {hourly_rate: 850}\n"                               // 20
    "    includes:\n"                                               // 21
    "      - categories: [facility]\n"                              // 22
    "  - id: standard\n"                                            // 23
    "    extends: basis\n"                                          // 24
    "    price: {hourly_rate: 820, base_fee: 150000}\n"             // 25
    "    includes:\n"                                               // 26
    "      - categories: [server]\n"                                // 27
    "municipalities:\n"                                             // 28
    "  - id: norddjurs\n"                                           // 29
    "    population: 38035\n"                                       // 30
    "    components:\n"                                             // 31
    "      - id: dc-grenaa\n"                                       // 32
    "        type: dc\n"                                            // 33
    "      - id: vmw\n"                                             // 34
    "        type: vm\n"                                            // 35
    "        depends_on: [dc-grenaa]\n"                             // 36
    "  - id: syddjurs\n"                                            // 37
    "    population: 43000\n"                                       // 38
    "    components:\n"                                             // 39
    "      - id: dc\n"                                              // 40
    "        type: dc\n"                                            // 41
    "scenarios:\n"                                                  // 42
    "  - id: alle\n"                                                // 43
    "    default_level: standard\n";                                // 44

/// The diagnostics of "m.yaml" loaded after the valid "base.yaml".
std::string diags_with_base(const std::string& text) {
  return diags_of_files({{"base.yaml", kBase}, {"m.yaml", text}});
}

/// Loads base.yaml (+ m.yaml when given) and requires no diagnostics.
Model load_ok(const std::string& text, bool with_base) {
  std::vector<SourceInput> files;
  if (with_base) files.push_back({"base.yaml", kBase});
  files.push_back({"m.yaml", text});
  LoadResult r = load_model(std::move(files));
  INFO(render(r));
  REQUIRE(r.diagnostics.empty());
  return std::move(r.model);
}

/// Loads and runs the planner checks of `validate` (conflict,
/// unsplittable-cost).
std::string validate_of(const std::string& text) {
  LoadResult r = load_model_from_string(text, "m.yaml");
  INFO(render(r));
  REQUIRE(!r.diagnostics.has_errors());
  check_scenarios(r.model, r.diagnostics);
  r.diagnostics.sort();
  return render(r);
}

const Component& component(const Model& m, const std::string& qualified) {
  const Id c = m.find_component(qualified);
  REQUIRE(c != kNoId);
  return m.components[c];
}

}  // namespace opgavesnit::testing
