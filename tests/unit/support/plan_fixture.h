// The planner tests' helpers (tests/unit/plan/): plan a scenario by id and
// look at what the plan says of one component or municipality.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <string>

namespace opgavesnit::testing {

/// The plan of `scenario`; its diagnostics go to `out`, and without `out`
/// there must be none.
Plan plan_of(const Model& m, const std::string& scenario, Diagnostics* out = nullptr);

/// The plan of component `q` (qualified id); requires that there is one.
const ComponentPlan& comp(const Model& m, const Plan& p, const std::string& q);

/// The ids of the tasks that move of component `q`, sorted, comma-separated.
std::string tasks(const Model& m, const Plan& p, const std::string& q);

/// The plan of municipality `id`.
const MunicipalityPlan& muni(const Model& m, const Plan& p, const std::string& id);

/// `p` as `plan --format json` writes it.
std::string json_of(const Model& m, const Plan& p);

}  // namespace opgavesnit::testing
