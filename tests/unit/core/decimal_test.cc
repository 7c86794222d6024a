#include <doctest/doctest.h>
#include <opgavesnit/core/exact.h>

using opgavesnit::format_decimal;
using opgavesnit::format_fixed;
using opgavesnit::format_ratio;
using opgavesnit::format_ratio_fixed;
using opgavesnit::Int256;

TEST_CASE("int256 arithmetic") {
  const Int256 big = Int256(999999999999LL) * Int256(99999999999999LL) * Int256(99999999999999LL);
  CHECK(big.str() == "9999999999989800000000000200999999999999");
  CHECK((-big).str() == "-9999999999989800000000000200999999999999");
  CHECK(big - big == 0);
  CHECK(Int256(-5) < Int256(3));
  CHECK(Int256(-5) < Int256(-3));
  CHECK(big > Int256(0));
  CHECK(-big < Int256(-1));
  CHECK((Int256(-7) * Int256(6)).str() == "-42");
  CHECK(Int256(0).str() == "0");
  __int128 wide = static_cast<__int128>(1) << 100;
  CHECK(Int256(wide).str() == "1267650600228229401496703205376");
  CHECK(Int256(-wide).str() == "-1267650600228229401496703205376");
  // Division truncates toward zero, as for built-in integers.
  CHECK(Int256(-17) / 5 == Int256(-3));
  CHECK(Int256(-17) % 5 == Int256(-2));
}

TEST_CASE("int256 overflow throws instead of wrapping") {
  const Int256 huge = Int256(1) << 254;
  CHECK_THROWS_AS(huge * 4, std::overflow_error);
  CHECK_THROWS_AS(huge * 2 + huge * 2, std::overflow_error);
}

TEST_CASE("format_decimal rounds half away from zero and trims") {
  CHECK(format_decimal(13613155, 2, 2) == "136131.55");
  CHECK(format_decimal(1250, 2, 2) == "12.5");
  CHECK(format_decimal(0, 2, 2) == "0");
  CHECK(format_decimal(-310, 2, 2) == "-3.1");
  CHECK(format_decimal(100, 2, 2) == "1");
  CHECK(format_decimal(5, 2, 2) == "0.05");
  // 12.25 h x 700.10 kr. = 8576.225 kr. exactly (in 1e-4 kr.): half goes up.
  CHECK(format_decimal(Int256(1225) * Int256(70010), 4, 2) == "8576.23");
  CHECK(format_decimal(-85762250, 4, 2) == "-8576.23");
  CHECK(format_decimal(85762249, 4, 2) == "8576.22");
  CHECK(format_decimal(49, 4, 2) == "0");
  CHECK(format_decimal(-49, 4, 2) == "0");  // never "-0"
  CHECK(format_decimal(-50, 4, 2) == "-0.01");
  CHECK(format_decimal(99995, 4, 2) == "10");
}

TEST_CASE("format_ratio") {
  CHECK(format_ratio(162800, 162800, 3) == "1");
  CHECK(format_ratio(81400, 162800, 3) == "0.5");
  CHECK(format_ratio(1, 3, 3) == "0.333");
  CHECK(format_ratio(2, 3, 3) == "0.667");
  CHECK(format_ratio(1, 2000, 3) == "0.001");  // 0.0005 -> 0.001
  CHECK(format_ratio(-1, 2000, 3) == "-0.001");
  CHECK(format_ratio(1, 2001, 3) == "0");
  CHECK(format_ratio(5, 0, 3) == "0");
  CHECK(format_ratio_fixed(81400, 162800, 3) == "0.500");
}

TEST_CASE("format_fixed for text tables") {
  CHECK(format_fixed(123456789, 2, 2) == "1,234,567.89");
  CHECK(format_fixed(123456789, 2, 2, false) == "1234567.89");
  CHECK(format_fixed(0, 4, 2) == "0.00");
  CHECK(format_fixed(-1000000, 2, 2) == "-10,000.00");
  CHECK(format_fixed(12345, 0, 0) == "12,345");
  CHECK(format_fixed(100000, 2, 0) == "1,000");
}
