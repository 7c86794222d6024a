// opgavesnit compare MODEL --scenario A --scenario B [--format text|json|md] [--lang en|da] [-o
// FILE]
#include <fmt/format.h>
#include <opgavesnit/plan/compare.h>
#include <opgavesnit/report/compare_json.h>
#include <opgavesnit/report/compare_markdown.h>
#include <opgavesnit/report/compare_text.h>
#include <opgavesnit/report/locale.h>

#include <memory>
#include <sstream>

#include "commands.h"
#include "common.h"

namespace opgavesnit::cli {

namespace {

struct CompareOptions {
  std::vector<std::string> paths;
  std::vector<std::string> scenarios;
  std::string format = "text";
  std::string lang = "en";
  std::string output;
};

int run_compare(const CompareOptions& opt) {
  if (opt.scenarios.size() != 2) {
    print_error(
        fmt::format("compare needs exactly two scenarios (--scenario A --scenario B), got {}",
                    opt.scenarios.size()));
    return kExitUsage;
  }
  Lang lang = Lang::en;
  parse_lang(opt.lang, lang);  // checked by the option
  LoadResult loaded;
  if (int status = load_checked(opt.paths, loaded); status != kExitOk) return status;
  Id ia = kNoId, ib = kNoId;
  Plan a, b;
  if (int status = plan_scenario(loaded, opt.scenarios[0], ia, a); status != kExitOk) return status;
  if (int status = plan_scenario(loaded, opt.scenarios[1], ib, b); status != kExitOk) return status;
  const Comparison cmp = compare_plans(loaded.model, a, b);
  std::ostringstream out;
  if (opt.format == "json")
    write_compare_json(out, loaded.model, cmp);
  else if (opt.format == "md")
    write_compare_markdown(out, loaded.model, cmp, lang);
  else
    write_compare_text(out, loaded.model, cmp, lang);
  if (int status = write_output(opt.output, out.str()); status != kExitOk) return status;
  int status = kExitOk;
  for (const Plan* p : {&a, &b}) {
    if (p->consistent) continue;
    print_error(
        fmt::format("scenario '{}' is inconsistent: retained components are needed by the "
                    "handover (see the conflicts)",
                    p->scenario_id));
    status = kExitModel;
  }
  return status;
}

}  // namespace

void add_compare(CLI::App& app, int& status) {
  auto opt = std::make_shared<CompareOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare the plans of two scenarios, municipality by municipality and in\n"
      "total: level, components, tasks, hours, economy, interfaces, conflicts, waves.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required();
  cmd->add_option("--scenario,-s", opt->scenarios, "Scenario id; give it twice: A, then B")
      ->required()
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add_report_options(cmd, opt->format, opt->lang, opt->output);
  cmd->footer(
      "Exit status: 0 done; 1 model errors, or a scenario that is inconsistent (the\n"
      "comparison is still printed); 2 wrong usage or a file that cannot be read or written.\n\n"
      "Examples:\n"
      "  opgavesnit compare models/midtjylland -s alle-basis -s alle-standard\n"
      "  opgavesnit compare models/midtjylland -s alle-standard -s differentieret --format md "
      "--lang da");
  cmd->callback([opt, &status] { status = run_compare(*opt); });
}

}  // namespace opgavesnit::cli
