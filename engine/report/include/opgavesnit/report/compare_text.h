// `compare --format text`: the difference between two scenarios as a
// transition manager reads it in a terminal.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/compare.h>
#include <opgavesnit/report/locale.h>

#include <ostream>

namespace opgavesnit {

/// Writes `cmp`: the two scenarios and whether each is consistent; per
/// municipality (by id) either one line "id (name): unchanged (level)" or
/// what differs: level, components handed over and taken back, components
/// with other tasks, task-split matrix cells, figures that changed (A -> B
/// and the difference), common-cost shares, interfaces, conflicts and
/// dropped seeds added (+) and removed (-), waves; then the totals. Long
/// lists show their first ten entries (the JSON form has them all).
/// Labels and numbers in `lang`.
void write_compare_text(std::ostream& out, const Model& model, const Comparison& cmp, Lang lang);

}  // namespace opgavesnit
