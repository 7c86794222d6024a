// Runs Graphviz's `dot` program to draw a DOT graph as SVG. The one place
// where opgavesnit starts another program: the engine only writes DOT text.
#pragma once

#include <string>

namespace opgavesnit::cli {

/// Runs `dot -Tsvg` (found on PATH) on `dot_text`, arguments passed
/// directly (no shell), input and output through private temporary files.
/// Returns true with the SVG in `svg`; false with a one-line reason in
/// `error` when `dot` is missing, fails, or takes longer than
/// `timeout_seconds` (it is then killed).
bool render_svg(const std::string& dot_text, std::string& svg, std::string& error,
                int timeout_seconds = 60);

}  // namespace opgavesnit::cli
