// The text of a model file before it is parsed: lone carriage returns as
// line breaks, and the check that it is UTF-8 of YAML's printable
// characters (tree.h).
#include <opgavesnit/yaml/tree.h>

namespace opgavesnit::yaml {

void normalize_line_breaks(std::string& text) {
  for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1))
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
}

bool check_utf8(const std::string& text, std::uint32_t& line, std::uint32_t& column) {
  std::uint32_t l = 0;
  std::size_t line_start = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      // YAML allows only printable characters: no C0 controls but tab,
      // line feed and carriage return, and no DEL.
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        line = l;
        column = static_cast<std::uint32_t>(i - line_start);
        return false;
      }
      if (c == '\n') {
        ++l;
        line_start = i + 1;
      }
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07u;
    }
    bool ok = len > 0 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    if (ok) {
      // Overlong forms, surrogates and values past U+10FFFF; C1 controls
      // but U+0085 (YAML allows only printable characters).
      if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
          (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp <= 0x9F && cp != 0x85))
        ok = false;
    }
    if (!ok) {
      line = l;
      column = static_cast<std::uint32_t>(i - line_start);
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace opgavesnit::yaml
