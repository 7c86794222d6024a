// Canonical layout of a model file (`fmt`): the checks of the file on its
// own, the Formatter (fmt_formatter.h) and a safety net: the output must
// read as the input did, with every comment.
#include <fmt/format.h>
#include <opgavesnit/edit/fmt.h>
#include <opgavesnit/load/format_table.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/yaml/scalar.h>
#include <opgavesnit/yaml/tree.h>

#include <algorithm>

#include "fmt_formatter.h"

namespace opgavesnit {

namespace {

using fmt_detail::Comment;
using fmt_detail::Formatter;
using yaml::Kind;
using yaml::NodeId;
using yaml::Style;
using yaml::Tree;
constexpr NodeId kNone = Tree::kNoNode;

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
