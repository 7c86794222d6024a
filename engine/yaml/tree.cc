// YAML text -> Tree (tree.h): yaml-cpp's event stream built into the compact
// tree with positions, its limits (depth, alias expansion), duplicate keys,
// and yaml-cpp's syntax errors said in the user's terms. Surrogate pairs
// are rewritten before (surrogates.cc); the text's own checks are in
// source_text.cc.
#include <fmt/format.h>
#include <opgavesnit/core/text.h>
#include <opgavesnit/yaml/tree.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include "indentation.h"
#include "surrogates.h"

namespace opgavesnit::yaml {

/// Sets a node's children view (the builder's side of Children).
class TreeAccess {
 public:
  static void set(Children& c, const NodeId* data, std::uint32_t size) {
    c.data_ = data;
    c.size_ = size;
  }
};

namespace {

/// Thrown from the event handler to stop parsing after a fatal problem that
/// has already been reported.
struct Abort {};

constexpr std::uint64_t kSaturated = ~std::uint64_t{0} / 4;

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& text, Tree& tree, Id file, const ParseLimits& limits,
              Diagnostics& diags, const std::vector<Shortened>& shortened)
      : text_(text),
        tree_(tree),
        file_(file),
        limits_(limits),
        diags_(diags),
        shortened_(shortened) {}

  /// The position in the file of yaml-cpp's (line, column) in the text it
  /// read, where surrogate pairs were rewritten shorter.
  SourcePos at(int line, int column) const {
    const auto l = static_cast<std::uint32_t>(std::max(line, 0));
    auto c = static_cast<std::uint32_t>(std::max(column, 0));
    if (!shortened_.empty()) {
      const auto from = std::lower_bound(shortened_.begin(), shortened_.end(), Shortened{l, 0});
      const auto to = std::upper_bound(from, shortened_.end(), Shortened{l, c});
      c += 2 * static_cast<std::uint32_t>(to - from);
    }
    return {file_, l, c};
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_++ > 0) {
      diags_.error("multiple-documents", pos(mark),
                   "a model file holds one YAML document; this is a second one");
      throw Abort{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    NodeId id = add(Kind::null, mark, anchor);
    finish(id);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      diags_.error("yaml-syntax", pos(mark), "alias to an unknown anchor");
      throw Abort{};
    }
    NodeId target = it->second;
    if (!tree_.nodes[target].complete) {
      diags_.error("alias-limit", pos(mark), "alias refers to a node that contains it");
      throw Abort{};
    }
    expanded_ += expanded_size_[target];
    expanded_bytes_total_ += expanded_bytes_[target];
    if (expanded_bytes_total_ > limits_.max_expanded_bytes) {
      diags_.error("alias-limit", pos(mark),
                   fmt::format("aliases expand to more than the limit of {} bytes of text (raise "
                               "it with --limit alias-bytes=N)",
                               limits_.max_expanded_bytes));
      throw Abort{};
    }
    if (expanded_ > limits_.max_expanded_nodes) {
      diags_.error("alias-limit", pos(mark),
                   fmt::format("aliases expand to more than the limit of {} nodes (raise it with "
                               "--limit alias-nodes=N)",
                               limits_.max_expanded_nodes));
      throw Abort{};
    }
    attach(target);
    if (!stack_.empty()) {
      const SourcePos at = pos(mark);
      pending_aliases_.push_back(
          {static_cast<std::uint32_t>(pending_.size() - 1), at.line, at.column});
    }
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    NodeId id = add(Kind::scalar, mark, anchor);
    Node& n = tree_.nodes[id];
    n.value = value;
    expanded_bytes_[id] = value.size();
    if (!stack_.empty()) {
      auto& bytes = expanded_bytes_[stack_.back()];
      bytes = std::min(kSaturated, bytes + value.size());
    }
    if (tag == "!" && !is_valid_utf8(n.value)) repair_escapes(n.value);
    // yaml-cpp gives "?" for a plain scalar and "!" for a quoted one.
    bool plain = tag == "?" || tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" ||
                 tag == "tag:yaml.org,2002:bool";
    n.style = plain ? Style::plain : Style::quoted;
    finish(id);
    if (tag == "!") check_closed_quote(mark);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(add(Kind::sequence, mark, anchor));
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(add(Kind::mapping, mark, anchor));
  }
  void OnMapEnd() override {
    place_empty_values();
    check_duplicate_keys();
    close();
  }

  /// Points every node's children into the finished `child_ids` (which no
  /// longer grows).
  void fix_children() {
    for (std::size_t id = 0; id < tree_.nodes.size(); ++id) {
      Node& n = tree_.nodes[id];
      if (n.kind == Kind::sequence || n.kind == Kind::mapping)
        TreeAccess::set(n.children, tree_.child_ids.data() + first_child_[id], child_count_[id]);
    }
  }

 private:
  SourcePos pos(const YAML::Mark& mark) const { return at(mark.line, mark.column); }

  NodeId add(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    auto id = static_cast<NodeId>(tree_.nodes.size());
    Node n;
    n.kind = kind;
    const SourcePos p = pos(mark);
    n.line = p.line;
    n.column = p.column;
    tree_.nodes.push_back(std::move(n));
    expanded_size_.push_back(1);
    expanded_bytes_.push_back(0);
    first_child_.push_back(0);
    child_count_.push_back(0);
    if (anchor != YAML::NullAnchor) anchors_[anchor] = id;
    attach(id);
    return id;
  }

  void attach(NodeId id) {
    if (stack_.empty()) {
      if (tree_.root == Tree::kNoNode) tree_.root = id;
      return;
    }
    NodeId parent = stack_.back();
    pending_.push_back(id);
    auto& size = expanded_size_[parent];
    size = std::min(kSaturated, size + expanded_size_[id]);
    auto& bytes = expanded_bytes_[parent];
    bytes = std::min(kSaturated, bytes + expanded_bytes_[id]);
  }

  void open(NodeId id) {
    stack_.push_back(id);
    pending_start_.push_back(pending_.size());
    if (stack_.size() > limits_.max_depth) {
      diags_.error(
          "too-deep", pos_of(id),
          fmt::format("collections are nested deeper than the limit of {} levels (raise it "
                      "with --limit depth=N)",
                      limits_.max_depth));
      throw Abort{};
    }
  }

  void close() {
    NodeId id = stack_.back();
    stack_.pop_back();
    // Move the children from the pending stack to their final place.
    const std::size_t start = pending_start_.back();
    pending_start_.pop_back();
    first_child_[id] = static_cast<std::uint32_t>(tree_.child_ids.size());
    child_count_[id] = static_cast<std::uint32_t>(pending_.size() - start);
    tree_.child_ids.insert(tree_.child_ids.end(),
                           pending_.begin() + static_cast<std::ptrdiff_t>(start), pending_.end());
    // The aliases among them, now that their slots are known (in slot order:
    // child_ids only grows, and the innermost collection closes first).
    std::size_t a = pending_aliases_.size();
    while (a > 0 && pending_aliases_[a - 1].slot >= start) --a;
    for (std::size_t k = a; k < pending_aliases_.size(); ++k) {
      AliasUse use = pending_aliases_[k];
      use.slot = first_child_[id] + static_cast<std::uint32_t>(use.slot - start);
      tree_.aliases.push_back(use);
    }
    pending_aliases_.resize(a);
    pending_.resize(start);
    finish(id);
    // The parent's size was taken when the child was attached (as 1); add
    // the rest now that the child is complete.
    if (!stack_.empty()) {
      auto& size = expanded_size_[stack_.back()];
      size = std::min(kSaturated, size + expanded_size_[id] - 1);
      auto& bytes = expanded_bytes_[stack_.back()];
      bytes = std::min(kSaturated, bytes + expanded_bytes_[id]);
    }
  }

  void finish(NodeId id) { tree_.nodes[id].complete = true; }

  /// yaml-cpp decodes the escapes \N and \_ of a double-quoted scalar to
  /// the lone bytes 0x85 and 0xA0 instead of U+0085 and U+00A0. The file was
  /// checked to be UTF-8, so a byte of a value that is not UTF-8 comes from
  /// such an escape: encode it as the code point it stands for.
  static void repair_escapes(std::string& value) {
    std::string out;
    out.reserve(value.size() + 8);
    std::size_t i = 0;
    while (i < value.size()) {
      std::size_t len;
      if (decode_utf8(value, i, len) < 0) {
        append_utf8(out, static_cast<unsigned char>(value[i]));
      } else {
        out.append(value, i, len);
      }
      i += len;
    }
    value = std::move(out);
  }

  /// yaml-cpp accepts a quoted scalar that the end of the file cuts off;
  /// YAML does not.
  void check_closed_quote(const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text_.size()) return;
    const char quote = text_[static_cast<std::size_t>(mark.pos)];
    if (quote != '"' && quote != '\'') return;
    for (std::size_t i = static_cast<std::size_t>(mark.pos) + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;  // '' inside single quotes
          continue;
        }
        return;
      }
    }
    diags_.error("yaml-syntax", pos(mark), "quoted text is not closed before the end of the file");
    throw Abort{};
  }

  SourcePos pos_of(NodeId id) const {
    return {file_, tree_.nodes[id].line, tree_.nodes[id].column};
  }

  /// yaml-cpp places an empty value at the next token, which may be lines
  /// below: place it at its key instead.
  void place_empty_values() {
    const std::size_t start = pending_start_.back();
    for (std::size_t i = start; i + 1 < pending_.size(); i += 2) {
      Node& value = tree_.nodes[pending_[i + 1]];
      const Node& key = tree_.nodes[pending_[i]];
      if (value.kind == Kind::null && key.kind == Kind::scalar && key.style == Style::plain) {
        value.line = key.line;
        value.column = key.column + static_cast<std::uint32_t>(key.value.size()) + 1;
      }
    }
  }

  void check_duplicate_keys() {
    const std::size_t start = pending_start_.back();
    if (pending_.size() - start < 4) return;  // fewer than two keys
    std::vector<NodeId>& keys = keys_;
    keys.clear();
    for (std::size_t i = start; i + 1 < pending_.size(); i += 2)
      if (tree_.nodes[pending_[i]].kind == Kind::scalar) keys.push_back(pending_[i]);
    std::stable_sort(keys.begin(), keys.end(), [&](NodeId a, NodeId b) {
      return tree_.nodes[a].value < tree_.nodes[b].value;
    });
    for (std::size_t i = 1; i < keys.size(); ++i) {
      const Node& first = tree_.nodes[keys[i - 1]];
      const Node& again = tree_.nodes[keys[i]];
      if (first.value != again.value) continue;
      // Report the later one, pointing back to the earliest.
      std::size_t j = i - 1;
      while (j > 0 && tree_.nodes[keys[j - 1]].value == again.value) --j;
      diags_.error("duplicate-key", pos_of(keys[i]),
                   fmt::format("duplicate key '{}'", again.value));
      diags_.note(pos_of(keys[j]), "first given here");
    }
  }

  const std::string& text_;
  Tree& tree_;
  Id file_;
  const ParseLimits& limits_;
  Diagnostics& diags_;
  const std::vector<Shortened>& shortened_;
  int documents_ = 0;
  std::vector<NodeId> stack_;
  std::vector<std::size_t> pending_start_;  // per open collection: where its children begin
  std::vector<NodeId> pending_;             // children of the open collections
  std::vector<AliasUse> pending_aliases_;   // aliases among them; `slot` indexes pending_
  std::vector<std::uint32_t> first_child_, child_count_;  // per node, into child_ids
  std::vector<NodeId> keys_;                              // scratch of check_duplicate_keys
  std::vector<std::uint64_t> expanded_size_;
  std::vector<std::uint64_t> expanded_bytes_;  ///< bytes of scalar text below each node
  std::uint64_t expanded_bytes_total_ = 0;
  std::uint64_t expanded_ = 0;
  std::unordered_map<YAML::anchor_t, NodeId> anchors_;
};

std::string syntax_message(std::string msg) {
  if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
  while (!msg.empty() && (msg.back() == '.' || msg.back() == ' ')) msg.pop_back();
  return msg;
}

/// True when the indentation of 0-based line `line` holds a tab; `column`
/// is then the tab's.
bool tab_in_indentation(const std::string& text, std::uint32_t line, std::uint32_t& column) {
  std::size_t start = 0;
  for (std::uint32_t l = 0; l < line; ++l) {
    start = text.find('\n', start);
    if (start == std::string::npos) return false;
    ++start;
  }
  for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
    if (text[i] == '\t') {
      column = static_cast<std::uint32_t>(i - start);
      return true;
    }
  return false;
}

}  // namespace

const AliasUse* Tree::alias_at(NodeId parent, std::size_t i) const {
  if (aliases.empty()) return nullptr;
  const Children& ch = nodes[parent].children;
  const auto slot = static_cast<std::uint32_t>(ch.begin() + i - child_ids.data());
  auto it = std::lower_bound(aliases.begin(), aliases.end(), slot,
                             [](const AliasUse& a, std::uint32_t s) { return a.slot < s; });
  return it != aliases.end() && it->slot == slot ? &*it : nullptr;
}

bool parse(const std::string& original, Id file, const ParseLimits& limits, Tree& tree,
           Diagnostics& diags) {
  std::string copy;
  const bool lone_cr = [&] {
    for (std::size_t i = original.find('\r'); i != std::string::npos;
         i = original.find('\r', i + 1))
      if (i + 1 == original.size() || original[i + 1] != '\n') return true;
    return false;
  }();
  if (lone_cr) {
    copy = original;
    normalize_line_breaks(copy);
  }
  const std::string* text_in = lone_cr ? &copy : &original;
  std::string rewritten;
  std::vector<Shortened> shortened;
  if (may_hold_surrogate(*text_in)) {
    std::uint32_t bad[2] = {0, 0};
    std::string what;
    if (!rewrite_surrogates(*text_in, rewritten, shortened, bad, what)) {
      diags.error("yaml-syntax", {file, bad[0], bad[1]},
                  fmt::format("the escape '{}' is half of a UTF-16 surrogate pair, without the "
                              "other half; write the character itself or as \\U followed by "
                              "8 hex digits",
                              what));
      return false;
    }
    text_in = &rewritten;
  }
  const std::string& text = *text_in;
  tree = Tree{};
  // About one node per 16 bytes of a model file: grow once or not at all
  // (capped, so that a huge hostile file costs nothing before it fails).
  const std::size_t guess = std::min<std::size_t>(text.size() / 16 + 16, std::size_t{1} << 18);
  tree.nodes.reserve(guess);
  tree.child_ids.reserve(guess);
  std::istringstream in(text);
  TreeBuilder builder(text, tree, file, limits, diags, shortened);
  struct Fix {
    TreeBuilder& b;
    ~Fix() { b.fix_children(); }
  } fix{builder};
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Abort&) {
    return false;
  } catch (const YAML::DeepRecursion& e) {
    diags.error("too-deep", builder.at(e.mark.line, e.mark.column),
                fmt::format("collections are nested deeper than {} levels", limits.max_depth));
    return false;
  } catch (const YAML::Exception& e) {
    SourcePos at = builder.at(e.mark.line, e.mark.column);
    // yaml-cpp has one exception type for every syntax error; its kinds are
    // the ErrorMsg texts.
    const RuleId rule =
        e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR ? RuleId("unknown-anchor") : RuleId("yaml-syntax");
    std::string message = syntax_message(e.msg);
    const bool about_indentation = e.msg == YAML::ErrorMsg::END_OF_MAP ||
                                   e.msg == YAML::ErrorMsg::END_OF_SEQ ||
                                   e.msg == YAML::ErrorMsg::MAP_VALUE;
    if (std::uint32_t tab = 0; tab_in_indentation(text, at.line, tab)) {
      at.column = tab;
      message = fmt::format("a tab indents this line; YAML indents with spaces ({})", message);
    } else if (std::string said;
               about_indentation && indentation_problem(text, at.line, said, at.column)) {
      message = std::move(said);
    }
    diags.error(rule, at, message);
    return false;
  } catch (const std::exception& e) {
    diags.error("yaml-syntax", {file, 0, 0}, syntax_message(e.what()));
    return false;
  }
  return true;
}

}  // namespace opgavesnit::yaml
