// `risk --format md`: a section for a council paper.
#include <fmt/format.h>
#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/risk_report.h>

#include "risk_labels.h"

namespace opgavesnit {

namespace {

using risk_report::money;
using risk_report::tr;

/// A row of a figure; `signed_figure` for changes and results (a "+" on gains).
std::vector<std::string> cells(std::string name, const RiskFigure& f, Lang lang,
                               bool signed_figure = true) {
  auto m = [&](const Int256& v) {
    return signed_figure ? money(v, f.scale, lang)
                         : format_money(v, static_cast<unsigned>(f.scale), lang);
  };
  return {std::move(name), m(f.likely), m(f.p10), m(f.p50), m(f.p90), m(f.mean)};
}

MdTable figure_table(std::string_view first, Lang lang) {
  MdTable t;
  t.column(std::string(first));
  t.column(std::string(tr(lang, "Likely", "Sandsynligst")), MdTable::Align::right);
  t.column("P10", MdTable::Align::right);
  t.column("P50", MdTable::Align::right);
  t.column("P90", MdTable::Align::right);
  t.column(std::string(tr(lang, "Mean", "Middel")), MdTable::Align::right);
  return t;
}

void swing_table(std::ostream& out, std::string_view title, const RiskResult& r,
                 const std::vector<Swing>& swings, int scale, Lang lang) {
  out << "### " << title << "\n\n";
  if (swings.empty()) {
    out << tr(lang, "No estimate moves it.", "Intet skøn flytter det.") << "\n\n";
    return;
  }
  MdTable t;
  t.column(std::string(tr(lang, "Estimate", "Skøn")));
  t.column(std::string(tr(lang, "At low", "Ved lav")), MdTable::Align::right);
  t.column(std::string(tr(lang, "At high", "Ved høj")), MdTable::Align::right);
  t.column(std::string(tr(lang, "Swing", "Udsving")), MdTable::Align::right);
  for (const Swing& s : swings)
    t.row({md_code(r.variables[s.variable].id), money(s.low, scale, lang),
           money(s.high, scale, lang),
           format_money(Int256(abs(s.high - s.low)), static_cast<unsigned>(scale), lang)});
  t.write(out);
}

}  // namespace

void write_risk_markdown(std::ostream& out, const Model& model, const Plan& plan,
                         const RiskResult& r, Lang lang) {
  out << "# " << tr(lang, "Uncertainty of scenario", "Usikkerhed i scenariet") << " "
      << md_code(plan.scenario_id) << "\n\n";
  out << fmt::format("{} {} {}, {} {}, seed {}.\n\n",
                     tr(lang, "Monte Carlo over", "Monte Carlo over"), r.variables.size(),
                     tr(lang, "three-point estimates", "trepunktsskøn"), r.runs,
                     tr(lang, "runs", "kørsler"), r.seed);
  out << risk_report::percentile_sentence(lang) << "\n\n";
  out << "## " << tr(lang, "Net change per municipality", "Nettoændring pr. kommune") << "\n\n";
  MdTable munis = figure_table(tr(lang, "Municipality", "Kommune"), lang);
  for (const RiskMunicipality& m : r.municipalities) {
    const Municipality& muni = model.municipalities[m.municipality];
    munis.row(cells(md_escape(muni.name.empty() ? muni.id : muni.name), m.net_change, lang));
  }
  munis.write(out);
  out << "## " << tr(lang, "Totals", "I alt") << "\n\n";
  MdTable totals = figure_table(tr(lang, "Figure", "Nøgletal"), lang);
  totals.row(cells(std::string(tr(lang, "Transferred cost", "Overført udgift")), r.transferred_cost,
                   lang, false));
  totals.row(cells(std::string(tr(lang, "Price", "Pris")), r.price, lang, false));
  totals.row(cells(std::string(tr(lang, "Net change", "Nettoændring")), r.net_change, lang));
  if (r.has_organisation) {
    totals.row(cells(std::string(tr(lang, "Organisation's cost", "Organisationens omkostning")),
                     r.cost, lang, false));
    totals.row(cells(std::string(tr(lang, "Organisation's result", "Organisationens resultat")),
                     r.result, lang));
    totals.row(cells(std::string(tr(lang, "Savings", "Besparelse")), r.savings, lang));
  }
  totals.write(out);
  out << "## " << tr(lang, "Which estimate matters most", "Hvilke skøn betyder mest") << "\n\n";
  out << tr(lang,
            "Each row puts one estimate at its low and at its high value, every other at its "
            "most likely value: refine the estimates at the top first.",
            "Hver række sætter ét skøn til sin lave og sin høje værdi og alle andre til deres "
            "mest sandsynlige: forfin skønnene øverst først.")
      << "\n\n";
  swing_table(out, tr(lang, "Total net change", "Samlet nettoændring"), r, r.swings_net_change,
              r.net_change.scale, lang);
  if (r.has_organisation) {
    swing_table(out, tr(lang, "Organisation's result", "Organisationens resultat"), r,
                r.swings_result, r.result.scale, lang);
    swing_table(out, tr(lang, "Savings", "Besparelse"), r, r.swings_savings, r.savings.scale, lang);
  }
}

}  // namespace opgavesnit
