// The global option `--limit NAME=VALUE`: the LoadLimits every command that
// reads a model loads it with, and the PlanLimits it plans with.
#pragma once

#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

namespace opgavesnit::cli {

/// Adds `--limit NAME=VALUE` (repeatable) to `app`. Give it before adding
/// the subcommands' fallthrough, so that it may also follow a subcommand.
void add_limit_option(CLI::App& app);

/// The limits as set by the `--limit` options given (the defaults of
/// LoadLimits for those not given).
const LoadLimits& load_limits();

/// The bounds on what a plan writes out, as set by `--limit witness-steps`.
const PlanLimits& plan_limits();

/// Sets one limit from "NAME=VALUE" in `limits` or `plan_limits`; returns "" or a one-line
/// message saying what is wrong (an unknown name, a value that is not a
/// whole number in the name's range).
std::string set_limit(LoadLimits& limits, PlanLimits& plan_limits, std::string_view spec);

}  // namespace opgavesnit::cli
