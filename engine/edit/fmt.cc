// Canonical layout of a model file. yaml-cpp reports no comments, so they are
// found here in the source text, skipping quoted and block scalars (whose
// places the tree knows), and attached to the keys and list items around
// them: a whole-line comment to the key or item that follows it, an
// end-of-line comment to the innermost key or item that starts on its line.
#include <fmt/format.h>
#include <opgavesnit/edit/fmt.h>
#include <opgavesnit/load/format_table.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/yaml/scalar.h>
#include <opgavesnit/yaml/scalar_writer.h>
#include <opgavesnit/yaml/tree.h>

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace opgavesnit {

namespace {

using schema::Shape;
using yaml::Kind;
using yaml::NodeId;
using yaml::Style;
using yaml::Tree;
constexpr NodeId kNone = Tree::kNoNode;

struct Comment {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string text;  ///< from '#' to the end of the line, trailing blanks removed
  bool whole_line = false;
  bool blank_before = false;
};

/// A key of a block mapping or an item of a block list: what comments attach to.
struct Anchor {
  NodeId node;
  std::uint32_t line, column, depth;
};

struct Attached {
  std::vector<std::size_t> leading;     ///< whole-line comments before the anchor
  std::optional<std::size_t> trailing;  ///< the comment at the end of its line
  bool blank_before = false;
};

/// What the format expects of a value: the shape of a mapping (its key
/// order), of the mappings in a list, or of the values of a mapping with
/// free keys (the ranges under `efficiency`).
struct Expect {
  Shape shape = Shape::none;
  Shape item_shape = Shape::none;
  Shape value_shape = Shape::none;
};

Expect expect_of(const schema::Value& v) {
  switch (v.kind) {
    case schema::Kind::mapping:
    case schema::Kind::ref_or_mapping:
    case schema::Kind::choice_or_mapping:
      return {v.shape, Shape::none};
    case schema::Kind::list:
      return {Shape::none, v.shape};
    case schema::Kind::number:
      return {v.range ? Shape::range : Shape::none, Shape::none};
    case schema::Kind::id_mapping:
      return {Shape::none, Shape::none,
              v.item == schema::Kind::number && v.range ? Shape::range : Shape::none};
    default:
      return {};
  }
}

bool is_blank_text(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

/// What a loaded scalar means: text, or a plain number/boolean/null by its spelling.
std::pair<int, const std::string*> meaning(const yaml::Node& n) {
  if (n.style == Style::quoted) return {-1, &n.value};
  ScalarClass c = classify_scalar(n.value);
  return {c == ScalarClass::text ? -1 : static_cast<int>(c), &n.value};
}

bool same_tree(const Tree& a, NodeId x, const Tree& b, NodeId y) {
  const yaml::Node& p = a[x];
  const yaml::Node& q = b[y];
  if (p.kind != q.kind) return false;
  switch (p.kind) {
    case Kind::null:
      return true;
    case Kind::scalar: {
      auto m = meaning(p), n = meaning(q);
      return m.first == n.first && *m.second == *n.second;
    }
    case Kind::sequence:
      if (p.children.size() != q.children.size()) return false;
      for (std::size_t i = 0; i < p.children.size(); ++i)
        if (!same_tree(a, p.children[i], b, q.children[i])) return false;
      return true;
    case Kind::mapping: {
      // Keys are scalars in a file without errors; pair them by sorting.
      if (p.children.size() != q.children.size()) return false;
      auto keys = [](const Tree& t, const yaml::Node& m) {
        std::vector<std::pair<std::pair<int, std::string>, std::size_t>> out;
        for (std::size_t i = 0; i + 1 < m.children.size(); i += 2) {
          const yaml::Node& k = t[m.children[i]];
          if (k.kind != Kind::scalar) return decltype(out){};
          auto mk = meaning(k);
          out.push_back({{mk.first, *mk.second}, i});
        }
        std::sort(out.begin(), out.end());
        return out;
      };
      auto pk = keys(a, p), qk = keys(b, q);
      if (pk.size() * 2 != p.children.size() || qk.size() != pk.size()) return false;
      for (std::size_t i = 0; i < pk.size(); ++i) {
        if (pk[i].first != qk[i].first) return false;
        if (!same_tree(a, p.children[pk[i].second + 1], b, q.children[qk[i].second + 1]))
          return false;
      }
      return true;
    }
  }
  return false;
}

class Formatter {
 public:
  Formatter(const std::string& text, const Tree& tree, Id file, Diagnostics& diags)
      : text_(text), t_(tree), file_(file), d_(diags) {}

  /// Finds the comments and where they belong; false after reporting what
  /// cannot be kept.
  bool analyse() {
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

  const std::vector<Comment>& comments() const { return comments_; }

  bool emit(std::string& out) {
    emit_map_body(t_.root, Shape::file, 0, nullptr, std::nullopt);
    for (std::size_t ci : trailing_comments_) {
      if (comments_[ci].blank_before) blank();
      lines_.push_back(comments_[ci].text);
    }
    if (failed_) return false;
    out.clear();
    for (const auto& l : lines_) {
      out += l;
      out += '\n';
    }
    return true;
  }

 private:
  SourcePos pos(std::uint32_t line, std::uint32_t column) const { return {file_, line, column}; }

  std::string_view line_text(std::size_t l) const {
    std::size_t start = line_start_[l];
    std::size_t end = l + 1 < line_start_.size() ? line_start_[l + 1] : text_.size();
    std::string_view s(text_.data() + start, end - start);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  }

  std::size_t offset(const yaml::Node& n) const {
    return std::min(text_.size(),
                    line_start_[std::min<std::size_t>(n.line, line_start_.size() - 1)] + n.column);
  }

  std::uint32_t line_of(std::size_t offset) const {
    auto it = std::upper_bound(line_start_.begin(), line_start_.end(), offset);
    return static_cast<std::uint32_t>(it - line_start_.begin() - 1);
  }

  /// The offset of a node's content, past a tag or an anchor.
  std::size_t content_start(const yaml::Node& n) const {
    std::size_t at = offset(n);
    while (at < text_.size() && (text_[at] == '!' || text_[at] == '&')) {
      while (at < text_.size() && text_[at] != ' ' && text_[at] != '\t' && text_[at] != '\n') ++at;
      while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
    }
    return at;
  }

  /// The name of the anchor ('&name') written before a node, or "".
  std::string anchor_name(const yaml::Node& n) const {
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

  void fail(SourcePos at, RuleId rule, std::string message) {
    d_.error(rule, at, std::move(message));
    failed_ = true;
  }

  void prewalk(NodeId n, int parent_indent, std::uint32_t depth, bool in_flow) {
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
      if ((c == '|' || c == '>') && node.style == Style::quoted)
        mark_block_scalar(at, parent_indent);
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

  std::size_t quote_end(std::size_t at) const {
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

  /// The lines of a block scalar after its header: those more indented than
  /// its parent, and blank lines among them.
  void mark_block_scalar(std::size_t header, int parent_indent) {
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

  void lex_comments() {
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

  void attach_comments() {
    std::sort(anchors_.begin(), anchors_.end(), [](const Anchor& a, const Anchor& b) {
      return std::tie(a.line, a.column, a.depth) < std::tie(b.line, b.column, b.depth);
    });
    for (const Anchor& a : anchors_)
      attached_[a.node].blank_before = a.line > 0 && blank_[a.line - 1];
    for (std::size_t ci = 0; ci < comments_.size(); ++ci) {
      const Comment& c = comments_[ci];
      if (c.whole_line) {
        auto it =
            std::lower_bound(anchors_.begin(), anchors_.end(), c.line + 1,
                             [](const Anchor& a, std::uint32_t line) { return a.line < line; });
        if (it == anchors_.end())
          trailing_comments_.push_back(ci);
        else
          attached_[it->node].leading.push_back(ci);
        continue;
      }
      auto end =
          std::upper_bound(anchors_.begin(), anchors_.end(), c.line,
                           [](std::uint32_t line, const Anchor& a) { return line < a.line; });
      if (end == anchors_.begin() || std::prev(end)->line != c.line) {
        fail(
            pos(c.line, c.column), "fmt-comment",
            "fmt cannot tell what this comment belongs to: no key or list item starts on its line; "
            "put it on a line of its own");
        return;
      }
      attached_[std::prev(end)->node].trailing = ci;
    }
  }

  // ---- output

  static std::string spaces(int n) { return std::string(static_cast<std::size_t>(n), ' '); }

  void blank() {
    if (!lines_.empty() && !lines_.back().empty()) lines_.emplace_back();
  }

  void line(std::string s, std::optional<std::size_t> comment) {
    if (comment) {
      const Comment& c = comments_[*comment];
      std::size_t col = std::max<std::size_t>(c.column, s.size() + 1);
      s += spaces(static_cast<int>(col - s.size()));
      s += c.text;
    }
    lines_.push_back(std::move(s));
  }

  const Attached* attached(NodeId n) const {
    auto it = attached_.find(n);
    return it == attached_.end() ? nullptr : &it->second;
  }

  std::optional<std::size_t> trailing(NodeId n) const {
    const Attached* a = attached(n);
    return a ? a->trailing : std::nullopt;
  }

  /// The whole-line comments (and blank lines) before an anchor.
  void leading(NodeId n, int indent, bool with_blank) {
    const Attached* a = attached(n);
    if (!a) return;
    for (std::size_t ci : a->leading) {
      if (comments_[ci].blank_before) blank();
      lines_.push_back(spaces(indent) + comments_[ci].text);
    }
    if (with_blank && a->blank_before) blank();
  }

  std::string scalar(NodeId n, bool in_flow) const {
    const yaml::Node& node = t_[n];
    if (node.kind == Kind::null) return "";
    if (node.style == Style::plain) {
      if (node.value.find('\n') == std::string::npos &&
          !(in_flow && node.value.find_first_of(",[]{}") != std::string::npos))
        return node.value;
      return yaml::double_quoted(node.value);
    }
    return yaml::scalar_text(node.value,
                             in_flow ? yaml::ScalarContext::flow : yaml::ScalarContext::block);
  }

  /// The keys of a mapping in canonical order: those of `shape` first, then
  /// the rest in the order written.
  std::vector<std::size_t> key_order(NodeId map, Shape shape) const {
    const auto& ch = t_[map].children;
    std::vector<std::size_t> order;
    std::vector<char> taken(ch.size() / 2, 0);
    if (shape != Shape::none) {
      for (auto name : schema::keys(shape))
        for (std::size_t i = 0; i + 1 < ch.size(); i += 2)
          if (!taken[i / 2] && t_[ch[i]].kind == Kind::scalar && t_[ch[i]].value == name) {
            order.push_back(i);
            taken[i / 2] = 1;
            break;
          }
    }
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2)
      if (!taken[i / 2]) order.push_back(i);
    return order;
  }

  /// A mapping's keys at `indent`; the first one after `first_prefix` ("- ")
  /// when the mapping is a list item.
  /// `value_shape`: the shape of every value, when the keys are free.
  void emit_map_body(NodeId map, Shape shape, int indent, const std::string* first_prefix,
                     std::optional<std::size_t> item_comment, Shape value_shape = Shape::none) {
    const auto& ch = t_[map].children;
    bool first = true;
    for (std::size_t i : key_order(map, shape)) {
      NodeId k = ch[i], v = ch[i + 1];
      std::string head;
      std::optional<std::size_t> comment = trailing(k);
      if (first && first_prefix) {
        head = *first_prefix;
        if (item_comment) {
          if (comment) {
            const Comment& c = comments_[*comment];
            fail(pos(c.line, c.column), "fmt-comment",
                 "fmt would put two comments on one line; put this one on a line of its own");
          }
          comment = item_comment;
        }
      } else {
        leading(k, indent, true);
        head = spaces(indent);
      }
      first = false;
      head += scalar(k, false) + ":";
      Expect child{value_shape};
      if (shape != Shape::none && t_[k].kind == Kind::scalar)
        if (const schema::Key* key = schema::find_key(shape, t_[k].value))
          child = expect_of(key->value);
      emit_entry(std::move(head), v, child, indent + 2, comment);
    }
  }

  bool flow_list(NodeId seq) const {
    for (NodeId item : t_[seq].children) {
      const yaml::Node& n = t_[item];
      if (n.kind != Kind::scalar) return false;
      if (n.value.find('\n') != std::string::npos) return false;
      const Attached* a = attached(item);
      if (a && (a->trailing || !a->leading.empty())) return false;
    }
    return true;
  }

  /// A mapping written in flow style whose values are all plain values or
  /// lists of them keeps its flow style ({ on: ad, kind: interface }).
  bool keep_flow(NodeId map) const {
    if (!flow_nodes_.count(map) || t_[map].children.empty()) return false;
    const auto& ch = t_[map].children;
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
      NodeId v = ch[i + 1];
      if (anchor_.count(v)) return false;
      if (t_[v].kind == Kind::mapping) return false;
      if (t_[v].kind == Kind::sequence)
        for (NodeId item : t_[v].children)
          if (t_[item].kind != Kind::scalar || anchor_.count(item)) return false;
      if (t_[v].kind == Kind::scalar && t_[v].value.find('\n') != std::string::npos) return false;
    }
    return true;
  }

  std::string flow_mapping(NodeId map, Shape shape) const {
    const auto& ch = t_[map].children;
    std::string out;
    for (std::size_t i : key_order(map, shape)) {
      out += out.empty() ? "{ " : ", ";
      out += scalar(ch[i], true) + ":";
      NodeId v = ch[i + 1];
      if (t_[v].kind == Kind::sequence) {
        std::string items;
        for (NodeId item : t_[v].children)
          items += (items.empty() ? "" : ", ") + scalar(item, true);
        out += " [" + items + "]";
      } else if (t_[v].kind == Kind::scalar) {
        out += " " + scalar(v, true);
      }
    }
    return out + " }";
  }

  /// `head` ("  key:" or "  -") and then value `v`; nested lines at `indent`.
  void emit_entry(std::string head, NodeId v, Expect expect, int indent,
                  std::optional<std::size_t> comment) {
    const yaml::Node& node = t_[v];
    if (auto a = anchor_.find(v); a != anchor_.end()) {
      // The first occurrence in the output carries the anchor, the others
      // are aliases: valid whatever the new key order.
      if (emitted_.count(v)) {
        line(head + " *" + a->second, comment);
        return;
      }
      emitted_.insert(v);
      head += " &" + a->second;
    }
    switch (node.kind) {
      case Kind::null:
        line(std::move(head), comment);
        return;
      case Kind::scalar:
        line(head + " " + scalar(v, false), comment);
        return;
      case Kind::sequence: {
        if (node.children.empty()) {
          line(head + " []", comment);
          return;
        }
        if (flow_list(v)) {
          std::string items;
          for (NodeId item : node.children)
            items += (items.empty() ? "" : ", ") + scalar(item, true);
          line(head + " [" + items + "]", comment);
          return;
        }
        line(std::move(head), comment);
        for (NodeId item : node.children) emit_item(item, expect.item_shape, indent);
        return;
      }
      case Kind::mapping:
        if (node.children.empty()) {
          line(head + " {}", comment);
          return;
        }
        if (keep_flow(v)) {
          line(head + " " + flow_mapping(v, expect.shape), comment);
          return;
        }
        line(std::move(head), comment);
        emit_map_body(v, expect.shape, indent, nullptr, std::nullopt, expect.value_shape);
        return;
    }
  }

  /// One list item, its dash at `indent`.
  void emit_item(NodeId item, Shape item_shape, int indent) {
    leading(item, indent, true);
    const yaml::Node& node = t_[item];
    if (node.kind == Kind::mapping && !node.children.empty() && !anchor_.count(item) &&
        !keep_flow(item)) {
      // The first key's own comments go before the dash.
      auto order = key_order(item, item_shape);
      leading(node.children[order.front()], indent, false);
      std::string prefix = spaces(indent) + "- ";
      emit_map_body(item, item_shape, indent + 2, &prefix, trailing(item));
      return;
    }
    emit_entry(spaces(indent) + "-", item, Expect{item_shape, Shape::none}, indent + 2,
               trailing(item));
  }

  const std::string& text_;
  const Tree& t_;
  Id file_;
  Diagnostics& d_;
  bool failed_ = false;
  std::vector<std::size_t> line_start_;
  std::vector<char> blank_;
  std::vector<char> seen_;
  std::unordered_map<std::size_t, std::size_t> quoted_end_;
  std::unordered_map<std::size_t, std::size_t> block_regions_;
  std::unordered_set<std::size_t> flow_starts_;
  std::unordered_set<NodeId> flow_nodes_;
  std::vector<Comment> comments_;
  std::vector<Anchor> anchors_;
  std::unordered_map<NodeId, Attached> attached_;
  std::vector<std::size_t> trailing_comments_;
  std::vector<std::string> lines_;
  std::unordered_map<NodeId, std::string> anchor_;
  std::unordered_set<NodeId> emitted_;
};

std::vector<std::string> comment_texts(const std::vector<Comment>& comments) {
  std::vector<std::string> texts;
  for (const auto& c : comments) texts.push_back(c.text);
  std::sort(texts.begin(), texts.end());
  return texts;
}

}  // namespace

bool format_model_file(const std::string& input, Id file, std::string& out, Diagnostics& diags) {
  std::string text = input;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  // A lone CR ends a line, as for the loader and yaml-cpp's positions: the
  // comment and blank-line index below counts line feeds only.
  yaml::normalize_line_breaks(text);
  // The checks of one file on its own (references to other files are not
  // needed to lay it out): encoding, syntax, shape.
  std::uint32_t line = 0, column = 0;
  const LoadLimits limits;
  if (text.size() > limits.max_file_bytes) {
    diags.error("file-too-large", {file, 0, 0},
                "the file is larger than the limit of a model file");
    return false;
  }
  for (std::size_t start = 0; start < text.size(); ++line) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    if (end - start > limits.max_line_bytes) {
      diags.error("line-too-long", {file, line, 0},
                  fmt::format("line {} is longer than the limit of {} bytes", line + 1,
                              limits.max_line_bytes));
      return false;
    }
    start = end + 1;
  }
  line = 0;
  if (!yaml::check_utf8(text, line, column)) {
    diags.error("encoding", {file, line, column},
                "the file is not UTF-8 text of YAML's printable characters");
    return false;
  }
  Tree tree;
  const std::size_t errors = diags.error_count();
  if (!yaml::parse(text, file, {}, tree, diags)) return false;
  check_file_shape(tree, file, diags);
  if (diags.error_count() > errors) return false;
  Formatter f(text, tree, file, diags);
  if (!f.analyse() || !f.emit(out)) return false;
  // A safety net: the output must read as the input did, with every comment.
  Diagnostics again;
  Tree check;
  bool same = yaml::parse(out, file, {}, check, again) && check.root != kNone &&
              same_tree(tree, tree.root, check, check.root);
  if (same) {
    Formatter g(out, check, file, again);
    same = g.analyse() && comment_texts(g.comments()) == comment_texts(f.comments());
  }
  if (!same) {
    diags.error(
        "fmt-internal", {file, 0, 0},
        "fmt could not rewrite this file without changing what it says; it is left as it is "
        "(please report this)");
    return false;
  }
  return true;
}

}  // namespace opgavesnit
