// Internal to the engine: the stages of make_plan that live in their own
// files (waves.cc, economy.cc).
#pragma once

#include "diagnostics.h"
#include "model.h"
#include "plan.h"

namespace opgavesnit {

/// Groups the handover set into waves and, when the scenario has `waves`,
/// places the groups in periods (semantics.md §7). Reads
/// `plan.components[*].tasks`; fills the wave fields, `groups`,
/// `wave_count` and `unscheduled`.
void assign_waves(const Model& model, const Scenario& scenario, Plan& plan);

/// Fills the economy of every municipality, the common-cost shares and the
/// totals (§8). Reads the handover from `plan.components`.
void compute_economy(const Model& model, const Scenario& scenario, Plan& plan, Diagnostics& diags);

/// Byte order of qualified ids.
inline bool qualified_less(const Model& model, Id a, Id b) {
  return model.components[a].qualified < model.components[b].qualified;
}

}  // namespace opgavesnit
