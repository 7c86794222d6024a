// opgavesnit plan MODEL [--scenario ID] [--format text|json] [-o FILE]
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "commands.h"
#include "common.h"
#include "plan.h"
#include "plan_json.h"
#include "plan_text.h"

namespace opgavesnit::cli {

namespace {

struct PlanOptions {
  std::vector<std::string> paths;
  std::string scenario;
  std::string format = "text";
  std::string output;
};

int run_plan(const PlanOptions& opt) {
  LoadResult loaded;
  if (int status = load(opt.paths, loaded); status != kExitOk) return status;
  const Model& model = loaded.model;
  if (loaded.diagnostics.has_errors()) {
    print_diagnostics(loaded, loaded.diagnostics, false);
    return kExitModel;
  }
  print_diagnostics(loaded, loaded.diagnostics, false);  // warnings
  Id scenario = kNoId;
  if (int status = choose_scenario(model, opt.scenario, scenario); status != kExitOk) return status;
  Diagnostics diags;
  Plan plan = make_plan(model, scenario, diags);
  if (diags.has_errors()) {
    print_diagnostics(loaded, diags, false);
    return kExitModel;
  }
  std::ostringstream out;
  if (opt.format == "json")
    write_plan_json(out, model, plan);
  else
    write_plan_text(out, model, plan);
  // Moving the text out of the stream saves a copy of a large plan.
  if (int status = write_output(opt.output, std::move(out).str()); status != kExitOk) return status;
  if (!plan.consistent) {
    print_error(fmt::format("scenario '{}' is inconsistent: retained components are needed by the "
                            "handover (see the conflicts); use 'conflicts: drop' or change the pins",
                            plan.scenario_id));
    return kExitModel;
  }
  return kExitOk;
}

}  // namespace

void add_plan(CLI::App& app, int& status) {
  auto opt = std::make_shared<PlanOptions>();
  CLI::App* cmd = app.add_subcommand(
      "plan",
      "Compute the plan of one scenario: what is handed over, the interfaces,\n"
      "the waves and the economy, per municipality.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required();
  cmd->add_option("--scenario,-s", opt->scenario,
                  "Scenario id (may be left out when the model has exactly one)");
  cmd->add_option("--format,-f", opt->format, "Output form")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output, "Write to FILE (atomically) instead of standard output");
  cmd->footer(
      "Exit status: 0 a consistent plan; 1 model errors, or a strict scenario with conflicts\n"
      "(the plan is still printed); 2 wrong usage or a file that cannot be read or written.\n\n"
      "Examples:\n"
      "  opgavesnit plan models/midtjylland --scenario alle-standard\n"
      "  opgavesnit plan models/midtjylland -s alle-standard --format json -o plan.json");
  cmd->callback([opt, &status] { status = run_plan(*opt); });
}

}  // namespace opgavesnit::cli
