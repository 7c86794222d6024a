// The language of the reports people read (md, html, text of compare and
// levels): translated labels and numbers formatted the way each language
// writes them. JSON and CSV never use this: their numbers are plain.
#pragma once

#include <opgavesnit/core/exact.h>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

/// Report language: English (the default) or Danish (for council papers).
enum class Lang : std::uint8_t { en, da };

/// Parses "en" or "da" into `out`; false (and `out` untouched) otherwise.
bool parse_lang(std::string_view text, Lang& out);

/// "en" or "da".
const char* to_string(Lang lang);
std::ostream& operator<<(std::ostream& os, Lang lang);

/// `value` is a fixed-point number with `scale` decimal digits (e.g. 4 for
/// money in ten-thousandths); rounds half away from zero to `decimals`
/// (clamped to `scale`, which must be at most 18) and groups thousands:
/// en "1,234,567.89", da "1.234.567,89". Always exactly `decimals`
/// decimals; never "-0.00".
std::string format_fixed(const Int256& value, unsigned scale, unsigned decimals, Lang lang);

/// A money figure with 2 decimals: da "1.234.567,89 kr.", en
/// "DKK 1,234,567.89"; negative: da "-1.234,00 kr.", en "DKK -1,234.00".
std::string format_money(const Int256& value, unsigned scale, Lang lang);

/// `number` (already formatted for `lang`) with the money unit of `lang`:
/// da "1.234,00 kr.", en "DKK 1,234.00". Every report's money goes
/// through this, so a krone reads the same everywhere.
std::string with_money_unit(const std::string& number, Lang lang);

/// A money figure given as the ratio `numerator / denominator` kr. (a
/// budget year is counted in twelfths, which no decimal scale holds), with
/// 2 decimals and the unit as format_money.
std::string format_money_ratio(const Int256& numerator, std::uint64_t denominator, Lang lang);

/// The ratio `numerator / denominator` (denominator > 0; 0 prints zero)
/// with exactly `decimals` decimals, formatted for `lang` (for FTE).
std::string format_ratio(const Int256& numerator, std::uint64_t denominator, unsigned decimals,
                         Lang lang);

/// Like format_fixed, with a "+" before a value that rounds to a positive
/// number (for differences and net changes): "+1,234.50", "-3.00", "0.00".
std::string format_signed(const Int256& value, unsigned scale, unsigned decimals, Lang lang);

/// Like format_ratio, with a "+" before a value that rounds to a positive
/// number (a difference of two budget years).
std::string format_signed_ratio(const Int256& numerator, std::uint64_t denominator,
                                unsigned decimals, Lang lang);

/// Like format_money, with a "+" on a positive amount: da "+1.234,00 kr.",
/// en "DKK +1,234.00".
std::string format_signed_money(const Int256& value, unsigned scale, Lang lang);

/// Hours (hundredths) with 2 decimals and the unit of `lang`: en
/// "1,234.50 h", da "1.234,50 t".
std::string format_hours(const Int256& hundredths, Lang lang);

/// FTE: `hundredths / hours_per_fte` (both in hundredths) with 3 decimals;
/// "0.000" when hours_per_fte is not positive.
std::string format_fte(const Int256& hundredths, std::int64_t hours_per_fte, Lang lang);

/// Translated report label for `key` (a small fixed table: "municipality",
/// "level", "price", the Holder names, ...). Labels are lower-case like the
/// keys; the English label is mostly the key with `_` read as a space (and
/// "fte", "sla" in capitals; "money_unit" is "DKK" / "kr."). An unknown key returns the key itself
/// (a view of the caller's text).
std::string_view label(std::string_view key, Lang lang);

/// The keys of the sentences of `explain` (the "ex_" labels, whose {} the
/// renderer fills), so that a test can format each of them.
std::vector<std::string_view> explain_sentence_keys();

/// The keys of the words of `risk` (the "risk_" labels; some have {} for
/// the renderer to fill), so that a test can format each of them.
std::vector<std::string_view> risk_label_keys();

/// `text` with its first letter in upper case (ASCII, and æ ø å é), for
/// labels that begin a heading or a table header.
std::string capitalized(std::string_view text);

}  // namespace opgavesnit
