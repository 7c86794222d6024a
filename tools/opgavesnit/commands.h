// The commands of the opgavesnit executable, each in its own file.
#pragma once

#include <CLI/CLI.hpp>

namespace opgavesnit::cli {

/// Each adds its subcommand to `app`; the subcommand's callback stores its
/// exit status in `status`.
void add_validate(CLI::App& app, int& status);
void add_plan(CLI::App& app, int& status);
void add_explain(CLI::App& app, int& status);
void add_compare(CLI::App& app, int& status);
void add_levels(CLI::App& app, int& status);
void add_risk(CLI::App& app, int& status);
void add_schema(CLI::App& app, int& status);
void add_fmt(CLI::App& app, int& status);
void add_import(CLI::App& app, int& status);

}  // namespace opgavesnit::cli
