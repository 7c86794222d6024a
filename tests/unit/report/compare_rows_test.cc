// The rows the text and Markdown comparisons lay out (report/compare_rows):
// A, B and the signed B − A of each figure, formatted once, with the
// model's names passed through the layout's escaper.
#include "compare_rows.h"

#include <doctest/doctest.h>
#include <opgavesnit/plan/compare.h>

#include <string>
#include <string_view>

#include "support/model_builder.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;

namespace {

/// a takes basis under s1 and plus under s2; c takes basis under s1 and
/// nothing under s2; the common cost y exists only under s2.
Model sample() {
  ModelBuilder b;
  b.type("dc", {{"operation", 10000}, {"monitoring", 2000}}, "facility");
  b.type("vm", {{"operation", 12000, true}, {"capacity", 1600, false, {"operation"}}}, "server");
  b.level("basis", 70000).include({.categories = {"facility"}, .tasks = {"operation"}});
  b.level("plus", 80000).include({.categories = {"facility", "server"}});
  b.municipality("a", 100, 60000);
  b.municipality("c", 100, 60000);
  b.component("a/dc", "dc");
  b.component("a/vm", "vm").on("a/dc");
  b.component("c/dc", "dc");
  b.scenario("s1", "basis").cost("x", 30000, {{KeyBasis::equal, 10000}});
  b.scenario("s2", "basis")
      .set("a", "plus")
      .set("c", "none")
      .cost("x", 30000, {{KeyBasis::equal, 10000}})
      .cost("y", 10000, {{KeyBasis::equal, 10000}});
  return b.build();
}

Comparison comparison(const Model& m) {
  Diagnostics diags;
  const Plan a = make_plan(m, m.find_scenario("s1"), diags);
  const Plan b = make_plan(m, m.find_scenario("s2"), diags);
  REQUIRE(diags.empty());
  return compare_plans(m, a, b);
}

/// Marks every text that came from the model.
std::string marked(std::string_view text) { return "<" + std::string(text) + ">"; }

}  // namespace

TEST_CASE("compare rows: names escaped, figures formatted once") {
  const Model m = sample();
  const Comparison cmp = comparison(m);
  const compare_rows::Rows rows = compare_rows::make_rows(m, cmp, Lang::en, marked);
  REQUIRE(rows.municipalities.size() == 2);

  const compare_rows::Municipality& a = rows.municipalities[0];
  CHECK(a.diff == &cmp.municipalities[0]);
  CHECK(a.name == "<a>");
  CHECK(a.level_a == "<basis>");
  CHECK(a.level_b == "<plus>");
  CHECK(a.handed_over == std::vector<std::string>{"<a/vm>"});
  REQUIRE(a.task_changes.size() == 1);
  CHECK(a.task_changes[0].component == "<a/dc>");
  CHECK(a.task_changes[0].gained == std::vector<std::string>{"<monitoring>"});
  CHECK(a.task_changes[0].status_a == "split");
  CHECK(a.task_changes[0].status_b == "transferred");

  const compare_rows::Row& hours = a.figures[compare_rows::hours_transferred];
  CHECK(hours.key == "hours_transferred");
  CHECK(hours.a == "100.00 h");
  CHECK(hours.b == "256.00 h");
  CHECK(hours.difference == "+156.00 h");
  CHECK(hours.changed);
  CHECK(a.figures[compare_rows::price].key == "price");
  CHECK(a.figures[compare_rows::assets].key == "assets");
  CHECK_FALSE(a.figures[compare_rows::assets].changed);

  // x under both; y only under B: n/a for A and for the difference.
  REQUIRE(a.common_costs.size() == 2);
  CHECK(a.common_costs[0].name == "<x>");
  CHECK(a.common_costs[0].has_difference);
  CHECK(a.common_costs[1].name == "<y>");
  CHECK(a.common_costs[1].a == "n/a");
  CHECK(a.common_costs[1].difference == "n/a");
  CHECK_FALSE(a.common_costs[1].has_difference);
  CHECK(a.common_costs_changed);

  const compare_rows::Municipality& c = rows.municipalities[1];
  CHECK(c.level_b == "<none>");
  CHECK(c.taken_back == std::vector<std::string>{"<c/dc>"});
  CHECK(c.figures[compare_rows::hours_transferred].difference == "-100.00 h");

  // The totals: the same figures, and the counts (no periods scheduled).
  CHECK(rows.totals[compare_rows::hours_transferred].difference == "+56.00 h");
  REQUIRE(rows.counts.size() == 3);
  CHECK(rows.counts[0].key == "conflicts");
  CHECK(rows.counts[2].key == "waves");
  CHECK(rows.counts[2].a == "1");
  CHECK(rows.counts[2].difference == "+1");
  CHECK(rows.organisation.empty());
  CHECK(rows.budget.empty());
  CHECK(rows.ownership.empty());
}

TEST_CASE("compare rows: in Danish") {
  const Model m = sample();
  const Comparison cmp = comparison(m);
  const compare_rows::Rows rows = compare_rows::make_rows(m, cmp, Lang::da, marked);
  const compare_rows::Municipality& a = rows.municipalities[0];
  CHECK(a.figures[compare_rows::hours_transferred].difference == "+156,00 t");
  CHECK(a.common_costs[1].a == "–");
  CHECK(rows.municipalities[1].level_b == "<ingen>");
}
