#include <opgavesnit/report/json_writer.h>

#include <charconv>

namespace opgavesnit {

namespace {
constexpr std::size_t kFlushBytes = 1u << 16;
}

void JsonWriter::flush() {
  if (buf_.empty()) return;
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

void JsonWriter::newline(std::size_t depth) {
  if (buf_.size() >= kFlushBytes) flush();
  buf_ += '\n';
  buf_.append(2 * depth, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  Frame& f = stack_.back();
  if (f.count > 0) buf_ += f.inline_items ? ", " : ",";
  if (!f.inline_items) newline(stack_.size());
  ++f.count;
}

void JsonWriter::key(std::string_view k) {
  before_value();
  append_quoted(buf_, k);
  buf_ += ": ";
  after_key_ = true;
}

void JsonWriter::begin_object() {
  before_value();
  const bool in_inline = !stack_.empty() && stack_.back().inline_items;
  stack_.push_back({true, in_inline, 0});
  buf_ += '{';
}

void JsonWriter::begin_array(bool inline_items) {
  before_value();
  const bool in_inline = !stack_.empty() && stack_.back().inline_items;
  stack_.push_back({false, inline_items || in_inline, 0});
  buf_ += '[';
}

void JsonWriter::end(char bracket) {
  const Frame f = stack_.back();
  stack_.pop_back();
  if (f.count > 0 && !f.inline_items) newline(stack_.size());
  buf_ += bracket;
  if (stack_.empty()) flush();
}

void JsonWriter::end_object() { end('}'); }
void JsonWriter::end_array() { end(']'); }

void JsonWriter::string(std::string_view s) {
  before_value();
  append_quoted(buf_, s);
}

void JsonWriter::number(std::string_view text) {
  before_value();
  buf_ += text;
}

void JsonWriter::integer(std::int64_t v) {
  before_value();
  char digits[24];
  const auto r = std::to_chars(digits, digits + sizeof digits, v);
  buf_.append(digits, r.ptr);
}

void JsonWriter::boolean(bool b) {
  before_value();
  buf_ += b ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  buf_ += "null";
}

void JsonWriter::finish() {
  buf_ += '\n';
  flush();
}

std::string JsonWriter::quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_quoted(out, s);
  return out;
}

void JsonWriter::append_quoted(std::string& out, std::string_view s) {
  static const char* const kHex = "0123456789abcdef";
  out += '"';
  // Most text needs no escape: copy runs of it whole.
  std::size_t run = 0;
  while (run < s.size()) {
    const auto u = static_cast<unsigned char>(s[run]);
    if (u < 0x20 || u == '"' || u == '\\') break;
    ++run;
  }
  out.append(s.data(), run);
  s.remove_prefix(run);
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
}

}  // namespace opgavesnit
