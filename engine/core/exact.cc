#include <opgavesnit/core/exact.h>

#include <algorithm>

namespace opgavesnit {

namespace {

std::uint64_t pow10(int n) {
  std::uint64_t p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

/// |value| rounded half away from zero after dividing by `divisor`.
Int256 round_magnitude(const Int256& value, std::uint64_t divisor) {
  const Int256 m = abs(value);
  Int256 q = m / divisor;
  const Int256 rem = m % divisor;
  if (rem >= divisor - rem) q += 1;  // rem * 2 >= divisor, without overflow
  return q;
}

/// The magnitude `units` (in 10^-decimals) as text with exactly `decimals`
/// decimals, optionally grouped.
std::string place_point(const Int256& units, int decimals, bool group) {
  std::string digits = units.str();
  if (static_cast<int>(digits.size()) <= decimals)
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  std::string whole = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
  std::string frac = digits.substr(whole.size());
  if (group && whole.size() > 3) {
    std::string grouped;
    std::size_t lead = whole.size() % 3;
    if (lead == 0) lead = 3;
    grouped = whole.substr(0, lead);
    for (std::size_t i = lead; i < whole.size(); i += 3) grouped += ',' + whole.substr(i, 3);
    whole = grouped;
  }
  return frac.empty() ? whole : whole + '.' + frac;
}

std::string trim(std::string text) {
  if (text.find('.') == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string with_sign(const Int256& value, const Int256& magnitude, std::string text) {
  return value < 0 && magnitude != 0 ? "-" + text : text;
}

Int256 ratio_units(const Int256& numerator, std::uint64_t denominator, int decimals) {
  return round_magnitude(abs(numerator) * pow10(decimals), denominator);
}

}  // namespace

std::string format_decimal(const Int256& value, int scale, int decimals) {
  decimals = std::clamp(decimals, 0, scale);
  Int256 units = round_magnitude(value, pow10(scale - decimals));
  return with_sign(value, units, trim(place_point(units, decimals, false)));
}

std::string format_ratio(const Int256& numerator, std::uint64_t denominator, int decimals) {
  if (denominator == 0) return "0";
  Int256 units = ratio_units(numerator, denominator, decimals);
  return with_sign(numerator, units, trim(place_point(units, decimals, false)));
}

std::string format_fixed(const Int256& value, int scale, int decimals, bool group) {
  decimals = std::clamp(decimals, 0, scale);
  Int256 units = round_magnitude(value, pow10(scale - decimals));
  return with_sign(value, units, place_point(units, decimals, group));
}

std::string format_ratio_fixed(const Int256& numerator, std::uint64_t denominator, int decimals) {
  if (denominator == 0) return place_point(Int256(0), decimals, false);
  Int256 units = ratio_units(numerator, denominator, decimals);
  return with_sign(numerator, units, place_point(units, decimals, false));
}

}  // namespace opgavesnit
