// opgavesnit explain MODEL [--scenario ID] COMPONENT [--format text|json] [--lang en|da] [-o FILE]
#include <fmt/format.h>
#include <opgavesnit/plan/explain.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/explain_render.h>
#include <opgavesnit/report/locale.h>

#include <memory>
#include <sstream>

#include "commands.h"
#include "common.h"

namespace opgavesnit::cli {

namespace {

struct ExplainOptions {
  std::vector<std::string> paths;
  std::string scenario;
  std::string component;
  bool warnings = false;
  std::string format = "text";
  std::string lang = "en";
  std::string output;
};

int run_explain(const ExplainOptions& opt) {
  LoadResult loaded;
  if (int status = load_checked(opt.paths, loaded, opt.warnings); status != kExitOk) return status;
  const Model& model = loaded.model;
  Id scenario = kNoId;
  if (int status = choose_scenario(model, opt.scenario, scenario); status != kExitOk) return status;
  Id component = model.find_component(opt.component);
  if (component == kNoId) {
    std::vector<std::string> candidates;
    for (const Component& c : model.components) candidates.push_back(c.qualified);
    std::string hint = spell_check(opt.component, candidates);
    print_error(fmt::format("no component '{}' (give it as 'municipality/component'){}",
                            opt.component,
                            hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    return kExitUsage;
  }
  Plan plan;
  if (int status = plan_scenario(loaded, opt.scenario, scenario, plan); status != kExitOk)
    return status;
  const Explanation ex = explain(model, plan, component);
  if (opt.format == "json") {
    std::ostringstream out;
    write_explain_json(out, model, plan, ex);
    return write_output(opt.output, std::move(out).str());
  }
  Lang lang = Lang::en;
  parse_lang(opt.lang, lang);  // CLI11 checked it
  return write_output(opt.output, explain_text(model, plan, ex, lang));
}

}  // namespace

void add_explain(CLI::App& app, int& status) {
  auto opt = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "explain",
      "Why a component is, or is not, handed over in a scenario: the rule that\n"
      "selected each task (level, includes entry with its file:line, extends) or the\n"
      "chain from a seed that pulled it in; why its wave and period; what its seeds\n"
      "cause; and its part of the municipality's economy.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required()->expected(1, -1);
  cmd->add_option("--scenario,-s", opt->scenario,
                  "Scenario id (may be left out when the model has exactly one)");
  cmd->add_option("--component,-c", opt->component,
                  "The component, as 'municipality/component' (or give it after MODEL)");
  cmd->add_option("--format,-f", opt->format, "Output form")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--lang", opt->lang, "Language of the text")
      ->check(CLI::IsMember({"en", "da"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opt->output,
                  "Write to FILE (atomically) instead of standard output");
  cmd->add_flag("--warnings", opt->warnings,
                "Print every warning of the model (without it: one line that counts them)");
  cmd->footer(
      "Examples:\n"
      "  opgavesnit explain models/midtjylland --scenario alle-basis aarhus/vmw-prod\n"
      "  opgavesnit explain model.yaml -c norddjurs/scada-water --lang da\n"
      "  opgavesnit explain models/midtjylland -s alle-basis aarhus/ad --format json");
  cmd->callback([opt, &status] {
    // The last positional is the component when --component is not given.
    if (opt->component.empty()) {
      if (opt->paths.size() < 2) {
        print_error("explain needs a COMPONENT ('municipality/component') after the MODEL");
        status = kExitUsage;
        return;
      }
      opt->component = opt->paths.back();
      opt->paths.pop_back();
    }
    status = run_explain(*opt);
  });
}

}  // namespace opgavesnit::cli
