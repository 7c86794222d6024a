// Dated periods (semantics.md §11): which period ids name months.
#include <opgavesnit/plan/plan.h>

namespace opgavesnit {

namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<DatedPeriod> dated_period(std::string_view id) {
  if (id.size() < 4 || !digits(id.substr(0, 4))) return std::nullopt;
  const int year = number(id.substr(0, 4));
  if (year < 2000 || year > 2100) return std::nullopt;
  const int first = 12 * year;  // January
  if (id.size() == 4) return DatedPeriod{first, first + 12};
  if (id.size() != 7 || id[4] != '-') return std::nullopt;
  const std::string_view rest = id.substr(5);
  if (rest[0] == 'H' && rest[1] >= '1' && rest[1] <= '2') {
    const int start = first + 6 * (rest[1] - '1');
    return DatedPeriod{start, start + 6};
  }
  if (rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int start = first + 3 * (rest[1] - '1');
    return DatedPeriod{start, start + 3};
  }
  if (digits(rest)) {
    const int month = number(rest);
    if (month >= 1 && month <= 12) return DatedPeriod{first + month - 1, first + month};
  }
  return std::nullopt;
}

}  // namespace opgavesnit
