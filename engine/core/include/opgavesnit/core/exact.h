// Exact integers and their decimal text.
//
// A plan's figures are products of quantities (< 10^12), hours (< 10^14
// hundredths) and rates (< 10^14 øre), summed over a model: too wide for 64
// or even 128 bits in the worst case. `Int256` holds them exactly; the
// format functions print them rounded half away from zero, as the spec asks.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <type_traits>

namespace opgavesnit {

/// A signed 256-bit integer in two's complement. Arithmetic wraps modulo
/// 2^256, which no figure of a valid model comes near (they stay below 2^160).
class Int256 {
 public:
  constexpr Int256() = default;
  /// From any built-in integer, by value.
  template <class T>
  requires std::is_integral_v<T>
  constexpr Int256(T v) {  // NOLINT(google-explicit-constructor)
    if constexpr (std::is_signed_v<T>)
      set_signed(static_cast<std::int64_t>(v));
    else
      set_unsigned(static_cast<std::uint64_t>(v));
  }
  constexpr Int256(__int128 v) {  // NOLINT(google-explicit-constructor)
    limbs_[0] = static_cast<std::uint64_t>(v);
    limbs_[1] = static_cast<std::uint64_t>(static_cast<unsigned __int128>(v) >> 64);
    const std::uint64_t fill = v < 0 ? ~std::uint64_t{0} : 0;
    limbs_[2] = limbs_[3] = fill;
  }

  /// True when the value is below zero.
  bool negative() const { return (limbs_[3] >> 63) != 0; }
  /// True when the value is zero.
  bool zero() const { return (limbs_[0] | limbs_[1] | limbs_[2] | limbs_[3]) == 0; }
  /// The absolute value (wraps for -2^255, which never occurs here).
  Int256 abs() const { return negative() ? -*this : *this; }

  Int256 operator-() const;
  Int256& operator+=(const Int256& o);
  Int256& operator-=(const Int256& o);
  Int256& operator*=(const Int256& o);
  friend Int256 operator+(Int256 a, const Int256& b) { return a += b; }
  friend Int256 operator-(Int256 a, const Int256& b) { return a -= b; }
  friend Int256 operator*(Int256 a, const Int256& b) { return a *= b; }
  friend bool operator==(const Int256& a, const Int256& b) = default;
  friend std::strong_ordering operator<=>(const Int256& a, const Int256& b);

  /// Divides the magnitude by `d` (> 0): returns |this| / d, truncated, and
  /// stores |this| % d in `remainder`. The quotient is non-negative.
  Int256 divide_magnitude(std::uint64_t d, std::uint64_t& remainder) const;

  /// The value in decimal, e.g. "-1234".
  std::string to_string() const;

  /// The 64-bit limbs, least significant first (two's complement).
  const std::array<std::uint64_t, 4>& limbs() const { return limbs_; }
  /// Builds a value from limbs, least significant first.
  static Int256 from_limbs(const std::array<std::uint64_t, 4>& limbs);

 private:
  constexpr void set_signed(std::int64_t v) {
    limbs_[0] = static_cast<std::uint64_t>(v);
    const std::uint64_t fill = v < 0 ? ~std::uint64_t{0} : 0;
    limbs_[1] = limbs_[2] = limbs_[3] = fill;
  }
  constexpr void set_unsigned(std::uint64_t v) { limbs_ = {v, 0, 0, 0}; }

  std::array<std::uint64_t, 4> limbs_{};
};

/// Prints `value`, given in units of 10^-scale, rounded half away from zero
/// to at most `decimals` decimals (0 <= decimals <= scale <= 18), trailing
/// zeros and a bare point trimmed: "136131.55", "12.5", "0", "-3.1". Never
/// prints "-0". This is the form of numbers in JSON.
std::string format_decimal(const Int256& value, int scale, int decimals);

/// Prints the rational `numerator / denominator` (denominator > 0) rounded
/// half away from zero to at most `decimals` decimals (<= 18), trimmed as
/// format_decimal does. A zero denominator prints "0".
std::string format_ratio(const Int256& numerator, std::uint64_t denominator, int decimals);

/// Like format_decimal but always with exactly `decimals` decimals, and
/// with `,` between groups of thousands when `group` is set: "1,234.50".
/// For text tables.
std::string format_fixed(const Int256& value, int scale, int decimals, bool group = true);

/// Like format_ratio but with exactly `decimals` decimals (no grouping).
std::string format_ratio_fixed(const Int256& numerator, std::uint64_t denominator, int decimals);

}  // namespace opgavesnit
