// fmt: writing a model file's lines in canonical layout (keys in the
// format's order, two spaces a level, short lists in flow style), with the
// comments where fmt_comments.cc attached them and the anchors on the
// first occurrence in the new order.
#include <opgavesnit/yaml/scalar_writer.h>

#include <algorithm>

#include "fmt_formatter.h"

namespace opgavesnit::fmt_detail {

namespace {

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

}  // namespace

bool Formatter::emit(std::string& out) {
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

void Formatter::blank() {
  if (!lines_.empty() && !lines_.back().empty()) lines_.emplace_back();
}

void Formatter::line(std::string s, std::optional<std::size_t> comment) {
  if (comment) {
    const Comment& c = comments_[*comment];
    std::size_t col = std::max<std::size_t>(c.column, s.size() + 1);
    s += spaces(static_cast<int>(col - s.size()));
    s += c.text;
  }
  lines_.push_back(std::move(s));
}

const Attached* Formatter::attached(NodeId n) const {
  auto it = attached_.find(n);
  return it == attached_.end() ? nullptr : &it->second;
}

std::optional<std::size_t> Formatter::trailing(NodeId n) const {
  const Attached* a = attached(n);
  return a ? a->trailing : std::nullopt;
}

void Formatter::leading(NodeId n, int indent, bool with_blank) {
  const Attached* a = attached(n);
  if (!a) return;
  for (std::size_t ci : a->leading) {
    if (comments_[ci].blank_before) blank();
    lines_.push_back(spaces(indent) + comments_[ci].text);
  }
  if (with_blank && a->blank_before) blank();
}

std::string Formatter::scalar(NodeId n, bool in_flow) const {
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

std::vector<std::size_t> Formatter::key_order(NodeId map, Shape shape) const {
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

void Formatter::emit_map_body(NodeId map, Shape shape, int indent, const std::string* first_prefix,
                              std::optional<std::size_t> item_comment, Shape value_shape) {
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

bool Formatter::flow_list(NodeId seq) const {
  for (NodeId item : t_[seq].children) {
    const yaml::Node& n = t_[item];
    if (n.kind != Kind::scalar) return false;
    if (n.value.find('\n') != std::string::npos) return false;
    const Attached* a = attached(item);
    if (a && (a->trailing || !a->leading.empty())) return false;
  }
  return true;
}

bool Formatter::keep_flow(NodeId map) const {
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

std::string Formatter::flow_mapping(NodeId map, Shape shape) const {
  const auto& ch = t_[map].children;
  std::string out;
  for (std::size_t i : key_order(map, shape)) {
    out += out.empty() ? "{ " : ", ";
    out += scalar(ch[i], true) + ":";
    NodeId v = ch[i + 1];
    if (t_[v].kind == Kind::sequence) {
      std::string items;
      for (NodeId item : t_[v].children) items += (items.empty() ? "" : ", ") + scalar(item, true);
      out += " [" + items + "]";
    } else if (t_[v].kind == Kind::scalar) {
      out += " " + scalar(v, true);
    }
  }
  return out + " }";
}

void Formatter::emit_entry(std::string head, NodeId v, Expect expect, int indent,
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
        for (NodeId item : node.children) items += (items.empty() ? "" : ", ") + scalar(item, true);
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

void Formatter::emit_item(NodeId item, Shape item_shape, int indent) {
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

}  // namespace opgavesnit::fmt_detail
