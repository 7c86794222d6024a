#include "common.h"

#include <fmt/format.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "limits.h"
#include "progress.h"

namespace opgavesnit::cli {

void add_report_options(CLI::App* cmd, std::string& format, std::string& lang,
                        std::string& output) {
  cmd->add_option("--format,-f", format, "Output form")
      ->check(CLI::IsMember({"text", "json", "md"}))
      ->capture_default_str();
  cmd->add_option("--lang", lang, "Language of the labels and numbers of text and md")
      ->check(CLI::IsMember({"en", "da"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", output, "Write to FILE (atomically) instead of standard output");
}

std::string escape_lines(std::string_view message) {
  // Escape each line on its own: the line breaks of a list are meant.
  std::string text;
  std::size_t start = 0;
  while (true) {
    std::size_t end = message.find('\n', start);
    append_terminal_text(text, message.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    text += '\n';
    start = end + 1;
  }
  return text;
}

void print_error(const std::string& message) {
  std::cerr << "opgavesnit: error: " << escape_lines(message) << '\n';
}

namespace {

/// Every model file read so far: `-o` must never name one of them.
std::vector<std::string>& read_inputs() {
  static std::vector<std::string> paths;
  return paths;
}

}  // namespace

int load(const std::vector<std::string>& paths, LoadResult& out) {
  std::vector<SourceInput> sources;
  std::string error;
  if (!read_model_sources(paths, sources, error)) {
    print_error(error);
    return kExitUsage;
  }
  for (const SourceInput& s : sources) read_inputs().push_back(s.path);
  if (progress_enabled()) progress_show(fmt::format("loading {} files...", sources.size()));
  out = load_model(std::move(sources), load_limits(), progress_loading());
  progress_clear();
  return kExitOk;
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) != 0; }

void print_diagnostics(const LoadResult& loaded, const Diagnostics& diags, bool werror) {
  if (diags.empty()) return;
  write_diagnostics(std::cerr, loaded.model.files, diags, DiagnosticFormat::text, werror,
                    stderr_is_terminal());
  std::string summary = summary_line(diags, werror);
  if (!summary.empty()) std::cerr << summary << '\n';
}

int choose_scenario(const Model& model, const std::string& id, Id& out) {
  auto list = [&] {
    std::vector<std::string> ids;
    for (const Scenario& s : model.scenarios) ids.push_back(s.id);
    std::sort(ids.begin(), ids.end());
    std::string text;
    for (const auto& s : ids) text += "\n  " + s;
    return text;
  };
  if (!id.empty()) {
    out = model.find_scenario(id);
    if (out != kNoId) return kExitOk;
    print_error(model.scenarios.empty()
                    ? fmt::format("no scenario '{}': the model has no scenarios", id)
                    : fmt::format("no scenario '{}'; the model's scenarios are:{}", id, list()));
    return kExitUsage;
  }
  if (model.scenarios.size() == 1) {
    out = 0;
    return kExitOk;
  }
  if (model.scenarios.empty())
    print_error("the model has no scenarios; add one under 'scenarios'");
  else
    print_error(fmt::format("the model has {} scenarios; choose one with --scenario:{}",
                            model.scenarios.size(), list()));
  return kExitUsage;
}

int load_checked(const std::vector<std::string>& paths, LoadResult& out, bool all_warnings) {
  if (int status = load(paths, out); status != kExitOk) return status;
  const Diagnostics& diags = out.diagnostics;
  if (all_warnings || diags.has_errors()) {
    print_diagnostics(out, diags, false);
  } else if (!diags.empty()) {
    const std::size_t warnings = diags.warning_count();
    const std::size_t notes = diags.items().size() - warnings;
    std::string counted;
    if (warnings > 0) counted = fmt::format("{} warning{}", warnings, warnings == 1 ? "" : "s");
    if (notes > 0)
      counted +=
          fmt::format("{}{} note{}", counted.empty() ? "" : " and ", notes, notes == 1 ? "" : "s");
    std::cerr << fmt::format(
        "opgavesnit: the model has {}; 'opgavesnit validate' lists them (or add --warnings)\n",
        counted);
  }
  return diags.has_errors() ? kExitModel : kExitOk;
}

int plan_scenario(const LoadResult& loaded, const std::string& scenario_id, Id& scenario,
                  Plan& plan) {
  if (int status = choose_scenario(loaded.model, scenario_id, scenario); status != kExitOk)
    return status;
  Diagnostics diags;
  {
    ProgressPhase phase("planning...");
    plan = make_plan(loaded.model, scenario, diags);
  }
  if (diags.has_errors()) {
    print_diagnostics(loaded, diags, false);
    return kExitModel;
  }
  return kExitOk;
}

int load_and_plan(const std::vector<std::string>& paths, const std::string& scenario_id,
                  LoadResult& loaded, Plan& plan, bool all_warnings) {
  if (int status = load_checked(paths, loaded, all_warnings); status != kExitOk) return status;
  Id scenario = kNoId;
  return plan_scenario(loaded, scenario_id, scenario, plan);
}

int write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    if (!std::cout) {
      print_error("cannot write to standard output");
      return kExitUsage;
    }
    return kExitOk;
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  for (const std::string& input : read_inputs()) {
    std::error_code ec;
    if (fs::equivalent(target, input, ec)) {
      print_error(fmt::format("refusing to write to '{}': it is a model file read as input", path));
      return kExitUsage;
    }
  }
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::random_device rd;
  fs::path temp = dir / fmt::format(".{}.tmp-{:08x}", target.filename().string(), rd());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      print_error(fmt::format("cannot write '{}'", path));
      return kExitUsage;
    }
    out << content;
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(temp, ec);
      print_error(fmt::format("cannot write '{}'", path));
      return kExitUsage;
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    print_error(fmt::format("cannot write '{}': {}", path, ec.message()));
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace opgavesnit::cli
