// Syntax errors that come from indentation, said in the user's terms.
// Private to the yaml library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace opgavesnit::yaml {

/// For a syntax error that yaml-cpp reports on 0-based line `line` of
/// `text`, when the line's indentation is the cause: a message that says
/// so (a line indented more than the key above it expects, after a key
/// that already has its value; or indented to no level of the keys above
/// it) and, in `column`, the column of the line's first character. False
/// (and nothing set) when the indentation does not explain the error.
/// Looks at the lines up to `line` once.
bool indentation_problem(std::string_view text, std::uint32_t line, std::string& message,
                         std::uint32_t& column);

}  // namespace opgavesnit::yaml
