// The one source-line index of the diagnostic renderers, and the excerpt
// (line and caret) and position every form shows.
#include <opgavesnit/core/text.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "writers.h"

namespace opgavesnit::diag {

namespace {

/// Longest source line shown whole; longer ones are shown as a window.
constexpr std::size_t kMaxShownLine = 120;
/// Bytes of the window that come before the column, where the line allows.
constexpr std::size_t kWindowLead = 40;

/// Renders `text` for a terminal into `out`. When `caret` is given, also
/// builds the whitespace that puts a caret under byte `column` of `text`
/// (tabs kept as tabs, one space per column of everything else).
void render(std::string_view text, bool keep_tabs, std::string& out, std::size_t column = 0,
            std::string* caret = nullptr) {
  bool caret_done = caret == nullptr;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!caret_done && i >= column) caret_done = true;
    std::size_t len;
    const std::int32_t cp = decode_utf8(text, i, len);
    std::size_t width = 0;
    if (cp == '\t' && keep_tabs) {
      out += '\t';
      if (!caret_done) *caret += '\t';
    } else if (cp < 0) {
      const std::string e = byte_escape(static_cast<unsigned char>(text[i]));
      out += e;
      width = e.size();
    } else if (is_unsafe_code_point(cp)) {
      const std::string e = code_point_escape(cp);
      out += e;
      width = e.size();
    } else if (cp == 0xfeff) {
      // A byte-order mark: invisible, shown as nothing.
    } else {
      out.append(text.substr(i, len));
      width = static_cast<std::size_t>(display_width(cp));
    }
    if (!caret_done) caret->append(width, ' ');
    i += len;
  }
}

}  // namespace

std::optional<std::string_view> SourceLines::line(const SourcePos& pos) {
  const SourceFile* f = file(pos);
  if (f == nullptr) return std::nullopt;
  Index& index = index_for(pos.file);
  std::string_view text = f->text;
  if (index.last_line != pos.line) {
    const std::size_t slot = pos.line / kStride;
    if (slot >= index.checkpoints.size()) return std::nullopt;
    std::size_t begin = index.checkpoints[slot];
    for (std::size_t l = slot * kStride; l < pos.line; ++l) {
      const void* nl = std::memchr(text.data() + begin, '\n', text.size() - begin);
      if (nl == nullptr) return std::nullopt;
      begin = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    }
    const void* nl = std::memchr(text.data() + begin, '\n', text.size() - begin);
    const std::size_t end =
        nl == nullptr ? text.size()
                      : static_cast<std::size_t>(static_cast<const char*>(nl) - text.data());
    index.last_line = pos.line;
    index.last_begin = begin;
    index.last_end = end;
  }
  std::string_view l = text.substr(index.last_begin, index.last_end - index.last_begin);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

SourceLines::Index& SourceLines::index_for(Id file) {
  auto it = indexes_.find(file);
  if (it != indexes_.end()) return it->second;
  Index index;
  const std::string& text = files_[file].text;
  index.checkpoints.push_back(0);
  std::size_t line = 0;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    if (++line % kStride == 0)
      index.checkpoints.push_back(static_cast<std::size_t>(p - text.data()));
  }
  return indexes_.emplace(file, std::move(index)).first->second;
}

SourceExcerpt excerpt(SourceLines& lines, const SourcePos& pos) {
  SourceExcerpt result;
  const SourceFile* f = lines.file(pos);
  if (f == nullptr || f->text.empty()) return result;
  const std::optional<std::string_view> found = lines.line(pos);
  if (!found) return result;
  std::string_view line = *found;
  std::size_t column = std::min<std::size_t>(pos.column, line.size());

  bool cut_front = false;
  bool cut_back = false;
  if (line.size() > kMaxShownLine) {
    std::size_t begin = column > kWindowLead ? column - kWindowLead : 0;
    std::size_t end = std::min(line.size(), begin + kMaxShownLine);
    if (end - begin < kMaxShownLine) begin = end - kMaxShownLine;
    // Never split a UTF-8 sequence (a run of at most three continuation
    // bytes; anything longer is not UTF-8 and is escaped byte by byte).
    for (int k = 0; k < 3 && begin < column && is_utf8_continuation(line[begin]); ++k) ++begin;
    for (int k = 0; k < 3 && end < line.size() && end > column && is_utf8_continuation(line[end]);
         ++k)
      --end;
    cut_front = begin > 0;
    cut_back = end < line.size();
    line = line.substr(begin, end - begin);
    column -= begin;
  }
  if (cut_front) {
    result.line = "...";
    result.caret = "   ";
  }
  render(line, /*keep_tabs=*/true, result.line, column, &result.caret);
  if (cut_back) result.line += "...";
  result.caret += '^';
  return result;
}

std::string position_text(SourceLines& lines, const SourcePos& pos) {
  const SourceFile* f = lines.file(pos);
  if (f == nullptr) return std::string(kToolName);
  return terminal_text(f->path) + ":" + std::to_string(std::uint64_t{pos.line} + 1) + ":" +
         std::to_string(std::uint64_t{pos.column} + 1);
}

std::string hex(std::uint32_t v, int digits) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string s(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 0xf];
  return s;
}

}  // namespace opgavesnit::diag

namespace opgavesnit {

std::string format_position(const std::vector<SourceFile>& files, const SourcePos& pos) {
  diag::SourceLines lines(files);
  return diag::position_text(lines, pos);
}

SourceExcerpt source_excerpt(const std::vector<SourceFile>& files, const SourcePos& pos) {
  diag::SourceLines lines(files);
  return diag::excerpt(lines, pos);
}

}  // namespace opgavesnit
