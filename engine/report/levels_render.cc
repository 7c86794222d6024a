#include <opgavesnit/core/text.h>
#include <opgavesnit/report/json_writer.h>
#include <opgavesnit/report/levels_render.h>
#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/plan_json.h>
#include <opgavesnit/report/plan_markdown.h>

#include <string>
#include <string_view>
#include <vector>

namespace opgavesnit {

namespace {

std::string str(std::string_view s) { return std::string(s); }
std::string cap(std::string_view key, Lang lang) { return capitalized(label(key, lang)); }

std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

bool drop_policy(const LevelsReport& r) { return r.policy == ConflictPolicy::drop; }

/// The marks of one variant: current, cheapest, most moved without conflict.
std::vector<std::string_view> marks(const LevelsReport& r, std::size_t i) {
  std::vector<std::string_view> out;
  if (r.variants[i].current) out.push_back("current");
  if (i == r.cheapest) out.push_back("cheapest");
  if (i == r.most_moved) out.push_back("most_moved");
  return out;
}

std::string marks_text(const LevelsReport& r, std::size_t i, Lang lang) {
  std::string out;
  for (std::string_view k : marks(r, i)) out += (out.empty() ? "" : ", ") + str(label(k, lang));
  return out;
}

/// One row of figures per variant, formatted for `lang`, as text cells.
std::vector<std::string> cells(const Model& model, const LevelsReport& r, std::size_t i, Lang lang,
                               bool markdown) {
  const LevelVariant& v = r.variants[i];
  const ServiceLevel& level = model.levels[v.level];
  return {markdown ? md_level(model, v.level, lang) + " (" + md_code(level.id) + ")" : level.id,
          format_hours(v.hours_transferred, lang),
          format_fte(v.hours_transferred, r.hours_per_fte, lang),
          format_money(v.price, 4, lang),
          format_signed_money(v.net_change, 4, lang),
          std::to_string(v.interfaces),
          std::to_string(drop_policy(r) ? v.dropped : v.conflicts),
          marks_text(r, i, lang)};
}

std::vector<std::string> headers(const LevelsReport& r, Lang lang) {
  return {cap("level", lang),
          cap("hours_transferred", lang),
          cap("fte", lang),
          cap("price", lang),
          cap("net_change", lang),
          cap("interfaces", lang),
          cap(drop_policy(r) ? "dropped_seeds" : "conflicts", lang),
          ""};
}

std::string title_municipality(const Model& model, Id m) {
  const Municipality& muni = model.municipalities[m];
  return muni.name.empty() ? muni.id : muni.id + " (" + terminal_text(muni.name) + ")";
}

std::string level_id(const Model& model, const LevelsReport& r, std::size_t i) {
  return i == LevelsReport::kNone ? std::string() : model.levels[r.variants[i].level].id;
}

bool has_organisation(const LevelsReport& r) {
  return !r.variants.empty() && r.variants.front().organisation_result.has_value();
}

/// The second table: each level's net change per budget year, and the
/// organisation's result; empty when the plans have neither.
std::vector<std::vector<std::string>> budget_rows(const Model& model, const LevelsReport& r,
                                                  Lang lang, bool markdown) {
  std::vector<std::vector<std::string>> rows;
  if (!r.has_budget && !has_organisation(r)) return rows;
  std::vector<std::string> head{cap("level", lang)};
  if (r.has_budget)
    for (int year : r.budget_years)
      head.push_back(cap("net_change", lang) + " " + std::to_string(year));
  if (has_organisation(r)) head.push_back(cap("org_result", lang));
  rows.push_back(std::move(head));
  for (const LevelVariant& v : r.variants) {
    std::vector<std::string> row{markdown ? md_level(model, v.level, lang) + " (" +
                                                md_code(model.levels[v.level].id) + ")"
                                          : model.levels[v.level].id};
    if (r.has_budget)
      for (std::size_t k = 0; k < r.budget_years.size(); ++k)
        row.push_back(k < v.budget.size()
                          ? with_money_unit(format_signed_ratio(v.budget[k].net_change,
                                                                kBudgetDenominator, 2, lang),
                                            lang)
                          : str(label("n/a", lang)));
    if (has_organisation(r))
      row.push_back(v.organisation_result
                        ? format_signed_money(*v.organisation_result, kOrganisationMoneyScale, lang)
                        : str(label("n/a", lang)));
    rows.push_back(std::move(row));
  }
  return rows;
}

/// Rows as a terminal table: the first column left-aligned, the figures
/// right-aligned (`left_last`: the last column too is left-aligned).
void write_rows(std::ostream& out, const std::vector<std::vector<std::string>>& rows,
                bool left_last) {
  std::vector<std::size_t> widths(rows[0].size(), 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
  for (const auto& row : rows) {
    std::string text;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string pad(widths[c] - width(row[c]), ' ');
      const bool left = c == 0 || (left_last && c + 1 == row.size());
      text += (c ? "  " : "") + (left ? row[c] + pad : pad + row[c]);
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  }
}

}  // namespace

void write_levels_text(std::ostream& out, const Model& model, const LevelsReport& r, Lang lang) {
  out << label("levels", lang) << ": " << title_municipality(model, r.municipality) << ", "
      << label("scenario", lang) << " " << r.scenario_id << " (" << label("current", lang) << ": "
      << (r.current_level == kNoId ? str(label("none", lang)) : model.levels[r.current_level].id)
      << ")\n\n";
  std::vector<std::vector<std::string>> rows{headers(r, lang)};
  for (std::size_t i = 0; i < r.variants.size(); ++i)
    rows.push_back(cells(model, r, i, lang, false));
  // Level and marks left-aligned, figures right-aligned.
  write_rows(out, rows, true);
  if (const auto budget = budget_rows(model, r, lang, false); !budget.empty()) {
    out << "\n" << label("budget", lang) << "\n";
    write_rows(out, budget, false);
  }
  out << "\n"
      << label("cheapest", lang) << ": "
      << (r.cheapest == LevelsReport::kNone ? str(label("none", lang))
                                            : level_id(model, r, r.cheapest))
      << " (" << label("cheapest_means", lang) << ")\n";
  out << label("most_moved", lang) << ": "
      << (r.most_moved == LevelsReport::kNone ? str(label("none", lang))
                                              : level_id(model, r, r.most_moved))
      << " (" << label("most_moved_means", lang) << ")\n";
}

void write_levels_json(std::ostream& out, const Model& model, const LevelsReport& r) {
  JsonWriter w(out);
  w.begin_object();
  w.key("format");
  w.string("opgavesnit-levels");
  w.key("version");
  w.integer(1);
  w.key("scenario");
  w.string(r.scenario_id);
  w.key("municipality");
  w.string(model.municipalities[r.municipality].id);
  w.key("current_level");
  w.string(r.current_level == kNoId ? "none" : model.levels[r.current_level].id);
  w.key("levels");
  w.begin_array();
  for (const LevelVariant& v : r.variants) {
    w.begin_object();
    w.key("level");
    w.string(model.levels[v.level].id);
    w.key("current");
    w.boolean(v.current);
    w.key("consistent");
    w.boolean(v.consistent);
    w.key("hours_transferred");
    w.number(hours_json(v.hours_transferred));
    w.key("fte_transferred");
    w.number(fte_json(v.hours_transferred, r.hours_per_fte));
    w.key("transferred_cost");
    w.number(money_json(v.transferred_cost));
    w.key("price");
    w.number(money_json(v.price));
    w.key("net_change");
    w.number(money_json(v.net_change));
    w.key("assets");
    w.number(money_json(v.assets));
    w.key("common_costs");
    w.number(format_decimal(v.common_costs, 2, 2));
    w.key("interfaces");
    w.integer(static_cast<std::int64_t>(v.interfaces));
    w.key("conflicts");
    w.integer(static_cast<std::int64_t>(v.conflicts));
    w.key("dropped");
    w.integer(static_cast<std::int64_t>(v.dropped));
    w.key("waves");
    w.integer(v.waves);
    w.key("budget");
    w.begin_array();
    for (const BudgetYear& by : v.budget) write_budget_year_json(w, by, false);
    w.end_array();
    w.key("organisation_result");
    if (v.organisation_result)
      w.number(organisation_money_json(*v.organisation_result));
    else
      w.null();
    w.end_object();
  }
  w.end_array();
  w.key("cheapest");
  if (r.cheapest == LevelsReport::kNone)
    w.null();
  else
    w.string(level_id(model, r, r.cheapest));
  w.key("most_moved_without_conflict");
  if (r.most_moved == LevelsReport::kNone)
    w.null();
  else
    w.string(level_id(model, r, r.most_moved));
  w.end_object();
  w.finish();
}

void write_levels_markdown(std::ostream& out, const Model& model, const LevelsReport& r,
                           Lang lang) {
  out << "# " << cap("levels", lang) << ": " << md_municipality(model, r.municipality) << " ("
      << md_code(model.municipalities[r.municipality].id) << ")\n\n";
  out << "- **" << cap("scenario", lang) << ":** " << md_code(r.scenario_id) << "\n";
  out << "- **" << cap("current", lang) << ":** " << md_level(model, r.current_level, lang)
      << "\n\n";
  MdTable t;
  const std::vector<std::string> h = headers(r, lang);
  for (std::size_t c = 0; c < h.size(); ++c)
    t.column(h[c], c == 0 || c + 1 == h.size() ? MdTable::Align::left : MdTable::Align::right);
  for (std::size_t i = 0; i < r.variants.size(); ++i) t.row(cells(model, r, i, lang, true));
  t.write(out);
  if (auto budget = budget_rows(model, r, lang, true); !budget.empty()) {
    out << "## " << cap("budget", lang) << "\n\n";
    MdTable b;
    for (std::size_t c = 0; c < budget[0].size(); ++c)
      b.column(budget[0][c], c == 0 ? MdTable::Align::left : MdTable::Align::right);
    for (std::size_t k = 1; k < budget.size(); ++k) b.row(std::move(budget[k]));
    b.write(out);
  }
  out << "- **" << cap("cheapest", lang) << ":** "
      << (r.cheapest == LevelsReport::kNone ? str(label("none", lang))
                                            : md_level(model, r.variants[r.cheapest].level, lang))
      << " (" << label("cheapest_means", lang) << ")\n";
  out << "- **" << cap("most_moved", lang) << ":** "
      << (r.most_moved == LevelsReport::kNone
              ? str(label("none", lang))
              : md_level(model, r.variants[r.most_moved].level, lang))
      << " (" << label("most_moved_means", lang) << ")\n";
}

}  // namespace opgavesnit
