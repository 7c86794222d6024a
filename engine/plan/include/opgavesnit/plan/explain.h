// `explain`: why a component is, or is not, handed over in a plan.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <string>

namespace opgavesnit {

/// A few lines of text (each ending in a newline) on component `component`
/// of `plan`: for a handed-over component, for each of its tasks the
/// shortest chain from a seed that pulled it in and why that seed is one
/// (selected by the level, or pinned transfer), and why any other task
/// stays; for a retained one, what keeps it: a `retain` pin (with its
/// reason), a municipality that does not take part, a conflict (with its
/// path), dropped seeds (with the path to the retained component each
/// reaches), or no rule of the level selecting any of its tasks. A
/// component index out of range gives "".
std::string explain(const Model& model, const Plan& plan, Id component);

}  // namespace opgavesnit
