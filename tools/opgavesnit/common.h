// What the commands of the opgavesnit executable share: loading a model,
// printing diagnostics, choosing a scenario, and writing output safely.
#pragma once

#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace opgavesnit::cli {

/// Adds the options of a report command (compare, levels): --format
/// text|json|md, --lang en|da and -o FILE.
void add_report_options(CLI::App* cmd, std::string& format, std::string& lang, std::string& output);

/// Exit statuses (cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitModel = 1;  ///< model errors, or an inconsistent plan
inline constexpr int kExitUsage = 2;  ///< wrong usage, unreadable or unwritable file

/// `message` with each line escaped by terminal_text() (its line ends kept).
std::string escape_lines(std::string_view message);

/// Prints "opgavesnit: error: <message>" to standard error, each line of
/// the message escaped (escape_lines).
void print_error(const std::string& message);

/// Reads and loads the model at `paths`. Returns kExitOk when it loaded
/// (possibly with diagnostics), kExitUsage after printing why it could not
/// be read.
int load(const std::vector<std::string>& paths, LoadResult& out);

/// Prints the diagnostics in text form to standard error, with a summary.
void print_diagnostics(const LoadResult& loaded, const Diagnostics& diags, bool werror);

/// Resolves `--scenario` (or the only scenario when `id` is empty).
/// Prints why and returns kExitUsage when there is no such scenario, or no
/// single one to choose.
int choose_scenario(const Model& model, const std::string& id, Id& out);

/// Loads the model at `paths` and prints its diagnostics (warnings too).
/// Returns kExitOk when it loaded without errors, kExitModel when it has
/// errors (printed), kExitUsage when it could not be read (printed).
int load_checked(const std::vector<std::string>& paths, LoadResult& out);

/// Resolves `scenario_id` as choose_scenario does and plans that scenario
/// of `loaded.model` into `plan` (and its index into `scenario`). Returns
/// kExitOk, kExitUsage (no such scenario, printed) or kExitModel (the plan
/// has errors, printed). An inconsistent plan is kExitOk: the caller decides.
int plan_scenario(const LoadResult& loaded, const std::string& scenario_id, Id& scenario,
                  Plan& plan);

/// load_checked, then plan_scenario: the start of every command that
/// reports on one plan.
int load_and_plan(const std::vector<std::string>& paths, const std::string& scenario_id,
                  LoadResult& loaded, Plan& plan);

/// Records `path` as read: write_output refuses to write over it, saying
/// it is `what` ("a model file") read as input.
void note_input(const std::string& path, const std::string& what);

/// Writes `content` to standard output (`path` empty or "-"; a closed pipe
/// ends the output successfully) or to `path`. A regular file is replaced
/// through a temporary file beside it that is renamed into place (a failure
/// never leaves a half-written file), keeping its mode and, where allowed,
/// its owner; a symbolic link stays a link and the file it names is
/// written; devices, FIFOs and files with several hard links are written in
/// place. Refuses a file read as input. Returns kExitOk or kExitUsage
/// (after printing why, with the system's reason).
int write_output(const std::string& path, const std::string& content);

/// True when standard error is a terminal (for colours).
bool stderr_is_terminal();

}  // namespace opgavesnit::cli
