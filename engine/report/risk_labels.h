// Private to the risk renderers: their labels in English and Danish, and
// the pieces of a risk report that every form shows.
#pragma once

#include <opgavesnit/plan/risk.h>
#include <opgavesnit/report/locale.h>

#include <string>
#include <string_view>

namespace opgavesnit::risk_report {

/// `en` or `da` by `lang`.
inline std::string_view tr(Lang lang, std::string_view en, std::string_view da) {
  return lang == Lang::da ? da : en;
}

/// A signed amount of money, for net changes and swings.
inline std::string money(const Int256& v, int scale, Lang lang) {
  return format_signed_money(v, static_cast<unsigned>(scale), lang);
}

/// What P10, P50 and P90 mean, in one sentence.
inline std::string_view percentile_sentence(Lang lang) {
  return tr(lang,
            "P10 is the value that one run in ten falls below, P90 the value that one run in ten "
            "exceeds: eight runs in ten land between them; P50 is the median. 'Likely' is the "
            "plan's own figure, every estimate at its most likely value.",
            "P10 er den værdi, som hver tiende kørsel ligger under, og P90 den værdi, som hver "
            "tiende kørsel ligger over: otte ud af ti kørsler lander mellem de to; P50 er "
            "medianen. 'Sandsynligst' er planens eget tal med alle skøn på deres mest "
            "sandsynlige værdi.");
}

}  // namespace opgavesnit::risk_report
