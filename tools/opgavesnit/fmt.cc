// opgavesnit fmt MODEL... [--check]
#include <fmt/format.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/edit/fmt.h>
#include <opgavesnit/yaml/tree.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.h"
#include "common.h"
#include "limits.h"

namespace opgavesnit::cli {

namespace {

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
};

/// Each file is laid out on its own, so the paths may name several models
/// (`fmt models examples`).
int run_fmt(const FmtOptions& opt) {
  std::vector<SourceInput> sources;
  std::string error;
  if (!read_model_sources(opt.paths, sources, error, load_limits().max_file_bytes,
                          load_limits().max_total_bytes)) {
    print_error(error);
    return kExitUsage;
  }
  std::vector<SourceFile> files;
  Diagnostics problems;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (sources[i].cut) {
      problems.error("file-too-large", {static_cast<Id>(i), 0, 0},
                     fmt::format("the file is larger than the limit of {} bytes (raise it with "
                                 "--limit file-bytes=N)",
                                 load_limits().max_file_bytes));
      sources[i].text.clear();
    }
    if (sources[i].over_total) {
      problems.error("model-too-large", {static_cast<Id>(i), 0, 0},
                     fmt::format("with this file the files hold more than the limit of {} bytes "
                                 "in all (raise it with --limit total-bytes=N)",
                                 load_limits().max_total_bytes));
      sources[i].text.clear();
    }
  }
  for (auto& s : sources) files.push_back({std::move(s.path), std::move(s.text)});
  int status = kExitOk;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::string out;
    if (sources[i].cut || sources[i].over_total) continue;
    // A lone CR ends a line: fmt reads it so and writes line feeds.
    std::string text = files[i].text;
    yaml::normalize_line_breaks(text);
    if (!format_model_file(text, static_cast<Id>(i), out, problems)) continue;
    if (out == files[i].text) continue;
    if (opt.check) {
      std::cout << files[i].path << '\n';
      status = kExitModel;
      continue;
    }
    if (int s = write_output(files[i].path, out); s != kExitOk) return s;
    std::cerr << "formatted " << files[i].path << '\n';
  }
  std::cout.flush();
  if (problems.has_errors()) {
    // The diagnostics show the text as read, without a byte-order mark.
    for (auto& f : files)
      if (f.text.rfind("\xEF\xBB\xBF", 0) == 0) f.text.erase(0, 3);
    problems.sort();
    write_diagnostics(std::cerr, files, problems, DiagnosticFormat::text, false,
                      stderr_is_terminal());
    std::cerr << summary_line(problems, false) << '\n'
              << "opgavesnit: files with errors were not formatted\n";
    status = kExitModel;
  }
  return status;
}

}  // namespace

void add_fmt(CLI::App& app, int& status) {
  auto opt = std::make_shared<FmtOptions>();
  CLI::App* cmd =
      app.add_subcommand("fmt",
                         "Rewrites model files in the canonical layout: keys in the order of the\n"
                         "format, two-space indentation, block style (lists of plain values as\n"
                         "[a, b]; a flow mapping of plain values stays on one line), quotes only\n"
                         "where YAML needs them, numbers as written; comments and single blank\n"
                         "lines are kept. Each file is laid out on its own; a file with errors\n"
                         "is not touched.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required()->expected(1, -1);
  cmd->add_flag("--check", opt->check,
                "Change nothing: list the files that would change and exit 1 if there are any");
  cmd->footer(
      "Examples:\n"
      "  opgavesnit fmt models/midtjylland\n"
      "  opgavesnit fmt --check models examples   (in CI)");
  cmd->callback([opt, &status] { status = run_fmt(*opt); });
}

}  // namespace opgavesnit::cli
