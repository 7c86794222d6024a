// opgavesnit validate MODEL... [--format text|json|sarif|junit] [--werror]
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <memory>

#include "commands.h"
#include "common.h"
#include "diagnostic_format.h"
#include "plan.h"

namespace opgavesnit::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool werror = false;
  std::string output;
};

int run_validate(const ValidateOptions& opt) {
  LoadResult loaded;
  if (int status = load(opt.paths, loaded); status != kExitOk) return status;
  Diagnostics diags = loaded.diagnostics;
  // semantics.md §9: a model without errors also has every scenario planned.
  if (!diags.has_errors()) {
    check_scenarios(loaded.model, diags);
    diags.sort();
  }
  bool failed = diags.has_errors() || (opt.werror && diags.warning_count() > 0);
  if (opt.format == "text") {
    print_diagnostics(loaded, diags, opt.werror);
    if (!failed) {
      const Model& m = loaded.model;
      std::string summary =
          fmt::format("{}: {} file{}, {} municipalit{}, {} component{}, {} scenario{}: ok\n",
                      opt.paths.size() == 1 ? opt.paths[0] : "model", m.files.size(),
                      m.files.size() == 1 ? "" : "s", m.municipalities.size(),
                      m.municipalities.size() == 1 ? "y" : "ies", m.components.size(),
                      m.components.size() == 1 ? "" : "s", m.scenarios.size(),
                      m.scenarios.size() == 1 ? "" : "s");
      if (int status = write_output(opt.output, summary); status != kExitOk) return status;
    }
  } else {
    std::ostringstream out;
    write_diagnostics(out, loaded.model.files, diags, *parse_diagnostic_format(opt.format),
                      opt.werror, false);
    if (int status = write_output(opt.output, out.str()); status != kExitOk) return status;
  }
  return failed ? kExitModel : kExitOk;
}

}  // namespace

void add_validate(CLI::App& app, int& status) {
  auto opt = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate",
      "Load and check model files; print every problem.\n"
      "Also plans every scenario, so a scenario that cannot be planned is an error\n"
      "and a conflict in a strict scenario a warning.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required();
  cmd->add_option("--format,-f", opt->format, "Output form of the diagnostics")
      ->check(CLI::IsMember({"text", "json", "sarif", "junit"}))
      ->capture_default_str();
  cmd->add_flag("--werror", opt->werror, "Treat warnings as errors");
  cmd->add_option("-o,--output", opt->output,
                  "Write the report (json, sarif, junit) to FILE instead of standard output");
  cmd->footer(
      "Exit status: 0 the model is valid; 1 it has errors (or warnings, with --werror);\n"
      "2 wrong usage or a file that cannot be read.\n\n"
      "Examples:\n"
      "  opgavesnit validate models/midtjylland\n"
      "  opgavesnit validate --werror --format sarif -o opgavesnit.sarif models");
  cmd->callback([opt, &status] { status = run_validate(*opt); });
}

}  // namespace opgavesnit::cli
