#include <opgavesnit/core/diagnostics.h>

#include <algorithm>
#include <ostream>
#include <tuple>

namespace opgavesnit {

void Diagnostics::error(RuleId rule, SourcePos pos, std::string message) {
  items_.push_back({Severity::error, std::string(rule.id()), std::move(message), pos, {}});
}

void Diagnostics::warning(RuleId rule, SourcePos pos, std::string message) {
  items_.push_back({Severity::warning, std::string(rule.id()), std::move(message), pos, {}});
}

void Diagnostics::note(SourcePos pos, std::string message) {
  if (!items_.empty()) items_.back().notes.push_back({std::move(message), pos});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::warning; }));
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.column, a.rule, a.message) <
           std::tie(b.pos.file, b.pos.line, b.pos.column, b.rule, b.message);
  });
}

const char* to_string(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

namespace {

// Edit distance counting an adjacent transposition as one edit (optimal
// string alignment), giving up once it exceeds `limit`.
std::size_t edit_distance(const std::string& a, const std::string& b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  const std::size_t n = b.size() + 1;
  std::vector<std::size_t> prev2(n), prev(n), row(n);
  for (std::size_t j = 0; j < n; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j < n; ++j) {
      row[j] =
          std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        row[j] = std::min(row[j], prev2[j - 2] + 1);
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, row);
  }
  return prev[b.size()];
}

}  // namespace

std::string spell_check(const std::string& word, const std::vector<std::string>& candidates) {
  // As ninja: allow about one edit in three characters, at most 3.
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c, limit);
    if (d < best_distance || (d == best_distance && !best.empty() && c < best)) {
      best_distance = d;
      best = c;
    }
  }
  return best_distance <= limit ? best : std::string();
}

std::ostream& operator<<(std::ostream& os, Severity s) { return os << to_string(s); }

std::ostream& operator<<(std::ostream& os, const Diagnostic& d) {
  return os << d.severity << " [" << d.rule << "] " << d.message << " at " << d.pos;
}

}  // namespace opgavesnit
