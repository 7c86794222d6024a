// `risk --format html`: one self-contained page, no script. A range bar
// per municipality (P10 to P90, a tick at P50, a diamond at likely) and a
// tornado chart of each figure's swings, drawn as inline SVG.
#include <fmt/format.h>
#include <opgavesnit/report/plan_html.h>
#include <opgavesnit/report/risk_report.h>

#include <algorithm>
#include <cmath>

#include "risk_labels.h"

namespace opgavesnit {

namespace {

using risk_report::heading;
using risk_report::money;
using risk_report::sentence;

constexpr double kLabelWidth = 260;
constexpr double kChartWidth = 460;
constexpr double kRow = 26;

double as_double(const Int256& v, int scale) {
  return v.convert_to<double>() / std::pow(10.0, scale);
}

/// Maps values of [lo, hi] (widened to hold 0) onto the chart's width.
struct Axis {
  double lo = 0, hi = 0;
  void add(double v) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  double x(double v) const {
    const double span = hi > lo ? hi - lo : 1.0;
    return kLabelWidth + (v - lo) / span * kChartWidth;
  }
};

std::string num(double v) { return fmt::format("{:.1f}", v); }

void range_bars(std::ostream& out, const Model& model, const RiskResult& r, Lang lang) {
  Axis axis;
  for (const RiskMunicipality& m : r.municipalities)
    for (const Int256* v : {&m.net_change.p10, &m.net_change.p90, &m.net_change.likely})
      axis.add(as_double(*v, m.net_change.scale));
  const double height = kRow * static_cast<double>(r.municipalities.size()) + 30;
  out << fmt::format(
      "<svg class=\"chart\" role=\"img\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title>{}</title>\n",
      num(kLabelWidth + kChartWidth + 20), num(height), num(kLabelWidth + kChartWidth + 20),
      num(height), html_escape(label("risk_range_chart", lang)));
  const double zero = axis.x(0);
  out << fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"0\" y2=\"{1}\" class=\"zero\"/>\n",
                     num(zero), num(height - 20));
  double y = 4;
  for (const RiskMunicipality& m : r.municipalities) {
    const Municipality& muni = model.municipalities[m.municipality];
    const RiskFigure& f = m.net_change;
    const double x10 = axis.x(as_double(f.p10, f.scale)), x90 = axis.x(as_double(f.p90, f.scale));
    const double x50 = axis.x(as_double(f.p50, f.scale));
    const double xl = axis.x(as_double(f.likely, f.scale));
    out << "<g>";
    out << fmt::format(
        "<title>{}: P10 {}, P50 {}, P90 {}, {} {}</title>",
        html_escape(muni.name.empty() ? muni.id : muni.name),
        html_escape(money(f.p10, f.scale, lang)), html_escape(money(f.p50, f.scale, lang)),
        html_escape(money(f.p90, f.scale, lang)), html_escape(label("risk_likely", lang)),
        html_escape(money(f.likely, f.scale, lang)));
    out << fmt::format("<text x=\"{}\" y=\"{}\" class=\"label\">{}</text>", num(kLabelWidth - 8),
                       num(y + 15), html_escape(muni.name.empty() ? muni.id : muni.name));
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" class=\"range\"/>",
                       num(x10), num(y + 5), num(std::max(1.0, x90 - x10)));
    out << fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" class=\"p50\"/>",
                       num(x50), num(y + 2), num(y + 20));
    out << fmt::format("<path d=\"M{0} {1} l5 6 l-5 6 l-5 -6 z\" class=\"likely\"/>", num(xl),
                       num(y + 5));
    out << "</g>\n";
    y += kRow;
  }
  out << "</svg>\n";
}

void tornado(std::ostream& out, const RiskResult& r, const std::vector<Swing>& swings,
             const RiskFigure& f, std::string_view title, Lang lang) {
  out << "<h3>" << html_escape(title) << "</h3>\n";
  if (swings.empty()) {
    out << "<p>" << html_escape(heading("risk_no_estimate_moves", lang) + ".") << "</p>\n";
    return;
  }
  Axis axis;
  const double likely = as_double(f.likely, f.scale);
  axis.lo = axis.hi = likely;
  for (const Swing& s : swings) {
    axis.add(as_double(s.low, f.scale));
    axis.add(as_double(s.high, f.scale));
  }
  const double height = kRow * static_cast<double>(swings.size()) + 10;
  out << fmt::format(
      "<svg class=\"chart\" role=\"img\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title>{}</title>\n",
      num(kLabelWidth + kChartWidth + 20), num(height), num(kLabelWidth + kChartWidth + 20),
      num(height), html_escape(title));
  const double mid = axis.x(likely);
  double y = 4;
  for (const Swing& s : swings) {
    const double xl = axis.x(as_double(s.low, f.scale)), xh = axis.x(as_double(s.high, f.scale));
    const std::string& id = r.variables[s.variable].id;
    out << "<g>";
    out << fmt::format(
        "<title>{}: {} {}, {} {}</title>", html_escape(id), html_escape(label("risk_at_low", lang)),
        html_escape(money(s.low, f.scale, lang)), html_escape(label("risk_at_high", lang)),
        html_escape(money(s.high, f.scale, lang)));
    out << fmt::format("<text x=\"{}\" y=\"{}\" class=\"label\">{}</text>", num(kLabelWidth - 8),
                       num(y + 15), html_escape(id));
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" class=\"low\"/>",
                       num(std::min(xl, mid)), num(y + 3), num(std::max(1.0, std::fabs(mid - xl))));
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" class=\"high\"/>",
                       num(std::min(xh, mid)), num(y + 3), num(std::max(1.0, std::fabs(xh - mid))));
    out << "</g>\n";
    y += kRow;
  }
  out << fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"0\" y2=\"{1}\" class=\"zero\"/>\n", num(mid),
                     num(height));
  out << "</svg>\n";
  out << "<p class=\"legend\"><span class=\"key low\"></span> "
      << html_escape(label("risk_key_low", lang)) << " <span class=\"key high\"></span> "
      << html_escape(label("risk_key_high", lang)) << "; "
      << html_escape(label("risk_key_line", lang)) << " ("
      << html_escape(money(f.likely, f.scale, lang)) << ")</p>\n";
}

void figure_row(std::ostream& out, std::string_view name, const RiskFigure& f, Lang lang) {
  out << "<tr><th scope=\"row\">" << html_escape(name) << "</th>";
  for (const Int256* v : {&f.likely, &f.p10, &f.p50, &f.p90, &f.mean})
    out << "<td>" << html_escape(money(*v, f.scale, lang)) << "</td>";
  out << "</tr>\n";
}

void table_head(std::ostream& out, std::string_view first, Lang lang) {
  out << "<table>\n<thead><tr><th scope=\"col\">" << html_escape(first) << "</th>";
  for (const std::string& h : {heading("risk_likely", lang), std::string("P10"), std::string("P50"),
                               std::string("P90"), heading("risk_mean", lang)})
    out << "<th scope=\"col\">" << html_escape(h) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
}

}  // namespace

void write_risk_html(std::ostream& out, const Model& model, const Plan& plan, const RiskResult& r,
                     Lang lang) {
  const std::string title = sentence("risk_title", lang, plan.scenario_id);
  out << "<!DOCTYPE html>\n<html lang=\"" << to_string(lang)
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
         "'unsafe-inline'\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>\n"
      << "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}\n"
      << "table{border-collapse:collapse;margin:1em 0}td,th{padding:.2em .6em;border-bottom:1px "
         "solid #ddd}td{text-align:right;font-variant-numeric:tabular-nums}\n"
      << ".chart .label{text-anchor:end;font-size:12px}.chart .range{fill:#9ecae1}.chart "
         ".p50{stroke:#08519c;stroke-width:2}.chart .likely{fill:#d94801}.chart "
         ".zero{stroke:#888;stroke-dasharray:3 3}\n"
      << ".chart .low,.key.low{fill:#6baed6;background:#6baed6}.chart "
         ".high,.key.high{fill:#fd8d3c;background:#fd8d3c}.key{display:inline-block;width:1em;"
         "height:1em;vertical-align:middle}\n"
      << "</style>\n</head>\n<body>\n";
  out << "<h1>" << html_escape(title) << "</h1>\n";
  out << "<p>" << html_escape(sentence("risk_html_head", lang, r.variables.size(), r.runs, r.seed))
      << "</p>\n<p>" << html_escape(label("risk_percentiles", lang)) << "</p>\n";
  out << "<h2>" << html_escape(heading("risk_net_change_per_municipality", lang)) << "</h2>\n";
  out << "<p class=\"legend\">" << html_escape(label("risk_bar_legend", lang)) << "</p>\n";
  range_bars(out, model, r, lang);
  table_head(out, heading("municipality", lang), lang);
  for (const RiskMunicipality& m : r.municipalities) {
    const Municipality& muni = model.municipalities[m.municipality];
    figure_row(out, muni.name.empty() ? muni.id : muni.name, m.net_change, lang);
  }
  out << "</tbody>\n</table>\n";
  out << "<h2>" << html_escape(heading("totals", lang)) << "</h2>\n";
  table_head(out, heading("figure", lang), lang);
  figure_row(out, heading("transferred_cost", lang), r.transferred_cost, lang);
  figure_row(out, heading("price", lang), r.price, lang);
  figure_row(out, heading("net_change", lang), r.net_change, lang);
  if (r.has_organisation) {
    figure_row(out, heading("org_cost", lang), r.cost, lang);
    figure_row(out, heading("org_result", lang), r.result, lang);
    figure_row(out, heading("savings", lang), r.savings, lang);
  }
  out << "</tbody>\n</table>\n";
  out << "<h2>" << html_escape(heading("risk_which_estimate", lang)) << "</h2>\n";
  tornado(out, r, r.swings_net_change, r.net_change, heading("risk_total_net_change", lang), lang);
  if (r.has_organisation) {
    tornado(out, r, r.swings_result, r.result, heading("org_result", lang), lang);
    tornado(out, r, r.swings_savings, r.savings, heading("savings", lang), lang);
  }
  out << "</body>\n</html>\n";
}

}  // namespace opgavesnit
