// opgavesnit validate MODEL... [--format text|json|sarif|junit] [--werror]
#include <fmt/format.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/plan/plan.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "commands.h"
#include "common.h"
#include "limits.h"
#include "progress.h"

namespace opgavesnit::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool werror = false;
  std::string output;
};

/// Groups the arguments into models: each folder is a model of its own;
/// the files named directly form one model together.
std::vector<std::vector<std::string>> group_models(const std::vector<std::string>& paths) {
  std::vector<std::vector<std::string>> models;
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec))
      models.push_back({p});
    else
      files.push_back(p);
  }
  if (!files.empty()) models.push_back(std::move(files));
  return models;
}

std::string describe(const std::vector<std::string>& paths, const Model& m) {
  auto plural = [](std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  return fmt::format("{}: {}, {}, {}, {}: ok\n",
                     paths.size() == 1 ? escape_for_terminal(paths[0]) : "model",
                     plural(m.files.size(), "file", "files"),
                     plural(m.municipalities.size(), "municipality", "municipalities"),
                     plural(m.components.size(), "component", "components"),
                     plural(m.scenarios.size(), "scenario", "scenarios"));
}

int run_validate(const ValidateOptions& opt) {
  // All models' files and diagnostics, for one report.
  std::vector<SourceFile> files;
  Diagnostics all;
  std::string summaries;
  bool failed = false;
  for (const auto& paths : group_models(opt.paths)) {
    LoadResult loaded;
    if (int status = load(paths, loaded); status != kExitOk) return status;
    Diagnostics diags = loaded.diagnostics;
    // semantics.md §9: a model without errors also has every scenario planned.
    if (!diags.has_errors()) {
      ProgressPhase phase("planning the scenarios...");
      check_scenarios(loaded.model, diags, plan_limits());
      diags.sort();
    }
    bool model_failed = diags.has_errors() || (opt.werror && diags.warning_count() > 0);
    failed = failed || model_failed;
    if (!model_failed) summaries += describe(paths, loaded.model);
    const Id offset = static_cast<Id>(files.size());
    for (Diagnostic d : diags.items()) {
      if (d.pos.file != kNoId) d.pos.file += offset;
      for (auto& n : d.notes)
        if (n.pos.file != kNoId) n.pos.file += offset;
      all.add(std::move(d));
    }
    for (auto& f : loaded.model.files) files.push_back(std::move(f));
  }
  if (opt.format == "text") {
    if (!all.empty()) {
      write_diagnostics(std::cerr, files, all, DiagnosticFormat::text, opt.werror,
                        stderr_is_terminal());
      std::string summary = summary_line(all, opt.werror);
      if (!summary.empty()) std::cerr << summary << '\n';
    }
    if (int status = write_output(opt.output, summaries); status != kExitOk) return status;
  } else {
    std::ostringstream out;
    write_diagnostics(out, files, all, *parse_diagnostic_format(opt.format), opt.werror, false);
    if (int status = write_output(opt.output, out.str()); status != kExitOk) return status;
  }
  return failed ? kExitModel : kExitOk;
}

}  // namespace

void add_validate(CLI::App& app, int& status) {
  auto opt = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate",
      "Load and check models; print every problem.\n"
      "Each folder given is a model of its own; files given directly form one model.\n"
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
