// `import csv`: a CMDB export (CSV) and a mapping file -> one municipality's
// model file. This file: the steps over the whole table (the mapping's
// columns against the header, every row, the dependencies between rows)
// and the municipality file written from the rows; one row's cells are
// read in csv_import_row.cc.
#include <fmt/format.h>
#include <opgavesnit/core/exact.h>
#include <opgavesnit/edit/csv_import.h>
#include <opgavesnit/edit/fmt.h>
#include <opgavesnit/yaml/scalar.h>
#include <opgavesnit/yaml/scalar_writer.h>
#include <opgavesnit/yaml/tree.h>

#include <algorithm>

#include "csv_importer.h"

namespace opgavesnit {

namespace csv_import {

namespace {

std::string flow_scalar(const std::string& text) {
  return yaml::scalar_text(text, yaml::ScalarContext::flow);
}

}  // namespace

bool Importer::resolve_columns() {
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

void Importer::read_rows() {
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

void Importer::check_dependencies() {
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

std::string Importer::yaml(const std::string& csv_name, const std::string& mapping_name) const {
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

std::string Importer::list_headers() const {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < headers_.size() && i < 30; ++i)
    shown.push_back("'" + headers_[i] + "'");
  std::string out;
  for (std::size_t i = 0; i < shown.size(); ++i) out += (i ? ", " : "") + shown[i];
  if (headers_.size() > shown.size())
    out += fmt::format(" and {} more", headers_.size() - shown.size());
  return out;
}

}  // namespace csv_import

using csv_import::Importer;
using csv_import::kCsvFile;
using csv_import::kMappingFile;

namespace {

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
