// `risk --format text`: for a terminal. Only ids and numbers reach it (ids
// are plain by their rule), never a model's free text.
#include <fmt/format.h>
#include <opgavesnit/report/risk_report.h>

#include "risk_labels.h"

namespace opgavesnit {

namespace {

using risk_report::money;
using risk_report::sentence;

/// One figure: likely, then P10, P50 and P90; `signed` for changes and results.
void figure_line(std::ostream& out, std::string_view name, const RiskFigure& f, Lang lang,
                 bool signed_figure = true) {
  auto m = [&](const Int256& v) {
    return signed_figure ? money(v, f.scale, lang)
                         : format_money(v, static_cast<unsigned>(f.scale), lang);
  };
  out << fmt::format("  {:<18} {:>24}  P10 {}  P50 {}  P90 {}\n", name, m(f.likely), m(f.p10),
                     m(f.p50), m(f.p90));
}

void swing_list(std::ostream& out, std::string_view title, const RiskResult& r,
                const std::vector<Swing>& swings, int scale, Lang lang) {
  out << title << "\n";
  if (swings.empty()) {
    out << "  " << label("risk_no_estimate_moves", lang) << "\n";
    return;
  }
  for (const Swing& s : swings) {
    const RiskVariable& v = r.variables[s.variable];
    out << fmt::format("  {:<44} {} {}  {} {}\n", v.id, label("risk_low", lang),
                       money(s.low, scale, lang), label("risk_high", lang),
                       money(s.high, scale, lang));
  }
}

}  // namespace

void write_risk_text(std::ostream& out, const Model& model, const Plan& plan, const RiskResult& r,
                     Lang lang) {
  out << sentence("risk_text_head", lang, plan.scenario_id, r.variables.size(), r.runs, r.seed)
      << "\n";
  out << label("risk_text_legend", lang) << "\n\n";
  for (const RiskMunicipality& m : r.municipalities)
    figure_line(out, model.municipalities[m.municipality].id, m.net_change, lang);
  out << "\n" << label("totals", lang) << "\n";
  figure_line(out, label("transferred_cost", lang), r.transferred_cost, lang, false);
  figure_line(out, label("price", lang), r.price, lang, false);
  figure_line(out, label("net_change", lang), r.net_change, lang);
  if (r.has_organisation) {
    out << "\n" << label("organisation", lang) << "\n";
    figure_line(out, label("cost", lang), r.cost, lang, false);
    figure_line(out, label("result", lang), r.result, lang);
    figure_line(out, label("savings", lang), r.savings, lang);
  }
  out << "\n";
  swing_list(out, label("risk_swings_net_change", lang), r, r.swings_net_change, r.net_change.scale,
             lang);
  if (r.has_organisation) {
    swing_list(out, label("risk_swings_result", lang), r, r.swings_result, r.result.scale, lang);
    swing_list(out, label("risk_swings_savings", lang), r, r.swings_savings, r.savings.scale, lang);
  }
}

}  // namespace opgavesnit
