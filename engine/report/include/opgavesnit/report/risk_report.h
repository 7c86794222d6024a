// The renderers of `risk` (semantics.md §13): the JSON document of cli.md
// (`opgavesnit-risk` version 1), text for a terminal, Markdown for a
// council paper, and a self-contained HTML page with inline SVG pictures.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/risk.h>
#include <opgavesnit/report/locale.h>

#include <ostream>

namespace opgavesnit {

/// The `opgavesnit-risk` JSON document, version 1.
void write_risk_json(std::ostream& out, const Model& model, const Plan& plan, const RiskResult& r);

/// Per municipality likely and P10–P50–P90 of the net change, the totals,
/// the organisation and the largest swings.
void write_risk_text(std::ostream& out, const Model& model, const Plan& plan, const RiskResult& r,
                     Lang lang);

/// The same as Markdown, with a sentence on what P10 and P90 mean.
void write_risk_markdown(std::ostream& out, const Model& model, const Plan& plan,
                         const RiskResult& r, Lang lang);

/// One HTML file, no script: a range bar per municipality and a tornado
/// chart of the swings, drawn as inline SVG.
void write_risk_html(std::ostream& out, const Model& model, const Plan& plan, const RiskResult& r,
                     Lang lang);

}  // namespace opgavesnit
