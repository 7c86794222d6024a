#include "json_writer.h"

namespace opgavesnit {

void JsonWriter::newline(std::size_t depth) {
  out_ << '\n';
  for (std::size_t i = 0; i < depth; ++i) out_ << "  ";
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  Frame& f = stack_.back();
  if (f.count > 0) out_ << (f.inline_items ? ", " : ",");
  if (!f.inline_items) newline(stack_.size());
  ++f.count;
}

void JsonWriter::key(std::string_view k) {
  before_value();
  out_ << quote(k) << ": ";
  after_key_ = true;
}

void JsonWriter::begin_object() {
  before_value();
  const bool in_inline = !stack_.empty() && stack_.back().inline_items;
  stack_.push_back({true, in_inline, 0});
  out_ << '{';
}

void JsonWriter::begin_array(bool inline_items) {
  before_value();
  const bool in_inline = !stack_.empty() && stack_.back().inline_items;
  stack_.push_back({false, inline_items || in_inline, 0});
  out_ << '[';
}

void JsonWriter::end(char bracket) {
  const Frame f = stack_.back();
  stack_.pop_back();
  if (f.count > 0 && !f.inline_items) newline(stack_.size());
  out_ << bracket;
}

void JsonWriter::end_object() { end('}'); }
void JsonWriter::end_array() { end(']'); }

void JsonWriter::string(std::string_view s) {
  before_value();
  out_ << quote(s);
}

void JsonWriter::number(std::string_view text) {
  before_value();
  out_ << text;
}

void JsonWriter::integer(std::int64_t v) {
  before_value();
  out_ << v;
}

void JsonWriter::boolean(bool b) {
  before_value();
  out_ << (b ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  out_ << "null";
}

void JsonWriter::finish() { out_ << '\n'; }

std::string JsonWriter::quote(std::string_view s) {
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (u < 0x20) {
          out += "\\u00";
          out += kHex[u >> 4];
          out += kHex[u & 0xf];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace opgavesnit
