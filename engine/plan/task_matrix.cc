#include <opgavesnit/plan/task_matrix.h>

#include <ostream>

namespace opgavesnit {

const MatrixCell& TaskMatrix::at(std::size_t row, std::size_t col) const {
  return cells[row * tasks.size() + col];
}

TaskMatrix make_task_matrix(const Model& model, const Plan& plan, Id municipality) {
  TaskMatrix matrix;
  matrix.municipality = municipality;
  if (municipality >= model.municipalities.size()) return matrix;
  const std::vector<Id>& components = model.municipalities[municipality].components;

  // Rows and columns, in the model's order.
  std::vector<char> has_type(model.types.size(), 0);
  for (Id c : components) has_type[model.components[c].type] = 1;
  std::vector<std::uint32_t> row_of(model.types.size(), 0);
  std::vector<char> has_task(model.tasks.size(), 0);
  for (Id t = 0; t < model.types.size(); ++t) {
    if (!has_type[t]) continue;
    row_of[t] = static_cast<std::uint32_t>(matrix.types.size());
    matrix.types.push_back(t);
    for (const TypeTask& tt : model.types[t].tasks) has_task[tt.task] = 1;
  }
  std::vector<std::uint32_t> col_of(model.tasks.size(), 0);
  for (Id k = 0; k < model.tasks.size(); ++k) {
    if (!has_task[k]) continue;
    col_of[k] = static_cast<std::uint32_t>(matrix.tasks.size());
    matrix.tasks.push_back(k);
  }
  const std::size_t width = matrix.tasks.size();
  matrix.cells.assign(matrix.types.size() * width, MatrixCell{});

  // Per cell: how many components have the task handed over, how many keep it.
  std::vector<std::uint32_t> moved(matrix.cells.size(), 0), kept(matrix.cells.size(), 0);
  for (Id c : components) {
    const Component& comp = model.components[c];
    const ComponentType& type = model.types[comp.type];
    const std::vector<std::uint32_t>& handed = plan.components[c].tasks;  // ascending
    std::size_t next = 0;
    for (std::uint32_t local = 0; local < type.tasks.size(); ++local) {
      const TypeTask& tt = type.tasks[local];
      const std::size_t cell = row_of[comp.type] * width + col_of[tt.task];
      const Int256 hours = Int256(comp.quantity) * Int256(tt.hours);
      while (next < handed.size() && handed[next] < local) ++next;
      if (next < handed.size() && handed[next] == local) {
        ++moved[cell];
        matrix.cells[cell].hours_shared += hours;
      } else {
        ++kept[cell];
        matrix.cells[cell].hours_municipality += hours;
      }
    }
  }
  for (std::size_t i = 0; i < matrix.cells.size(); ++i) {
    Holder& h = matrix.cells[i].holder;
    if (moved[i] == 0 && kept[i] == 0)
      h = Holder::not_applicable;
    else if (kept[i] == 0)
      h = Holder::shared;
    else if (moved[i] == 0)
      h = Holder::municipality;
    else
      h = Holder::both;
  }
  return matrix;
}

const char* to_string(Holder h) {
  switch (h) {
    case Holder::not_applicable:
      return "n/a";
    case Holder::municipality:
      return "municipality";
    case Holder::shared:
      return "shared";
    case Holder::both:
      return "both";
  }
  return "n/a";
}

std::ostream& operator<<(std::ostream& os, Holder h) { return os << to_string(h); }

}  // namespace opgavesnit
