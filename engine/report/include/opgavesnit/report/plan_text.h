// `plan --format text`: the plan as a transition manager reads it in a
// terminal.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <ostream>

namespace opgavesnit {

/// Writes a readable summary of `plan`: the scenario and whether it is
/// consistent; per municipality (by id) its level, components by status,
/// hours and FTE, economy in kr. with 2 decimals, interfaces and split
/// components, the task-split matrix (one letter per cell), conflicts or
/// dropped seeds, waves and periods, common-cost shares; then the schedule
/// and the totals.
void write_plan_text(std::ostream& out, const Model& model, const Plan& plan);

}  // namespace opgavesnit
