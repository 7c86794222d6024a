#include <fmt/format.h>
#include <opgavesnit/core/exact.h>
#include <opgavesnit/edit/csv_import.h>
#include <opgavesnit/edit/fmt.h>
#include <opgavesnit/yaml/scalar.h>
#include <opgavesnit/yaml/scalar_writer.h>
#include <opgavesnit/yaml/tree.h>

#include <algorithm>
#include <unordered_map>

#include "csv_mapping.h"
#include "csv_reader.h"

namespace opgavesnit {

namespace {

constexpr Id kMappingFile = 0;
constexpr Id kCsvFile = 1;

/// Decodes the UTF-8 sequence at `i` (valid UTF-8 assumed); advances `i`.
std::uint32_t next_code_point(const std::string& s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  i += len;
  return cp;
}

std::string flow_scalar(const std::string& text) {
  return yaml::scalar_text(text, yaml::ScalarContext::flow);
}

/// A number as written in a cell: the decimal mark is `mark` (',' or
/// '.'); the other one, spaces and no-break spaces group thousands.
/// Returns the plain form ("-1234.50") or nullopt when it is not a number.
std::optional<std::string> plain_number(const std::string& cell, char mark) {
  std::string s = cell;
  std::string out;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) out += s[i++];
  std::vector<std::size_t> groups{0};  // digits in each group of the integer part
  bool grouped = false, fraction = false;
  std::size_t fraction_digits = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      out += c;
      if (fraction)
        ++fraction_digits;
      else
        ++groups.back();
      ++i;
    } else if (c == mark && !fraction) {
      fraction = true;
      out += '.';
      ++i;
    } else if (!fraction && (c == (mark == ',' ? '.' : ',') || c == ' ')) {
      grouped = true;
      groups.push_back(0);
      ++i;
    } else if (!fraction && s.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
      grouped = true;
      groups.push_back(0);
      i += 2;
    } else if (!fraction && s.compare(i, 3, "\xE2\x80\xAF") == 0) {  // narrow no-break space
      grouped = true;
      groups.push_back(0);
      i += 3;
    } else {
      return std::nullopt;
    }
  }
  if (groups.front() == 0 && !(groups.size() == 1 && fraction && fraction_digits > 0))
    return std::nullopt;
  if (fraction && fraction_digits == 0) return std::nullopt;
  if (grouped) {
    if (groups.front() > 3) return std::nullopt;
    for (std::size_t g = 1; g < groups.size(); ++g)
      if (groups[g] != 3) return std::nullopt;
  }
  if (out.empty() || out == "-" || out == "+") return std::nullopt;
  if (out[0] == '+') out.erase(0, 1);
  if (out[0] == '.') out.insert(0, "0");
  if (out.size() > 1 && out[0] == '-' && out[1] == '.') out.insert(1, "0");
  return out;
}

/// A CMDB key as an id: lower case, æ ø å as ae oe aa, every run of other
/// characters as one '-', no '-' at the ends. May still be invalid (empty,
/// too long).
std::string normalize_id(const std::string& s) {
  std::string out;
  bool dash = false;
  auto put = [&](std::string_view t) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += t;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::uint32_t cp = next_code_point(s, i);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '.' || cp == '_')
      put(std::string(1, static_cast<char>(cp)));
    else if (cp >= 'A' && cp <= 'Z')
      put(std::string(1, static_cast<char>(cp - 'A' + 'a')));
    else if (cp == 0xE6 || cp == 0xC6)  // æ Æ
      put("ae");
    else if (cp == 0xF8 || cp == 0xD8)  // ø Ø
      put("oe");
    else if (cp == 0xE5 || cp == 0xC5)  // å Å
      put("aa");
    else
      dash = true;
  }
  return out;
}

/// One cell, trimmed, with the place of its first character.
struct Cell {
  std::string text;
  SourcePos pos;
  bool present = false;  ///< the column is mapped (the cell may still be empty)
};

struct Dependency {
  std::string target;  ///< bare id, or a qualified id of another municipality
  bool bare = true;
  bool interface = false;
  SourcePos pos;
};

/// One component as read from a row.
struct Row {
  std::uint32_t number = 0;
  std::string id, name, type, site, pin, reason;
  SourcePos id_pos;
  std::int64_t quantity = 1;
  std::optional<std::int64_t> annual_cost, book_value;  // hundredths
  std::vector<std::string> tags;
  std::vector<Dependency> depends_on;
};

class Importer {
 public:
  Importer(const CsvMapping& mapping, const CsvTable& table, const ImportOptions& options,
           Diagnostics& diags)
      : m_(mapping), table_(table), options_(options), diags_(diags) {}

  /// Resolves the mapping's columns against the header; false on a problem.
  bool resolve_columns() {
    const CsvRecord& header = table_.records.front();
    std::unordered_map<std::string, std::vector<std::size_t>> by_name;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      std::string name = trim(header.fields[i].text);
      headers_.push_back(name);
      by_name[name].push_back(i);
    }
    bool ok = true;
    for (std::size_t f = 0; f < kCsvFieldCount; ++f) {
      const auto& column = m_.columns[f];
      if (!column) continue;
      auto it = by_name.find(column->text);
      if (it == by_name.end()) {
        std::string near = spell_check(column->text, headers_);
        diags_.error("unknown-column", column->pos,
                     fmt::format("the CSV file has no column '{}'{}", column->text,
                                 near.empty() ? "" : fmt::format("; did you mean '{}'?", near)));
        diags_.note({kCsvFile, header.line, 0}, fmt::format("its header names {}", list_headers()));
        ok = false;
      } else if (it->second.size() > 1) {
        diags_.error(
            "unknown-column", column->pos,
            fmt::format("the CSV file has {} columns named '{}' (columns {} and {}); "
                        "rename one in the export",
                        it->second.size(), column->text, it->second[0] + 1, it->second[1] + 1));
        ok = false;
      } else {
        index_[f] = it->second.front();
      }
    }
    if (!m_.columns[field(CsvFieldKind::type)] && !m_.defaults[field(CsvFieldKind::type)]) {
      diags_.error("missing-key", m_.columns_pos,
                   "every component needs a type: name its column under 'columns', or give "
                   "'defaults: type'");
      ok = false;
    }
    return ok;
  }

  /// Reads every data row, reporting each problem.
  void read_rows() {
    const std::size_t width = table_.records.front().fields.size();
    for (std::size_t r = 1; r < table_.records.size(); ++r) {
      const CsvRecord& rec = table_.records[r];
      if (rec.fields.size() != width) {
        const CsvField& at = rec.fields.size() > width ? rec.fields[width] : rec.fields.back();
        diags_.error("csv-ragged-row", {kCsvFile, at.line, at.column},
                     fmt::format("row {} has {} {}, but the header has {}; every row needs one "
                                 "field per column (quote a field that holds the separator)",
                                 rec.number, rec.fields.size(),
                                 rec.fields.size() == 1 ? "field" : "fields", width));
        continue;
      }
      // A row with a problem is kept: its dependencies are checked too, and
      // no output is written anyway.
      Row row;
      read_row(rec, row);
      rows_.push_back(std::move(row));
    }
  }

  /// Checks the dependencies against the imported ids.
  void check_dependencies() {
    std::vector<std::string> ids;
    for (const Row& row : rows_) ids.push_back(row.id);
    for (Row& row : rows_) {
      std::unordered_map<std::string, SourcePos> seen;
      for (const Dependency& dep : row.depends_on) {
        if (dep.bare && !row.id.empty() && dep.target == row.id) {
          diags_.error("self-dependency", dep.pos,
                       fmt::format("row {}, column '{}': component '{}' depends on itself",
                                   row.number, column_name(CsvFieldKind::depends_on), row.id));
          continue;
        }
        if (dep.bare && !first_row_.count(dep.target)) {
          std::string near = ids.size() <= 20000 ? spell_check(dep.target, ids) : std::string();
          diags_.error("unknown-component", dep.pos,
                       fmt::format("row {}, column '{}': no component '{}' in this file{}{}",
                                   row.number, column_name(CsvFieldKind::depends_on), dep.target,
                                   near.empty() ? "" : fmt::format("; did you mean '{}'?", near),
                                   near.empty() ? " (another municipality's is written "
                                                  "'municipality/id')"
                                                : ""));
          continue;
        }
        auto [it, fresh] = seen.emplace(dep.target, dep.pos);
        if (!fresh) {
          diags_.error(
              "duplicate-dependency", dep.pos,
              fmt::format("row {}, column '{}': component '{}' depends on '{}' twice", row.number,
                          column_name(CsvFieldKind::depends_on), row.id, dep.target));
          diags_.note(it->second, "the first time");
        }
      }
    }
  }

  /// The municipality file.
  std::string yaml(const std::string& csv_name, const std::string& mapping_name) const {
    std::string out = "opgavesnit: 1\n\n";
    out += fmt::format("# Imported from {} with the mapping {} by 'opgavesnit import csv'.\n",
                       csv_name, mapping_name);
    out += "# Change the inventory and import it again rather than editing this file.\n\n";
    out += "municipalities:\n";
    out += fmt::format("  - id: {}\n", yaml::scalar_text(options_.municipality));
    // The command line's settings win over the mapping's `municipality`.
    const MappedMunicipality& mapped = m_.municipality;
    const std::string name = !options_.name.empty() ? options_.name : mapped.name.value_or("");
    const auto code = options_.code ? options_.code : mapped.code;
    const auto population = options_.population ? options_.population : mapped.population;
    if (!name.empty()) out += fmt::format("    name: {}\n", yaml::scalar_text(name));
    if (code) out += fmt::format("    code: {}\n", *code);
    if (population) out += fmt::format("    population: {}\n", *population);
    if (mapped.hourly_cost)
      out += fmt::format("    hourly_cost: {}\n", format_decimal(*mapped.hourly_cost, 2, 2));
    if (!mapped.candidate_levels.empty()) {
      std::string list;
      for (const std::string& level : mapped.candidate_levels)
        list += (list.empty() ? "" : ", ") + flow_scalar(level);
      out += fmt::format("    candidate_levels: [{}]\n", list);
    }
    out += "    components:\n";
    for (const Row& row : rows_) {
      out += fmt::format("      - id: {}\n", yaml::scalar_text(row.id));
      out += fmt::format("        type: {}\n", yaml::scalar_text(row.type));
      if (!row.name.empty()) out += fmt::format("        name: {}\n", yaml::scalar_text(row.name));
      if (row.quantity != 1) out += fmt::format("        quantity: {}\n", row.quantity);
      if (!row.site.empty()) out += fmt::format("        site: {}\n", yaml::scalar_text(row.site));
      if (!row.tags.empty()) {
        std::string list;
        for (const auto& tag : row.tags) list += (list.empty() ? "" : ", ") + flow_scalar(tag);
        out += fmt::format("        tags: [{}]\n", list);
      }
      if (row.annual_cost)
        out += fmt::format("        annual_cost: {}\n", format_decimal(*row.annual_cost, 2, 2));
      if (row.book_value)
        out += fmt::format("        book_value: {}\n", format_decimal(*row.book_value, 2, 2));
      if (!row.pin.empty()) out += fmt::format("        pin: {}\n", row.pin);
      if (!row.reason.empty())
        out += fmt::format("        reason: {}\n", yaml::scalar_text(row.reason));
      if (!row.depends_on.empty()) {
        bool all_hard = std::none_of(row.depends_on.begin(), row.depends_on.end(),
                                     [](const Dependency& d) { return d.interface; });
        if (all_hard) {
          std::string list;
          for (const auto& d : row.depends_on)
            list += (list.empty() ? "" : ", ") + flow_scalar(d.target);
          out += fmt::format("        depends_on: [{}]\n", list);
        } else {
          out += "        depends_on:\n";
          for (const auto& d : row.depends_on)
            out += d.interface ? fmt::format("          - {{ on: {}, kind: interface }}\n",
                                             flow_scalar(d.target))
                               : fmt::format("          - {}\n", yaml::scalar_text(d.target));
        }
      }
    }
    return out;
  }

  std::size_t row_count() const { return rows_.size(); }

 private:
  static std::size_t field(CsvFieldKind f) { return static_cast<std::size_t>(f); }

  static std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
      --e;
    return s.substr(b, e - b);
  }

  std::string list_headers() const {
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < headers_.size() && i < 30; ++i)
      shown.push_back("'" + headers_[i] + "'");
    std::string out;
    for (std::size_t i = 0; i < shown.size(); ++i) out += (i ? ", " : "") + shown[i];
    if (headers_.size() > shown.size())
      out += fmt::format(" and {} more", headers_.size() - shown.size());
    return out;
  }

  const std::string& column_name(CsvFieldKind f) const { return m_.columns[field(f)]->text; }

  Cell cell(const CsvRecord& rec, CsvFieldKind f) const {
    Cell c;
    auto idx = index_[field(f)];
    if (!idx) return c;
    const CsvField& raw = rec.fields[*idx];
    c.present = true;
    c.text = trim(raw.text);
    std::size_t lead = raw.text.find_first_not_of(" \t\r\n");
    if (lead == std::string::npos) lead = 0;
    c.pos = {kCsvFile, raw.line, raw.column + (raw.quoted ? 1u : 0u)};
    offset_pos(c.pos, raw.text, lead);
    return c;
  }

  /// Moves `pos` (the start of `text` in the file) to `text[offset]`.
  static void offset_pos(SourcePos& pos, const std::string& text, std::size_t offset) {
    std::size_t nl = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    if (offset == 0 || nl == std::string::npos) {
      pos.column += static_cast<std::uint32_t>(offset);
      return;
    }
    pos.line += static_cast<std::uint32_t>(
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    pos.column = static_cast<std::uint32_t>(offset - nl - 1);
  }

  std::string where(const CsvRecord& rec, CsvFieldKind f) const {
    return fmt::format("row {}, column '{}'", rec.number, column_name(f));
  }

  /// The cell's value after `values` and `defaults`; `from_cell` tells
  /// whether it came from the file (for positions and messages).
  std::string value(const Cell& c, CsvFieldKind f, bool& from_cell) const {
    from_cell = false;
    if (c.present && !c.text.empty()) {
      const auto& map = m_.values[field(f)];
      auto it = map.find(c.text);
      if (it != map.end()) return it->second.text;
      from_cell = true;
      return c.text;
    }
    if (const auto& d = m_.defaults[field(f)]) return d->text;
    return {};
  }

  char decimal_mark() const {
    if (m_.decimal == DecimalMark::comma) return ',';
    if (m_.decimal == DecimalMark::point) return '.';
    return table_.separator == ';' ? ',' : '.';
  }

  /// Reads a number cell (or its default) in hundredths (`decimals` 2) or
  /// units (0). False after reporting a problem.
  bool number(const CsvRecord& rec, CsvFieldKind f, int decimals,
              std::optional<std::int64_t>& out) {
    Cell c = cell(rec, f);
    std::string text;
    bool from_cell = c.present && !c.text.empty();
    if (from_cell) {
      auto plain = plain_number(c.text, decimal_mark());
      if (!plain) {
        const bool comma = decimal_mark() == ',';
        diags_.error(
            "invalid-number", c.pos,
            fmt::format("{}: '{}' is not a number (this file writes {}){}", where(rec, f), c.text,
                        comma ? "a decimal comma and '.' between thousands, as 1.234,50"
                              : "a decimal point, as 1234.50",
                        comma ? "; if the export writes a decimal point, set "
                                "'decimal: point' in the mapping"
                              : ""));
        return false;
      }
      text = *plain;
    } else if (const auto& d = m_.defaults[field(f)]) {
      text = d->text;
    } else {
      return true;  // absent: the model's default
    }
    std::int64_t value = 0;
    NumberProblem p = to_fixed(text, decimals, value);
    if (p == NumberProblem::ok && decimals == 0 && value < 1) {
      diags_.error("invalid-number", c.pos,
                   fmt::format("{}: a quantity is at least 1, not '{}'", where(rec, f), c.text));
      return false;
    }
    if (p != NumberProblem::ok) {
      std::string why = p == NumberProblem::negative            ? "must not be negative"
                        : p == NumberProblem::too_large         ? "is too large (10^12 or more)"
                        : decimals == 0                         ? "is not a whole number"
                        : p == NumberProblem::too_many_decimals ? "has more than 2 decimals"
                                                                : "is not a number";
      diags_.error("invalid-number", c.pos, fmt::format("{}: '{}' {}", where(rec, f), c.text, why));
      return false;
    }
    out = value;
    return true;
  }

  /// An id from a cell or a reference, normalised when the mapping asks.
  std::string id_of(const std::string& s) const { return m_.normalize_ids ? normalize_id(s) : s; }

  bool read_row(const CsvRecord& rec, Row& row) {
    const std::size_t before = diags_.items().size();  // error_count() would count them all
    row.number = rec.number;
    // id
    Cell id = cell(rec, CsvFieldKind::id);
    row.id_pos = id.pos;
    if (id.text.empty()) {
      diags_.error("missing-cell", id.pos,
                   fmt::format("{}: the row has no id; every component needs one",
                               where(rec, CsvFieldKind::id)));
    } else {
      row.id = id_of(id.text);
      if (!is_valid_id(row.id)) {
        diags_.error("invalid-id", id.pos,
                     fmt::format("{}: '{}' is not an id (lower-case letters, digits, '.', '_' and "
                                 "'-', at most 64){}",
                                 where(rec, CsvFieldKind::id), id.text,
                                 m_.normalize_ids ? ""
                                                  : "; 'normalize_ids: true' in the mapping "
                                                    "makes ids of such keys"));
        row.id.clear();
      } else {
        auto [it, fresh] = first_row_.emplace(row.id, std::make_pair(rec.number, id.pos));
        if (!fresh) {
          diags_.error("duplicate-id", id.pos,
                       fmt::format("{}: component '{}' is already in row {}",
                                   where(rec, CsvFieldKind::id), row.id, it->second.first));
          diags_.note(it->second.second, fmt::format("row {} has it first", it->second.first));
        }
      }
    }
    bool from_cell = false;
    // name, site, reason: text
    row.name = cell(rec, CsvFieldKind::name).text;
    row.site = value(cell(rec, CsvFieldKind::site), CsvFieldKind::site, from_cell);
    row.reason = value(cell(rec, CsvFieldKind::reason), CsvFieldKind::reason, from_cell);
    // type
    Cell type = cell(rec, CsvFieldKind::type);
    row.type = value(type, CsvFieldKind::type, from_cell);
    if (row.type.empty()) {
      diags_.error("missing-cell", type.present ? type.pos : row.id_pos,
                   type.present ? fmt::format("{}: the row has no type; fill it in or give "
                                              "'defaults: type' in the mapping",
                                              where(rec, CsvFieldKind::type))
                                : "the row has no type");
    } else if (from_cell && !is_valid_id(row.type)) {
      diags_.error("invalid-id", type.pos,
                   fmt::format("{}: '{}' is not a component type id; translate it under "
                               "'values: type:' in the mapping",
                               where(rec, CsvFieldKind::type), row.type));
    }
    // pin
    Cell pin = cell(rec, CsvFieldKind::pin);
    row.pin = value(pin, CsvFieldKind::pin, from_cell);
    if (from_cell && row.pin != "retain" && row.pin != "transfer") {
      diags_.error("invalid-value", pin.pos,
                   fmt::format("{}: '{}' is not a pin ('retain' or 'transfer'); translate it "
                               "under 'values: pin:' in the mapping",
                               where(rec, CsvFieldKind::pin), row.pin));
    } else if (!row.pin.empty() && row.reason.empty()) {
      // As the model's own check (pin-without-reason), but at the row.
      const bool reason_column = m_.columns[field(CsvFieldKind::reason)].has_value();
      diags_.warning("pin-without-reason", pin.present ? pin.pos : row.id_pos,
                     fmt::format("row {}: component '{}' is pinned to '{}' without a reason; {}",
                                 rec.number, row.id, row.pin,
                                 reason_column ? fmt::format("write why in column '{}'",
                                                             column_name(CsvFieldKind::reason))
                                               : std::string("name the column that says why under "
                                                             "'columns: reason' in the mapping")));
    }
    // numbers
    std::optional<std::int64_t> quantity;
    if (number(rec, CsvFieldKind::quantity, 0, quantity) && quantity) row.quantity = *quantity;
    number(rec, CsvFieldKind::annual_cost, 2, row.annual_cost);
    number(rec, CsvFieldKind::book_value, 2, row.book_value);
    read_tags(rec, row);
    read_dependencies(rec, row);
    const auto& items = diags_.items();
    return std::none_of(items.begin() + static_cast<std::ptrdiff_t>(before), items.end(),
                        [](const Diagnostic& d) { return d.severity == Severity::error; });
  }

  void read_tags(const CsvRecord& rec, Row& row) {
    Cell c = cell(rec, CsvFieldKind::tags);
    const auto& map = m_.values[field(CsvFieldKind::tags)];
    std::size_t start = 0;
    while (start <= c.text.size()) {
      std::size_t end = c.text.find_first_of(",;\n", start);
      if (end == std::string::npos) end = c.text.size();
      std::string tag = trim(c.text.substr(start, end - start));
      if (auto it = map.find(tag); it != map.end()) tag = it->second.text;
      if (!tag.empty() && std::find(row.tags.begin(), row.tags.end(), tag) == row.tags.end())
        row.tags.push_back(tag);
      start = end + 1;
    }
  }

  /// The cell's format: references separated by ',', ';', spaces or line
  /// breaks, each `id`, `municipality/id`, and optionally `(interface)` or
  /// `(hard)` after it.
  void read_dependencies(const CsvRecord& rec, Row& row) {
    Cell c = cell(rec, CsvFieldKind::depends_on);
    const std::string& s = c.text;
    auto is_sep = [](char ch) {
      return ch == ',' || ch == ';' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    };
    std::size_t i = 0;
    while (i < s.size()) {
      if (is_sep(s[i])) {
        ++i;
        continue;
      }
      const std::size_t start = i;
      while (i < s.size() && !is_sep(s[i]) && s[i] != '(') ++i;
      std::string ref = s.substr(start, i - start);
      SourcePos at = c.pos;
      offset_pos(at, s, start);
      std::size_t j = i;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
      Dependency dep;
      dep.pos = at;
      if (j < s.size() && s[j] == '(') {
        std::size_t close = s.find(')', j);
        std::string kind =
            trim(s.substr(j + 1, close == std::string::npos ? std::string::npos : close - j - 1));
        SourcePos kind_at = c.pos;
        offset_pos(kind_at, s, j);
        if (close == std::string::npos) {
          diags_.error("invalid-value", kind_at,
                       fmt::format("{}: '(' without ')' after '{}'",
                                   where(rec, CsvFieldKind::depends_on), ref));
          return;
        }
        if (kind == "interface")
          dep.interface = true;
        else if (kind != "hard")
          diags_.error("invalid-value", kind_at,
                       fmt::format("{}: '{}' is not a kind of dependency ('hard' or 'interface')",
                                   where(rec, CsvFieldKind::depends_on), kind));
        i = close + 1;
      }
      if (ref.empty()) {
        diags_.error("invalid-value", at,
                     fmt::format("{}: a kind without a component before it",
                                 where(rec, CsvFieldKind::depends_on)));
        continue;
      }
      std::size_t slash = ref.find('/');
      bool valid = true;
      if (slash == std::string::npos) {
        dep.target = id_of(ref);
        valid = is_valid_id(dep.target);
      } else {
        std::string municipality = id_of(ref.substr(0, slash)), id = id_of(ref.substr(slash + 1));
        valid = is_valid_id(municipality) && is_valid_id(id);
        dep.bare = municipality == options_.municipality;
        dep.target = dep.bare ? id : municipality + "/" + id;
      }
      if (!valid) {
        diags_.error("invalid-id", at,
                     fmt::format("{}: '{}' is not a component id or 'municipality/id'",
                                 where(rec, CsvFieldKind::depends_on), ref));
        continue;
      }
      row.depends_on.push_back(std::move(dep));
    }
  }

  const CsvMapping& m_;
  const CsvTable& table_;
  const ImportOptions& options_;
  Diagnostics& diags_;
  std::vector<std::string> headers_;
  std::array<std::optional<std::size_t>, kCsvFieldCount> index_{};
  std::vector<Row> rows_;
  std::unordered_map<std::string, std::pair<std::uint32_t, SourcePos>> first_row_;
};

std::string base_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  for (char& c : name)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  return name;
}

/// Why check_utf8 stopped at `line`:`column`.
std::string encoding_message(const std::string& text, std::uint32_t line, std::uint32_t column) {
  std::size_t at = 0;
  for (std::uint32_t l = 0; l < line; ++l) at = text.find('\n', at) + 1;
  at += column;
  auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x20 || c == 0x7F)
    return fmt::format("the file holds the control character U+{:04X}", static_cast<unsigned>(c));
  return "the file is not UTF-8 text; if it is Excel's plain 'CSV' (Windows-1252), set "
         "'encoding: windows-1252' in the mapping or save it as 'CSV UTF-8'";
}

}  // namespace

ImportResult import_csv(SourceInput csv, SourceInput mapping_input, const ImportOptions& options) {
  ImportResult result;
  Diagnostics& diags = result.diagnostics;
  result.files.push_back({mapping_input.path, std::move(mapping_input.text)});
  yaml::normalize_line_breaks(result.files[0].text);  // a lone CR ends a line
  CsvMapping mapping;
  const bool mapping_ok = read_csv_mapping(result.files[0].text, kMappingFile, mapping, diags);
  std::string text = std::move(csv.text);
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  if (mapping_ok && mapping.windows1252) text = windows1252_to_utf8(text);
  result.files.push_back({csv.path, std::move(text)});
  if (!mapping_ok) return result;
  const std::string& csv_text = result.files[kCsvFile].text;

  if (!is_valid_id(options.municipality)) {
    diags.error(
        "invalid-id", {},
        fmt::format("'{}' is not a municipality id ([a-z0-9][a-z0-9._-]*)", options.municipality));
    return result;
  }
  std::uint32_t line = 0, column = 0;
  if (!yaml::check_utf8(csv_text, line, column)) {
    diags.error("encoding", {kCsvFile, line, column}, encoding_message(csv_text, line, column));
    return result;
  }
  CsvTable table;
  if (!read_csv(csv_text, mapping.separator, kCsvFile, table, diags)) return result;
  if (table.records.empty()) {
    diags.error(
        "csv-empty", {kCsvFile, 0, 0},
        "the file is empty; expected a header row naming the columns, then one row per component");
    return result;
  }
  if (table.records.size() == 1) {
    diags.error("csv-empty", {kCsvFile, table.records[0].line, 0},
                "the file has a header but no rows; expected one row per component under it");
    return result;
  }
  Importer importer(mapping, table, options, diags);
  if (!importer.resolve_columns()) return result;
  importer.read_rows();
  importer.check_dependencies();
  diags.sort();
  if (diags.has_errors()) return result;
  result.components = importer.row_count();
  result.yaml = importer.yaml(base_name(csv.path), base_name(mapping_input.path));
  // In fmt's canonical layout, so that `fmt --check` accepts an imported
  // file as it is. The importer's own text is kept if that ever fails (it
  // loads the same either way).
  Diagnostics layout;
  std::string canonical;
  if (format_model_file(result.yaml, kNoId, canonical, layout)) result.yaml = std::move(canonical);
  return result;
}

}  // namespace opgavesnit
