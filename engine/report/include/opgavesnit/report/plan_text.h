// The plan as a terminal reads it: a summary of the municipalities, then
// each municipality's package, cut, economy and transition plan, the
// schedule and the totals.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/locale.h>

#include <ostream>

namespace opgavesnit {

/// What write_plan_text prints.
struct PlanTextOptions {
  Lang lang = Lang::en;
  /// Only this municipality (no summary table); kNoId: all of them.
  Id municipality = kNoId;
};

/// Writes the plan for a terminal; model text has its control characters
/// escaped.
void write_plan_text(std::ostream& out, const Model& model, const Plan& plan,
                     const PlanTextOptions& options = {});

}  // namespace opgavesnit
