#include <fmt/format.h>
#include <opgavesnit/core/text.h>
#include <opgavesnit/yaml/scalar.h>
#include <opgavesnit/yaml/scalar_writer.h>

#include <algorithm>
#include <array>

namespace opgavesnit::yaml {

namespace {

/// Code points above ASCII that are written as an escape: those that must
/// not reach a reader raw (C1 controls, NEL, line and paragraph separators,
/// bidi controls), and those a reader cannot see (no-break space,
/// zero-width characters, word joiner, byte-order mark).
bool escaped_code_point(std::int32_t cp) {
  return is_unsafe_code_point(cp) || cp == 0xa0 || (cp >= 0x200b && cp <= 0x200d) || cp == 0x2060 ||
         cp == 0xfeff;
}

bool ascii_lower_equal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == y;
         });
}

bool digit(char c) { return c >= '0' && c <= '9'; }

/// Words and numbers that YAML 1.1 readers (PyYAML, older tools) take for
/// booleans, null, dates or numbers, in any case: text that must stay
/// quoted for them too.
bool yaml11_special(std::string_view v) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<"};
  for (std::string_view w : kWords)
    if (ascii_lower_equal(v, w)) return true;
  // 2027-01-31 (a date to YAML 1.1)
  if (v.size() >= 8 && digit(v[0]) && digit(v[1]) && digit(v[2]) && digit(v[3]) && v[4] == '-') {
    std::size_t i = 5, d = 0;
    while (i < v.size() && digit(v[i])) ++i, ++d;
    if (d >= 1 && d <= 2 && i < v.size() && v[i] == '-') return true;
  }
  // 1:30, 1_000, 0b101, 0o17, +1, .5 (numbers to YAML 1.1)
  if (!v.empty() && (digit(v[0]) || v[0] == '+' || v[0] == '-' || v[0] == '.')) {
    const bool numeric = std::all_of(v.begin(), v.end(), [](char c) {
      return digit(c) || c == ':' || c == '_' || c == '.' || c == '+' || c == '-' || c == 'b' ||
             c == 'x' || c == 'o' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (numeric && (v.find_first_of(":_") != std::string_view::npos || v.rfind("0b", 0) == 0))
      return true;
  }
  return false;
}

}  // namespace

bool can_be_plain(std::string_view v, ScalarContext context) {
  if (v.empty() || classify_scalar(std::string(v)) != ScalarClass::text || yaml11_special(v))
    return false;
  if (v.front() == ' ' || v.back() == ' ' || v.back() == ':') return false;
  // An indicator at the start begins something else than a plain scalar
  // ('.' and '<' only as "..." and "<<", which end a document or merge).
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(v.front()) != std::string_view::npos)
    return false;
  if (v.rfind("...", 0) == 0 || v.rfind("---", 0) == 0) return false;
  for (std::size_t i = 0, len = 0; i < v.size(); i += len)
    if (const std::int32_t cp = decode_utf8(v, i, len);
        cp < 0 || cp < 0x20 || cp == 0x7f || (cp >= 0x80 && escaped_code_point(cp)))
      return false;
  if (v.find(": ") != std::string_view::npos || v.find(" #") != std::string_view::npos)
    return false;
  if (context == ScalarContext::flow && v.find_first_of(",[]{}:?") != std::string_view::npos)
    return false;
  return true;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for (std::size_t i = 0, len = 0; i < text.size(); i += len) {
    const std::int32_t cp = decode_utf8(text, i, len);
    switch (cp) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case -1:
        out += "\\ufffd";
        break;
      default:
        if (cp < 0x20 || cp == 0x7f)
          out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
        else if (cp >= 0x80 && escaped_code_point(cp))
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
        else
          out.append(text, i, len);
    }
  }
  out += '"';
  return out;
}

std::string scalar_text(std::string_view text, ScalarContext context) {
  return can_be_plain(text, context) ? std::string(text) : double_quoted(text);
}

}  // namespace opgavesnit::yaml
