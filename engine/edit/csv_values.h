// Reading the values of `import csv` out of a cell's text: numbers as an
// export writes them (decimal comma or point, grouped thousands) and CMDB
// keys made into ids. Private to the edit library.
#pragma once

#include <optional>
#include <string>

namespace opgavesnit::csv_import {

/// A number as written in a cell: the decimal mark is `mark` (',' or
/// '.'); the other one, spaces and no-break spaces group thousands.
/// Returns the plain form ("-1234.50") or nullopt when it is not a number.
std::optional<std::string> plain_number(const std::string& cell, char mark);

/// A CMDB key as an id: lower case, æ ø å as ae oe aa, every run of other
/// characters as one '-', no '-' at the ends. May still be invalid (empty,
/// too long).
std::string normalize_id(const std::string& s);

}  // namespace opgavesnit::csv_import
