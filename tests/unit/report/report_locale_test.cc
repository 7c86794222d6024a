// Report language: labels and number formats.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <opgavesnit/report/locale.h>

#include <string>

using namespace opgavesnit;

TEST_CASE("parse_lang") {
  Lang l = Lang::da;
  CHECK(parse_lang("en", l));
  CHECK(l == Lang::en);
  CHECK(parse_lang("da", l));
  CHECK(l == Lang::da);
  CHECK_FALSE(parse_lang("DA", l));
  CHECK_FALSE(parse_lang("", l));
  CHECK_FALSE(parse_lang("de", l));
  CHECK(l == Lang::da);
  CHECK(std::string(to_string(Lang::en)) == "en");
  CHECK(std::string(to_string(Lang::da)) == "da");
}

TEST_CASE("format_fixed groups and rounds half away from zero") {
  CHECK(format_fixed(Int256(12345678900), 4, 2, Lang::en) == "1,234,567.89");
  CHECK(format_fixed(Int256(12345678900), 4, 2, Lang::da) == "1.234.567,89");
  CHECK(format_fixed(Int256(12345), 4, 2, Lang::en) == "1.23");
  CHECK(format_fixed(Int256(12350), 4, 2, Lang::en) == "1.24");
  CHECK(format_fixed(Int256(-12350), 4, 2, Lang::da) == "-1,24");
  CHECK(format_fixed(Int256(-49), 4, 2, Lang::en) == "0.00");
  CHECK(format_fixed(Int256(100000), 2, 0, Lang::da) == "1.000");
  CHECK(format_fixed(Int256(99950), 2, 0, Lang::en) == "1,000");
  CHECK(format_fixed(Int256(0), 2, 2, Lang::da) == "0,00");
  CHECK(format_fixed(Int256(123), 2, 5, Lang::en) == "1.23");  // decimals clamped to scale
  CHECK(format_fixed(Int256(-100000000), 2, 2, Lang::en) == "-1,000,000.00");
}

TEST_CASE("format_money") {
  CHECK(format_money(Int256(12345678900), 4, Lang::da) == "1.234.567,89 kr.");
  CHECK(format_money(Int256(12345678900), 4, Lang::en) == "DKK 1,234,567.89");
  CHECK(format_money(Int256(-12340000), 4, Lang::da) == "-1.234,00 kr.");
  CHECK(format_money(Int256(-123400), 2, Lang::en) == "DKK -1,234.00");
  CHECK(format_money(Int256(5), 2, Lang::en) == "DKK 0.05");
}

TEST_CASE("format_ratio") {
  CHECK(format_ratio(Int256(5005500), 162800, 3, Lang::en) == "30.746");
  CHECK(format_ratio(Int256(5005500), 162800, 3, Lang::da) == "30,746");
  CHECK(format_ratio(Int256(1628000000), 162800, 1, Lang::da) == "10.000,0");
  CHECK(format_ratio(Int256(-1628000000), 162800, 0, Lang::en) == "-10,000");
  CHECK(format_ratio(Int256(5), 0, 2, Lang::en) == "0.00");
}

TEST_CASE("labels") {
  CHECK(label("price", Lang::en) == "price");
  CHECK(label("price", Lang::da) == "pris");
  CHECK(label("net_change", Lang::en) == "net change");
  CHECK(label("net_change", Lang::da) == "nettoændring");
  CHECK(label("fte", Lang::en) == "FTE");
  CHECK(label("shared", Lang::da) == "fælles");
  CHECK(label("n/a", Lang::da) == "–");
  CHECK(label("no-such-key", Lang::da) == "no-such-key");
  CHECK(label("", Lang::en) == "");
}

TEST_CASE("capitalized") {
  CHECK(capitalized("price") == "Price");
  CHECK(capitalized("økonomi") == "Økonomi");
  CHECK(capitalized("ændring") == "Ændring");
  CHECK(capitalized("årsværk") == "Årsværk");
  CHECK(capitalized("SLA") == "SLA");
  CHECK(capitalized("") == "");
  CHECK(capitalized("–") == "–");
}

namespace {

/// Checks that the sentence `key` formats in English and in Danish with the
/// same blanks filled, and differs between them; returns the English.
std::string check_both_languages(std::string_view key) {
  std::string en, da;
  CHECK_NOTHROW(en = fmt::format(fmt::runtime(label(key, Lang::en)), "<0>", "<1>", "<2>", "<3>"));
  CHECK_NOTHROW(da = fmt::format(fmt::runtime(label(key, Lang::da)), "<0>", "<1>", "<2>", "<3>"));
  for (const char* blank : {"<0>", "<1>", "<2>", "<3>"})
    CHECK((en.find(blank) == std::string::npos) == (da.find(blank) == std::string::npos));
  CHECK(en != da);
  return en;
}

}  // namespace

TEST_CASE("explain's sentences format in both languages, with as many blanks in each") {
  const auto keys = explain_sentence_keys();
  REQUIRE(keys.size() > 40);
  for (std::string_view key : keys) {
    CAPTURE(key);
    CHECK(key.substr(0, 3) == "ex_");
    check_both_languages(key);
  }
}

TEST_CASE("risk's words format in both languages, with as many blanks in each") {
  const auto keys = risk_label_keys();
  REQUIRE(keys.size() > 20);
  for (std::string_view key : keys) {
    CAPTURE(key);
    CHECK(key.substr(0, 5) == "risk_");
    const std::string en = check_both_languages(key);
    CHECK(en != key);
  }
  CHECK(label("risk_likely", Lang::da) == "sandsynligst");
  CHECK(fmt::format(fmt::runtime(label("risk_title", Lang::da)), "`s`") ==
        "Usikkerhed i scenariet `s`");
}
