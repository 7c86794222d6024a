// `plan --format html`: one self-contained HTML file (inline CSS, inline
// SVG, no script, no external address) with the summary of all
// municipalities, one view per municipality, and the dependency graph of
// one municipality.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/locale.h>

#include <ostream>
#include <string>
#include <string_view>

namespace opgavesnit {

/// The picture of the dependency graph, drawn by the caller (the engine
/// starts no program): Graphviz's SVG of write_plan_dot's graph of
/// `municipality`, or a note saying why there is none.
struct HtmlGraph {
  Id municipality = kNoId;  ///< kNoId: no graph section at all
  std::string svg;          ///< Graphviz's output as it came; empty: not drawn
  std::string note;         ///< shown when `svg` is empty (why it was not drawn)
};

/// Writes the report. Every text from the model is escaped; numbers are
/// formatted for `lang`. An SVG that embeddable_svg refuses is replaced by
/// a note. The same inputs always give the same bytes.
void write_plan_html(std::ostream& out, const Model& model, const Plan& plan, Lang lang,
                     const HtmlGraph& graph);

/// `text` escaped for HTML text and double-quoted attribute values (`&`,
/// `<`, `>`, `"`, `'`).
std::string html_escape(std::string_view text);

/// The `<svg>` element of Graphviz's SVG output, ready to be placed inside
/// HTML: the XML prolog, DOCTYPE and comments removed, and the namespace
/// addresses dropped (an inline `<svg>` needs none). Returns "" when the
/// SVG holds anything Graphviz does not write for our graphs (an element
/// outside its vocabulary, an event handler or link attribute, a script or
/// CDATA section): such a picture is not embedded.
std::string embeddable_svg(std::string_view svg);

}  // namespace opgavesnit
