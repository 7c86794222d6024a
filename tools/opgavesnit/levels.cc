// opgavesnit levels MODEL --municipality M [--scenario ID] [--format text|json|md] [--lang en|da]
// [-o FILE]
#include <fmt/format.h>
#include <opgavesnit/plan/levels.h>
#include <opgavesnit/report/levels_render.h>
#include <opgavesnit/report/locale.h>

#include <memory>
#include <sstream>

#include "commands.h"
#include "common.h"

namespace opgavesnit::cli {

namespace {

struct LevelsOptions {
  std::vector<std::string> paths;
  std::string municipality;
  std::string scenario;
  std::string format = "text";
  std::string lang = "en";
  std::string output;
};

int run_levels(const LevelsOptions& opt) {
  Lang lang = Lang::en;
  parse_lang(opt.lang, lang);  // checked by the option
  LoadResult loaded;
  if (int status = load_checked(opt.paths, loaded); status != kExitOk) return status;
  const Model& model = loaded.model;
  Id scenario = kNoId;
  if (int status = choose_scenario(model, opt.scenario, scenario); status != kExitOk) return status;
  const Id m = model.find_municipality(opt.municipality);
  if (m == kNoId) {
    std::vector<std::string> ids;
    for (const Municipality& mu : model.municipalities) ids.push_back(mu.id);
    const std::string hint = spell_check(opt.municipality, ids);
    print_error(fmt::format("no municipality '{}'{}", opt.municipality,
                            hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    return kExitUsage;
  }
  Diagnostics diags;
  const LevelsReport report = compare_levels(model, model.scenarios[scenario], m, diags);
  if (diags.has_errors()) {
    print_diagnostics(loaded, diags, false);
    return kExitModel;
  }
  std::ostringstream out;
  if (opt.format == "json")
    write_levels_json(out, model, report);
  else if (opt.format == "md")
    write_levels_markdown(out, model, report, lang);
  else
    write_levels_text(out, model, report, lang);
  return write_output(opt.output, out.str());
}

}  // namespace

void add_levels(CLI::App& app, int& status) {
  auto opt = std::make_shared<LevelsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "levels",
      "Each candidate level of one municipality, everything else as in the\n"
      "scenario: hours, FTE, price, net change, interfaces, conflicts; which is\n"
      "cheapest and which moves the most without conflict.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required();
  cmd->add_option("--municipality,-m", opt->municipality, "Municipality id")->required();
  cmd->add_option("--scenario,-s", opt->scenario,
                  "Scenario id (may be left out when the model has exactly one)");
  add_report_options(cmd, opt->format, opt->lang, opt->output);
  cmd->footer(
      "Conflicts of a variant are findings, not failures: the exit status is 0 whenever\n"
      "the table was written; 1 model errors; 2 wrong usage or a file that cannot be\n"
      "read or written.\n\n"
      "Examples:\n"
      "  opgavesnit levels models/midtjylland --municipality norddjurs --scenario differentieret\n"
      "  opgavesnit levels examples/quick-start -m samsoe --format md --lang da");
  cmd->callback([opt, &status] { status = run_levels(*opt); });
}

}  // namespace opgavesnit::cli
