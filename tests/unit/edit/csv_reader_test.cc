// Reading CSV text (csv_reader.h).
#include "csv_reader.h"

#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>

#include <string>
#include <vector>

using namespace opgavesnit;

namespace {

/// The fields of every record, joined by '|', one record a line.
std::string fields(const CsvTable& t) {
  std::string out;
  for (const CsvRecord& r : t.records) {
    out += std::to_string(r.number) + ":";
    for (std::size_t i = 0; i < r.fields.size(); ++i) out += (i ? "|" : "") + r.fields[i].text;
    out += "\n";
  }
  return out;
}

/// Every diagnostic as text, for a file named "x.csv".
std::string messages(const Diagnostics& diags, const std::string& text) {
  std::vector<SourceFile> files{{"x.csv", text}};
  std::string out;
  for (const auto& d : diags.items())
    out += format_position(files, d.pos) + ": " + d.message + " [" + d.rule + "]\n";
  return out;
}

}  // namespace

TEST_CASE("csv_reader: the separator is detected from the header") {
  CHECK(detect_csv_separator("a;b;c\n1,5;2;3") == ';');
  CHECK(detect_csv_separator("a,b,c\n") == ',');
  CHECK(detect_csv_separator("a\tb\tc,d\n") == '\t');
  CHECK(detect_csv_separator("\"a;b\",c\n") == ',');  // inside quotes it does not count
  CHECK(detect_csv_separator("a;b,c\n") == ';');      // a tie: Danish Excel
  CHECK(detect_csv_separator("only\n") == ',');
}

TEST_CASE("csv_reader: RFC 4180 fields, CRLF, blank lines") {
  const std::string text =
      "id;name;note\r\n"
      "a;\"semi; colon\";\"two\r\nlines\"\r\n"
      "\r\n"
      ";;\r\n"
      "b;\"say \"\"hi\"\"\";12\" rack\r\n"
      "c;\"\";last";  // no final line end; "" is an empty value
  CsvTable t;
  Diagnostics d;
  REQUIRE(read_csv(text, 0, 0, t, d));
  CHECK(t.separator == ';');
  CHECK(fields(t) ==
        "1:id|name|note\n"
        "2:a|semi; colon|two\r\nlines\n"
        "5:b|say \"hi\"|12\" rack\n"
        "6:c||last\n");
  CHECK(t.records[1].fields[2].line == 1);
  CHECK(t.records[1].fields[2].column == 16);
  CHECK(t.records[1].fields[2].quoted);
  CHECK(t.records[2].line == 5);
}

TEST_CASE("csv_reader: an unclosed quote is located at the quote") {
  const std::string text = "a,b\n1,\"open\n2,3\n";
  CsvTable t;
  Diagnostics d;
  CHECK_FALSE(read_csv(text, ',', 0, t, d));
  CHECK(messages(d, text) ==
        "x.csv:2:3: unclosed quote: this field runs to the end of the file; close it with '\"' (a "
        "quote inside a quoted field is written twice) [csv-syntax]\n");
}

TEST_CASE("csv_reader: text after a closing quote") {
  const std::string text = "a,b\n\"x\"y,2\n\"ok\"  ,3\n";
  CsvTable t;
  Diagnostics d;
  CHECK_FALSE(read_csv(text, ',', 0, t, d));
  CHECK(messages(d, text) ==
        "x.csv:2:4: unexpected text after the closing quote; quote the whole field and write a "
        "quote inside it twice [csv-syntax]\n");
  CHECK(fields(t) == "1:a|b\n2:x|2\n3:ok|3\n");
}

TEST_CASE("csv_reader: Windows-1252 to UTF-8") {
  CHECK(windows1252_to_utf8("R\xE5"
                            "dhus \x80 \x96") ==
        "R\xC3\xA5"
        "dhus \xE2\x82\xAC \xE2\x80\x93");
  CHECK(windows1252_to_utf8("\x81") == "\xEF\xBF\xBD");
  CHECK(windows1252_to_utf8("plain") == "plain");
}
