// A compact, position-carrying tree of one YAML document, built from
// yaml-cpp's event stream. Internal to the loader: no yaml-cpp type leaves
// yaml_tree.cc.
//
// Why not YAML::Node: the node tree costs ~8 KB per component and silently
// keeps one of two duplicate keys. This tree is one small record per node,
// reports duplicate keys, bounds nesting and alias expansion, and shares
// (does not copy) aliased nodes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diagnostics.h"

namespace opgavesnit::yaml {

enum class Kind : std::uint8_t { null, scalar, sequence, mapping };

/// How a scalar was written: plain scalars may be numbers or booleans;
/// quoted (or `!!str`-tagged) scalars are always text.
enum class Style : std::uint8_t { plain, quoted };

using NodeId = std::uint32_t;

struct Node {
  Kind kind = Kind::null;
  Style style = Style::plain;
  bool complete = false;
  std::uint32_t line = 0;    ///< 0-based
  std::uint32_t column = 0;  ///< 0-based, in bytes
  std::string value;         ///< scalar text
  /// Children: a sequence's items; a mapping's keys and values alternating.
  std::vector<NodeId> children;
};

/// One parsed document. `root` is kNoNode when the file held no document.
struct Tree {
  static constexpr NodeId kNoNode = 0xffffffffu;
  std::vector<Node> nodes;
  NodeId root = kNoNode;

  const Node& operator[](NodeId id) const { return nodes[id]; }
};

struct ParseLimits {
  std::size_t max_depth = 100;
  std::size_t max_expanded_nodes = 100000;
};

/// Parses `text` (valid UTF-8, BOM removed) as one YAML document. Problems
/// go to `diags` located in file `file`; returns false when the tree is
/// unusable. Duplicate keys are reported but do not make the tree unusable
/// (the first occurrence wins for look-ups).
bool parse(const std::string& text, Id file, const ParseLimits& limits, Tree& tree,
           Diagnostics& diags);

/// Checks that `text` is UTF-8 of YAML's printable characters (no control
/// characters but tab, LF, CR and U+0085); on failure sets the 0-based line
/// and byte column of the first bad byte.
bool check_utf8(const std::string& text, std::uint32_t& line, std::uint32_t& column);

}  // namespace opgavesnit::yaml
