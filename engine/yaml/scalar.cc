#include <opgavesnit/yaml/scalar.h>

#include <algorithm>
#include <cctype>

namespace opgavesnit {

namespace {

bool all_of(const std::string& s, std::size_t from, std::size_t to, int (*pred)(int)) {
  if (from >= to) return false;
  for (std::size_t i = from; i < to; ++i)
    if (!pred(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int is_octal(int c) { return c >= '0' && c <= '7'; }

bool is_decimal_syntax(const std::string& s) {
  // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
  std::size_t i = 0, n = s.size();
  if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t int_start = i;
  while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  bool int_digits = i > int_start;
  bool frac_digits = false;
  if (i < n && s[i] == '.') {
    ++i;
    std::size_t f = i;
    while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    frac_digits = i > f;
  }
  if (!int_digits && !frac_digits) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t e = i;
    while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == e) return false;
  }
  return i == n;
}

}  // namespace

ScalarClass classify_scalar(const std::string& s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return ScalarClass::null;
  if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
    return ScalarClass::boolean;
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return ScalarClass::nan;
  std::string unsigned_part = (s[0] == '-' || s[0] == '+') ? s.substr(1) : s;
  if (unsigned_part == ".inf" || unsigned_part == ".Inf" || unsigned_part == ".INF")
    return ScalarClass::infinity;
  if (all_of(s, (s[0] == '-' || s[0] == '+') ? 1 : 0, s.size(),
             [](int c) { return std::isdigit(c); }))
    return ScalarClass::integer;
  if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && all_of(s, 2, s.size(), is_octal))
    return ScalarClass::integer;
  if (s.size() > 2 && s[0] == '0' && s[1] == 'x' &&
      all_of(s, 2, s.size(), [](int c) { return std::isxdigit(c); }))
    return ScalarClass::integer;
  if (is_decimal_syntax(s)) return ScalarClass::decimal;
  return ScalarClass::text;
}

NumberProblem to_fixed(const std::string& s, int decimals, std::int64_t& out, bool allow_negative) {
  ScalarClass cls = classify_scalar(s);
  if (cls == ScalarClass::nan || cls == ScalarClass::infinity) return NumberProblem::not_finite;
  if (cls != ScalarClass::integer && cls != ScalarClass::decimal)
    return NumberProblem::not_a_number;

  bool negative = false;
  std::string int_part, frac_part;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
    // Octal and hexadecimal integers: at most 12 decimal digits matter.
    const int base = s[1] == 'o' ? 8 : 16;
    unsigned long long v = 0;
    for (std::size_t i = 2; i < s.size(); ++i) {
      int d = std::isdigit(static_cast<unsigned char>(s[i]))
                  ? s[i] - '0'
                  : std::tolower(static_cast<unsigned char>(s[i])) - 'a' + 10;
      if (v > 1'000'000'000'000ULL) return NumberProblem::too_large;
      v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
    }
    int_part = std::to_string(v);
  } else {
    std::size_t i = 0;
    if (s[i] == '-' || s[i] == '+') negative = s[i++] == '-';
    std::size_t mantissa_end = s.find_first_of("eE", i);
    if (mantissa_end == std::string::npos) mantissa_end = s.size();
    std::string mantissa = s.substr(i, mantissa_end - i);
    std::size_t dot = mantissa.find('.');
    int_part = mantissa.substr(0, dot);
    if (dot != std::string::npos) frac_part = mantissa.substr(dot + 1);
    long long exponent = 0;
    if (mantissa_end < s.size()) {
      std::size_t e = mantissa_end + 1;
      bool eneg = false;
      if (s[e] == '-' || s[e] == '+') eneg = s[e++] == '-';
      for (; e < s.size(); ++e) {
        exponent = std::min<long long>(exponent * 10 + (s[e] - '0'), 100000);
      }
      if (eneg) exponent = -exponent;
    }
    // Shift the decimal point by the exponent.
    std::string digits = int_part + frac_part;
    long long point = static_cast<long long>(int_part.size()) + exponent;
    bool zero = std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0'; });
    if (zero) {
      int_part = "0";
      frac_part.clear();
    } else if (point > 40) {
      return NumberProblem::too_large;
    } else if (point < -40) {
      return NumberProblem::too_many_decimals;
    } else if (point <= 0) {
      int_part = "0";
      frac_part = std::string(static_cast<std::size_t>(-point), '0') + digits;
    } else if (point >= static_cast<long long>(digits.size())) {
      int_part = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
      frac_part.clear();
    } else {
      int_part = digits.substr(0, static_cast<std::size_t>(point));
      frac_part = digits.substr(static_cast<std::size_t>(point));
    }
    if (zero) negative = false;
  }
  int_part.erase(0, std::min(int_part.find_first_not_of('0'), int_part.size()));
  while (!frac_part.empty() && frac_part.back() == '0') frac_part.pop_back();
  if (negative && !allow_negative) return NumberProblem::negative;
  if (int_part.size() > 12) return NumberProblem::too_large;
  if (static_cast<int>(frac_part.size()) > decimals) return NumberProblem::too_many_decimals;
  std::int64_t v = 0;
  for (char c : int_part) v = v * 10 + (c - '0');
  for (int k = 0; k < decimals; ++k)
    v = v * 10 +
        (k < static_cast<int>(frac_part.size()) ? frac_part[static_cast<std::size_t>(k)] - '0' : 0);
  out = negative ? -v : v;
  return NumberProblem::ok;
}

}  // namespace opgavesnit
