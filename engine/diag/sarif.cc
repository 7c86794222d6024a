// The SARIF 2.1.0 form, as GitHub code scanning reads it.
#include <opgavesnit/core/text.h>

#include <algorithm>
#include <map>

#include "json_dump.h"
#include "writers.h"

namespace opgavesnit::diag {

namespace {

#ifndef OPGAVESNIT_VERSION
#define OPGAVESNIT_VERSION "0.0.0"
#endif
constexpr std::string_view kToolVersion = OPGAVESNIT_VERSION;
constexpr std::string_view kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

/// A path as a relative URI reference (or a file:// URI when absolute):
/// forward slashes, "./" dropped, every byte outside the unreserved set
/// and '/' percent-encoded.
std::string path_to_uri(std::string_view path) {
  std::string p(path);
  std::replace(p.begin(), p.end(), '\\', '/');
  while (p.size() > 2 && p.compare(0, 2, "./") == 0) p.erase(0, 2);
  std::string uri;
  if (!p.empty() && p[0] == '/') uri = "file://";
  for (const char ch : p) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      uri += ch;
    } else {
      uri += '%';
      uri += hex(c, 2);
    }
  }
  return uri;
}

/// SARIF's default column unit is the UTF-16 code unit: converts a 0-based
/// byte column of `line` to a 1-based UTF-16 column.
std::uint64_t utf16_column(std::string_view line, std::size_t byte_column) {
  std::uint64_t units = 0;
  std::size_t i = 0;
  while (i < byte_column && i < line.size()) {
    std::size_t len;
    const std::int32_t cp = decode_utf8(line, i, len);
    units += cp >= 0x10000 ? 2 : 1;
    i += len;
  }
  if (byte_column > line.size()) units += byte_column - line.size();
  return units + 1;
}

Json physical_location(SourceLines& lines, const SourcePos& pos) {
  const SourceFile* f = lines.file(pos);
  Json region;
  region["startLine"] = std::uint64_t{pos.line} + 1;
  const std::optional<std::string_view> line = lines.line(pos);
  region["startColumn"] = line ? utf16_column(*line, pos.column) : std::uint64_t{pos.column} + 1;
  Json loc;
  loc["artifactLocation"]["uri"] = path_to_uri(f->path);
  loc["region"] = std::move(region);
  return loc;
}

/// SARIF's level of a severity: its own name ("error", "warning", "note").
const char* sarif_level(Severity s) { return to_string(s); }

}  // namespace

void write_sarif(std::ostream& out, SourceLines& lines, const std::vector<SourceFile>& files,
                 const Diagnostics& diags, bool werror) {
  // Rules: one per id used, sorted by id.
  std::map<std::string, std::size_t> rule_index;
  std::map<std::string, Severity> rule_severity;
  for (const Diagnostic& d : diags.items()) rule_severity.emplace(d.rule, d.severity);
  Json rules = Json::array();
  for (const auto& [id, severity] : rule_severity) {
    rule_index[id] = rules.size();
    Json r;
    r["id"] = id;
    const std::string_view description = rule_description(id);
    r["shortDescription"]["text"] = description.empty() ? id : std::string(description);
    r["defaultConfiguration"]["level"] = sarif_level(severity);
    rules.push_back(std::move(r));
  }

  Json results = Json::array();
  for (const Diagnostic& d : diags.items()) {
    Json r;
    r["ruleId"] = d.rule;
    r["ruleIndex"] = rule_index[d.rule];
    r["level"] = sarif_level(shown_severity(d.severity, werror));
    r["message"]["text"] = d.message;
    // GitHub code scanning wants a location on every result: one outside any
    // file is placed at the start of the model's first file.
    SourcePos pos = d.pos;
    if (lines.file(pos) == nullptr && !files.empty()) pos = SourcePos{0, 0, 0};
    r["locations"] = Json::array();
    if (lines.file(pos) != nullptr) {
      Json loc;
      loc["physicalLocation"] = physical_location(lines, pos);
      r["locations"].push_back(std::move(loc));
    }
    if (!d.notes.empty()) {
      Json related = Json::array();
      for (std::size_t i = 0; i < d.notes.size(); ++i) {
        Json loc;
        loc["id"] = i;
        if (lines.file(d.notes[i].pos) != nullptr)
          loc["physicalLocation"] = physical_location(lines, d.notes[i].pos);
        loc["message"]["text"] = d.notes[i].message;
        related.push_back(std::move(loc));
      }
      r["relatedLocations"] = std::move(related);
    }
    results.push_back(std::move(r));
  }

  Json driver;
  driver["name"] = kToolName;
  driver["version"] = kToolVersion;
  driver["rules"] = std::move(rules);
  Json run;
  run["tool"]["driver"] = std::move(driver);
  run["results"] = std::move(results);
  Json log;
  log["$schema"] = kSarifSchema;
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  out << dump(log) << '\n';
}

}  // namespace opgavesnit::diag
