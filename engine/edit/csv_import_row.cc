// `import csv`: one row of the table -> one component (csv_importer.h):
// its cells after the mapping's `values` and `defaults`, numbers, tags
// and the references of `depends_on`, each problem reported at its cell.
#include <fmt/format.h>
#include <opgavesnit/core/exact.h>
#include <opgavesnit/yaml/scalar.h>

#include <algorithm>

#include "csv_importer.h"

namespace opgavesnit::csv_import {

std::string Importer::trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    --e;
  return s.substr(b, e - b);
}

Cell Importer::cell(const CsvRecord& rec, CsvFieldKind f) const {
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

void Importer::offset_pos(SourcePos& pos, const std::string& text, std::size_t offset) {
  std::size_t nl = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  if (offset == 0 || nl == std::string::npos) {
    pos.column += static_cast<std::uint32_t>(offset);
    return;
  }
  pos.line += static_cast<std::uint32_t>(
      std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  pos.column = static_cast<std::uint32_t>(offset - nl - 1);
}

std::string Importer::where(const CsvRecord& rec, CsvFieldKind f) const {
  return fmt::format("row {}, column '{}'", rec.number, column_name(f));
}

std::string Importer::value(const Cell& c, CsvFieldKind f, bool& from_cell) const {
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

char Importer::decimal_mark() const {
  if (m_.decimal == DecimalMark::comma) return ',';
  if (m_.decimal == DecimalMark::point) return '.';
  return table_.separator == ';' ? ',' : '.';
}

bool Importer::number(const CsvRecord& rec, CsvFieldKind f, int decimals,
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

bool Importer::read_row(const CsvRecord& rec, Row& row) {
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

void Importer::read_tags(const CsvRecord& rec, Row& row) {
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

void Importer::read_dependencies(const CsvRecord& rec, Row& row) {
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

}  // namespace opgavesnit::csv_import
