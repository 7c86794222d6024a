// `risk --format text`: for a terminal. Only ids and numbers reach it (ids
// are plain by their rule), never a model's free text.
#include <fmt/format.h>
#include <opgavesnit/report/risk_report.h>

#include "risk_labels.h"

namespace opgavesnit {

namespace {

using risk_report::money;
using risk_report::tr;

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
    out << "  " << tr(lang, "no estimate moves it", "intet skøn flytter det") << "\n";
    return;
  }
  for (const Swing& s : swings) {
    const RiskVariable& v = r.variables[s.variable];
    out << fmt::format("  {:<44} {} {}  {} {}\n", v.id, tr(lang, "low", "lav"),
                       money(s.low, scale, lang), tr(lang, "high", "høj"),
                       money(s.high, scale, lang));
  }
}

}  // namespace

void write_risk_text(std::ostream& out, const Model& model, const Plan& plan, const RiskResult& r,
                     Lang lang) {
  out << fmt::format("{} {}: {} {}, {} {}, seed {}\n",
                     tr(lang, "risk of scenario", "risiko for scenarie"), plan.scenario_id,
                     r.variables.size(), tr(lang, "three-point estimates", "trepunktsskøn"), r.runs,
                     tr(lang, "runs", "kørsler"), r.seed);
  out << fmt::format("{}\n\n",
                     tr(lang, "net change: likely, then P10 P50 P90 over the runs",
                        "nettoændring: sandsynligst, derefter P10 P50 P90 over kørslerne"));
  for (const RiskMunicipality& m : r.municipalities)
    figure_line(out, model.municipalities[m.municipality].id, m.net_change, lang);
  out << "\n" << tr(lang, "totals", "i alt") << "\n";
  figure_line(out, tr(lang, "transferred cost", "overført udgift"), r.transferred_cost, lang,
              false);
  figure_line(out, tr(lang, "price", "pris"), r.price, lang, false);
  figure_line(out, tr(lang, "net change", "nettoændring"), r.net_change, lang);
  if (r.has_organisation) {
    out << "\n" << tr(lang, "organisation", "organisation") << "\n";
    figure_line(out, tr(lang, "cost", "omkostning"), r.cost, lang, false);
    figure_line(out, tr(lang, "result", "resultat"), r.result, lang);
    figure_line(out, tr(lang, "savings", "besparelse"), r.savings, lang);
  }
  out << "\n";
  swing_list(out, tr(lang, "swings of the total net change", "udsving i den samlede nettoændring"),
             r, r.swings_net_change, r.net_change.scale, lang);
  if (r.has_organisation) {
    swing_list(
        out, tr(lang, "swings of the organisation's result", "udsving i organisationens resultat"),
        r, r.swings_result, r.result.scale, lang);
    swing_list(out, tr(lang, "swings of the savings", "udsving i besparelsen"), r, r.swings_savings,
               r.savings.scale, lang);
  }
}

}  // namespace opgavesnit
