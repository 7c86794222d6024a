// The canonical layout of a model file, for `opgavesnit fmt`: keys in the
// order of model_schema.h, two-space indentation, block style (lists of
// plain values as [a, b]), quotes only where YAML needs them, numbers as
// written, comments and single blank lines kept.
#pragma once

#include <opgavesnit/core/diagnostics.h>

#include <string>

namespace opgavesnit {

/// Rewrites one model file's `text` (UTF-8, a byte-order mark allowed) in
/// the canonical layout into `out`. Returns false, with located errors in
/// `diags` at file `file`, when the file on its own has errors (encoding,
/// syntax, shape: references to other files are not checked), or when it
/// cannot be rewritten without losing something: a comment
/// inside a flow collection or on a line that holds no key, an alias, or
/// (a safety net) output that would read differently from the input.
bool format_model_file(const std::string& text, Id file, std::string& out, Diagnostics& diags);

}  // namespace opgavesnit
