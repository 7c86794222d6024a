// The economy beyond one year in the text and Markdown reports: the shared
// organisation (semantics.md §10), the budget by year (§11) and ownership
// (§12). Each section appears only when the plan has what it shows.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/locale.h>

#include <ostream>

namespace opgavesnit {

/// The sections for `plan --format text` (municipalities by id), labelled
/// in `lang`.
void write_economy_text(std::ostream& out, const Model& model, const Plan& plan, Lang lang);

/// The sections for `plan --format md`, labelled in `lang`.
void write_economy_markdown(std::ostream& out, const Model& model, const Plan& plan, Lang lang);

}  // namespace opgavesnit
