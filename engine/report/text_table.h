// A table for the terminal: columns padded to the widest cell (in code
// points), two spaces apart, numbers right-aligned.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

class TextTable {
 public:
  enum class Align : unsigned char { left, right };

  void column(std::string header, Align align = Align::left);
  /// One row; as many cells as columns (missing cells are empty).
  void row(std::vector<std::string> cells);
  /// Writes the header and the rows, each line after `indent`, with no
  /// trailing spaces.
  void write(std::ostream& out, std::string_view indent) const;

 private:
  std::vector<std::string> headers_;
  std::vector<Align> aligns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace opgavesnit
