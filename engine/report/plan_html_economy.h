// The economy beyond one year in the HTML report (semantics.md §§10-12):
// the organisation, the budget by year with two inline-SVG charts drawn
// here (no script), and ownership. Private to the report stage.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/locale.h>

#include <ostream>

namespace opgavesnit {

/// Writes the sections `organisation`, `budget` and `ownership` of the
/// plan's report, each only when the plan has what it shows. Model text is
/// escaped with html_escape; every coordinate is computed in integers, so
/// the same plan always gives the same bytes.
void write_economy_html(std::ostream& out, const Model& model, const Plan& plan, Lang lang);

}  // namespace opgavesnit
