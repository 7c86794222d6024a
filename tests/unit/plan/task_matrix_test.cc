// The task-split matrix of one municipality.
#include <doctest/doctest.h>
#include <opgavesnit/plan/task_matrix.h>

#include <string>

#include "support/model_builder.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;

namespace {

/// Two vm's, one of them pinned retain; the level takes vm operation only,
/// so "capacity" stays everywhere and "operation" is split between them.
Model sample() {
  ModelBuilder b;
  b.task("unused");
  b.type("dc", {{"operation", 10000}, {"cooling", 500}}, "facility");
  b.type("vm", {{"operation", 12000, true}, {"capacity", 1600}}, "server");
  b.type("app", {{"operation", 5000}, {"backup", 1000}}, "application");
  b.level("standard", 82000).include({.types = {"vm"}, .tasks = {"operation"}});
  b.municipality("a", 100);
  b.municipality("b", 100);
  b.municipality("c", 100);
  b.component("a/vm1", "vm").qty(3);
  b.component("a/vm2", "vm").retain("legacy");
  b.component("a/app", "app");
  b.component("b/vm", "vm");
  b.scenario("s", "standard").set("c", "none");
  return b.build();
}

std::string cell_text(const MatrixCell& c) {
  return std::string(to_string(c.holder)) + " " + c.hours_shared.str() + "/" +
         c.hours_municipality.str();
}

}  // namespace

TEST_CASE("task matrix: rows, columns, holders and hours") {
  const Model m = sample();
  Diagnostics diags;
  const Plan p = make_plan(m, m.find_scenario("s"), diags);
  REQUIRE(diags.empty());

  const TaskMatrix a = make_task_matrix(m, p, m.find_municipality("a"));
  CHECK(a.municipality == m.find_municipality("a"));
  // Rows: vm and app in the model's type order (no dc component in a).
  REQUIRE(a.types.size() == 2);
  CHECK(m.types[a.types[0]].id == "vm");
  CHECK(m.types[a.types[1]].id == "app");
  // Columns: the tasks of vm and app, in the model's task order ("unused"
  // and "cooling" belong to no row).
  REQUIRE(a.tasks.size() == 3);
  CHECK(m.tasks[a.tasks[0]].id == "operation");
  CHECK(m.tasks[a.tasks[1]].id == "capacity");
  CHECK(m.tasks[a.tasks[2]].id == "backup");
  REQUIRE(a.cells.size() == 6);
  // vm operation: handed over on vm1 (3 × 120 h), kept on the pinned vm2.
  CHECK(cell_text(a.at(0, 0)) == "both 36000/12000");
  CHECK(cell_text(a.at(0, 1)) == "municipality 0/6400");
  CHECK(cell_text(a.at(0, 2)) == "n/a 0/0");
  CHECK(cell_text(a.at(1, 0)) == "municipality 0/5000");
  CHECK(cell_text(a.at(1, 1)) == "n/a 0/0");
  CHECK(cell_text(a.at(1, 2)) == "municipality 0/1000");

  const TaskMatrix b = make_task_matrix(m, p, m.find_municipality("b"));
  REQUIRE(b.types.size() == 1);
  REQUIRE(b.tasks.size() == 2);
  CHECK(cell_text(b.at(0, 0)) == "shared 12000/0");
  CHECK(cell_text(b.at(0, 1)) == "municipality 0/1600");
}

TEST_CASE("task matrix: a municipality without components, and one out of range") {
  const Model m = sample();
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
