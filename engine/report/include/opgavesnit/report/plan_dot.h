// `plan --format dot`: the dependency graph of a plan in Graphviz's DOT
// language, for those who draw it their own way, and the input of the
// picture in the HTML report.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace opgavesnit {

/// What to draw.
struct DotOptions {
  /// kNoId: every component of the model. Otherwise the components of this
  /// municipality, and those of other municipalities that they depend on or
  /// that depend on them (drawn dashed).
  Id municipality = kNoId;
  /// The word before a wave's number in the wave clusters' labels.
  std::string wave_word = "wave";
};

/// The number of nodes write_plan_dot draws for `options`.
std::size_t dot_node_count(const Model& model, const Plan& plan, const DotOptions& options);

/// Writes the graph: one node per component (named by its qualified id,
/// labelled with its id and name, filled by status), one edge per
/// dependency from the dependent to the component it depends on (solid:
/// hard, dashed: interface), the cut (the plan's interfaces) drawn thick
/// and red, and the handed-over components in one cluster per wave, waves
/// laid out as columns from left to right. Retained components that are
/// conflicts are outlined in red. Everything from the model is quoted and
/// escaped. The same plan always gives the same bytes.
void write_plan_dot(std::ostream& out, const Model& model, const Plan& plan,
                    const DotOptions& options);

/// `text` as a DOT double-quoted string (with the quotes), safe as an id
/// and as a label: `"` and `\` escaped, C0 controls made spaces, C1
/// controls, separators and bidi controls as "<U+0085>", a byte that is not
/// UTF-8 as "<FF>".
std::string dot_quote(std::string_view text);

}  // namespace opgavesnit
