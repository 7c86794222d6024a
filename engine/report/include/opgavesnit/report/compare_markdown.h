// `compare --format md`: the difference between two scenarios as a
// Markdown report for a council paper.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/compare.h>
#include <opgavesnit/report/locale.h>

#include <ostream>

namespace opgavesnit {

/// Writes `cmp` in `lang`: the two scenarios, a summary table of the
/// municipalities that changed (with a total row), one line naming those
/// that did not, then a section per changed municipality: level, figures
/// (A, B, difference), components handed over and taken back, components
/// with other tasks, task-split matrix cells that changed, common-cost
/// shares, interfaces, conflicts and dropped seeds added and removed, and
/// wave changes. Model text is escaped; numbers formatted for `lang`.
void write_compare_markdown(std::ostream& out, const Model& model, const Comparison& cmp,
                            Lang lang);

}  // namespace opgavesnit
