// Surrogate pairs in double-quoted scalars, rewritten for yaml-cpp
// (surrogates.h).
#include "surrogates.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace opgavesnit::yaml {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The value of the `\uXXXX` escape at `s[i]`, or -1.
std::int32_t u_escape(const std::string& s, std::size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  std::int32_t v = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int h = hex_value(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

}  // namespace

bool may_hold_surrogate(const std::string& s) {
  for (std::size_t i = s.find("\\u"); i != std::string::npos; i = s.find("\\u", i + 1))
    if (const std::int32_t v = u_escape(s, i); v >= 0xD800 && v <= 0xDFFF) return true;
  return false;
}

bool rewrite_surrogates(const std::string& in, std::string& out, std::vector<Shortened>& shortened,
                        std::uint32_t bad[2], std::string& what) {
  const std::size_t n = in.size();
  out.clear();
  out.reserve(n);
  std::size_t copied = 0;  // in[0, copied) is in `out`
  std::uint32_t line = 0;
  std::size_t line_start = 0;
  std::uint32_t shortened_on_line = 0;
  int flow = 0;
  bool plain = false;
  auto space = [&](std::size_t k) {
    return k >= n || in[k] == ' ' || in[k] == '\t' || in[k] == '\n' || in[k] == '\r';
  };
  auto new_line = [&](std::size_t k) {  // in[k] is '\n'
    ++line;
    line_start = k + 1;
    shortened_on_line = 0;
  };
  auto skip_to_line_end = [&](std::size_t k) {
    while (k < n && in[k] != '\n') ++k;
    return k;
  };
  std::size_t i = 0;
  while (i < n) {
    const char c = in[i];
    if (c == '\n') {
      new_line(i);
      if (flow == 0) plain = false;
      ++i;
      continue;
    }
    if (plain) {
      if ((c == ' ' || c == '\t') && i + 1 < n && in[i + 1] == '#') {
        plain = false;
        i = skip_to_line_end(i);
      } else if (c == ':' && (space(i + 1) || (flow > 0 && i + 1 < n &&
                                               std::string_view(",[]{}").find(in[i + 1]) !=
                                                   std::string_view::npos))) {
        plain = false;
        ++i;
      } else if (flow > 0 && std::string_view(",[]{}").find(c) != std::string_view::npos) {
        plain = false;  // the indicator is read below
      } else {
        ++i;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == ',') {
      ++i;
    } else if (c == '#') {
      i = skip_to_line_end(i);
    } else if (c == '[' || c == '{') {
      ++flow;
      ++i;
    } else if (c == ']' || c == '}') {
      flow = std::max(0, flow - 1);
      ++i;
    } else if ((c == '-' || c == '?' || c == ':') && space(i + 1)) {
      ++i;
    } else if (i == line_start && (in.compare(i, 3, "---") == 0 || in.compare(i, 3, "...") == 0) &&
               space(i + 3)) {
      i += 3;
    } else if (i == line_start && c == '%') {
      i = skip_to_line_end(i);
    } else if (c == '&' || c == '*' || c == '!') {
      while (i < n && !space(i) &&
             !(flow > 0 && std::string_view(",[]{}").find(in[i]) != std::string_view::npos))
        ++i;
    } else if (c == '|' || c == '>') {
      // A block scalar: its lines are those indented deeper than the line
      // of its header (and blank lines among them).
      std::size_t indent = 0;
      while (line_start + indent < n && in[line_start + indent] == ' ') ++indent;
      i = skip_to_line_end(i);
      while (i < n) {  // in[i] == '\n'
        std::size_t k = i + 1, spaces = 0;
        while (k < n && in[k] == ' ') ++k, ++spaces;
        const bool blank = k >= n || in[k] == '\n' || in[k] == '\r';
        if (!blank && spaces <= indent) break;
        new_line(i);
        i = skip_to_line_end(i + 1);
      }
    } else if (c == '\'') {
      for (++i; i < n; ++i) {
        if (in[i] == '\n') new_line(i);
        if (in[i] != '\'') continue;
        if (i + 1 < n && in[i + 1] == '\'') {
          ++i;
          continue;
        }
        break;
      }
      ++i;
    } else if (c == '"') {
      for (++i; i < n && in[i] != '"'; ++i) {
        if (in[i] == '\n') new_line(i);
        if (in[i] != '\\') continue;
        const std::int32_t high = u_escape(in, i);
        if (high < 0xD800 || high > 0xDFFF) {
          if (i + 1 < n && in[i + 1] == '\n') new_line(i + 1);
          ++i;  // the escaped character
          continue;
        }
        const std::int32_t low = high <= 0xDBFF ? u_escape(in, i + 6) : -1;
        if (low < 0xDC00 || low > 0xDFFF) {
          bad[0] = line;
          bad[1] = static_cast<std::uint32_t>(i - line_start);
          what = in.substr(i, 6);
          return false;
        }
        const std::uint32_t cp = 0x10000u + ((static_cast<std::uint32_t>(high) - 0xD800u) << 10) +
                                 (static_cast<std::uint32_t>(low) - 0xDC00u);
        out.append(in, copied, i - copied);
        out += fmt::format("\\U{:08X}", cp);
        copied = i + 12;
        ++shortened_on_line;
        shortened.push_back(
            {line, static_cast<std::uint32_t>(i + 12 - line_start - 2 * shortened_on_line)});
        i += 11;
      }
      ++i;
    } else {
      plain = true;
      ++i;
    }
  }
  out.append(in, std::min(copied, n), std::string::npos);
  return true;
}

}  // namespace opgavesnit::yaml
