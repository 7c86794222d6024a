// A small streaming JSON writer with exact number text.
//
// Numbers are written from text (format_decimal), never through a double,
// so that 0.1 stays 0.1 and 136131.55 stays 136131.55. Output is 2-space
// indented and deterministic; arrays may be written inline on one line.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

/// Writes one JSON document to a stream. Calls must nest properly; the
/// writer does not check (it is for our own renderers).
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  /// Writes what is still buffered.
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object();
  void end_object();
  /// An array; `inline_items` writes it on one line (`["a", "b"]`), and so
  /// everything nested in it.
  void begin_array(bool inline_items = false);
  void end_array();
  /// The key of the next member of the current object.
  void key(std::string_view k);

  void string(std::string_view s);
  /// A number from its exact text (as format_decimal prints it).
  void number(std::string_view text);
  void integer(std::int64_t v);
  void boolean(bool b);
  void null();

  /// Ends the document with a newline (and writes it to the stream).
  void finish();
  /// Writes the buffered text to the stream. The writer buffers its output
  /// and writes it at the end of the document, at finish(), and when it is
  /// destroyed.
  void flush();

  /// `s` as a JSON string literal with quotes; UTF-8 passes through,
  /// control characters, quotes and backslashes are escaped.
  static std::string quote(std::string_view s);

 private:
  struct Frame {
    bool object;
    bool inline_items;
    std::size_t count;
  };
  void before_value();
  void newline(std::size_t depth);
  void end(char bracket);
  static void append_quoted(std::string& out, std::string_view s);

  std::ostream& out_;
  std::string buf_;
  std::vector<Frame> stack_;
  bool after_key_ = false;
};

}  // namespace opgavesnit
