// Loads a model given as text through the installed engine, plans its
// scenario and prints a line about it: the smallest real use of the library.
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>

#include <iostream>

int main() {
  const char* text =
      "opgavesnit: 1\n"
      "region: { hourly_cost: 600 }\n"
      "tasks: [{ id: drift }]\n"
      "component_types: [{ id: switch, category: net, tasks: [{ task: drift, hours: 4 }] }]\n"
      "service_levels: [{ id: basis, price: { hourly_rate: 650 }, includes: [{ categories: [net] "
      "}] }]\n"
      "municipalities:\n"
      "  - id: samsoe\n"
      "    components: [{ id: core, type: switch, quantity: 2 }]\n"
      "scenarios: [{ id: alle, default_level: basis }]\n";
  opgavesnit::LoadResult loaded = opgavesnit::load_model_from_string(text);
  if (loaded.diagnostics.has_errors()) {
    std::cerr << "consumer: the model did not load\n";
    return 1;
  }
  opgavesnit::Diagnostics diags;
  opgavesnit::Plan plan = opgavesnit::make_plan(loaded.model, 0, diags);
  std::cout << "consumer: " << loaded.model.components.size() << " component(s), scenario '"
            << plan.scenario_id << "' " << (plan.consistent ? "consistent" : "inconsistent")
            << "\n";
  return diags.has_errors() || !plan.consistent ? 1 : 0;
}
