// opgavesnit plan MODEL [--scenario ID] [--format text|json|md|csv|html|dot]
//                       [--lang en|da] [--table T] [--municipality M] [-o FILE]
#include <fmt/format.h>
#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/locale.h>
#include <opgavesnit/report/plan_csv.h>
#include <opgavesnit/report/plan_dot.h>
#include <opgavesnit/report/plan_html.h>
#include <opgavesnit/report/plan_json.h>
#include <opgavesnit/report/plan_markdown.h>
#include <opgavesnit/report/plan_text.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sstream>

#include "commands.h"
#include "common.h"
#include "graphviz.h"

namespace opgavesnit::cli {

namespace {

/// Graphs with more nodes are not drawn into the HTML report: Graphviz
/// would take minutes and the picture could not be read.
constexpr std::size_t kMaxGraphNodes = 2000;

struct PlanOptions {
  std::vector<std::string> paths;
  std::string scenario;
  std::string format = "text";
  std::string lang = "en";
  std::string table;
  std::string csv_dialect;
  std::string municipality;
  std::string output;
  bool lang_given = false;
  bool table_given = false;
  bool csv_dialect_given = false;
  bool municipality_given = false;
  bool no_graph = false;
  bool warnings = false;
};

/// Checks the combination of options that CLI11 cannot; prints why and
/// returns kExitUsage when it is wrong.
int check_options(const PlanOptions& opt, CsvTable& table, CsvDialect& dialect) {
  const std::string& f = opt.format;
  if (opt.csv_dialect_given && f != "csv") {
    print_error(fmt::format(
        "--csv-dialect chooses how --format csv is written; it has no meaning with --format {}",
        f));
    return kExitUsage;
  }
  if (f == "csv") {
    // --lang da alone gives the table as Danish Excel opens it.
    if (opt.csv_dialect_given)
      parse_csv_dialect(opt.csv_dialect, dialect);  // CLI11 checked it
    else if (opt.lang == "da")
      dialect = CsvDialect::excel_da();
    // Without --table: the components table, one row per component.
    if (!opt.table_given) return kExitOk;
    if (!parse_csv_table(opt.table, table)) {
      print_error(fmt::format("no table '{}'; --table takes {}", escape_for_terminal(opt.table),
                              csv_table_names()));
      return kExitUsage;
    }
  } else if (opt.table_given) {
    print_error(
        fmt::format("--table chooses the table of --format csv; it has no meaning with "
                    "--format {}",
                    f));
    return kExitUsage;
  }
  // json is never translated: --lang is accepted there and changes nothing,
  // as for compare and levels; csv keeps its column names and words, and
  // --lang da only chooses the Danish dialect.
  if (opt.no_graph && f != "html") {
    print_error(
        fmt::format("--no-graph leaves the picture out of --format html; it has no "
                    "meaning with --format {}",
                    f));
    return kExitUsage;
  }
  if (opt.no_graph && opt.municipality_given) {
    print_error("--municipality chooses the graph that --no-graph leaves out; give one of them");
    return kExitUsage;
  }
  if (opt.municipality_given && f != "html" && f != "dot" && f != "text" && f != "md") {
    print_error(
        fmt::format("--municipality chooses the municipality of --format text or md, or the "
                    "graph of html or dot; it has no meaning with --format {}",
                    f));
    return kExitUsage;
  }
  return kExitOk;
}

/// Resolves --municipality; prints the model's municipalities (and the
/// nearest id) when there is no such one.
int choose_municipality(const Model& model, const std::string& id, Id& out) {
  out = model.find_municipality(id);
  if (out != kNoId) return kExitOk;
  std::vector<std::string> ids;
  for (const Municipality& m : model.municipalities) ids.push_back(m.id);
  std::sort(ids.begin(), ids.end());
  const std::string hint = spell_check(id, ids);
  std::string list;
  for (const std::string& s : ids) list += "\n  " + s;
  print_error(ids.empty()
                  ? fmt::format("no municipality '{}': the model has none", escape_for_terminal(id))
                  : fmt::format("no municipality '{}'{}; the model's municipalities are:{}",
                                escape_for_terminal(id),
                                hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint),
                                list));
  return kExitUsage;
}

/// The municipality whose graph the HTML report draws when --municipality
/// is not given: the first by id that takes part, else the first by id.
Id default_graph_municipality(const Plan& plan) {
  for (Id m : plan.municipality_order)
    if (plan.municipalities[m].takes_part()) return m;
  return plan.municipality_order.empty() ? kNoId : plan.municipality_order.front();
}

/// Draws the dependency graph of `municipality` (or the default one) with
/// Graphviz for the HTML report. When it cannot be drawn, the report says
/// why and a warning goes to standard error.
HtmlGraph draw_graph(const Model& model, const Plan& plan, Id municipality, Lang lang) {
  HtmlGraph graph;
  graph.municipality = municipality != kNoId ? municipality : default_graph_municipality(plan);
  if (graph.municipality == kNoId) return graph;
  DotOptions dot;
  dot.municipality = graph.municipality;
  dot.wave_word = label("wave", lang);
  const std::string& id = model.municipalities[graph.municipality].id;
  const std::size_t nodes = dot_node_count(model, plan, dot);
  if (nodes > kMaxGraphNodes) {
    graph.note = fmt::format(
        "the graph of '{}' has {} components, more than the {} that can be drawn legibly; "
        "'--format dot --municipality {}' gives it to draw with other tools",
        id, nodes, kMaxGraphNodes, id);
  } else {
    std::ostringstream text;
    write_plan_dot(text, model, plan, dot);
    std::string error;
    if (!render_svg(text.str(), graph.svg, error)) graph.note = error;
  }
  if (graph.svg.empty())
    fmt::print(stderr,
               "opgavesnit: warning: the dependency graph of '{}' is not in the report: {}\n", id,
               graph.note);
  return graph;
}

int run_plan(const PlanOptions& opt) {
  CsvTable table = CsvTable::components;
  CsvDialect dialect;
  if (int status = check_options(opt, table, dialect); status != kExitOk) return status;
  Lang lang = Lang::en;
  parse_lang(opt.lang, lang);  // CLI11 checked it
  LoadResult loaded;
  Plan plan;
  if (int status = load_and_plan(opt.paths, opt.scenario, loaded, plan, opt.warnings);
      status != kExitOk)
    return status;
  const Model& model = loaded.model;
  Id municipality = kNoId;
  if (opt.municipality_given)
    if (int status = choose_municipality(model, opt.municipality, municipality); status != kExitOk)
      return status;
  std::ostringstream out;
  if (opt.format == "json") {
    write_plan_json(out, model, plan);
  } else if (opt.format == "csv") {
    write_plan_csv(out, model, plan, table, dialect);
  } else if (opt.format == "dot") {
    DotOptions dot;
    dot.municipality = municipality;
    dot.wave_word = label("wave", lang);
    write_plan_dot(out, model, plan, dot);
  } else if (opt.format == "md") {
    write_plan_markdown(out, model, plan, lang, municipality);
  } else if (opt.format == "html") {
    write_plan_html(out, model, plan, lang,
                    opt.no_graph ? HtmlGraph{} : draw_graph(model, plan, municipality, lang));
  } else {
    write_plan_text(out, model, plan, {lang, municipality});
  }
  // Moving the text out of the stream saves a copy of a large plan.
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

void add_plan(CLI::App& app, int& status) {
  auto opt = std::make_shared<PlanOptions>();
  CLI::App* cmd =
      app.add_subcommand("plan",
                         "Compute the plan of one scenario: what is handed over, the interfaces,\n"
                         "the waves and the economy, per municipality.");
  cmd->add_option("MODEL", opt->paths, "Model folder(s) or file(s)")->required();
  cmd->add_option("--scenario,-s", opt->scenario,
                  "Scenario id (may be left out when the model has exactly one)");
  cmd->add_option("--format,-f", opt->format, "Output form")
      ->check(CLI::IsMember({"text", "json", "md", "csv", "html", "dot"}))
      ->capture_default_str();
  CLI::Option* lang = cmd->add_option("--lang", opt->lang,
                                      "Language of the labels and numbers of text, md, html "
                                      "and dot\n(json is never translated; with csv, da chooses "
                                      "--csv-dialect excel-da)")
                          ->check(CLI::IsMember({"en", "da"}))
                          ->capture_default_str();
  CLI::Option* table = cmd->add_option(
      "--table", opt->table,
      "The table of --format csv: components (the default), interfaces, municipalities,\n"
      "matrix, budget or ownership");
  CLI::Option* csv_dialect =
      cmd->add_option("--csv-dialect", opt->csv_dialect,
                      "How --format csv is written: rfc4180 (',' and '.', the default) or\n"
                      "excel-da (';', decimal commas and a byte-order mark, as Danish Excel\n"
                      "opens it; the default with --lang da)")
          ->check(CLI::IsMember({"rfc4180", "excel-da"}));
  CLI::Option* municipality = cmd->add_option(
      "--municipality,-m", opt->municipality,
      "Only this municipality in text and md; whose dependency graph html and dot draw\n"
      "(html: the first municipality by id that takes part; dot: the whole model)");
  cmd->add_flag("--warnings", opt->warnings,
                "Print every warning of the model (without it: one line that counts them)");
  cmd->add_flag("--no-graph", opt->no_graph,
                "html without the dependency graph (Graphviz is then not needed)");
  cmd->add_option("-o,--output", opt->output,
                  "Write to FILE (atomically) instead of standard output");
  cmd->footer(
      "Exit status: 0 a consistent plan; 1 model errors, or a strict scenario with conflicts\n"
      "(the plan is still printed); 2 wrong usage or a file that cannot be read or written.\n\n"
      "Examples:\n"
      "  opgavesnit plan models/midtjylland --scenario alle-standard\n"
      "  opgavesnit plan models/midtjylland -s boelger-2027 -m lemvig --lang da\n"
      "  opgavesnit plan models/midtjylland -s alle-standard --format json -o plan.json\n"
      "  opgavesnit plan models/midtjylland -s alle-standard --format csv --table matrix\n"
      "  opgavesnit plan models/midtjylland -s alle-standard --format csv --lang da -o plan.csv\n"
      "  opgavesnit plan models/midtjylland -s alle-standard --format html --lang da -o plan.html\n"
      "  opgavesnit plan models/midtjylland -s alle-standard --format dot -m lemvig | dot -Tpdf");
  cmd->callback([opt, lang, table, csv_dialect, municipality, &status] {
    opt->lang_given = lang->count() > 0;
    opt->csv_dialect_given = csv_dialect->count() > 0;
    opt->table_given = table->count() > 0;
    opt->municipality_given = municipality->count() > 0;
    status = run_plan(*opt);
  });
}

}  // namespace opgavesnit::cli
