#include <opgavesnit/core/exact.h>

#include <algorithm>

namespace opgavesnit {

namespace {

using u128 = unsigned __int128;

std::uint64_t pow10(int n) {
  std::uint64_t p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

/// |value| rounded half away from zero after dividing by `divisor`.
Int256 round_magnitude(const Int256& value, std::uint64_t divisor) {
  std::uint64_t rem = 0;
  Int256 q = value.abs().divide_magnitude(divisor, rem);
  if (rem >= divisor - rem) q += 1;  // rem * 2 >= divisor, without overflow
  return q;
}

/// The magnitude `units` (in 10^-decimals) as text with exactly `decimals`
/// decimals, optionally grouped.
std::string place_point(const Int256& units, int decimals, bool group) {
  std::string digits = units.to_string();
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

std::string with_sign(bool negative, const Int256& magnitude, std::string text) {
  return negative && !magnitude.zero() ? "-" + text : text;
}

Int256 ratio_units(const Int256& numerator, std::uint64_t denominator, int decimals) {
  Int256 scaled = numerator.abs() * Int256(pow10(decimals));
  return round_magnitude(scaled, denominator);
}

}  // namespace

Int256 Int256::operator-() const {
  Int256 r;
  for (std::size_t i = 0; i < 4; ++i) r.limbs_[i] = ~limbs_[i];
  r += 1;
  return r;
}

Int256& Int256::operator+=(const Int256& o) {
  u128 carry = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    u128 s = static_cast<u128>(limbs_[i]) + o.limbs_[i] + carry;
    limbs_[i] = static_cast<std::uint64_t>(s);
    carry = s >> 64;
  }
  return *this;
}

Int256& Int256::operator-=(const Int256& o) { return *this += -o; }

Int256& Int256::operator*=(const Int256& o) {
  std::array<std::uint64_t, 4> r{};
  for (std::size_t i = 0; i < 4; ++i) {
    u128 carry = 0;
    for (std::size_t j = 0; i + j < 4; ++j) {
      u128 cur = static_cast<u128>(limbs_[i]) * o.limbs_[j] + r[i + j] + carry;
      r[i + j] = static_cast<std::uint64_t>(cur);
      carry = cur >> 64;
    }
  }
  limbs_ = r;
  return *this;
}

std::strong_ordering operator<=>(const Int256& a, const Int256& b) {
  if (a.negative() != b.negative())
    return a.negative() ? std::strong_ordering::less : std::strong_ordering::greater;
  for (std::size_t i = 4; i-- > 0;)
    if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] <=> b.limbs_[i];
  return std::strong_ordering::equal;
}

Int256 Int256::divide_magnitude(std::uint64_t d, std::uint64_t& remainder) const {
  Int256 m = abs();
  Int256 q;
  u128 rem = 0;
  for (std::size_t i = 4; i-- > 0;) {
    u128 cur = (rem << 64) | m.limbs_[i];
    q.limbs_[i] = static_cast<std::uint64_t>(cur / d);
    rem = cur % d;
  }
  remainder = static_cast<std::uint64_t>(rem);
  return q;
}

std::string Int256::to_string() const {
  constexpr std::uint64_t kChunk = 10000000000000000000ull;  // 10^19
  Int256 m = abs();
  if (m.zero()) return "0";
  std::string out;
  while (!m.zero()) {
    std::uint64_t rem = 0;
    m = m.divide_magnitude(kChunk, rem);
    std::string part = std::to_string(rem);
    if (!m.zero()) part.insert(0, 19 - part.size(), '0');
    out.insert(0, part);
  }
  return negative() ? "-" + out : out;
}

Int256 Int256::from_limbs(const std::array<std::uint64_t, 4>& limbs) {
  Int256 r;
  r.limbs_ = limbs;
  return r;
}

std::string format_decimal(const Int256& value, int scale, int decimals) {
  decimals = std::clamp(decimals, 0, scale);
  Int256 units = round_magnitude(value, pow10(scale - decimals));
  return with_sign(value.negative(), units, trim(place_point(units, decimals, false)));
}

std::string format_ratio(const Int256& numerator, std::uint64_t denominator, int decimals) {
  if (denominator == 0) return "0";
  Int256 units = ratio_units(numerator, denominator, decimals);
  return with_sign(numerator.negative(), units, trim(place_point(units, decimals, false)));
}

std::string format_fixed(const Int256& value, int scale, int decimals, bool group) {
  decimals = std::clamp(decimals, 0, scale);
  Int256 units = round_magnitude(value, pow10(scale - decimals));
  return with_sign(value.negative(), units, place_point(units, decimals, group));
}

std::string format_ratio_fixed(const Int256& numerator, std::uint64_t denominator, int decimals) {
  if (denominator == 0) return place_point(Int256(0), decimals, false);
  Int256 units = ratio_units(numerator, denominator, decimals);
  return with_sign(numerator.negative(), units, place_point(units, decimals, false));
}

}  // namespace opgavesnit
