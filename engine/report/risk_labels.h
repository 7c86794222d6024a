// Private to the risk renderers: the pieces of a risk report that every
// form shows. Their words are the "risk_" labels of locale.cc.
#pragma once

#include <fmt/format.h>
#include <opgavesnit/plan/risk.h>
#include <opgavesnit/report/locale.h>

#include <string>
#include <string_view>

namespace opgavesnit::risk_report {

/// The label `key`, capitalized: a heading or a table header.
inline std::string heading(std::string_view key, Lang lang) {
  return capitalized(label(key, lang));
}

/// The label `key` (a "risk_" sentence) with its {} filled by `args`.
template <typename... Args>
std::string sentence(std::string_view key, Lang lang, const Args&... args) {
  return fmt::format(fmt::runtime(label(key, lang)), args...);
}

/// A signed amount of money, for net changes and swings.
inline std::string money(const Int256& v, int scale, Lang lang) {
  return format_signed_money(v, static_cast<unsigned>(scale), lang);
}

}  // namespace opgavesnit::risk_report
