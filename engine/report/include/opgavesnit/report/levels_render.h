// The reports of `opgavesnit levels`: text, JSON and Markdown.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/levels.h>
#include <opgavesnit/report/locale.h>

#include <ostream>

namespace opgavesnit {

/// A table, one row per candidate level: hours and FTE transferred, price,
/// net change, interfaces, conflicts or dropped seeds (as the scenario's
/// policy has them), with the current level, the cheapest and the one
/// that moves the most without conflict marked; then what the marks mean.
void write_levels_text(std::ostream& out, const Model& model, const LevelsReport& report,
                       Lang lang);

/// The "opgavesnit-levels" version 1 document: the scenario, the
/// municipality, its current level, one object per variant (in the
/// table's order), and the ids of the cheapest and of the one that moves
/// the most without conflict (null when none). Numbers as in the plan.
void write_levels_json(std::ostream& out, const Model& model, const LevelsReport& report);

/// The same table as Markdown, model text escaped, numbers for `lang`.
void write_levels_markdown(std::ostream& out, const Model& model, const LevelsReport& report,
                           Lang lang);

}  // namespace opgavesnit
