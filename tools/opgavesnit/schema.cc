// opgavesnit schema [-o FILE]
#include <opgavesnit/load/schema_json.h>

#include <memory>
#include <string>

#include "commands.h"
#include "common.h"

namespace opgavesnit::cli {

void add_schema(CLI::App& app, int& status) {
  auto output = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "schema",
      "Prints a JSON Schema (draft-07) of a model file, for editors: associate it\n"
      "with the model's *.yaml files to get completion, hover help and errors\n"
      "while typing (see docs/editor.md).");
  cmd->add_option("-o,--output", *output, "Write the schema to FILE instead of standard output");
  cmd->footer(
      "Examples:\n"
      "  opgavesnit schema -o opgavesnit.schema.json\n"
      "  # yaml-language-server: $schema=./opgavesnit.schema.json   (first line of a model file)");
  cmd->callback([output, &status] { status = write_output(*output, model_json_schema()); });
}

}  // namespace opgavesnit::cli
