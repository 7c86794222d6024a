// opgavesnit import csv FILE --municipality M --mapping MAPPING.yaml [-o OUT.yaml]
#include <fmt/format.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/edit/csv_import.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

#include "commands.h"
#include "common.h"

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

bool read_text(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

int run_import_csv(const ImportCsvOptions& opt) {
  SourceInput csv{opt.csv, {}}, mapping{opt.mapping, {}};
  for (SourceInput* in : {&csv, &mapping}) {
    if (!read_text(in->path, in->text)) {
      print_error(fmt::format("cannot read '{}'", in->path));
      return kExitUsage;
    }
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
