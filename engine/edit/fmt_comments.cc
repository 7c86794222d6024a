// fmt: finding the comments of a model file. yaml-cpp reports no comments,
// so they are found here in the source text, skipping quoted and block
// scalars (whose places the tree knows), and attached to the keys and list
// items around them: a whole-line comment to the key or item that follows
// it, an end-of-line comment to the innermost key or item that starts on
// its line.
#include <algorithm>
#include <tuple>

#include "fmt_formatter.h"

namespace opgavesnit::fmt_detail {

namespace {

bool is_blank_text(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

}  // namespace

bool Formatter::analyse() {
  line_start_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_start_.push_back(i + 1);
  for (std::size_t l = 0; l < line_start_.size(); ++l)
    blank_.push_back(is_blank_text(line_text(l)));
  seen_.assign(t_.nodes.size(), 0);
  if (t_.root != kNone) prewalk(t_.root, -1, 0, false);
  if (failed_) return false;
  lex_comments();
  if (failed_) return false;
  attach_comments();
  return !failed_;
}

std::string_view Formatter::line_text(std::size_t l) const {
  std::size_t start = line_start_[l];
  std::size_t end = l + 1 < line_start_.size() ? line_start_[l + 1] : text_.size();
  std::string_view s(text_.data() + start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::size_t Formatter::offset(const yaml::Node& n) const {
  return std::min(text_.size(),
                  line_start_[std::min<std::size_t>(n.line, line_start_.size() - 1)] + n.column);
}

std::uint32_t Formatter::line_of(std::size_t offset) const {
  auto it = std::upper_bound(line_start_.begin(), line_start_.end(), offset);
  return static_cast<std::uint32_t>(it - line_start_.begin() - 1);
}

std::size_t Formatter::content_start(const yaml::Node& n) const {
  std::size_t at = offset(n);
  while (at < text_.size() && (text_[at] == '!' || text_[at] == '&')) {
    while (at < text_.size() && text_[at] != ' ' && text_[at] != '\t' && text_[at] != '\n') ++at;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
  }
  return at;
}

std::string Formatter::anchor_name(const yaml::Node& n) const {
  std::size_t at = offset(n);
  while (at < text_.size() && (text_[at] == '!' || text_[at] == '&')) {
    std::size_t end = at;
    while (end < text_.size() && text_[end] != ' ' && text_[end] != '\t' && text_[end] != '\n' &&
           text_[end] != '\r')
      ++end;
    if (text_[at] == '&') return text_.substr(at + 1, end - at - 1);
    at = end;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
  }
  return "";
}

void Formatter::fail(SourcePos at, RuleId rule, std::string message) {
  d_.error(rule, at, std::move(message));
  failed_ = true;
}

void Formatter::prewalk(NodeId n, int parent_indent, std::uint32_t depth, bool in_flow) {
  const yaml::Node& node = t_[n];
  if (seen_[n]) {
    // An alias: written as '*name' after the first occurrence.
    if (!anchor_.count(n))
      fail(pos(node.line, node.column), "fmt-alias",
           "fmt cannot find the anchor ('&name') of this aliased value; write the value out");
    return;
  }
  seen_[n] = 1;
  if (std::string name = anchor_name(node); !name.empty()) anchor_[n] = std::move(name);
  std::size_t at = content_start(node);
  char c = at < text_.size() ? text_[at] : '\0';
  if (node.kind == Kind::scalar) {
    if (c == '\'' || c == '"') quoted_end_[at] = quote_end(at);
    if ((c == '|' || c == '>') && node.style == Style::quoted) mark_block_scalar(at, parent_indent);
    return;
  }
  if (node.kind == Kind::null) return;
  bool flow = c == '[' || c == '{';
  if (flow) {
    flow_starts_.insert(at);
    flow_nodes_.insert(n);
  }
  const auto& ch = node.children;
  if (node.kind == Kind::mapping) {
    for (std::size_t i = 0; i + 1 < ch.size() && !failed_; i += 2) {
      const yaml::Node& key = t_[ch[i]];
      if (!flow && !in_flow) anchors_.push_back({ch[i], key.line, key.column, depth + 1});
      prewalk(ch[i], static_cast<int>(key.column), depth + 1, in_flow || flow);
      prewalk(ch[i + 1], static_cast<int>(key.column), depth + 1, in_flow || flow);
    }
  } else {
    for (NodeId item : ch) {
      if (failed_) break;
      const yaml::Node& it = t_[item];
      if (!flow && !in_flow) anchors_.push_back({item, it.line, it.column, depth + 1});
      prewalk(item, static_cast<int>(node.column), depth + 1, in_flow || flow);
    }
  }
}

std::size_t Formatter::quote_end(std::size_t at) const {
  const char q = text_[at];
  for (std::size_t i = at + 1; i < text_.size(); ++i) {
    if (q == '"' && text_[i] == '\\') {
      ++i;
    } else if (text_[i] == q) {
      if (q == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }
  return text_.size();
}

void Formatter::mark_block_scalar(std::size_t header, int parent_indent) {
  std::uint32_t l = line_of(header) + 1;
  if (l >= line_start_.size()) return;
  std::uint32_t end = l;
  for (std::uint32_t k = l; k < line_start_.size(); ++k) {
    std::string_view s = line_text(k);
    if (is_blank_text(s)) continue;
    std::size_t indent = s.find_first_not_of(' ');
    if (static_cast<int>(indent) <= parent_indent) break;
    end = k + 1;
  }
  if (end > l)
    block_regions_[line_start_[l]] = end < line_start_.size() ? line_start_[end] : text_.size();
}

void Formatter::lex_comments() {
  int flow_depth = 0;
  std::size_t i = 0;
  const std::size_t n = text_.size();
  while (i < n) {
    if (auto q = quoted_end_.find(i); q != quoted_end_.end()) {
      i = std::max(q->second, i + 1);
      continue;
    }
    if (auto b = block_regions_.find(i); b != block_regions_.end()) {
      i = std::max(b->second, i + 1);
      continue;
    }
    char c = text_[i];
    if (flow_starts_.count(i)) {
      ++flow_depth;
    } else if ((c == ']' || c == '}') && flow_depth > 0) {
      --flow_depth;
    } else if (c == '#' &&
               (i == 0 || text_[i - 1] == ' ' || text_[i - 1] == '\t' || text_[i - 1] == '\n')) {
      Comment com;
      com.line = line_of(i);
      com.column = static_cast<std::uint32_t>(i - line_start_[com.line]);
      std::string_view line = line_text(com.line);
      com.text = std::string(line.substr(com.column));
      while (!com.text.empty() && (com.text.back() == ' ' || com.text.back() == '\t'))
        com.text.pop_back();
      com.whole_line = is_blank_text(line.substr(0, com.column));
      com.blank_before = com.line > 0 && blank_[com.line - 1];
      if (flow_depth > 0) {
        fail(pos(com.line, com.column), "fmt-comment",
             "fmt cannot keep a comment inside a flow collection ('[...]' or '{...}'); move it "
             "out of "
             "the brackets");
        return;
      }
      comments_.push_back(std::move(com));
      std::size_t eol = text_.find('\n', i);
      i = eol == std::string::npos ? n : eol;
      continue;
    }
    ++i;
  }
}

void Formatter::attach_comments() {
  std::sort(anchors_.begin(), anchors_.end(), [](const Anchor& a, const Anchor& b) {
    return std::tie(a.line, a.column, a.depth) < std::tie(b.line, b.column, b.depth);
  });
  for (const Anchor& a : anchors_)
    attached_[a.node].blank_before = a.line > 0 && blank_[a.line - 1];
  for (std::size_t ci = 0; ci < comments_.size(); ++ci) {
    const Comment& c = comments_[ci];
    if (c.whole_line) {
      auto it = std::lower_bound(anchors_.begin(), anchors_.end(), c.line + 1,
                                 [](const Anchor& a, std::uint32_t line) { return a.line < line; });
      if (it == anchors_.end())
        trailing_comments_.push_back(ci);
      else
        attached_[it->node].leading.push_back(ci);
      continue;
    }
    auto end = std::upper_bound(anchors_.begin(), anchors_.end(), c.line,
                                [](std::uint32_t line, const Anchor& a) { return line < a.line; });
    if (end == anchors_.begin() || std::prev(end)->line != c.line) {
      fail(pos(c.line, c.column), "fmt-comment",
           "fmt cannot tell what this comment belongs to: no key or list item starts on its line; "
           "put it on a line of its own");
      return;
    }
    attached_[std::prev(end)->node].trailing = ci;
  }
}

}  // namespace opgavesnit::fmt_detail
