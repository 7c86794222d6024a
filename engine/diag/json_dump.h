// nlohmann's JSON as the JSON and SARIF forms write it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace opgavesnit::diag {

using Json = nlohmann::ordered_json;

/// Two-space indented; paths and messages may hold bytes that are not
/// UTF-8: they are replaced rather than thrown on.
inline std::string dump(const Json& j) {
  return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace opgavesnit::diag
