// `plan --format md`: the plan as a Markdown report, fit to paste into a
// council paper.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/task_matrix.h>
#include <opgavesnit/report/locale.h>

#include <ostream>
#include <string>

namespace opgavesnit {

/// Writes `plan` as a Markdown report in `lang`: a title with the scenario,
/// a summary table of all municipalities (by id) with the totals, then one
/// section per municipality: its package (level, SLA, price), the
/// task-split matrix with hours, interfaces, conflicts or dropped seeds,
/// waves, economy and common-cost shares; then the schedule when the
/// scenario has periods. Every text from the model is escaped; numbers are
/// formatted for `lang` (report_locale.h). Deterministic.
/// The plan as a Markdown report: a summary, then per municipality its
/// package, task split, interfaces, conflicts, waves and handover plan,
/// economy and common costs, then the schedule. With `municipality`, only
/// that one (and no summary).
void write_plan_markdown(std::ostream& out, const Model& model, const Plan& plan, Lang lang,
                         Id municipality = kNoId);

/// The task-split matrix as a Markdown table (rows: types, columns: tasks;
/// each cell the holder and its hours), followed by an empty line. An empty
/// matrix writes nothing.
void write_matrix_markdown(std::ostream& out, const Model& model, const TaskMatrix& matrix,
                           Lang lang);

/// A municipality's name as a report shows it: "Samsø Kommune" (escaped),
/// or its id when it has no name.
std::string md_municipality(const Model& model, Id municipality);
/// A level as a report shows it: "Standard" (escaped), its id when it has
/// no name; for kNoId, the label of "none".
std::string md_level(const Model& model, Id level, Lang lang);

}  // namespace opgavesnit
