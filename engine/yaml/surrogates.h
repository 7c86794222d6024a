// Surrogate-pair escapes ("\ud83d\ude00") in double-quoted scalars, which
// yaml-cpp refuses, rewritten before parsing into the one escape it reads.
// Private to the yaml library.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace opgavesnit::yaml {

/// Where rewrite_surrogates shortened a line: `column` (0-based, in the
/// rewritten text) is the end of a `\U` escape that stands for a 12-byte
/// pair, 2 bytes shorter.
struct Shortened {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator<(const Shortened& a, const Shortened& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  }
};

/// True when `s` may hold a surrogate escape (`\uD800` to `\uDFFF`).
bool may_hold_surrogate(const std::string& s);

/// YAML 1.2 writes a character beyond the BMP in a double-quoted scalar
/// also as a UTF-16 surrogate pair (`"\ud83d\ude00"`, as JSON does);
/// yaml-cpp refuses every surrogate escape. Rewrites each pair inside a
/// double-quoted scalar into the one `\U0001F600` escape yaml-cpp reads,
/// recording where a line got shorter. A surrogate without its other half
/// is an error: returns false with `bad` (line, column) and `what` set.
///
/// Which text is a double-quoted scalar is found by a light scan of YAML's
/// tokens: comments, plain scalars (which hold quotes as text), single-
/// quoted scalars and block scalars (by indentation) are skipped. One file
/// is scanned once, and only when it holds a surrogate escape at all.
bool rewrite_surrogates(const std::string& in, std::string& out, std::vector<Shortened>& shortened,
                        std::uint32_t bad[2], std::string& what);

}  // namespace opgavesnit::yaml
