// Exact reading of YAML 1.2 core-schema numbers into fixed point.
#pragma once

#include <cstdint>
#include <string>

namespace opgavesnit {

/// What a plain scalar is under the YAML 1.2 core schema.
enum class ScalarClass { text, integer, decimal, boolean, null, nan, infinity };

ScalarClass classify_scalar(const std::string& s);

/// Why a number was refused by `to_fixed`.
enum class NumberProblem { ok, not_a_number, not_finite, negative, too_large, too_many_decimals };

/// Reads a core-schema number exactly as a value in units of 10^-decimals:
/// "12.5" with decimals 2 gives 1250. Refuses negative values (unless
/// `allow_negative`), magnitudes of 10^12 or more, and more decimals than
/// allowed (judged by value: "1.500" has one decimal).
NumberProblem to_fixed(const std::string& s, int decimals, std::int64_t& out,
                       bool allow_negative = false);

}  // namespace opgavesnit
