// `compare --format json`: the stable, versioned comparison document.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/compare.h>

#include <ostream>

namespace opgavesnit {

/// Writes `cmp` as the "opgavesnit-compare" version 1 document: the two
/// scenarios, every municipality (by id, unchanged ones too, with
/// `"changed": false` and empty lists) and the totals. Lists are sorted as
/// in the plan document (components, conflicts by qualified id, interfaces
/// by (from, to, kind), dropped seeds by (component, task), task ids by
/// id); figures are objects {"a", "b", "difference"} with the plan's
/// number rules. 2-space indented, ending in a newline; deterministic.
void write_compare_json(std::ostream& out, const Model& model, const Comparison& cmp);

}  // namespace opgavesnit
