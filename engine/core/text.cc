#include <opgavesnit/core/text.h>

namespace opgavesnit {

std::int32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  len = 1;
  if (b0 < 0x80) return b0;
  std::size_t n;
  std::int32_t cp;
  std::int32_t min;
  if ((b0 & 0xe0) == 0xc0) {
    n = 2, cp = b0 & 0x1f, min = 0x80;
  } else if ((b0 & 0xf0) == 0xe0) {
    n = 3, cp = b0 & 0x0f, min = 0x800;
  } else if ((b0 & 0xf8) == 0xf0) {
    n = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return -1;
  }
  if (i + n > s.size()) return -1;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xc0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  len = n;
  return cp;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    if (decode_utf8(s, i, len) < 0) return false;
    i += len;
  }
  return true;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

bool is_unsafe_code_point(std::int32_t cp) {
  return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 ||
         (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e ||
         cp == 0x200f || cp == 0x061c;
}

int display_width(std::int32_t cp) {
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
      (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) ||
      (cp >= 0xfe20 && cp <= 0xfe2f) || (cp >= 0x200b && cp <= 0x200d) || cp == 0x2060 ||
      cp == 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f))
    return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f) ||
      (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd))
    return 2;
  return 1;
}

namespace {

std::string hex(std::uint32_t v, int digits) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string s(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 0xf];
  return s;
}

}  // namespace

std::string code_point_escape(std::int32_t cp) {
  const auto v = static_cast<std::uint32_t>(cp);
  return "<U+" + hex(v, v > 0xffff ? 6 : 4) + ">";
}

std::string byte_escape(unsigned char byte) { return "<" + hex(byte, 2) + ">"; }

void append_terminal_text(std::string& out, std::string_view text, bool keep_line_breaks) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Runs of printable ASCII, the common case, are copied whole.
    std::size_t j = i;
    while (j < text.size()) {
      const auto b = static_cast<unsigned char>(text[j]);
      if (b < 0x20 || b >= 0x7f) break;
      ++j;
    }
    out.append(text.substr(i, j - i));
    if (j == text.size()) break;
    i = j;
    std::size_t len;
    const std::int32_t cp = decode_utf8(text, i, len);
    if (cp < 0) {
      out += byte_escape(static_cast<unsigned char>(text[i]));
    } else if (keep_line_breaks && (cp == '\t' || cp == '\n' || cp == '\r')) {
      out += static_cast<char>(cp);
    } else if (is_unsafe_code_point(cp)) {
      out += code_point_escape(cp);
    } else if (cp != 0xfeff) {
      out.append(text.substr(i, len));
    }
    i += len;
  }
}

std::string terminal_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_terminal_text(out, text);
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len;
    const std::int32_t cp = decode_utf8(text, i, len);
    if (cp < 0) {
      width += 4;
    } else if (is_unsafe_code_point(cp)) {
      width += code_point_escape(cp).size();
    } else {
      width += static_cast<std::size_t>(display_width(cp));
    }
    i += len;
  }
  return width;
}

std::string shorten_utf8(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t end = max;
  for (int k = 0; k < 3 && end > 0 && is_utf8_continuation(text[end]); ++k) --end;
  return std::string(text.substr(0, end)) + "...";
}

}  // namespace opgavesnit
