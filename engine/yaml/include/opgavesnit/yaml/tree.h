// A compact, position-carrying tree of one YAML document, built from
// yaml-cpp's event stream. Internal to the loader: no yaml-cpp type leaves
// tree.cc.
//
// Why not YAML::Node: the node tree costs ~8 KB per component and silently
// keeps one of two duplicate keys. This tree is one small record per node,
// reports duplicate keys, bounds nesting and alias expansion, and shares
// (does not copy) aliased nodes.
#pragma once

#include <opgavesnit/core/diagnostics.h>

#include <cstdint>
#include <string>
#include <vector>

namespace opgavesnit::yaml {

enum class Kind : std::uint8_t { null, scalar, sequence, mapping };

/// How a scalar was written: plain scalars may be numbers or booleans;
/// quoted (or `!!str`-tagged) scalars are always text.
enum class Style : std::uint8_t { plain, quoted };

using NodeId = std::uint32_t;

/// The children of a node: a view into its tree's `child_ids` (valid while
/// the tree lives and is not copied).
class Children {
 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  NodeId operator[](std::size_t i) const { return data_[i]; }
  const NodeId* begin() const { return data_; }
  const NodeId* end() const { return data_ + size_; }

 private:
  friend class TreeAccess;
  const NodeId* data_ = nullptr;
  std::uint32_t size_ = 0;
};

struct Node {
  Kind kind = Kind::null;
  Style style = Style::plain;
  bool complete = false;
  std::uint32_t line = 0;    ///< 0-based
  std::uint32_t column = 0;  ///< 0-based, in bytes
  std::string value;         ///< scalar text
  /// Children: a sequence's items; a mapping's keys and values alternating.
  Children children;
};

/// An alias (`*a`) as written: the child slot it fills (an index into
/// `Tree::child_ids`, which holds the node it names, shared with the
/// anchor) and where the alias stands in the text.
struct AliasUse {
  std::uint32_t slot = 0;
  std::uint32_t line = 0;    ///< 0-based
  std::uint32_t column = 0;  ///< 0-based, in bytes
};

/// One parsed document. `root` is kNoNode when the file held no document.
struct Tree {
  static constexpr NodeId kNoNode = 0xffffffffu;
  Tree() = default;
  Tree(Tree&&) = default;
  Tree& operator=(Tree&&) = default;
  Tree(const Tree&) = delete;  // the nodes' children point into child_ids
  Tree& operator=(const Tree&) = delete;

  std::vector<Node> nodes;
  /// Every collection's children, one collection after another.
  std::vector<NodeId> child_ids;
  NodeId root = kNoNode;
  /// One per alias in the text, by slot: the nodes are shared, so this is
  /// how a reader tells a value reached through an alias from the anchor's.
  std::vector<AliasUse> aliases;

  const Node& operator[](NodeId id) const { return nodes[id]; }

  /// The alias that fills child `i` of collection `parent`, or nullptr when
  /// the child is written there itself. O(log aliases); O(1) without any.
  const AliasUse* alias_at(NodeId parent, std::size_t i) const;
};

struct ParseLimits {
  std::size_t max_depth = 100;
  std::size_t max_expanded_nodes = 100000;
  std::size_t max_expanded_bytes = 64u << 20;  ///< scalar text produced by aliases
};

/// Parses `text` (valid UTF-8, BOM removed) as one YAML document. Problems
/// go to `diags` located in file `file`; returns false when the tree is
/// unusable. Duplicate keys are reported but do not make the tree unusable
/// (the first occurrence wins for look-ups).
bool parse(const std::string& text, Id file, const ParseLimits& limits, Tree& tree,
           Diagnostics& diags);

/// Turns every carriage return that is not followed by a line feed into a
/// line feed, in place. YAML counts a lone CR as a line break (files from
/// classic Mac OS end lines so); yaml-cpp reads it as a character of the
/// line. Byte offsets do not change, and line numbers then count CR line
/// ends. `parse` does this on its own copy; the loader does it to the text
/// it keeps, so that diagnostics show the right lines.
void normalize_line_breaks(std::string& text);

/// Checks that `text` is UTF-8 of YAML's printable characters (no control
/// characters but tab, LF, CR and U+0085); on failure sets the 0-based line
/// and byte column of the first bad byte.
bool check_utf8(const std::string& text, std::uint32_t& line, std::uint32_t& column);

}  // namespace opgavesnit::yaml
