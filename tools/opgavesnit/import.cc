// opgavesnit import csv FILE --municipality M --mapping MAPPING.yaml [-o OUT.yaml]
#include <fmt/format.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/edit/csv_import.h>

#include <iostream>
#include <memory>
#include <optional>
#include <utility>

#include "commands.h"
#include "common.h"
#include "limits.h"

namespace opgavesnit::cli {

namespace {

struct ImportCsvOptions {
  std::string csv;
  std::string mapping;
  std::string output;
  std::string municipality;
  std::string name;
  std::optional<std::int64_t> code;
  std::optional<std::int64_t> population;
};

int run_import_csv(const ImportCsvOptions& opt) {
  SourceInput csv, mapping;
  const std::size_t max_bytes = load_limits().max_file_bytes;
  for (auto [in, path] : {std::pair{&csv, &opt.csv}, std::pair{&mapping, &opt.mapping}}) {
    std::string error;
    if (!read_source_file(*path, max_bytes, *in, error)) {
      print_error(error);
      return kExitUsage;
    }
  }
  // A file past the limit (a device, a pipe that never ends) was read only
  // up to it: report it where it is, as loading a model does.
  if (csv.cut || mapping.cut) {
    std::vector<SourceFile> files{{csv.path, ""}, {mapping.path, ""}};
    Diagnostics diags;
    for (Id f = 0; f < 2; ++f)
      if ((f == 0 ? csv : mapping).cut)
        diags.error("file-too-large", {f, 0, 0},
                    fmt::format("the file is larger than the limit of {} bytes (raise it with "
                                "--limit file-bytes=N)",
                                max_bytes));
    write_diagnostics(std::cerr, files, diags, DiagnosticFormat::text, false, stderr_is_terminal());
    std::cerr << summary_line(diags, false) << '\n';
    return kExitModel;
  }
  ImportOptions options;
  options.municipality = opt.municipality;
  options.name = opt.name;
  options.code = opt.code;
  options.population = opt.population;
  ImportResult result = import_csv(std::move(csv), std::move(mapping), options);
  if (!result.diagnostics.empty()) {
    write_diagnostics(std::cerr, result.files, result.diagnostics, DiagnosticFormat::text, false,
                      stderr_is_terminal());
    std::string summary = summary_line(result.diagnostics, false);
    if (!summary.empty()) std::cerr << summary << '\n';
  }
  if (result.yaml.empty()) {
    if (!opt.output.empty() && opt.output != "-")
      std::cerr << fmt::format("opgavesnit: nothing written to '{}'\n",
                               escape_for_terminal(opt.output));
    return kExitModel;
  }
  note_input(opt.csv, "the CSV file");
  note_input(opt.mapping, "the mapping file");
  return write_output(opt.output, result.yaml);
}

}  // namespace

void add_import(CLI::App& app, int& status) {
  CLI::App* import =
      app.add_subcommand("import", "Turn an inventory from another tool into model files.");
  import->require_subcommand(1);
  import->footer("Run 'opgavesnit import csv --help' for the options.");
  auto opt = std::make_shared<ImportCsvOptions>();
  CLI::App* cmd = import->add_subcommand(
      "csv",
      "Turn a CSV inventory (a spreadsheet or CMDB export, one row per component)\n"
      "into a municipality file. A mapping file says which column holds which field\n"
      "(docs/import.md). Semicolons, decimal commas and a UTF-8 byte-order mark, as\n"
      "Danish Excel writes them, are understood.");
  cmd->add_option("FILE", opt->csv, "The CSV file")->required();
  cmd->add_option("--municipality,-m", opt->municipality,
                  "Id of the municipality the rows belong to")
      ->required();
  cmd->add_option("--mapping", opt->mapping, "The mapping file (YAML)")->required();
  cmd->add_option(
      "-o,--output", opt->output,
      "Write to FILE (atomically, only when every row is good) instead of standard output");
  cmd->add_option("--name", opt->name, "The municipality's name");
  cmd->add_option("--code", opt->code, "The official municipality code")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--population", opt->population, "The municipality's population")
      ->check(CLI::NonNegativeNumber);
  cmd->footer(
      "Exit status: 0 imported; 1 a row, the mapping or the file has a problem (each is\n"
      "reported with its row and column, and no output is written); 2 wrong usage or a\n"
      "file that cannot be read or written.\n\n"
      "Examples:\n"
      "  opgavesnit import csv examples/import-csv/inventar.csv --mapping "
      "examples/import-csv/mapping.yaml \\\n"
      "      --municipality norddjurs --name 'Norddjurs Kommune' -o model/kommuner/norddjurs.yaml");
  cmd->callback([opt, &status] { status = run_import_csv(*opt); });
}

}  // namespace opgavesnit::cli
