#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/text.h>
#include <opgavesnit/plan/task_matrix.h>
#include <opgavesnit/report/plan_csv.h>
#include <opgavesnit/report/plan_json.h>

#include <algorithm>
#include <string>
#include <vector>

namespace opgavesnit {

namespace {

/// Collects the cells of one record and writes it ended by CRLF.
class Row {
 public:
  Row(std::ostream& out, const CsvDialect& dialect) : out_(out), dialect_(dialect) {}
  Row(const Row&) = delete;
  Row& operator=(const Row&) = delete;
  ~Row() { out_ << "\r\n"; }

  /// A text cell: neutralised and quoted as needed.
  Row& text(std::string_view s) { return raw(csv_text_cell(s, dialect_.separator)); }
  /// A cell the engine formats itself (a word, a boolean): written as is.
  Row& raw(std::string_view s) {
    if (!first_) out_ << dialect_.separator;
    first_ = false;
    out_ << s;
    return *this;
  }
  /// A number the engine formats with '.': written with the dialect's
  /// decimal mark.
  Row& num(std::string s) {
    if (dialect_.decimal_comma) std::replace(s.begin(), s.end(), '.', ',');
    return raw(s);
  }
  Row& count(std::size_t n) { return raw(std::to_string(n)); }

 private:
  std::ostream& out_;
  const CsvDialect& dialect_;
  bool first_ = true;
};

std::string money(const Int256& ten_thousandths) {
  return format_fixed(ten_thousandths, 4, 2, false);
}
std::string cents(Cents c) { return format_fixed(Int256(c), 2, 2, false); }
std::string hours(const Int256& hundredths) { return format_fixed(hundredths, 2, 2, false); }
std::string fte(const Int256& hundredths, Cents per_fte) {
  return format_ratio_fixed(hundredths, per_fte > 0 ? static_cast<std::uint64_t>(per_fte) : 0, 3);
}

/// The task ids of `tasks` (local indices of `c`'s type), sorted, joined by
/// spaces.
std::string task_list(const Model& model, Id c, const std::vector<std::uint32_t>& tasks) {
  const ComponentType& type = model.types[model.components[c].type];
  std::vector<std::string> ids;
  ids.reserve(tasks.size());
  for (std::uint32_t t : tasks) ids.push_back(model.tasks[type.tasks[t].task].id);
  std::sort(ids.begin(), ids.end());
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : " ") + id;
  return text;
}

void write_components(std::ostream& out, const Model& model, const Plan& plan,
                      const CsvDialect& dialect) {
  Row(out, dialect)
      .raw("municipality")
      .raw("component")
      .raw("name")
      .raw("type")
      .raw("status")
      .raw("tasks_handed_over")
      .raw("tasks_kept")
      .raw("wave")
      .raw("period")
      .raw("unscheduled")
      .raw("hours")
      .raw("hours_transferred")
      .raw("annual_cost")
      .raw("book_value")
      .raw("pin");
  for (Id m : plan.municipality_order) {
    for (Id c : plan.municipalities[m].components) {
      const Component& comp = model.components[c];
      const ComponentType& type = model.types[comp.type];
      const ComponentPlan& cp = plan.components[c];
      std::vector<std::uint32_t> kept;
      Int256 total, moved;
      for (std::uint32_t t = 0; t < type.tasks.size(); ++t) {
        const Int256 h = Int256(comp.quantity) * Int256(type.tasks[t].hours);
        total += h;
        if (std::binary_search(cp.tasks.begin(), cp.tasks.end(), t))
          moved += h;
        else
          kept.push_back(t);
      }
      const bool handed = !cp.tasks.empty();
      Row(out, dialect)
          .text(model.municipalities[m].id)
          .text(comp.qualified)
          .text(comp.name)
          .text(type.id)
          .raw(to_string(cp.status))
          .text(task_list(model, c, cp.tasks))
          .text(task_list(model, c, kept))
          .raw(handed ? std::to_string(cp.wave) : "")
          .text(handed && plan.scheduled && cp.period != kNoId ? plan.periods[cp.period] : "")
          .raw(handed && cp.unscheduled ? "true" : "false")
          .num(hours(total))
          .num(hours(moved))
          .num(cents(comp.annual_cost))
          .num(cents(comp.book_value))
          .raw(comp.pin == Pin::none ? "" : to_string(comp.pin));
    }
  }
}

void write_interfaces(std::ostream& out, const Model& model, const Plan& plan,
                      const CsvDialect& dialect) {
  Row(out, dialect)
      .raw("municipality")
      .raw("from")
      .raw("from_name")
      .raw("from_status")
      .raw("to")
      .raw("to_name")
      .raw("to_status")
      .raw("kind")
      .raw("direction");
  for (Id m : plan.municipality_order) {
    for (const Interface& i : plan.municipalities[m].interfaces) {
      const Component& from = model.components[i.from];
      const Component& to = model.components[i.to];
      Row(out, dialect)
          .text(model.municipalities[m].id)
          .text(from.qualified)
          .text(from.name)
          .raw(to_string(plan.components[i.from].status))
          .text(to.qualified)
          .text(to.name)
          .raw(to_string(plan.components[i.to].status))
          .raw(to_string(i.kind))
          .raw(to_string(i.direction));
    }
  }
}

void write_municipalities(std::ostream& out, const Model& model, const Plan& plan,
                          const CsvDialect& dialect) {
  {
    Row header(out, dialect);
    header.raw("municipality")
        .raw("name")
        .raw("level")
        .raw("components_transferred")
        .raw("components_split")
        .raw("components_retained")
        .raw("hours_total")
        .raw("hours_transferred")
        .raw("fte_transferred")
        .raw("baseline_cost")
        .raw("transferred_cost")
        .raw("price")
        .raw("net_change")
        .raw("assets")
        .raw("interfaces")
        .raw("conflicts")
        .raw("dropped_seeds")
        .raw("waves");
    for (const std::string& id : plan.common_cost_ids) header.text("common_cost:" + id);
  }
  for (Id m : plan.municipality_order) {
    const MunicipalityPlan& mp = plan.municipalities[m];
    std::uint32_t waves = 0;
    for (Id c : mp.components) waves = std::max(waves, plan.components[c].wave);
    Row row(out, dialect);
    row.text(model.municipalities[m].id)
        .text(model.municipalities[m].name)
        .text(mp.takes_part() ? model.levels[mp.level].id : "none")
        .count(mp.transferred)
        .count(mp.split)
        .count(mp.retained)
        .num(hours(mp.hours_total))
        .num(hours(mp.hours_transferred))
        .num(fte(mp.hours_transferred, plan.hours_per_fte))
        .num(money(mp.baseline_cost))
        .num(money(mp.transferred_cost))
        .num(money(mp.price))
        .num(money(mp.net_change))
        .num(money(mp.assets))
        .count(mp.interfaces.size())
        .count(mp.conflicts.size())
        .count(mp.dropped.size())
        .count(waves);
    for (std::size_t k = 0; k < plan.common_cost_ids.size(); ++k)
      row.num(cents(k < mp.common_costs.size() ? mp.common_costs[k] : 0));
  }
}

/// The task-split matrix of every municipality in long form: one row per
/// cell that applies (a type's task), n/a cells left out.
void write_matrix(std::ostream& out, const Model& model, const Plan& plan,
                  const CsvDialect& dialect) {
  Row(out, dialect)
      .raw("municipality")
      .raw("type")
      .raw("task")
      .raw("holder")
      .raw("hours_shared")
      .raw("hours_municipality");
  for (Id m : plan.municipality_order) {
    const TaskMatrix tm = make_task_matrix(model, plan, m);
    for (std::size_t row = 0; row < tm.types.size(); ++row)
      for (std::size_t col = 0; col < tm.tasks.size(); ++col) {
        const MatrixCell& cell = tm.at(row, col);
        if (cell.holder == Holder::not_applicable) continue;
        Row(out, dialect)
            .text(model.municipalities[m].id)
            .text(model.types[tm.types[row]].id)
            .text(model.tasks[tm.tasks[col]].id)
            .raw(to_string(cell.holder))
            .num(hours(cell.hours_shared))
            .num(hours(cell.hours_municipality));
      }
  }
}

/// The budget by year in long form (semantics.md §11): one row per
/// municipality, year and figure. Only the header when there is no budget.
void write_budget(std::ostream& out, const Model& model, const Plan& plan,
                  const CsvDialect& dialect) {
  Row(out, dialect).raw("municipality").raw("year").raw("figure").raw("value");
  if (!plan.has_budget) return;
  for (Id m : plan.municipality_order)
    for (const BudgetYear& by : plan.municipalities[m].budget)
      for (auto [figure, value] :
           {std::pair{"price", &by.price}, std::pair{"released", &by.released},
            std::pair{"common_costs", &by.common_costs}, std::pair{"net_change", &by.net_change}})
        Row(out, dialect)
            .text(model.municipalities[m].id)
            .count(static_cast<std::size_t>(by.year))
            .raw(figure)
            .num(format_ratio_fixed(*value, kBudgetDenominator, 2));
}

/// Cash, in kind, contribution and share of each municipality (§12). Only
/// the header when the scenario has no ownership.
void write_ownership(std::ostream& out, const Model& model, const Plan& plan,
                     const CsvDialect& dialect) {
  Row(out, dialect)
      .raw("municipality")
      .raw("name")
      .raw("cash")
      .raw("in_kind")
      .raw("contribution")
      .raw("share_percent");
  if (!plan.has_ownership) return;
  for (Id m : plan.municipality_order) {
    const OwnershipShare& o = *plan.municipalities[m].ownership;
    Row(out, dialect)
        .text(model.municipalities[m].id)
        .text(model.municipalities[m].name)
        .num(money(o.cash))
        .num(money(o.in_kind))
        .num(money(o.contribution))
        .num(format_fixed(Int256(o.share), 2, 2, false));
  }
}

}  // namespace

bool parse_csv_table(std::string_view text, CsvTable& out) {
  if (text == "components")
    out = CsvTable::components;
  else if (text == "interfaces")
    out = CsvTable::interfaces;
  else if (text == "municipalities")
    out = CsvTable::municipalities;
  else if (text == "matrix")
    out = CsvTable::matrix;
  else if (text == "budget")
    out = CsvTable::budget;
  else if (text == "ownership")
    out = CsvTable::ownership;
  else
    return false;
  return true;
}

const char* csv_table_names() {
  return "components|interfaces|municipalities|matrix|budget|ownership";
}

std::string csv_text_cell(std::string_view text, char separator) {
  std::string cell;
  cell.reserve(text.size() + 3);
  if (!text.empty()) {
    const char first = text.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
        first == '\r')
      cell += '\'';
  }
  append_terminal_text(cell, text, /*keep_line_breaks=*/true);
  const char special[] = {separator, '"', '\r', '\n', '\0'};
  if (cell.find_first_of(special) == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char ch : cell) {
    if (ch == '"') quoted += '"';
    quoted += ch;
  }
  quoted += '"';
  return quoted;
}

bool parse_csv_dialect(std::string_view text, CsvDialect& out) {
  if (text == "rfc4180")
    out = CsvDialect{};
  else if (text == "excel-da")
    out = CsvDialect::excel_da();
  else
    return false;
  return true;
}

void write_plan_csv(std::ostream& out, const Model& model, const Plan& plan, CsvTable table,
                    const CsvDialect& dialect) {
  if (dialect.bom) out << "\xEF\xBB\xBF";
  switch (table) {
    case CsvTable::components:
      write_components(out, model, plan, dialect);
      return;
    case CsvTable::interfaces:
      write_interfaces(out, model, plan, dialect);
      return;
    case CsvTable::municipalities:
      write_municipalities(out, model, plan, dialect);
      return;
    case CsvTable::matrix:
      write_matrix(out, model, plan, dialect);
      return;
    case CsvTable::budget:
      write_budget(out, model, plan, dialect);
      return;
    case CsvTable::ownership:
      write_ownership(out, model, plan, dialect);
      return;
  }
}

}  // namespace opgavesnit
