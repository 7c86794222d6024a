#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/plan_economy.h>
#include <opgavesnit/report/plan_markdown.h>

#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

namespace {

/// The labels of these sections, English and Danish.
struct Words {
  std::string_view organisation, cost, revenue, result, savings, fte_needed, hours_needed,
      staff_cost, fixed_cost, annual_costs, budget, region, price, released, common_costs,
      net_change, ownership, cash, in_kind, contribution, share, year, total;
};

const Words& words(Lang lang) {
  static const Words en{"Organisation", "cost",         "revenue",    "result",     "savings",
                        "FTE needed",   "hours needed", "staff cost", "fixed cost", "annual costs",
                        "Budget",       "region",       "price",      "released",   "common costs",
                        "net change",   "Ownership",    "cash",       "in kind",    "contribution",
                        "share",        "year",         "total"};
  static const Words da{
      "Organisation", "omkostning", "indtægt",        "resultat",           "gevinst",
      "årsværk",      "timer",      "lønomkostning",  "faste omkostninger", "årlige omkostninger",
      "Budget",       "regionen",   "pris",           "frigjort",           "fællesomkostninger",
      "nettoændring", "Ejerandele", "kapitalindskud", "apportindskud",      "indskud i alt",
      "ejerandel",    "år",         "i alt"};
  return lang == Lang::da ? da : en;
}

std::string org_money(const Int256& v, Lang lang) {
  return format_money(v, kOrganisationMoneyScale, lang);
}

/// As the text report prints money: "1,234.50 kr.".
std::string org_kr(const Int256& v, Lang lang) {
  return format_fixed(v, kOrganisationMoneyScale, 2, lang) + " kr.";
}

std::string budget_money(const Int256& v, Lang lang) {
  // Twelfths are not exact at any decimal scale: print from the ratio.
  const std::string text = format_ratio(v, kBudgetDenominator, 2, lang);
  return lang == Lang::da ? text + " kr." : "DKK " + text;
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
  return format_ratio(v, 1000000, 2, lang) + (lang == Lang::da ? " t" : " h");
}

void pad_line(std::ostream& out, std::string_view label, const std::string& value) {
  std::string padded = "  " + std::string(label);
  if (padded.size() < 21)
    padded.resize(21, ' ');
  else
    padded += ' ';
  out << padded << value << '\n';
}

std::string cell(std::string text, std::size_t width) {
  if (text.size() < width) text.insert(0, width - text.size(), ' ');
  return text;
}

/// One budget table as text: a row per figure, a column per year.
void budget_text(std::ostream& out, const std::vector<BudgetYear>& years, bool organisation) {
  constexpr std::size_t kWidth = 18;
  out << "  " << std::string(19, ' ');
  for (const BudgetYear& by : years) out << cell(std::to_string(by.year), kWidth);
  out << '\n';
  auto row = [&](std::string_view name, Int256 BudgetYear::*field) {
    std::string label = "  " + std::string(name);
    label.resize(21, ' ');
    out << label;
    for (const BudgetYear& by : years)
      out << cell(budget_money(by.*field, Lang::en).substr(4), kWidth);
    out << '\n';
  };
  row("price", &BudgetYear::price);
  row("released", &BudgetYear::released);
  row("common costs", &BudgetYear::common_costs);
  row("net change", &BudgetYear::net_change);
  if (organisation) {
    row("org. revenue", &BudgetYear::revenue);
    row("org. cost", &BudgetYear::cost);
    row("org. result", &BudgetYear::result);
  }
}

void budget_markdown(std::ostream& out, const std::vector<BudgetYear>& years, bool organisation,
                     Lang lang) {
  const Words& w = words(lang);
  MdTable t;
  t.column("");
  for (const BudgetYear& by : years) t.column(std::to_string(by.year), MdTable::Align::right);
  auto row = [&](std::string_view name, Int256 BudgetYear::*field) {
    std::vector<std::string> cells{capitalized(name)};
    for (const BudgetYear& by : years) cells.push_back(budget_money(by.*field, lang));
    t.row(std::move(cells));
  };
  row(w.price, &BudgetYear::price);
  row(w.released, &BudgetYear::released);
  row(w.common_costs, &BudgetYear::common_costs);
  row(w.net_change, &BudgetYear::net_change);
  if (organisation) {
    const std::string org(lang == Lang::da ? "organisationens " : "organisation's ");
    row(org + std::string(w.revenue), &BudgetYear::revenue);
    row(org + std::string(w.cost), &BudgetYear::cost);
    row(org + std::string(w.result), &BudgetYear::result);
  }
  t.write(out);
}

}  // namespace

void write_economy_text(std::ostream& out, const Model& model, const Plan& plan) {
  const Lang en = Lang::en;
  if (plan.organisation) {
    const OrganisationPlan& o = *plan.organisation;
    out << "\norganisation";
    if (model.organisation && !model.organisation->id.empty()) out << " " << model.organisation->id;
    out << "\n";
    pad_line(out, "hours needed",
             org_hours(o.hours_needed, en) + " (" + fte_needed(o, en) + " FTE)");
    pad_line(out, "staff cost", org_kr(o.staff_cost, en));
    pad_line(out, "fixed cost", org_kr(o.fixed_cost, en));
    pad_line(out, "annual costs", org_kr(o.annual_costs, en));
    pad_line(out, "cost", org_kr(o.cost, en));
    pad_line(out, "revenue", org_kr(o.revenue, en));
    pad_line(out, "result", org_kr(o.result, en));
    pad_line(out, "savings", org_kr(o.savings, en));
  }
  if (plan.has_budget) {
    for (Id m : plan.municipality_order) {
      out << "\nbudget " << model.municipalities[m].id << "\n";
      budget_text(out, plan.municipalities[m].budget, false);
    }
    out << "\nbudget, region" << (plan.organisation ? " and organisation" : "") << "\n";
    budget_text(out, plan.budget, plan.organisation.has_value());
  }
  if (plan.has_ownership) {
    out << "\nownership\n";
    out << "  municipality       " << cell("cash", 19) << cell("in kind", 19)
        << cell("contribution", 19) << cell("share", 10) << '\n';
    for (Id m : plan.municipality_order) {
      const OwnershipShare& s = *plan.municipalities[m].ownership;
      std::string id = "  " + model.municipalities[m].id;
      if (id.size() < 21) id.resize(21, ' ');
      out << id << cell(format_fixed(s.cash, 4, 2, en), 19)
          << cell(format_fixed(s.in_kind, 4, 2, en), 19)
          << cell(format_fixed(s.contribution, 4, 2, en), 19) << cell(share_text(s.share, en), 10)
          << '\n';
    }
  }
}

void write_economy_markdown(std::ostream& out, const Model& model, const Plan& plan, Lang lang) {
  const Words& w = words(lang);
  if (plan.organisation) {
    const OrganisationPlan& o = *plan.organisation;
    out << "## " << w.organisation;
    if (model.organisation && !model.organisation->name.empty())
      out << ": " << md_escape(model.organisation->name);
    out << "\n\n";
    MdTable t;
    t.column("");
    t.column("", MdTable::Align::right);
    t.row({capitalized(w.hours_needed), org_hours(o.hours_needed, lang)});
    t.row({capitalized(w.fte_needed), fte_needed(o, lang)});
    t.row({capitalized(w.staff_cost), org_money(o.staff_cost, lang)});
    t.row({capitalized(w.fixed_cost), org_money(o.fixed_cost, lang)});
    t.row({capitalized(w.annual_costs), org_money(o.annual_costs, lang)});
    t.row({"**" + capitalized(w.cost) + "**", "**" + org_money(o.cost, lang) + "**"});
    t.row({"**" + capitalized(w.revenue) + "**", "**" + org_money(o.revenue, lang) + "**"});
    t.row({capitalized(w.result), org_money(o.result, lang)});
    t.row({capitalized(w.savings), org_money(o.savings, lang)});
    t.write(out);
  }
  if (plan.has_budget) {
    out << "## " << w.budget << "\n\n";
    for (Id m : plan.municipality_order) {
      out << "### " << md_municipality(model, m) << "\n\n";
      budget_markdown(out, plan.municipalities[m].budget, false, lang);
    }
    out << "### " << capitalized(w.region) << (plan.organisation ? " / " : "")
        << (plan.organisation ? w.organisation : "") << "\n\n";
    budget_markdown(out, plan.budget, plan.organisation.has_value(), lang);
  }
  if (plan.has_ownership) {
    out << "## " << w.ownership << "\n\n";
    MdTable t;
    t.column(capitalized(label("municipality", lang)));
    t.column(capitalized(w.cash), MdTable::Align::right);
    t.column(capitalized(w.in_kind), MdTable::Align::right);
    t.column(capitalized(w.contribution), MdTable::Align::right);
    t.column(capitalized(w.share), MdTable::Align::right);
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
