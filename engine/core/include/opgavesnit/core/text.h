#pragma once

/// UTF-8 text: decoding, validation, display width, shortening, and the one
/// escaper for text that reaches a terminal or a plain-text report.
///
/// Every renderer that writes a string taken from a model (a name, an id, a
/// reason, a period) into text meant for a person routes it through
/// terminal_text() (or, for Markdown, md_escape, which builds on the same
/// classification), so that no escape sequence, line end or bidi control
/// from a hostile file can set a window title, clear a screen or forge a
/// report line.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace opgavesnit {

/// Decodes one UTF-8 sequence at `s[i]` (i < s.size()). Returns the code
/// point and sets `len`, or returns -1 with `len` = 1 for a byte that does
/// not start a valid sequence (overlong forms, surrogates and values past
/// U+10FFFF are invalid).
std::int32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len);

/// Whether `s` is valid UTF-8 throughout.
bool is_valid_utf8(std::string_view s);

/// Appends the UTF-8 encoding of `cp` (0 <= cp <= 0x10FFFF, not a surrogate).
void append_utf8(std::string& out, std::uint32_t cp);

/// Whether `c` is a UTF-8 continuation byte (10xxxxxx).
constexpr bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

/// Code points that must not reach a terminal raw: C0 controls (tab and
/// line feed included), DEL, C1 controls, line and paragraph separators and
/// bidi controls ("trojan source").
bool is_unsafe_code_point(std::int32_t cp);

/// Columns a code point takes on a terminal (a rough wcwidth: 0 for
/// combining marks and zero-width characters, 2 for East Asian wide ones).
int display_width(std::int32_t cp);

/// Columns `text` takes on a terminal once escaped by terminal_text().
std::size_t display_width(std::string_view text);

/// "<U+001B>" (at least four hex digits), as clang shows such characters.
std::string code_point_escape(std::int32_t cp);

/// "<FF>": a byte that is not UTF-8.
std::string byte_escape(unsigned char byte);

/// `text` safe for one line of a terminal or a plain-text report: unsafe
/// code points (is_unsafe_code_point: newline and tab included) as
/// "<U+001B>", bytes that are not UTF-8 as "<FF>", a byte-order mark
/// dropped; everything else unchanged. Text without such characters comes
/// back byte for byte.
std::string terminal_text(std::string_view text);

/// Appends terminal_text(text) to `out`; with `keep_line_breaks`, tab,
/// line feed and carriage return are kept as they are (for formats whose
/// quoting holds them: a CSV cell, HTML text).
void append_terminal_text(std::string& out, std::string_view text, bool keep_line_breaks = false);

/// `text` cut to at most `max` bytes at a UTF-8 boundary, with "..." added
/// when cut.
std::string shorten_utf8(std::string_view text, std::size_t max);

}  // namespace opgavesnit
