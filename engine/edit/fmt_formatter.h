// fmt's Formatter: one model file's text and tree -> the file in canonical
// layout, with its comments. Reading the comments out of the text and
// attaching them to keys and list items is in fmt_comments.cc, writing
// the lines in fmt_emit.cc; fmt.cc runs it. Private to the edit library.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/load/format_table.h>
#include <opgavesnit/yaml/tree.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace opgavesnit::fmt_detail {

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

/// Lays out one file: analyse() once, then emit().
class Formatter {
 public:
  Formatter(const std::string& text, const Tree& tree, Id file, Diagnostics& diags)
      : text_(text), t_(tree), file_(file), d_(diags) {}

  /// Finds the comments and where they belong; false after reporting what
  /// cannot be kept.
  bool analyse();

  const std::vector<Comment>& comments() const { return comments_; }

  bool emit(std::string& out);

 private:
  SourcePos pos(std::uint32_t line, std::uint32_t column) const { return {file_, line, column}; }

  std::string_view line_text(std::size_t l) const;

  std::size_t offset(const yaml::Node& n) const;

  std::uint32_t line_of(std::size_t offset) const;

  /// The offset of a node's content, past a tag or an anchor.
  std::size_t content_start(const yaml::Node& n) const;

  /// The name of the anchor ('&name') written before a node, or "".
  std::string anchor_name(const yaml::Node& n) const;

  void fail(SourcePos at, RuleId rule, std::string message);

  void prewalk(NodeId n, int parent_indent, std::uint32_t depth, bool in_flow);

  std::size_t quote_end(std::size_t at) const;

  /// The lines of a block scalar after its header: those more indented than
  /// its parent, and blank lines among them.
  void mark_block_scalar(std::size_t header, int parent_indent);

  void lex_comments();

  void attach_comments();

  // ---- output

  static std::string spaces(int n) { return std::string(static_cast<std::size_t>(n), ' '); }

  void blank();

  void line(std::string s, std::optional<std::size_t> comment);

  const Attached* attached(NodeId n) const;

  std::optional<std::size_t> trailing(NodeId n) const;

  /// The whole-line comments (and blank lines) before an anchor.
  void leading(NodeId n, int indent, bool with_blank);

  std::string scalar(NodeId n, bool in_flow) const;

  /// The keys of a mapping in canonical order: those of `shape` first, then
  /// the rest in the order written.
  std::vector<std::size_t> key_order(NodeId map, Shape shape) const;

  /// A mapping's keys at `indent`; the first one after `first_prefix` ("- ")
  /// when the mapping is a list item.
  /// `value_shape`: the shape of every value, when the keys are free.
  void emit_map_body(NodeId map, Shape shape, int indent, const std::string* first_prefix,
                     std::optional<std::size_t> item_comment, Shape value_shape = Shape::none);

  bool flow_list(NodeId seq) const;

  /// A mapping written in flow style whose values are all plain values or
  /// lists of them keeps its flow style ({ on: ad, kind: interface }).
  bool keep_flow(NodeId map) const;

  std::string flow_mapping(NodeId map, Shape shape) const;

  /// `head` ("  key:" or "  -") and then value `v`; nested lines at `indent`.
  void emit_entry(std::string head, NodeId v, Expect expect, int indent,
                  std::optional<std::size_t> comment);

  /// One list item, its dash at `indent`.
  void emit_item(NodeId item, Shape item_shape, int indent);

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

}  // namespace opgavesnit::fmt_detail
