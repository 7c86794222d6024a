// Writing a YAML scalar: the one writer of `fmt` and `import csv`, so that
// both write the same text the same way and every file they write loads
// again with the same meaning.
#pragma once

#include <string>
#include <string_view>

namespace opgavesnit::yaml {

/// Where a scalar is written: in block context (`key: value`, `- value`) or
/// inside a flow collection (`[a, b]`, `{k: v}`), where `,[]{}` end it.
enum class ScalarContext { block, flow };

/// True when `text` written without quotes reads back as the same text, as
/// text (not a number, boolean or null of YAML 1.2, nor a word or number that
/// YAML 1.1 readers take for one: `yes`, `No`, `~`, `1:30`, `2027-01-31`),
/// with no character that must not stand raw in a file (controls, C1,
/// NEL, line and paragraph separators, bidi controls, invisible ones), no
/// leading or trailing space, no indicator at its start, no `: ` or ` #`,
/// and in flow context none of `,[]{}:?`.
bool can_be_plain(std::string_view text, ScalarContext context);

/// `text` as a double-quoted scalar: `"` and `\` escaped, tab, line feed
/// and carriage return as `\t`, `\n`, `\r`, other C0 controls and DEL as
/// `\xNN`, and C1 controls, NEL, no-break space, zero-width and bidi
/// controls, line and paragraph separators and the byte-order mark as
/// `\uNNNN`; everything else as it is. `text` must be UTF-8: a byte that is
/// not is written as `\ufffd`.
std::string double_quoted(std::string_view text);

/// `text` as a YAML scalar that reads back as the same text: plain when
/// can_be_plain, else double-quoted.
std::string scalar_text(std::string_view text, ScalarContext context = ScalarContext::block);

}  // namespace opgavesnit::yaml
