// `plan --format json`: the stable, versioned plan document (cli.md).
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <ostream>

namespace opgavesnit {

class JsonWriter;

/// Writes `plan` as the "opgavesnit-plan" version 1 document: lists sorted
/// by the bytes of their ids, numbers exact (money and hours with at most 2
/// decimals, FTE with at most 3, half away from zero), 2-space indented,
/// ending in a newline. The same plan always gives the same bytes.
void write_plan_json(std::ostream& out, const Model& model, const Plan& plan);

/// One interface, conflict or dropped seed as the plan document writes it;
/// `compare` writes its lists of them with the same objects.
void write_interface_json(JsonWriter& w, const Model& model, const Interface& i);
void write_conflict_json(JsonWriter& w, const Model& model, const Conflict& cf);
void write_dropped_json(JsonWriter& w, const Model& model, const DroppedSeed& ds);

/// The JSON number text of a money figure (ten-thousandths of a krone).
std::string money_json(const Int256& ten_thousandths);
/// The JSON number text of hours (hundredths).
std::string hours_json(const Int256& hundredths);
/// The JSON number text of an FTE figure `hours / hours_per_fte`.
std::string fte_json(const Int256& hours, Cents hours_per_fte);

/// The JSON number texts of the figures beyond one year (§§10-12): a
/// budget year's money (1 / kBudgetDenominator kr.), the organisation's
/// money (10^-kOrganisationMoneyScale kr.) and FTE, an ownership share
/// (hundredths of a percent).
std::string budget_money_json(const Int256& v);
std::string organisation_money_json(const Int256& v);
std::string organisation_fte_json(const OrganisationPlan& o);
std::string share_json(std::int64_t hundredths);

/// One year of a budget; `with_organisation` adds the organisation's
/// revenue, cost and result (the plan's totals).
void write_budget_year_json(JsonWriter& w, const BudgetYear& by, bool with_organisation);
/// The organisation's figures of §10.
void write_organisation_json(JsonWriter& w, const OrganisationPlan& o);

}  // namespace opgavesnit
