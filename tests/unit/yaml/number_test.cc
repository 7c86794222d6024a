// Exact reading of YAML 1.2 core-schema numbers (number.h).
#include <doctest/doctest.h>
#include <opgavesnit/yaml/scalar.h>

#include <cstdint>
#include <string>

using opgavesnit::classify_scalar;
using opgavesnit::NumberProblem;
using opgavesnit::ScalarClass;
using opgavesnit::to_fixed;

namespace {

/// "ok:<value>" or the problem's name, for readable failures.
std::string fixed(const std::string& s, int decimals, bool allow_negative = false) {
  std::int64_t v = 0;
  switch (to_fixed(s, decimals, v, allow_negative)) {
    case NumberProblem::ok:
      return "ok:" + std::to_string(v);
    case NumberProblem::not_a_number:
      return "not_a_number";
    case NumberProblem::not_finite:
      return "not_finite";
    case NumberProblem::negative:
      return "negative";
    case NumberProblem::too_large:
      return "too_large";
    case NumberProblem::too_many_decimals:
      return "too_many_decimals";
  }
  return "?";
}

}  // namespace

TEST_CASE("number: classify_scalar follows the core schema") {
  CHECK(classify_scalar("") == ScalarClass::null);
  CHECK(classify_scalar("~") == ScalarClass::null);
  CHECK(classify_scalar("null") == ScalarClass::null);
  CHECK(classify_scalar("true") == ScalarClass::boolean);
  CHECK(classify_scalar("False") == ScalarClass::boolean);
  CHECK(classify_scalar("yes") == ScalarClass::text);
  CHECK(classify_scalar("no") == ScalarClass::text);
  CHECK(classify_scalar("on") == ScalarClass::text);
  CHECK(classify_scalar("off") == ScalarClass::text);
  CHECK(classify_scalar("707") == ScalarClass::integer);
  CHECK(classify_scalar("-7") == ScalarClass::integer);
  CHECK(classify_scalar("0x1F") == ScalarClass::integer);
  CHECK(classify_scalar("0o17") == ScalarClass::integer);
  CHECK(classify_scalar("0o18") == ScalarClass::text);
  CHECK(classify_scalar("0x") == ScalarClass::text);
  CHECK(classify_scalar("1.5") == ScalarClass::decimal);
  CHECK(classify_scalar(".5") == ScalarClass::decimal);
  CHECK(classify_scalar("1.") == ScalarClass::decimal);
  CHECK(classify_scalar("1e3") == ScalarClass::decimal);
  CHECK(classify_scalar("1e") == ScalarClass::text);
  CHECK(classify_scalar(".") == ScalarClass::text);
  CHECK(classify_scalar("1_000") == ScalarClass::text);
  CHECK(classify_scalar("2027-Q1") == ScalarClass::text);
  CHECK(classify_scalar(".nan") == ScalarClass::nan);
  CHECK(classify_scalar("-.inf") == ScalarClass::infinity);
  CHECK(classify_scalar(".Inf") == ScalarClass::infinity);
}

TEST_CASE("number: to_fixed reads exactly, judging decimals by value") {
  CHECK(fixed("12.5", 2) == "ok:1250");
  CHECK(fixed("1.500", 2) == "ok:150");
  CHECK(fixed("1.005", 2) == "too_many_decimals");
  CHECK(fixed("1e3", 2) == "ok:100000");
  CHECK(fixed("1.0e-2", 2) == "ok:1");
  CHECK(fixed("1e-3", 2) == "too_many_decimals");
  CHECK(fixed("0.5e1", 0) == "ok:5");
  CHECK(fixed("2.0", 0) == "ok:2");
  CHECK(fixed("1.5", 0) == "too_many_decimals");
  CHECK(fixed("0x10", 0) == "ok:16");
  CHECK(fixed("0o17", 0) == "ok:15");
  CHECK(fixed("+5", 2) == "ok:500");
  CHECK(fixed("-0", 2) == "ok:0");
  CHECK(fixed("0e99999", 2) == "ok:0");
  CHECK(fixed("-5", 2) == "negative");
  CHECK(fixed("-5", 2, true) == "ok:-500");
  CHECK(fixed("999999999999.99", 2) == "ok:99999999999999");
  CHECK(fixed("1e12", 2) == "too_large");
  CHECK(fixed("1000000000000", 0) == "too_large");
  CHECK(fixed("0x1000000000000", 0) == "too_large");
  CHECK(fixed("0xFFFFFFFFFFFFFFFFFFFFFFFF", 0) == "too_large");
  CHECK(fixed("1e99999999999999999999", 0) == "too_large");
  CHECK(fixed("1e-99999999999999999999", 4) == "too_many_decimals");
  CHECK(fixed("0.9999", 4) == "ok:9999");
  CHECK(fixed("0.33333", 4) == "too_many_decimals");
  CHECK(fixed(".nan", 2) == "not_finite");
  CHECK(fixed(".inf", 2) == "not_finite");
  CHECK(fixed("-.inf", 2) == "not_finite");
  CHECK(fixed("true", 2) == "not_a_number");
  CHECK(fixed("twelve", 2) == "not_a_number");
  CHECK(fixed("", 2) == "not_a_number");
  CHECK(fixed("00012", 0) == "ok:12");
}
