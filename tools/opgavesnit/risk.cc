// opgavesnit risk MODEL [--scenario ID] [--runs N] [--seed S] [--top K]
//                       [--format text|json|md|html] [--lang en|da] [-o FILE]
#include <fmt/format.h>
#include <opgavesnit/plan/risk.h>
#include <opgavesnit/report/locale.h>
#include <opgavesnit/report/risk_report.h>

#include <memory>
#include <sstream>

#include "commands.h"
#include "common.h"
#include "progress.h"

namespace opgavesnit::cli {

namespace {

/// More runs than this would need more memory than a machine has for the
/// stored figures; fewer than 1 is no Monte Carlo.
constexpr std::uint64_t kMaxRuns = 10'000'000;

struct RiskCliOptions {
  std::vector<std::string> paths;
  std::string scenario;
  std::uint64_t runs = 10000;
  std::uint64_t seed = 1;
  std::size_t top = 10;
  std::string format = "text";
  std::string lang = "en";
  std::string output;
};

int run_risk(const RiskCliOptions& opt) {
  if (opt.runs < 1 || opt.runs > kMaxRuns) {
    print_error(fmt::format("--runs must be between 1 and {}, got {}", kMaxRuns, opt.runs));
    return kExitUsage;
  }
  Lang lang = Lang::en;
  parse_lang(opt.lang, lang);  // CLI11 checked it
  LoadResult loaded;
  Plan plan;
  if (int status = load_and_plan(opt.paths, opt.scenario, loaded, plan); status != kExitOk)
    return status;
  const Model& model = loaded.model;
  RiskOptions options;
  options.runs = opt.runs;
  options.seed = opt.seed;
  options.top = opt.top;
  if (progress_enabled())
    options.progress = [](std::uint64_t done, std::uint64_t total) {
      progress_show(fmt::format("simulating... {}/{} runs", done, total), done == total);
    };
  RiskResult result = compute_risk(model, plan, options);
  progress_clear();
  std::ostringstream out;
  if (opt.format == "json")
    write_risk_json(out, model, plan, result);
  else if (opt.format == "md")
    write_risk_markdown(out, model, plan, result, lang);
  else if (opt.format == "html")
    write_risk_html(out, model, plan, result, lang);
  else
    write_risk_text(out, model, plan, result, lang);
  if (int status = write_output(opt.output, std::move(out).str()); status != kExitOk) return status;
  if (!plan.consistent) {
    print_error(
        fmt::format("scenario '{}' is inconsistent: retained components are needed by the "
                    "handover (see the conflicts); use 'conflicts: drop' or change the pins",
                    plan.scenario_id));
    return kExitModel;
  }
  return kExitOk;
}

}  // namespace

void add_risk(CLI::App& app, int& status) {
  auto opt = std::make_shared<RiskCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "risk",
      "The economy under the model's three-point estimates: P10/P50/P90 of each\n"
      "municipality's net change and of the totals, and the estimates that swing them most.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required();
  cmd->add_option("--scenario,-s", opt->scenario,
                  "Scenario id (may be left out when the model has exactly one)");
  cmd->add_option("--runs,-n", opt->runs, "Monte Carlo runs")->capture_default_str();
  cmd->add_option("--seed", opt->seed, "Seed of the generator; the same seed gives the same bytes")
      ->capture_default_str();
  cmd->add_option("--top", opt->top, "Swings listed per figure")->capture_default_str();
  cmd->add_option("--format,-f", opt->format, "Output form")
      ->check(CLI::IsMember({"text", "json", "md", "html"}))
      ->capture_default_str();
  cmd->add_option("--lang", opt->lang,
                  "Language of the labels and numbers of text, md and html\n(json is never "
                  "translated)")
      ->check(CLI::IsMember({"en", "da"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output,
                  "Write to FILE (atomically) instead of standard output");
  cmd->footer(
      "Exit status: 0 done; 1 model errors, or a strict scenario with conflicts (the\n"
      "document is still printed); 2 wrong usage or a file that cannot be read or written.\n\n"
      "Examples:\n"
      "  opgavesnit risk models/midtjylland --scenario alle-standard\n"
      "  opgavesnit risk examples/uncertainty --runs 100000 --seed 7 --format json\n"
      "  opgavesnit risk models/midtjylland -s alle-standard --format html --lang da -o risk.html");
  cmd->callback([opt, &status] { status = run_risk(*opt); });
}

}  // namespace opgavesnit::cli
