// Exact integers and their decimal text.
//
// A plan's figures are products of quantities (< 10^12), hours (< 10^14
// hundredths) and rates (< 10^14 øre), summed over a model: too wide for 64
// or even 128 bits in the worst case. `Int256` holds them exactly; the
// format functions print them rounded half away from zero, as the spec asks.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <string>

namespace opgavesnit {

/// A signed integer of 256 bits (Boost.Multiprecision's fixed-width cpp_int).
/// The checked variant: an overflow throws std::overflow_error instead of
/// wrapping, so a figure is exact or the command fails; no figure of a valid
/// model comes near (they stay below 2^160). Fixed width keeps it on the
/// stack, without allocation.
using Int256 = boost::multiprecision::checked_int256_t;

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
