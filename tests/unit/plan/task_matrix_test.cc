// The task-split matrix of one municipality.
#include <doctest/doctest.h>
#include <opgavesnit/plan/task_matrix.h>

#include <string>

#include "support/sample.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::sample_builder;

namespace {

/// The shared sample with a task "unused" (first in the model's order, of
/// no type), a/vm three times, a second vm a/vm2 pinned retain, b/vm, an
/// empty municipality c, and a level that takes vm operation only: a/dc
/// comes along as a/vm's foundation, "capacity" stays everywhere and
/// "operation" is split between the two vms of a.
Model split_vms() {
  ModelBuilder b = sample_builder();
  b.task("unused");
  b.level("vm-operation", 82000).include({.types = {"vm"}, .tasks = {"operation"}});
  b.municipality("c", 100);
  b.component("a/vm2", "vm").retain("legacy");
  b.component("b/vm", "vm");
  b.scenario("s", "vm-operation").set("c", "none");
  Model m = b.build();
  m.components[m.find_component("a/vm")].quantity = 3;
  return m;
}

std::string cell_text(const MatrixCell& c) {
  return std::string(to_string(c.holder)) + " " + c.hours_shared.str() + "/" +
         c.hours_municipality.str();
}

}  // namespace

TEST_CASE("task matrix: rows, columns, holders and hours") {
  const Model m = split_vms();
  Diagnostics diags;
  const Plan p = make_plan(m, m.find_scenario("s"), diags);
  REQUIRE(diags.empty());

  const TaskMatrix a = make_task_matrix(m, p, m.find_municipality("a"));
  CHECK(a.municipality == m.find_municipality("a"));
  // Rows: dc, vm and app in the model's type order.
  REQUIRE(a.types.size() == 3);
  CHECK(m.types[a.types[0]].id == "dc");
  CHECK(m.types[a.types[1]].id == "vm");
  CHECK(m.types[a.types[2]].id == "app");
  // Columns: the tasks of the rows, in the model's task order ("unused"
  // belongs to no row).
  REQUIRE(a.tasks.size() == 5);
  CHECK(m.tasks[a.tasks[0]].id == "operation");
  CHECK(m.tasks[a.tasks[1]].id == "monitoring");
  CHECK(m.tasks[a.tasks[2]].id == "capacity");
  CHECK(m.tasks[a.tasks[3]].id == "backup");
  CHECK(m.tasks[a.tasks[4]].id == "patching");
  REQUIRE(a.cells.size() == 15);
  // dc: both tasks handed over with a/vm's foundation (100 h, 20 h).
  CHECK(cell_text(a.at(0, 0)) == "shared 10000/0");
  CHECK(cell_text(a.at(0, 1)) == "shared 2000/0");
  CHECK(cell_text(a.at(0, 2)) == "n/a 0/0");
  CHECK(cell_text(a.at(0, 3)) == "n/a 0/0");
  CHECK(cell_text(a.at(0, 4)) == "n/a 0/0");
  // vm operation: handed over on a/vm (3 × 120 h), kept on the pinned a/vm2;
  // capacity stays on both (4 × 16 h).
  CHECK(cell_text(a.at(1, 0)) == "both 36000/12000");
  CHECK(cell_text(a.at(1, 1)) == "n/a 0/0");
  CHECK(cell_text(a.at(1, 2)) == "municipality 0/6400");
  CHECK(cell_text(a.at(1, 3)) == "n/a 0/0");
  CHECK(cell_text(a.at(1, 4)) == "n/a 0/0");
  // app: nothing selects it, nothing pulls it in.
  CHECK(cell_text(a.at(2, 0)) == "municipality 0/5000");
  CHECK(cell_text(a.at(2, 1)) == "n/a 0/0");
  CHECK(cell_text(a.at(2, 2)) == "n/a 0/0");
  CHECK(cell_text(a.at(2, 3)) == "municipality 0/1000");
  CHECK(cell_text(a.at(2, 4)) == "municipality 0/500");

  // b has a vm only: no row for dc and app, no column for their tasks.
  const TaskMatrix b = make_task_matrix(m, p, m.find_municipality("b"));
  REQUIRE(b.types.size() == 1);
  CHECK(m.types[b.types[0]].id == "vm");
  REQUIRE(b.tasks.size() == 2);
  CHECK(cell_text(b.at(0, 0)) == "shared 12000/0");
  CHECK(cell_text(b.at(0, 1)) == "municipality 0/1600");
}

TEST_CASE("task matrix: a municipality without components, and one out of range") {
  const Model m = split_vms();
  Diagnostics diags;
  const Plan p = make_plan(m, m.find_scenario("s"), diags);
  const TaskMatrix c = make_task_matrix(m, p, m.find_municipality("c"));
  CHECK(c.types.empty());
  CHECK(c.tasks.empty());
  CHECK(c.cells.empty());
  CHECK(make_task_matrix(m, p, 99).cells.empty());
}

TEST_CASE("holder names") {
  CHECK(std::string(to_string(Holder::not_applicable)) == "n/a");
  CHECK(std::string(to_string(Holder::municipality)) == "municipality");
  CHECK(std::string(to_string(Holder::shared)) == "shared");
  CHECK(std::string(to_string(Holder::both)) == "both");
}
