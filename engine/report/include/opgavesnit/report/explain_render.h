// `explain` for a person (text, in English or Danish) and for a program
// (JSON): the renderers of plan/explain.h's Explanation.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/explain.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/locale.h>

#include <ostream>
#include <string>

namespace opgavesnit {

/// Lines of text, each ending in a newline: the component and its status;
/// why each task is where it is (the seed's level, the `includes` entry
/// with its file:line and the level it comes from through `extends`, or
/// the chain that pulled it in); why its wave (the chain of hard
/// dependencies, the cycle of its group); why its period (capacity and the
/// periods before it, or the dependency placed latest); what its seeds
/// cause (conflicts, dropped seeds, with the paths); and its part of the
/// municipality's economy. Names, with the id in brackets. Model text is
/// escaped for a terminal. An Explanation without a component gives "".
std::string explain_text(const Model& model, const Plan& plan, const Explanation& ex, Lang lang);

/// The same as one JSON document (ids, not names; numbers exact).
void write_explain_json(std::ostream& out, const Model& model, const Plan& plan,
                        const Explanation& ex);

}  // namespace opgavesnit
