// The JSON writer buffers its text: what it writes must reach the stream
// at the end of the document, at finish(), and when the writer goes away.
#include <doctest/doctest.h>
#include <opgavesnit/report/json_writer.h>

#include <sstream>
#include <string>

using namespace opgavesnit;

TEST_CASE("json writer: the text reaches the stream at the end of the document") {
  std::ostringstream os;
  JsonWriter w(os);
  w.begin_array(true);
  w.integer(-12);
  w.string("a\"b");
  w.end_array();
  CHECK(os.str() == "[-12, \"a\\\"b\"]");
  w.finish();
  CHECK(os.str() == "[-12, \"a\\\"b\"]\n");
}

TEST_CASE("json writer: an unfinished document is written when the writer goes away") {
  std::ostringstream os;
  {
    JsonWriter w(os);
    w.begin_object();
    w.key("k");
    w.boolean(true);
  }
  CHECK(os.str() == "{\n  \"k\": true");
}

TEST_CASE("json writer: a large document is written whole") {
  std::ostringstream os;
  std::string expected = "[";
  {
    JsonWriter w(os);
    w.begin_array(true);
    for (int i = 0; i < 50000; ++i) {
      w.string("item-" + std::to_string(i));
      expected += (i ? ", \"item-" : "\"item-") + std::to_string(i) + "\"";
    }
    w.end_array();
    w.finish();
  }
  expected += "]\n";
  CHECK(os.str() == expected);
}

TEST_CASE("json writer: escapes after a run of plain text") {
  CHECK(JsonWriter::quote("plain then \"quoted\"\n") == "\"plain then \\\"quoted\\\"\\n\"");
  CHECK(JsonWriter::quote("") == "\"\"");
}
