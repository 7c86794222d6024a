// A JSON Schema (draft-07, the draft yaml-language-server reads) of the model
// format, generated from the table in model_schema.h.
#pragma once

#include <string>

namespace opgavesnit {

/// The JSON Schema of one model file: pretty-printed with two-space
/// indentation, ending in a newline; the same bytes on every run.
std::string model_json_schema();

}  // namespace opgavesnit
