// Shared by the fuzz targets: one fuzz input as the files of a model.
#pragma once

#include <opgavesnit/load/loader.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit::fuzz {

/// The line that separates files in a fuzz input (and in the seed corpus).
inline constexpr std::string_view kFileSeparator = "\n#%%file\n";

/// Splits `data` at each kFileSeparator into files named a.yaml, b.yaml,
/// ... (at most 8; the rest stays in the last one), so that one input can
/// exercise references across files.
inline std::vector<SourceInput> split_files(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<SourceInput> files;
  while (true) {
    std::size_t at = files.size() < 7 ? text.find(kFileSeparator) : std::string_view::npos;
    std::string name = std::string(1, static_cast<char>('a' + files.size())) + ".yaml";
    files.push_back({name, std::string(text.substr(0, at))});
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + kFileSeparator.size());
  }
  return files;
}

/// Limits small enough that a fuzz input runs fast, yet every limit check
/// is reachable: the defaults allow inputs far larger than a fuzz input.
inline LoadLimits fuzz_limits() {
  LoadLimits limits;
  limits.max_expanded_nodes = 20000;
  return limits;
}

}  // namespace opgavesnit::fuzz
