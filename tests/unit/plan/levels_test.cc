// `levels`: the candidate levels of one municipality side by side.
#include <doctest/doctest.h>
#include <opgavesnit/plan/levels.h>
#include <opgavesnit/report/levels_render.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/model_builder.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;

namespace {

/// basis moves the server room, standard the servers too, fuld also the
/// historian, which needs the retained SCADA: a conflict.
Model sample(ConflictPolicy policy = ConflictPolicy::strict) {
  ModelBuilder b;
  b.type("dc", {{"operation", 10000}}, "facility");
  b.type("vm", {{"operation", 12000}}, "server");
  b.type("app", {{"operation", 5000}}, "application");
  b.type("ot", {{"operation", 5000}}, "ot");
  b.level("basis", 70000).fee(1000000).include({.categories = {"facility"}});
  b.level("standard", 60000).fee(1000000).include({.categories = {"facility", "server"}});
  b.level("fuld", 60000)
      .fee(1000000)
      .include({.categories = {"facility", "server", "application"}});
  b.level("dyr", 90000).fee(1000000).include({.categories = {"facility", "server"}});
  b.municipality("a", 1, 60000);
  b.municipality("b", 1, 60000);
  b.component("a/dc", "dc");
  b.component("a/vm", "vm").on("a/dc");
  b.component("a/scada", "ot").retain("OT");
  b.component("a/historian", "app").on("a/scada");
  b.component("b/dc", "dc");
  auto& s = b.scenario("s", "basis");
  if (policy == ConflictPolicy::drop) s.drop();
  return b.build();
}

std::string level_id(const Model& m, const LevelsReport& r, std::size_t i) {
  return i == LevelsReport::kNone ? "-" : m.levels[r.variants[i].level].id;
}

}  // namespace

TEST_CASE("levels: every level when the municipality lists none") {
  const Model m = sample();
  Diagnostics diags;
  const LevelsReport r = compare_levels(m, m.scenarios[0], m.find_municipality("a"), diags);
  CHECK(diags.empty());
  REQUIRE(r.variants.size() == 4);
  CHECK(level_id(m, r, 0) == "basis");
  CHECK(r.variants[0].current);
  CHECK_FALSE(r.variants[1].current);
  CHECK(r.variants[0].hours_transferred == Int256(10000));
  CHECK(r.variants[1].hours_transferred == Int256(22000));
  CHECK(r.variants[2].hours_transferred ==
        Int256(27000));  // strict: the historian moves, SCADA stays
  CHECK(r.variants[2].conflicts == 1);
  CHECK_FALSE(r.variants[2].consistent);
  // Net change: basis 10000 + 100 h × (700 − 600) = 20,000 kr.; standard
  // 10,000 + 0 = 10,000 kr.; dyr 10,000 + 220 h × 300 = 76,000 kr.
  CHECK(r.variants[0].net_change == Int256(200000000));
  CHECK(r.variants[1].net_change == Int256(100000000));
  CHECK(r.variants[3].net_change == Int256(760000000));
  // fuld ties standard on net change (same rate); "fuld" < "standard".
  CHECK(r.variants[2].net_change == Int256(100000000));
  CHECK(level_id(m, r, r.cheapest) == "fuld");
  // fuld conflicts; standard and dyr move 220 h, standard is cheaper.
  CHECK(level_id(m, r, r.most_moved) == "standard");
}

TEST_CASE("levels: candidate levels, in the municipality's order; drop") {
  Model m = sample(ConflictPolicy::drop);
  m.municipalities[0].candidate_levels = {m.find_level("fuld"), m.find_level("basis")};
  Diagnostics diags;
  const LevelsReport r = compare_levels(m, m.scenarios[0], m.find_municipality("a"), diags);
  REQUIRE(r.variants.size() == 2);
  CHECK(level_id(m, r, 0) == "fuld");
  CHECK(level_id(m, r, 1) == "basis");
  CHECK(r.variants[0].dropped == 1);
  CHECK(r.variants[0].conflicts == 0);
  CHECK(r.variants[0].consistent);
  CHECK(level_id(m, r, r.most_moved) == "basis");

  std::ostringstream os;
  write_levels_json(os, m, r);
  const auto j = nlohmann::json::parse(os.str());
  CHECK(j["format"] == "opgavesnit-levels");
  CHECK(j["municipality"] == "a");
  CHECK(j["current_level"] == "basis");
  CHECK(j["levels"][0]["level"] == "fuld");
  CHECK(j["levels"][0]["dropped"] == 1);
  CHECK(j["most_moved_without_conflict"] == "basis");
}

TEST_CASE("levels: no variant without conflict; text report") {
  Model m = sample();
  m.municipalities[0].candidate_levels = {m.find_level("fuld")};
  Diagnostics diags;
  const LevelsReport r = compare_levels(m, m.scenarios[0], m.find_municipality("a"), diags);
  CHECK(r.most_moved == LevelsReport::kNone);
  CHECK(level_id(m, r, r.cheapest) == "fuld");
  std::ostringstream os;
  write_levels_text(os, m, r, Lang::en);
  CHECK(os.str() ==
        "levels: a, scenario s (current: basis)\n"
        "\n"
        "Level  Hours transferred    FTE           Price      Net change  Interfaces  Conflicts\n"
        "fuld            270.00 h  0.166  DKK 172,000.00  DKK +10,000.00           1          1  "
        "cheapest\n"
        "\n"
        "cheapest: fuld (the lowest net change: the lowest total cost after the handover)\n"
        "most moved without conflict: none (the most hours transferred with no conflict and no "
        "dropped seed involving the municipality)\n");
}

TEST_CASE("levels: a conflict caused in another municipality counts") {
  ModelBuilder b;
  b.type("dc", {{"operation", 10000}}, "facility");
  b.type("vm", {{"operation", 12000}}, "server");
  b.level("standard", 60000).include({.categories = {"facility", "server"}});
  b.municipality("a", 1, 60000);
  b.municipality("b", 1, 60000);
  b.component("a/vm", "vm").on("b/dc");
  b.component("b/dc", "dc");
  b.scenario("s", "standard").set("b", "none");
  const Model m = b.build();
  Diagnostics diags;
  const LevelsReport r = compare_levels(m, m.scenarios[0], m.find_municipality("a"), diags);
  REQUIRE(r.variants.size() == 1);
  CHECK(r.variants[0].conflicts == 1);  // at b/dc, from a's seed
  CHECK(r.most_moved == LevelsReport::kNone);
}
