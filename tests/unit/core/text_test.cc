#include <doctest/doctest.h>
#include <opgavesnit/core/text.h>

#include <string>

namespace opgavesnit {
namespace {

TEST_CASE("terminal_text leaves printable text byte for byte") {
  CHECK(terminal_text("Aarhus Kommune") == "Aarhus Kommune");
  CHECK(terminal_text("Ærø, Tønder og Åbenrå") == "Ærø, Tønder og Åbenrå");
  CHECK(terminal_text("数据 😀") == "数据 😀");
  CHECK(terminal_text("") == "");
}

TEST_CASE("terminal_text escapes what could forge a terminal or a report line") {
  // A window title, a cleared screen, a moved cursor and a forged line.
  const std::string hostile =
      "\x1b]0;PWNED\a\x1b[2J\x1b[1;1H\nm (spoofed)\n  net change -1,000,000.00 kr.";
  CHECK(terminal_text(hostile) ==
        "<U+001B>]0;PWNED<U+0007><U+001B>[2J<U+001B>[1;1H<U+000A>m (spoofed)<U+000A>  net "
        "change -1,000,000.00 kr.");
  CHECK(terminal_text("a\tb\rc\x7f") == "a<U+0009>b<U+000D>c<U+007F>");
  CHECK(terminal_text("\xc2\x85 \xc2\x9b") == "<U+0085> <U+009B>");  // C1 controls
  CHECK(terminal_text("\xe2\x80\xae"
                      "abc") == "<U+202E>abc");            // bidi override
  CHECK(terminal_text("\xe2\x80\xa8") == "<U+2028>");      // line separator
  CHECK(terminal_text("\xef\xbb\xbfx") == "x");            // byte-order mark
  CHECK(terminal_text("\xff\xc3") == "<FF><C3>");          // not UTF-8
  CHECK(terminal_text("\xed\xa0\x80") == "<ED><A0><80>");  // a surrogate
  CHECK(terminal_text("\xc0\xaf") == "<C0><AF>");          // overlong
}

TEST_CASE("decode_utf8, is_valid_utf8 and append_utf8 agree") {
  for (std::uint32_t cp : {0x41u, 0xe5u, 0x85u, 0xa0u, 0x20acu, 0xfffdu, 0x1f600u, 0x10ffffu}) {
    std::string s;
    append_utf8(s, cp);
    std::size_t len = 0;
    CHECK(decode_utf8(s, 0, len) == static_cast<std::int32_t>(cp));
    CHECK(len == s.size());
    CHECK(is_valid_utf8(s));
  }
  CHECK_FALSE(is_valid_utf8("\x85"));
  CHECK_FALSE(is_valid_utf8("ab\xf4\x90\x80\x80"));  // past U+10FFFF
}

TEST_CASE("display_width counts columns, escapes included") {
  CHECK(display_width(std::string_view("Ærø")) == 3);
  CHECK(display_width(std::string_view("数据")) == 4);
  CHECK(display_width(std::string_view("a\x1b")) == 1 + 8);
}

TEST_CASE("shorten_utf8 never splits a sequence") {
  CHECK(shorten_utf8("abc", 3) == "abc");
  CHECK(shorten_utf8("abcd", 3) == "abc...");
  CHECK(shorten_utf8("aåå", 2) == "a...");
}

}  // namespace
}  // namespace opgavesnit
