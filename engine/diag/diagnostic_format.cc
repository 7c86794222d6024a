#include <opgavesnit/core/text.h>
#include <opgavesnit/diag/diagnostic_format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utility>

namespace opgavesnit {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kToolName = "opgavesnit";
#ifndef OPGAVESNIT_VERSION
#define OPGAVESNIT_VERSION "0.0.0"
#endif
constexpr std::string_view kToolVersion = OPGAVESNIT_VERSION;
constexpr std::string_view kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

/// Longest source line shown whole; longer ones are shown as a window.
constexpr std::size_t kMaxShownLine = 120;
/// Bytes of the window that come before the column, where the line allows.
constexpr std::size_t kWindowLead = 40;
/// Longest message shown in the text form (a key of 50 MB stays readable).
constexpr std::size_t kMaxShownMessage = 1000;

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[1;31m";
constexpr const char* kMagenta = "\x1b[1;35m";
constexpr const char* kCyan = "\x1b[1;36m";
constexpr const char* kGreen = "\x1b[1;32m";

std::string hex(std::uint32_t v, int digits) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string s(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 0xf];
  return s;
}

bool is_continuation(char c) { return is_utf8_continuation(c); }

/// Renders `text` for a terminal into `out`. When `caret` is given, also
/// builds the whitespace that puts a caret under byte `column` of `text`
/// (tabs kept as tabs, one space per column of everything else).
void render(std::string_view text, bool keep_tabs, std::string& out, std::size_t column = 0,
            std::string* caret = nullptr) {
  bool caret_done = caret == nullptr;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!caret_done && i >= column) caret_done = true;
    std::size_t len;
    const std::int32_t cp = decode_utf8(text, i, len);
    std::size_t width = 0;
    if (cp == '\t' && keep_tabs) {
      out += '\t';
      if (!caret_done) *caret += '\t';
    } else if (cp < 0) {
      const std::string e = byte_escape(static_cast<unsigned char>(text[i]));
      out += e;
      width = e.size();
    } else if (is_unsafe_code_point(cp)) {
      const std::string e = code_point_escape(cp);
      out += e;
      width = e.size();
    } else if (cp == 0xfeff) {
      // A byte-order mark: invisible, shown as nothing.
    } else {
      out.append(text.substr(i, len));
      width = static_cast<std::size_t>(display_width(cp));
    }
    if (!caret_done) caret->append(width, ' ');
    i += len;
  }
}

std::string shorten(std::string_view text, std::size_t max) { return shorten_utf8(text, max); }

// ---------------------------------------------------------------------------
// Finding source lines

/// Finds lines of the model's files without a full line table: one
/// checkpoint every kStride lines (a 50 MB file of newlines costs little),
/// plus the last line found (many diagnostics on one long line cost little).
class SourceLines {
 public:
  explicit SourceLines(const std::vector<SourceFile>& files) : files_(files) {}

  const SourceFile* file(const SourcePos& pos) const {
    return pos.file < files_.size() ? &files_[pos.file] : nullptr;
  }

  /// The text of line `pos.line` of `pos.file` without its line end, or
  /// nullopt when there is no such line.
  std::optional<std::string_view> line(const SourcePos& pos) {
    const SourceFile* f = file(pos);
    if (f == nullptr) return std::nullopt;
    Index& index = index_for(pos.file);
    std::string_view text = f->text;
    if (index.last_line != pos.line) {
      const std::size_t slot = pos.line / kStride;
      if (slot >= index.checkpoints.size()) return std::nullopt;
      std::size_t begin = index.checkpoints[slot];
      for (std::size_t l = slot * kStride; l < pos.line; ++l) {
        const void* nl = std::memchr(text.data() + begin, '\n', text.size() - begin);
        if (nl == nullptr) return std::nullopt;
        begin = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      }
      const void* nl = std::memchr(text.data() + begin, '\n', text.size() - begin);
      const std::size_t end =
          nl == nullptr ? text.size()
                        : static_cast<std::size_t>(static_cast<const char*>(nl) - text.data());
      index.last_line = pos.line;
      index.last_begin = begin;
      index.last_end = end;
    }
    std::string_view l = text.substr(index.last_begin, index.last_end - index.last_begin);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return l;
  }

 private:
  static constexpr std::size_t kStride = 256;

  struct Index {
    std::vector<std::size_t> checkpoints;  ///< byte offset of lines 0, kStride, 2*kStride, ...
    std::size_t last_line = static_cast<std::size_t>(-1);
    std::size_t last_begin = 0;
    std::size_t last_end = 0;
  };

  Index& index_for(Id file) {
    auto it = indexes_.find(file);
    if (it != indexes_.end()) return it->second;
    Index index;
    const std::string& text = files_[file].text;
    index.checkpoints.push_back(0);
    std::size_t line = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
      const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
      if (nl == nullptr) break;
      p = static_cast<const char*>(nl) + 1;
      if (++line % kStride == 0)
        index.checkpoints.push_back(static_cast<std::size_t>(p - text.data()));
    }
    return indexes_.emplace(file, std::move(index)).first->second;
  }

  const std::vector<SourceFile>& files_;
  std::map<Id, Index> indexes_;
};

SourceExcerpt excerpt(SourceLines& lines, const SourcePos& pos) {
  SourceExcerpt result;
  const SourceFile* f = lines.file(pos);
  if (f == nullptr || f->text.empty()) return result;
  const std::optional<std::string_view> found = lines.line(pos);
  if (!found) return result;
  std::string_view line = *found;
  std::size_t column = std::min<std::size_t>(pos.column, line.size());

  bool cut_front = false;
  bool cut_back = false;
  if (line.size() > kMaxShownLine) {
    std::size_t begin = column > kWindowLead ? column - kWindowLead : 0;
    std::size_t end = std::min(line.size(), begin + kMaxShownLine);
    if (end - begin < kMaxShownLine) begin = end - kMaxShownLine;
    // Never split a UTF-8 sequence (a run of at most three continuation
    // bytes; anything longer is not UTF-8 and is escaped byte by byte).
    for (int k = 0; k < 3 && begin < column && is_continuation(line[begin]); ++k) ++begin;
    for (int k = 0; k < 3 && end < line.size() && end > column && is_continuation(line[end]); ++k)
      --end;
    cut_front = begin > 0;
    cut_back = end < line.size();
    line = line.substr(begin, end - begin);
    column -= begin;
  }
  if (cut_front) {
    result.line = "...";
    result.caret = "   ";
  }
  render(line, /*keep_tabs=*/true, result.line, column, &result.caret);
  if (cut_back) result.line += "...";
  result.caret += '^';
  return result;
}

std::string position_text(SourceLines& lines, const SourcePos& pos) {
  const SourceFile* f = lines.file(pos);
  if (f == nullptr) return std::string(kToolName);
  return escape_for_terminal(f->path) + ":" + std::to_string(std::uint64_t{pos.line} + 1) + ":" +
         std::to_string(std::uint64_t{pos.column} + 1);
}

Severity shown_severity(Severity s, bool werror) {
  return werror && s == Severity::warning ? Severity::error : s;
}

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::error:
      return kRed;
    case Severity::warning:
      return kMagenta;
    case Severity::note:
      return kCyan;
  }
  return kRed;
}

void write_text_one(std::ostream& out, SourceLines& lines, Severity severity, std::string_view rule,
                    std::string_view message, const SourcePos& pos, bool color) {
  std::string head = position_text(lines, pos) + ": ";
  std::string text = escape_for_terminal(shorten(message, kMaxShownMessage));
  if (!rule.empty()) text += " [" + escape_for_terminal(rule) + "]";
  if (color) {
    out << kBold << head << kReset << severity_color(severity) << to_string(severity) << ": "
        << kReset << kBold << text << kReset << '\n';
  } else {
    out << head << to_string(severity) << ": " << text << '\n';
  }
  const SourceExcerpt ex = excerpt(lines, pos);
  if (ex.caret.empty()) return;
  out << ex.line << '\n';
  if (color) {
    // Colour only the caret, so that the tabs before it still line up.
    std::string_view caret = ex.caret;
    caret.remove_suffix(1);
    out << caret << kGreen << '^' << kReset << '\n';
  } else {
    out << ex.caret << '\n';
  }
}

void write_text_diag(std::ostream& out, SourceLines& lines, const Diagnostic& d, bool werror,
                     bool color) {
  write_text_one(out, lines, shown_severity(d.severity, werror), d.rule, d.message, d.pos, color);
  for (const DiagnosticNote& n : d.notes)
    write_text_one(out, lines, Severity::note, "", n.message, n.pos, color);
}

// ---------------------------------------------------------------------------
// JSON

std::string dump(const Json& j) {
  // Paths and messages may hold bytes that are not UTF-8: replace them
  // rather than throw.
  return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

void write_json(std::ostream& out, SourceLines& lines, const Diagnostics& diags, bool werror) {
  Json list = Json::array();
  auto entry = [&](Severity severity, const std::string& rule, const std::string& message,
                   const SourcePos& pos) {
    Json o;
    o["severity"] = to_string(severity);
    o["rule"] = rule;
    o["message"] = message;
    if (const SourceFile* f = lines.file(pos)) {
      o["file"] = f->path;
      o["line"] = std::uint64_t{pos.line} + 1;
      o["column"] = std::uint64_t{pos.column} + 1;
    } else {
      o["file"] = nullptr;
      o["line"] = nullptr;
      o["column"] = nullptr;
    }
    list.push_back(std::move(o));
  };
  for (const Diagnostic& d : diags.items()) {
    entry(shown_severity(d.severity, werror), d.rule, d.message, d.pos);
    for (const DiagnosticNote& n : d.notes) entry(Severity::note, d.rule, n.message, n.pos);
  }
  out << dump(list) << '\n';
}

// ---------------------------------------------------------------------------
// SARIF

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

const char* sarif_level(Severity s) {
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

// ---------------------------------------------------------------------------
// JUnit XML

/// `text` escaped for XML 1.0: markup characters as entities (quotes only
/// in attribute values), characters XML forbids (most C0 controls, U+FFFE, U+FFFF) and
/// bytes that are not UTF-8 as U+FFFD. In attributes, line ends and tabs
/// become character references so that they survive normalisation.
std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len;
    const std::int32_t cp = decode_utf8(text, i, len);
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        if (cp < 0 || cp < 0x20 || cp == 0xfffe || cp == 0xffff)
          out += "\xEF\xBF\xBD";  // U+FFFD
        else
          out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

void write_junit(std::ostream& out, SourceLines& lines, const std::vector<SourceFile>& files,
                 const Diagnostics& diags, bool werror) {
  struct Case {
    std::string name;
    std::vector<const Diagnostic*> failures;
    std::vector<const Diagnostic*> warnings;
  };
  std::vector<Case> cases(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) cases[i].name = files[i].path;
  std::optional<Case> model_case;  // diagnostics outside any file
  for (const Diagnostic& d : diags.items()) {
    Case* c;
    if (d.pos.file < files.size()) {
      c = &cases[d.pos.file];
    } else {
      if (!model_case) model_case = Case{"(model)", {}, {}};
      c = &*model_case;
    }
    const Severity s = shown_severity(d.severity, werror);
    (s == Severity::error ? c->failures : c->warnings).push_back(&d);
  }
  if (model_case) cases.push_back(std::move(*model_case));

  std::size_t failed = 0;
  for (const Case& c : cases) failed += c.failures.empty() ? 0 : 1;
  const std::string counts = " tests=\"" + std::to_string(cases.size()) + "\" failures=\"" +
                             std::to_string(failed) + "\" errors=\"0\"";

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"opgavesnit\"" << counts << ">\n";
  out << "  <testsuite name=\"opgavesnit validate\"" << counts << " skipped=\"0\">\n";
  for (const Case& c : cases) {
    out << "    <testcase classname=\"opgavesnit\" name=\"" << xml_escape(c.name, true) << "\"";
    if (c.failures.empty() && c.warnings.empty()) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    for (const Diagnostic* d : c.failures) {
      std::ostringstream text;
      write_text_diag(text, lines, *d, werror, false);
      out << "      <failure message=\"" << xml_escape(d->message, true) << "\" type=\""
          << xml_escape(d->rule, true) << "\">" << xml_escape(text.str(), false) << "</failure>\n";
    }
    if (!c.warnings.empty()) {
      std::ostringstream text;
      for (const Diagnostic* d : c.warnings) write_text_diag(text, lines, *d, werror, false);
      out << "      <system-out>" << xml_escape(text.str(), false) << "</system-out>\n";
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n";
  out << "</testsuites>\n";
}

}  // namespace

// ---------------------------------------------------------------------------
// Public functions

std::optional<DiagnosticFormat> parse_diagnostic_format(std::string_view name) {
  if (name == "text") return DiagnosticFormat::text;
  if (name == "json") return DiagnosticFormat::json;
  if (name == "sarif") return DiagnosticFormat::sarif;
  if (name == "junit") return DiagnosticFormat::junit;
  return std::nullopt;
}

void write_diagnostics(std::ostream& out, const std::vector<SourceFile>& files,
                       const Diagnostics& diags, DiagnosticFormat format, bool werror, bool color) {
  SourceLines lines(files);
  switch (format) {
    case DiagnosticFormat::text:
      for (const Diagnostic& d : diags.items()) write_text_diag(out, lines, d, werror, color);
      return;
    case DiagnosticFormat::json:
      write_json(out, lines, diags, werror);
      return;
    case DiagnosticFormat::sarif:
      write_sarif(out, lines, files, diags, werror);
      return;
    case DiagnosticFormat::junit:
      write_junit(out, lines, files, diags, werror);
      return;
  }
}

void write_text_diagnostic(std::ostream& out, const std::vector<SourceFile>& files,
                           const Diagnostic& diag, bool werror, bool color) {
  SourceLines lines(files);
  write_text_diag(out, lines, diag, werror, color);
}

std::string format_position(const std::vector<SourceFile>& files, const SourcePos& pos) {
  SourceLines lines(files);
  return position_text(lines, pos);
}

SourceExcerpt source_excerpt(const std::vector<SourceFile>& files, const SourcePos& pos) {
  SourceLines lines(files);
  return excerpt(lines, pos);
}

std::string escape_for_terminal(std::string_view text) { return terminal_text(text); }

std::string summary_line(const Diagnostics& diags, bool werror) {
  std::size_t errors = diags.error_count();
  std::size_t warnings = diags.warning_count();
  if (werror) errors += std::exchange(warnings, 0);
  auto count = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  std::string s;
  if (errors > 0) s = count(errors, "error");
  if (warnings > 0) s += (s.empty() ? "" : ", ") + count(warnings, "warning");
  return s.empty() ? s : s + " generated.";
}

std::string_view rule_description(std::string_view rule) {
  const std::optional<DiagRule> r = find_rule(rule);
  return r ? rule_info(*r).summary : std::string_view();
}

}  // namespace opgavesnit
