#include "csv_reader.h"

#include <fmt/format.h>

#include <array>

namespace opgavesnit {

char detect_csv_separator(std::string_view text) {
  std::size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice
      continue;
    }
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\t') ++tabs;
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  if (semicolons > 0 && semicolons >= commas) return ';';
  return ',';
}

namespace {

/// A cursor over the text that knows its 0-based line and column (lines
/// end at '\n'; a lone '\r' ends a record but not a line for positions, as
/// the diagnostic renderer counts them).
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}
  bool done() const { return i_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const {
    return i_ + ahead < text_.size() ? text_[i_ + ahead] : '\0';
  }
  void advance() {
    if (text_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }
  std::uint32_t line() const { return line_; }
  std::uint32_t column() const { return static_cast<std::uint32_t>(i_ - line_start_); }

 private:
  std::string_view text_;
  std::size_t i_ = 0;
  std::size_t line_start_ = 0;
  std::uint32_t line_ = 0;
};

bool at_record_end(const Cursor& c) { return c.done() || c.peek() == '\n' || c.peek() == '\r'; }

void skip_record_end(Cursor& c) {
  if (c.peek() == '\r') c.advance();
  if (c.peek() == '\n') c.advance();
}

}  // namespace

bool read_csv(std::string_view text, char separator, Id file, CsvTable& out, Diagnostics& diags) {
  out.separator = separator != 0 ? separator : detect_csv_separator(text);
  const char sep = out.separator;
  Cursor c(text);
  bool ok = true;
  std::uint32_t number = 0;
  while (!c.done()) {
    CsvRecord record;
    record.line = c.line();
    ++number;
    record.number = number;
    bool record_done = false;
    while (!record_done) {
      CsvField field;
      field.line = c.line();
      field.column = c.column();
      if (c.peek() == '"') {
        field.quoted = true;
        c.advance();
        bool closed = false;
        while (!c.done()) {
          char ch = c.peek();
          if (ch == '"') {
            if (c.peek(1) == '"') {
              field.text += '"';
              c.advance();
              c.advance();
              continue;
            }
            c.advance();
            closed = true;
            break;
          }
          field.text += ch;
          c.advance();
        }
        if (!closed) {
          diags.error("csv-syntax", {file, field.line, field.column},
                      "unclosed quote: this field runs to the end of the file; close it with '\"' "
                      "(a quote inside a quoted field is written twice)");
          return false;
        }
        // Spaces after the closing quote are harmless; anything else is not.
        while (c.peek() == ' ') c.advance();
        if (!at_record_end(c) && c.peek() != sep) {
          diags.error("csv-syntax", {file, c.line(), c.column()},
                      "unexpected text after the closing quote; quote the whole field and write "
                      "a quote inside it twice");
          ok = false;
          while (!at_record_end(c) && c.peek() != sep) c.advance();
        }
      } else {
        while (!at_record_end(c) && c.peek() != sep) {
          field.text += c.peek();
          c.advance();
        }
      }
      record.fields.push_back(std::move(field));
      if (!c.done() && c.peek() == sep) {
        c.advance();
        continue;
      }
      skip_record_end(c);
      record_done = true;
    }
    // A blank line, or one of separators only, still counts as a row (as
    // in the spreadsheet) but holds no record. A quoted "" is a value.
    bool blank = true;
    for (const CsvField& f : record.fields)
      if (!f.text.empty() || f.quoted) blank = false;
    if (!blank) out.records.push_back(std::move(record));
  }
  return ok;
}

std::string windows1252_to_utf8(std::string_view text) {
  // 0x80..0x9F in Windows-1252; 0 marks the five undefined bytes.
  static constexpr std::array<char16_t, 32> kHigh = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    auto b = static_cast<unsigned char>(ch);
    std::uint32_t cp = b;
    if (b >= 0x80 && b <= 0x9F) cp = kHigh[b - 0x80] != 0 ? kHigh[b - 0x80] : 0xFFFD;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

}  // namespace opgavesnit
