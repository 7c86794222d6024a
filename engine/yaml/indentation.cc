#include "indentation.h"

#include <fmt/format.h>

#include <vector>

namespace opgavesnit::yaml {

namespace {

/// What the indentation analysis needs to know about one line of block YAML.
struct LineShape {
  bool content = false;          ///< not blank, not only a comment
  std::uint32_t indent = 0;      ///< spaces before the first character
  std::uint32_t key_column = 0;  ///< where its key starts, after any "- "
  std::string_view key;          ///< empty when the line has no `key:`
  bool has_value = false;        ///< a scalar after the key's ':'
};

LineShape shape(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  LineShape s;
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i == line.size() || line[i] == '#' || line[i] == '\t') return s;
  s.content = true;
  s.indent = static_cast<std::uint32_t>(i);
  while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
    i += 2;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  s.key_column = static_cast<std::uint32_t>(i);
  // Only a plain key: a quoted key or a flow collection is left alone.
  if (i == line.size() || line[i] == '"' || line[i] == '\'' || line[i] == '[' || line[i] == '{')
    return s;
  for (std::size_t k = i; k < line.size(); ++k) {
    if (line[k] == '#' && k > 0 && line[k - 1] == ' ') return s;
    if (line[k] != ':' || (k + 1 < line.size() && line[k + 1] != ' ')) continue;
    s.key = line.substr(i, k - i);
    std::size_t v = k + 1;
    while (v < line.size() && line[v] == ' ') ++v;
    // A value that opens something on the next lines is no value here.
    s.has_value = v < line.size() && line[v] != '#' && line[v] != '|' && line[v] != '>' &&
                  line[v] != '&' && line[v] != '!' && line[v] != '[' && line[v] != '{';
    return s;
  }
  return s;
}

std::string quoted(std::string_view key) {
  constexpr std::size_t kMax = 40;
  return "'" + std::string(key.substr(0, kMax)) + (key.size() > kMax ? "...'" : "'");
}

}  // namespace

bool indentation_problem(std::string_view text, std::uint32_t line, std::string& message,
                         std::uint32_t& column) {
  // Lines are read backwards from the error's, without storing them.
  std::size_t start = 0;
  for (std::uint32_t l = 0; l < line; ++l) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return false;
    ++start;
  }
  auto line_at = [&](std::size_t from) {
    const std::size_t end = text.find('\n', from);
    return text.substr(from, end == std::string_view::npos ? end : end - from);
  };
  // The start of the line before the one that starts at `from` (> 0).
  auto previous = [&](std::size_t from) {
    const std::size_t nl = from >= 2 ? text.rfind('\n', from - 2) : std::string_view::npos;
    return nl == std::string_view::npos ? std::size_t{0} : nl + 1;
  };
  const LineShape here = shape(line_at(start));
  if (!here.content || here.indent != here.key_column) return false;
  std::uint32_t above = line;
  std::size_t at = start;
  LineShape prev;
  while (above > 0 && !prev.content) {
    --above;
    at = previous(at);
    prev = shape(line_at(at));
  }
  if (!prev.content) return false;

  // Deeper than a key that already has its value: nothing can nest there.
  if (here.indent > prev.key_column && !prev.key.empty() && prev.has_value) {
    message = fmt::format(
        "this line is indented more than the key above it expects: {} on line {} has its value "
        "already; line the key up with {} (column {})",
        quoted(prev.key), above + 1, quoted(prev.key), prev.key_column + 1);
    column = here.indent;
    return true;
  }

  // Between two levels of the keys above: walking up, each line indented
  // less than every line after it opens a level (its key, and for "- " the
  // dash).
  struct Level {
    std::uint32_t column;
    std::uint32_t line;
    std::string_view key;
  };
  std::vector<Level> levels;  // deepest first
  std::uint32_t least = 0xffffffffu;
  for (std::uint32_t l = above;; --l, at = previous(at)) {
    const LineShape s = shape(line_at(at));
    if (s.content && s.indent < least) {
      if (s.indent == here.indent || s.key_column == here.indent) return false;
      if (!s.key.empty() && s.key_column < least) levels.push_back({s.key_column, l, s.key});
      least = s.indent;
    }
    if (l == 0 || least == 0) break;
  }
  const Level* deeper = nullptr;
  const Level* shallower = nullptr;
  for (const Level& lv : levels) {
    if (lv.column > here.indent) deeper = &lv;
    if (lv.column < here.indent && shallower == nullptr) shallower = &lv;
  }
  if (deeper == nullptr || shallower == nullptr) return false;
  message = fmt::format(
      "this line's indentation ({} space{}) matches no key above it: line it up with {} on line {} "
      "(column {}) or with {} on line {} (column {})",
      here.indent, here.indent == 1 ? "" : "s", quoted(deeper->key), deeper->line + 1,
      deeper->column + 1, quoted(shallower->key), shallower->line + 1, shallower->column + 1);
  column = here.indent;
  return true;
}

}  // namespace opgavesnit::yaml
