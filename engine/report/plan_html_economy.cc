#include "plan_html_economy.h"

#include <opgavesnit/report/plan_html.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "names.h"

namespace opgavesnit {

namespace {

std::string esc(std::string_view s) { return html_escape(s); }

/// Bar colours, one per municipality (cycled); the organisation's revenue
/// and cost use the first two.
constexpr std::string_view kPalette[] = {"#0b5ed7", "#d97706", "#198754", "#b02a37",
                                         "#6f42c1", "#0aa2c0", "#7a5c00", "#5b6472",
                                         "#e83e8c", "#20c997", "#8fa8d8", "#343a40"};
constexpr long kColours = sizeof kPalette / sizeof kPalette[0];

/// One series of a grouped bar chart: a value per year.
struct Series {
  std::string name;  ///< already escaped
  std::vector<Int256> values;
};

/// `v` scaled to `pixels` over `full` (> 0), rounded towards zero: exact
/// integer arithmetic, the same on every machine.
long scaled(const Int256& v, const Int256& full, long pixels) {
  return static_cast<long>(Int256(v * pixels / full));
}

/// A grouped bar chart: one group per year, one bar per series, positive
/// above the axis and negative below it. Each bar has a tooltip with its
/// exact figure; a legend names the series.
void bar_chart(std::ostream& out, std::string_view title, const std::vector<int>& years,
               const std::vector<Series>& series, Lang lang) {
  constexpr long kPlot = 200, kTop = 16, kLeft = 112, kGap = 16, kLegendRow = 18,
                 kLegendColumn = 200;
  const long n = static_cast<long>(series.size());
  const long n_years = std::max(1L, static_cast<long>(years.size()));
  const long bar = n <= 4 ? 28 : n <= 12 ? 14 : 6;
  // Many series: at least three legend columns wide, the groups spread out.
  const long group =
      std::max(n * bar + kGap, n > 4 ? (3 * kLegendColumn + n_years - 1) / n_years : 0L);
  const long width = kLeft + n_years * group + kGap;
  const long columns = std::max(1L, std::min(n, (width - kLeft) / kLegendColumn));
  const long rows = (n + columns - 1) / columns;
  Int256 top(0), bottom(0);
  for (const Series& s : series)
    for (const Int256& v : s.values) {
      top = std::max(top, v);
      bottom = std::min(bottom, v);
    }
  const Int256 span = top - bottom;
  // The axis sits where zero falls in [bottom, top]; all zero: at the foot.
  const long axis = span > 0 ? kTop + scaled(top, span, kPlot) : kTop + kPlot;
  const long legend_y = kTop + kPlot + 34;
  const long height = legend_y + rows * kLegendRow + 4;
  out << "<svg class=\"chart\" role=\"img\" width=\"" << width << "\" height=\"" << height
      << "\" viewBox=\"0 0 " << width << " " << height << "\">\n<title>" << esc(title)
      << "</title>\n";
  auto axis_label = [&](long y, const Int256& v) {
    out << "<text x=\"" << kLeft - 6 << "\" y=\"" << y + 4 << "\" text-anchor=\"end\">"
        << esc(format_ratio(v, kBudgetDenominator, 0, lang)) << "</text>\n";
  };
  if (top > 0) axis_label(kTop, top);
  axis_label(axis, Int256(0));
  if (bottom < 0) axis_label(kTop + kPlot, bottom);
  out << "<line x1=\"" << kLeft << "\" y1=\"" << axis << "\" x2=\"" << width - kGap / 2
      << "\" y2=\"" << axis << "\" stroke=\"#5b6472\"/>\n";
  for (std::size_t y = 0; y < years.size(); ++y) {
    const long x0 = kLeft + static_cast<long>(y) * group + (group - n * bar) / 2;
    for (long s = 0; s < n; ++s) {
      const Int256& v = series[static_cast<std::size_t>(s)].values[y];
      const long h = span > 0 ? scaled(v < 0 ? Int256(-v) : v, span, kPlot) : 0;
      const long yy = v < 0 ? axis : axis - h;
      out << "<rect x=\"" << x0 + s * bar << "\" y=\"" << yy << "\" width=\"" << bar - 1
          << "\" height=\"" << std::max(h, 1L) << "\" fill=\"" << kPalette[s % kColours]
          << "\"><title>" << series[static_cast<std::size_t>(s)].name << " " << years[y] << ": "
          << esc(format_money_ratio(v, kBudgetDenominator, lang)) << "</title></rect>\n";
    }
    out << "<text x=\"" << x0 + (n * bar) / 2 << "\" y=\"" << kTop + kPlot + 18
        << "\" text-anchor=\"middle\">" << years[y] << "</text>\n";
  }
  for (long s = 0; s < n; ++s) {
    const long y = legend_y + (s % rows) * kLegendRow;
    const long x = kLeft + (s / rows) * kLegendColumn;
    out << "<rect x=\"" << x << "\" y=\"" << y - 10 << "\" width=\"12\" height=\"12\" fill=\""
        << kPalette[s % kColours] << "\"/><text x=\"" << x + 18 << "\" y=\"" << y << "\">"
        << series[static_cast<std::size_t>(s)].name << "</text>\n";
  }
  out << "</svg>\n";
}

class EconomyHtml {
 public:
  EconomyHtml(std::ostream& out, const Model& model, const Plan& plan, Lang lang)
      : out_(out), model_(model), plan_(plan), lang_(lang) {}

  void organisation();
  void budget();
  void ownership();

 private:
  std::string heading(std::string_view key) const { return capitalized(label(key, lang_)); }
  std::string org_money(const Int256& v) const {
    return format_money(v, kOrganisationMoneyScale, lang_);
  }
  std::string org_signed(const Int256& v) const {
    return format_signed_money(v, kOrganisationMoneyScale, lang_);
  }
  std::string muni(Id m) const { return esc(names::municipality(model_, m)); }
  void budget_table(const std::vector<BudgetYear>& years, bool organisation) const;

  std::ostream& out_;
  const Model& model_;
  const Plan& plan_;
  Lang lang_;
};

void EconomyHtml::organisation() {
  if (!plan_.organisation) return;
  const OrganisationPlan& o = *plan_.organisation;
  out_ << "<section id=\"organisation\">\n<h2>" << heading("organisation");
  if (model_.organisation && !model_.organisation->name.empty())
    out_ << ": " << esc(model_.organisation->name);
  if (model_.organisation && !model_.organisation->id.empty())
    out_ << " <code>" << esc(model_.organisation->id) << "</code>";
  out_ << "</h2>\n<table class=\"kv\">\n";
  auto row = [&](std::string_view key, const std::string& v, bool strong = false) {
    out_ << "<tr" << (strong ? " class=\"strong\"" : "") << "><th>" << heading(key)
         << "</th><td class=\"num\">" << v << "</td></tr>\n";
  };
  const std::uint64_t per_fte =
      o.hours_per_fte > 0 ? static_cast<std::uint64_t>(o.hours_per_fte) * 10000 : 0;
  row("hours_needed",
      format_ratio(o.hours_needed, 1000000, 2, lang_) + " " + std::string(label("h", lang_)));
  row("fte_needed", format_ratio(o.hours_needed, per_fte, 3, lang_));
  row("staff_cost", org_money(o.staff_cost));
  row("fixed_cost", org_money(o.fixed_cost));
  row("annual_costs", org_money(o.annual_costs));
  row("cost", org_money(o.cost), true);
  row("revenue", org_money(o.revenue), true);
  out_ << "<tr class=\"strong\"><th>" << heading("result") << "</th><td class=\"num"
       << (o.result < 0 ? " bad" : "") << "\">" << org_signed(o.result) << "</td></tr>\n";
  row("savings", org_signed(o.savings));
  out_ << "</table>\n<p class=\"note\">" << label("html_organisation_note", lang_)
       << "</p>\n</section>\n";
}

void EconomyHtml::budget_table(const std::vector<BudgetYear>& years, bool organisation) const {
  out_ << "<div class=\"wide\"><table class=\"budget\">\n<thead><tr><th></th>";
  for (const BudgetYear& by : years) out_ << "<th class=\"num\">" << by.year << "</th>";
  out_ << "</tr></thead>\n<tbody>\n";
  auto row = [&](std::string_view key, Int256 BudgetYear::*field, bool strong) {
    out_ << "<tr" << (strong ? " class=\"strong\"" : "") << "><th>" << heading(key) << "</th>";
    for (const BudgetYear& by : years)
      out_ << "<td class=\"num\">"
           << (strong ? with_money_unit(
                            format_signed_ratio(by.*field, kBudgetDenominator, 2, lang_), lang_)
                      : format_money_ratio(by.*field, kBudgetDenominator, lang_))
           << "</td>";
    out_ << "</tr>\n";
  };
  row("price", &BudgetYear::price, false);
  row("released", &BudgetYear::released, false);
  row("common_costs", &BudgetYear::common_costs, false);
  row("net_change", &BudgetYear::net_change, true);
  if (organisation) {
    row("org_revenue", &BudgetYear::revenue, false);
    row("org_cost", &BudgetYear::cost, false);
    row("org_result", &BudgetYear::result, true);
  }
  out_ << "</tbody>\n</table></div>\n";
}

void EconomyHtml::budget() {
  if (!plan_.has_budget) return;
  out_ << "<section id=\"budget\">\n<h2>" << heading("budget") << "</h2>\n<p class=\"note\">"
       << label("html_budget_note", lang_) << "</p>\n";
  std::vector<int> years;
  for (const BudgetYear& by : plan_.budget) years.push_back(by.year);
  std::vector<Series> nets;
  for (Id m : plan_.municipality_order) {
    Series s{muni(m), {}};
    for (const BudgetYear& by : plan_.municipalities[m].budget) s.values.push_back(by.net_change);
    s.values.resize(years.size());
    nets.push_back(std::move(s));
  }
  const std::string net_title =
      capitalized(label("net_change", lang_)) + " " + std::string(label("per_year", lang_));
  out_ << "<figure class=\"chart\" id=\"chart-net-change\">\n";
  bar_chart(out_, net_title, years, nets, lang_);
  out_ << "<figcaption>" << esc(net_title) << " (" << esc(label("money_unit", lang_))
       << ")</figcaption>\n</figure>\n";
  if (plan_.organisation) {
    std::vector<Series> org{{heading("revenue"), {}}, {heading("cost"), {}}};
    for (const BudgetYear& by : plan_.budget) {
      org[0].values.push_back(by.revenue);
      org[1].values.push_back(by.cost);
    }
    const std::string org_title =
        heading("organisation") + ": " + std::string(label("revenue", lang_)) + " " +
        std::string(label("against", lang_)) + " " + std::string(label("cost", lang_));
    out_ << "<figure class=\"chart\" id=\"chart-organisation\">\n";
    bar_chart(out_, org_title, years, org, lang_);
    out_ << "<figcaption>" << esc(org_title) << " (" << esc(label("money_unit", lang_))
         << ")</figcaption>\n</figure>\n";
  }
  for (Id m : plan_.municipality_order) {
    out_ << "<h3>" << muni(m) << " <code>" << esc(model_.municipalities[m].id) << "</code></h3>\n";
    budget_table(plan_.municipalities[m].budget, false);
  }
  out_ << "<h3>" << heading(plan_.organisation ? "region_and_organisation" : "region") << "</h3>\n";
  budget_table(plan_.budget, plan_.organisation.has_value());
  out_ << "</section>\n";
}

void EconomyHtml::ownership() {
  if (!plan_.has_ownership) return;
  out_ << "<section id=\"ownership\">\n<h2>" << heading("ownership")
       << "</h2>\n<table class=\"ownership\">\n<thead><tr><th>" << heading("municipality")
       << "</th><th class=\"num\">" << heading("cash") << "</th><th class=\"num\">"
       << heading("in_kind") << "</th><th class=\"num\">" << heading("contribution")
       << "</th><th class=\"num\">" << heading("ownership_share")
       << "</th></tr></thead>\n<tbody>\n";
  Int256 cash, in_kind, contribution;
  std::int64_t share = 0;
  for (Id m : plan_.municipality_order) {
    const OwnershipShare& s = *plan_.municipalities[m].ownership;
    cash += s.cash;
    in_kind += s.in_kind;
    contribution += s.contribution;
    share += s.share;
    out_ << "<tr><td>" << muni(m) << "</td><td class=\"num\">" << format_money(s.cash, 4, lang_)
         << "</td><td class=\"num\">" << format_money(s.in_kind, 4, lang_)
         << "</td><td class=\"num\">" << format_money(s.contribution, 4, lang_)
         << "</td><td class=\"num\">" << format_fixed(Int256(s.share), 2, 2, lang_)
         << " %</td></tr>\n";
  }
  out_ << "</tbody>\n<tfoot><tr><th>" << heading("total") << "</th><td class=\"num\">"
       << format_money(cash, 4, lang_) << "</td><td class=\"num\">"
       << format_money(in_kind, 4, lang_) << "</td><td class=\"num\">"
       << format_money(contribution, 4, lang_) << "</td><td class=\"num\">"
       << format_fixed(Int256(share), 2, 2, lang_)
       << " %</td></tr></tfoot>\n</table>\n</section>\n";
}

}  // namespace

void write_economy_html(std::ostream& out, const Model& model, const Plan& plan, Lang lang) {
  EconomyHtml html(out, model, plan, lang);
  html.organisation();
  html.budget();
  html.ownership();
}

}  // namespace opgavesnit
