// The task-split matrix of one municipality: the recognisable artefact of
// an opgavesnit. Rows are the component types the municipality has, columns
// the tasks of those types; each cell says who holds that task on the
// components of that type under a plan, with the hours behind it.
#pragma once

#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <vector>

namespace opgavesnit {

/// Who holds one task on the components of one type in one municipality.
enum class Holder : std::uint8_t {
  not_applicable,  ///< the type has no such task
  municipality,    ///< no component of the type has the task handed over
  shared,          ///< every component of the type has the task handed over
  both,            ///< some components of the type have it handed over, some not
};

/// One cell of a TaskMatrix.
struct MatrixCell {
  Holder holder = Holder::not_applicable;
  Int256 hours_shared;  ///< hundredths of an hour/year (type task hours × quantity) handed over
  Int256 hours_municipality;  ///< same, for components where the task stays
};

/// The task-split matrix of one municipality under one plan.
struct TaskMatrix {
  Id municipality = kNoId;
  std::vector<Id> types;  ///< rows: types it has ≥1 component of, in Model::types order
  std::vector<Id> tasks;  ///< columns: tasks that ≥1 of those types has, in Model::tasks order
  std::vector<MatrixCell> cells;  ///< row-major
  /// The cell of row `row` (index into `types`) and column `col` (index
  /// into `tasks`); both must be in range.
  const MatrixCell& at(std::size_t row, std::size_t col) const;
};

/// Builds the matrix of `municipality` (an index into Model::municipalities)
/// from `plan`, which must be a plan of `model`. A municipality with no
/// components gives an empty matrix. Linear in the municipality's
/// components (plus the size of the type and task tables).
TaskMatrix make_task_matrix(const Model& model, const Plan& plan, Id municipality);

/// "n/a", "municipality", "shared" or "both".
const char* to_string(Holder h);
std::ostream& operator<<(std::ostream& os, Holder h);

}  // namespace opgavesnit
