// opgavesnit explain MODEL --scenario ID COMPONENT
#include <fmt/format.h>
#include <opgavesnit/plan/explain.h>
#include <opgavesnit/plan/plan.h>

#include <memory>

#include "commands.h"
#include "common.h"

namespace opgavesnit::cli {

namespace {

struct ExplainOptions {
  std::vector<std::string> paths;
  std::string scenario;
  std::string component;
  bool warnings = false;
};

int run_explain(const ExplainOptions& opt) {
  LoadResult loaded;
  if (int status = load_checked(opt.paths, loaded, opt.warnings); status != kExitOk) return status;
  const Model& model = loaded.model;
  Id scenario = kNoId;
  if (int status = choose_scenario(model, opt.scenario, scenario); status != kExitOk) return status;
  Id component = model.find_component(opt.component);
  if (component == kNoId) {
    std::vector<std::string> candidates;
    for (const Component& c : model.components) candidates.push_back(c.qualified);
    std::string hint = spell_check(opt.component, candidates);
    print_error(fmt::format("no component '{}' (give it as 'municipality/component'){}",
                            opt.component,
                            hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    return kExitUsage;
  }
  Plan plan;
  if (int status = plan_scenario(loaded, opt.scenario, scenario, plan); status != kExitOk)
    return status;
  return write_output("", explain(model, plan, component));
}

}  // namespace

void add_explain(CLI::App& app, int& status) {
  auto opt = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "explain",
      "Why a component is, or is not, handed over in a scenario: the chain from\n"
      "a seed that pulled each task in, or what keeps it with its municipality.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required()->expected(1, -1);
  cmd->add_option("--scenario,-s", opt->scenario,
                  "Scenario id (may be left out when the model has exactly one)");
  cmd->add_option("--component,-c", opt->component,
                  "The component, as 'municipality/component' (or give it after MODEL)");
  cmd->add_flag("--warnings", opt->warnings,
                "Print every warning of the model (without it: one line that counts them)");
  cmd->footer(
      "Examples:\n"
      "  opgavesnit explain models/midtjylland --scenario alle-basis aarhus/vmw-prod\n"
      "  opgavesnit explain model.yaml -c norddjurs/scada-water");
  cmd->callback([opt, &status] {
    // The last positional is the component when --component is not given.
    if (opt->component.empty()) {
      if (opt->paths.size() < 2) {
        print_error("explain needs a COMPONENT ('municipality/component') after the MODEL");
        status = kExitUsage;
        return;
      }
      opt->component = opt->paths.back();
      opt->paths.pop_back();
    }
    status = run_explain(*opt);
  });
}

}  // namespace opgavesnit::cli
