// `risk --format md`: a section for a council paper.
#include <fmt/format.h>
#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/risk_report.h>

#include "risk_labels.h"

namespace opgavesnit {

namespace {

using risk_report::heading;
using risk_report::money;
using risk_report::sentence;

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
  t.column(heading("risk_likely", lang), MdTable::Align::right);
  t.column("P10", MdTable::Align::right);
  t.column("P50", MdTable::Align::right);
  t.column("P90", MdTable::Align::right);
  t.column(heading("risk_mean", lang), MdTable::Align::right);
  return t;
}

void swing_table(std::ostream& out, std::string_view title, const RiskResult& r,
                 const std::vector<Swing>& swings, int scale, Lang lang) {
  out << "### " << title << "\n\n";
  if (swings.empty()) {
    out << heading("risk_no_estimate_moves", lang) << ".\n\n";
    return;
  }
  MdTable t;
  t.column(heading("risk_estimate", lang));
  t.column(heading("risk_at_low", lang), MdTable::Align::right);
  t.column(heading("risk_at_high", lang), MdTable::Align::right);
  t.column(heading("risk_swing", lang), MdTable::Align::right);
  for (const Swing& s : swings)
    t.row({md_code(r.variables[s.variable].id), money(s.low, scale, lang),
           money(s.high, scale, lang),
           format_money(Int256(abs(s.high - s.low)), static_cast<unsigned>(scale), lang)});
  t.write(out);
}

}  // namespace

void write_risk_markdown(std::ostream& out, const Model& model, const Plan& plan,
                         const RiskResult& r, Lang lang) {
  out << "# " << sentence("risk_title", lang, md_code(plan.scenario_id)) << "\n\n";
  out << sentence("risk_md_head", lang, r.variables.size(), r.runs, r.seed) << "\n\n";
  out << label("risk_percentiles", lang) << "\n\n";
  out << "## " << heading("risk_net_change_per_municipality", lang) << "\n\n";
  MdTable munis = figure_table(heading("municipality", lang), lang);
  for (const RiskMunicipality& m : r.municipalities) {
    const Municipality& muni = model.municipalities[m.municipality];
    munis.row(cells(md_escape(muni.name.empty() ? muni.id : muni.name), m.net_change, lang));
  }
  munis.write(out);
  out << "## " << heading("totals", lang) << "\n\n";
  MdTable totals = figure_table(heading("figure", lang), lang);
  totals.row(cells(heading("transferred_cost", lang), r.transferred_cost, lang, false));
  totals.row(cells(heading("price", lang), r.price, lang, false));
  totals.row(cells(heading("net_change", lang), r.net_change, lang));
  if (r.has_organisation) {
    totals.row(cells(heading("org_cost", lang), r.cost, lang, false));
    totals.row(cells(heading("org_result", lang), r.result, lang));
    totals.row(cells(heading("savings", lang), r.savings, lang));
  }
  totals.write(out);
  out << "## " << heading("risk_which_estimate", lang) << "\n\n";
  out << label("risk_swing_note", lang) << "\n\n";
  swing_table(out, heading("risk_total_net_change", lang), r, r.swings_net_change,
              r.net_change.scale, lang);
  if (r.has_organisation) {
    swing_table(out, heading("org_result", lang), r, r.swings_result, r.result.scale, lang);
    swing_table(out, heading("savings", lang), r, r.swings_savings, r.savings.scale, lang);
  }
}

}  // namespace opgavesnit
