#include <opgavesnit/core/text.h>
#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/plan_economy.h>
#include <opgavesnit/report/plan_markdown.h>

#include <string>
#include <string_view>
#include <vector>

#include "text_table.h"

namespace opgavesnit {

namespace {

constexpr std::size_t kLabelWidth = 21;

std::string word(std::string_view key, Lang lang) { return std::string(label(key, lang)); }

std::string org_money(const Int256& v, Lang lang) {
  return format_money(v, kOrganisationMoneyScale, lang);
}

std::string share_text(std::int64_t hundredths, Lang lang) {
  return format_fixed(Int256(hundredths), 2, 2, lang) + " %";
}

std::string fte_needed(const OrganisationPlan& o, Lang lang) {
  return format_ratio(o.hours_needed,
                      o.hours_per_fte > 0 ? static_cast<std::uint64_t>(o.hours_per_fte) * 10000 : 0,
                      3, lang);
}

std::string org_hours(const Int256& v, Lang lang) {
  return format_ratio(v, 1000000, 2, lang) + " " + word("h", lang);
}

void pad_line(std::ostream& out, std::string_view key, const std::string& value, Lang lang) {
  std::string padded = "  " + word(key, lang);
  const std::size_t width = display_width(padded);
  padded += width < kLabelWidth ? std::string(kLabelWidth - width, ' ') : std::string(" ");
  out << padded << value << '\n';
}

/// The figures of a budget table, in the order every report shows them.
struct BudgetRow {
  std::string_view key;
  Int256 BudgetYear::*field;
};
constexpr BudgetRow kMunicipalityRows[] = {{"price", &BudgetYear::price},
                                           {"released", &BudgetYear::released},
                                           {"common_costs", &BudgetYear::common_costs},
                                           {"net_change", &BudgetYear::net_change}};
constexpr BudgetRow kOrganisationRows[] = {{"org_revenue", &BudgetYear::revenue},
                                           {"org_cost", &BudgetYear::cost},
                                           {"org_result", &BudgetYear::result}};

/// One budget table as text: a row per figure, a column per year, the
/// numbers in the unit the heading names.
void budget_text(std::ostream& out, const std::vector<BudgetYear>& years, bool organisation,
                 Lang lang) {
  TextTable t;
  t.column("");
  for (const BudgetYear& by : years) t.column(std::to_string(by.year), TextTable::Align::right);
  auto row = [&](const BudgetRow& r) {
    std::vector<std::string> cells{word(r.key, lang)};
    for (const BudgetYear& by : years)
      cells.push_back(format_ratio(by.*r.field, kBudgetDenominator, 2, lang));
    t.row(std::move(cells));
  };
  for (const BudgetRow& r : kMunicipalityRows) row(r);
  if (organisation)
    for (const BudgetRow& r : kOrganisationRows) row(r);
  t.write(out, "  ");
}

void budget_markdown(std::ostream& out, const std::vector<BudgetYear>& years, bool organisation,
                     Lang lang) {
  MdTable t;
  t.column("");
  for (const BudgetYear& by : years) t.column(std::to_string(by.year), MdTable::Align::right);
  auto row = [&](const BudgetRow& r) {
    std::vector<std::string> cells{capitalized(label(r.key, lang))};
    for (const BudgetYear& by : years)
      cells.push_back(format_money_ratio(by.*r.field, kBudgetDenominator, lang));
    t.row(std::move(cells));
  };
  for (const BudgetRow& r : kMunicipalityRows) row(r);
  if (organisation)
    for (const BudgetRow& r : kOrganisationRows) row(r);
  t.write(out);
}

/// "regionen og organisationen" / "region and organisation".
std::string region_heading(const Plan& plan, Lang lang) {
  return word(plan.organisation ? "region_and_organisation" : "region", lang);
}

}  // namespace

void write_economy_text(std::ostream& out, const Model& model, const Plan& plan, Lang lang) {
  if (plan.organisation) {
    const OrganisationPlan& o = *plan.organisation;
    out << "\n" << word("organisation", lang);
    if (model.organisation && !model.organisation->id.empty())
      out << " " << terminal_text(model.organisation->id);
    out << "\n";
    pad_line(out, "hours_needed",
             org_hours(o.hours_needed, lang) + " (" + fte_needed(o, lang) + " " +
                 word("fte", lang) + ")",
             lang);
    pad_line(out, "staff_cost", org_money(o.staff_cost, lang), lang);
    pad_line(out, "fixed_cost", org_money(o.fixed_cost, lang), lang);
    pad_line(out, "annual_costs", org_money(o.annual_costs, lang), lang);
    pad_line(out, "cost", org_money(o.cost, lang), lang);
    pad_line(out, "revenue", org_money(o.revenue, lang), lang);
    pad_line(out, "result",
             with_money_unit(format_signed(o.result, kOrganisationMoneyScale, 2, lang), lang),
             lang);
    pad_line(out, "savings",
             with_money_unit(format_signed(o.savings, kOrganisationMoneyScale, 2, lang), lang),
             lang);
  }
  if (plan.has_budget) {
    const std::string unit = " (" + word("money_unit", lang) + ")";
    for (Id m : plan.municipality_order) {
      out << "\n"
          << word("budget", lang) << " " << terminal_text(model.municipalities[m].id) << unit
          << "\n";
      budget_text(out, plan.municipalities[m].budget, false, lang);
    }
    out << "\n" << word("budget", lang) << ", " << region_heading(plan, lang) << unit << "\n";
    budget_text(out, plan.budget, plan.organisation.has_value(), lang);
  }
  if (plan.has_ownership) {
    out << "\n" << word("ownership", lang) << " (" << word("money_unit", lang) << ")\n";
    TextTable t;
    t.column(word("municipality", lang));
    t.column(word("cash", lang), TextTable::Align::right);
    t.column(word("in_kind", lang), TextTable::Align::right);
    t.column(word("contribution", lang), TextTable::Align::right);
    t.column(word("ownership_share", lang), TextTable::Align::right);
    for (Id m : plan.municipality_order) {
      const OwnershipShare& s = *plan.municipalities[m].ownership;
      t.row({terminal_text(model.municipalities[m].id), format_fixed(s.cash, 4, 2, lang),
             format_fixed(s.in_kind, 4, 2, lang), format_fixed(s.contribution, 4, 2, lang),
             share_text(s.share, lang)});
    }
    t.write(out, "  ");
  }
}

void write_economy_markdown(std::ostream& out, const Model& model, const Plan& plan, Lang lang) {
  if (plan.organisation) {
    const OrganisationPlan& o = *plan.organisation;
    out << "## " << capitalized(label("organisation", lang));
    if (model.organisation && !model.organisation->name.empty())
      out << ": " << md_escape(model.organisation->name);
    out << "\n\n";
    MdTable t;
    t.column("");
    t.column("", MdTable::Align::right);
    auto row = [&](std::string_view key, const std::string& value, bool bold = false) {
      const std::string k = capitalized(label(key, lang));
      t.row({bold ? "**" + k + "**" : k, bold ? "**" + value + "**" : value});
    };
    row("hours_needed", org_hours(o.hours_needed, lang));
    row("fte_needed", fte_needed(o, lang));
    row("staff_cost", org_money(o.staff_cost, lang));
    row("fixed_cost", org_money(o.fixed_cost, lang));
    row("annual_costs", org_money(o.annual_costs, lang));
    row("cost", org_money(o.cost, lang), true);
    row("revenue", org_money(o.revenue, lang), true);
    row("result", with_money_unit(format_signed(o.result, kOrganisationMoneyScale, 2, lang), lang));
    row("savings",
        with_money_unit(format_signed(o.savings, kOrganisationMoneyScale, 2, lang), lang));
    t.write(out);
  }
  if (plan.has_budget) {
    out << "## " << capitalized(label("budget", lang)) << "\n\n";
    for (Id m : plan.municipality_order) {
      out << "### " << md_municipality(model, m) << "\n\n";
      budget_markdown(out, plan.municipalities[m].budget, false, lang);
    }
    out << "### " << capitalized(region_heading(plan, lang)) << "\n\n";
    budget_markdown(out, plan.budget, plan.organisation.has_value(), lang);
  }
  if (plan.has_ownership) {
    out << "## " << capitalized(label("ownership", lang)) << "\n\n";
    MdTable t;
    t.column(capitalized(label("municipality", lang)));
    t.column(capitalized(label("cash", lang)), MdTable::Align::right);
    t.column(capitalized(label("in_kind", lang)), MdTable::Align::right);
    t.column(capitalized(label("contribution", lang)), MdTable::Align::right);
    t.column(capitalized(label("ownership_share", lang)), MdTable::Align::right);
    for (Id m : plan.municipality_order) {
      const OwnershipShare& s = *plan.municipalities[m].ownership;
      t.row({md_municipality(model, m), format_money(s.cash, 4, lang),
             format_money(s.in_kind, 4, lang), format_money(s.contribution, 4, lang),
             share_text(s.share, lang)});
    }
    t.write(out);
  }
}

}  // namespace opgavesnit
