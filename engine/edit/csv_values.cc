// Numbers and ids out of a cell's text (csv_values.h).
#include "csv_values.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace opgavesnit::csv_import {

namespace {

/// Decodes the UTF-8 sequence at `i` (valid UTF-8 assumed); advances `i`.
std::uint32_t next_code_point(const std::string& s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  i += len;
  return cp;
}

}  // namespace

std::optional<std::string> plain_number(const std::string& cell, char mark) {
  std::string s = cell;
  std::string out;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) out += s[i++];
  std::vector<std::size_t> groups{0};  // digits in each group of the integer part
  bool grouped = false, fraction = false;
  std::size_t fraction_digits = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      out += c;
      if (fraction)
        ++fraction_digits;
      else
        ++groups.back();
      ++i;
    } else if (c == mark && !fraction) {
      fraction = true;
      out += '.';
      ++i;
    } else if (!fraction && (c == (mark == ',' ? '.' : ',') || c == ' ')) {
      grouped = true;
      groups.push_back(0);
      ++i;
    } else if (!fraction && s.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
      grouped = true;
      groups.push_back(0);
      i += 2;
    } else if (!fraction && s.compare(i, 3, "\xE2\x80\xAF") == 0) {  // narrow no-break space
      grouped = true;
      groups.push_back(0);
      i += 3;
    } else {
      return std::nullopt;
    }
  }
  if (groups.front() == 0 && !(groups.size() == 1 && fraction && fraction_digits > 0))
    return std::nullopt;
  if (fraction && fraction_digits == 0) return std::nullopt;
  if (grouped) {
    if (groups.front() > 3) return std::nullopt;
    for (std::size_t g = 1; g < groups.size(); ++g)
      if (groups[g] != 3) return std::nullopt;
  }
  if (out.empty() || out == "-" || out == "+") return std::nullopt;
  if (out[0] == '+') out.erase(0, 1);
  if (out[0] == '.') out.insert(0, "0");
  if (out.size() > 1 && out[0] == '-' && out[1] == '.') out.insert(1, "0");
  return out;
}

std::string normalize_id(const std::string& s) {
  std::string out;
  bool dash = false;
  auto put = [&](std::string_view t) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += t;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::uint32_t cp = next_code_point(s, i);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '.' || cp == '_')
      put(std::string(1, static_cast<char>(cp)));
    else if (cp >= 'A' && cp <= 'Z')
      put(std::string(1, static_cast<char>(cp - 'A' + 'a')));
    else if (cp == 0xE6 || cp == 0xC6)  // æ Æ
      put("ae");
    else if (cp == 0xF8 || cp == 0xD8)  // ø Ø
      put("oe");
    else if (cp == 0xE5 || cp == 0xC5)  // å Å
      put("aa");
    else
      dash = true;
  }
  return out;
}

}  // namespace opgavesnit::csv_import
