// `levels`: the candidate levels of one municipality side by side.
#include <doctest/doctest.h>
#include <opgavesnit/plan/levels.h>
#include <opgavesnit/report/levels_render.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/sample.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::sample_builder;

namespace {

/// The shared sample's levels: basis moves the server room, standard the
/// servers too, fuld also the applications, and so the historian, which
/// needs the retained SCADA: a conflict. A fourth level, dyr, moves what
/// standard does at a higher rate. Each has a base fee of 10,000 kr.;
/// standard and fuld cost 600 kr. an hour, as much as a's own hour.
Model with_scada(ConflictPolicy policy = ConflictPolicy::strict) {
  ModelBuilder b = sample_builder();
  b.type("ot", {{"operation", 5000}}, "ot");
  b.level("dyr", 90000).include({.categories = {"facility", "server"}});
  b.component("a/scada", "ot").retain("OT");
  b.component("a/historian", "app").on("a/scada");
  b.component("b/dc", "dc");
  auto& s = b.scenario("s", "basis");
  if (policy == ConflictPolicy::drop) s.drop();
  Model m = b.build();
  for (ServiceLevel& l : m.levels) l.base_fee = 1000000;
  m.levels[m.find_level("basis")].hourly_rate = 70000;
  m.levels[m.find_level("standard")].hourly_rate = 60000;
  m.levels[m.find_level("fuld")].hourly_rate = 60000;
  m.municipalities[m.find_municipality("a")].hourly_cost = 60000;
  return m;
}

std::string level_id(const Model& m, const LevelsReport& r, std::size_t i) {
  return i == LevelsReport::kNone ? "-" : m.levels[r.variants[i].level].id;
}

}  // namespace

TEST_CASE("levels: every level when the municipality lists none") {
  const Model m = with_scada();
  Diagnostics diags;
  const LevelsReport r = compare_levels(m, m.scenarios[0], m.find_municipality("a"), diags);
  CHECK(diags.empty());
  REQUIRE(r.variants.size() == 4);
  CHECK(level_id(m, r, 0) == "basis");
  CHECK(r.variants[0].current);
  CHECK_FALSE(r.variants[1].current);
  // basis: a/dc (100 h + 20 h); standard: and a/vm (120 h + 16 h); fuld:
  // and a/app (50 + 10 + 5 h) and the historian (65 h).
  CHECK(r.variants[0].hours_transferred == Int256(12000));
  CHECK(r.variants[1].hours_transferred == Int256(25600));
  CHECK(r.variants[2].hours_transferred ==
        Int256(38600));  // strict: the historian moves, SCADA stays
  CHECK(r.variants[2].conflicts == 1);
  CHECK_FALSE(r.variants[2].consistent);
  // Net change: basis 10,000 + 120 h × (700 − 600) = 22,000 kr.; standard
  // 10,000 + 0 = 10,000 kr.; dyr 10,000 + 256 h × 300 = 86,800 kr.
  CHECK(r.variants[0].net_change == Int256(220000000));
  CHECK(r.variants[1].net_change == Int256(100000000));
  CHECK(r.variants[3].net_change == Int256(868000000));
  // fuld ties standard on net change (same rate); "fuld" < "standard".
  CHECK(r.variants[2].net_change == Int256(100000000));
  CHECK(level_id(m, r, r.cheapest) == "fuld");
  // fuld conflicts; standard and dyr move 220 h, standard is cheaper.
  CHECK(level_id(m, r, r.most_moved) == "standard");
}

TEST_CASE("levels: candidate levels, in the municipality's order; drop") {
  Model m = with_scada(ConflictPolicy::drop);
  m.municipalities[0].candidate_levels = {m.find_level("fuld"), m.find_level("basis")};
  Diagnostics diags;
  const LevelsReport r = compare_levels(m, m.scenarios[0], m.find_municipality("a"), diags);
  REQUIRE(r.variants.size() == 2);
  CHECK(level_id(m, r, 0) == "fuld");
  CHECK(level_id(m, r, 1) == "basis");
  CHECK(r.variants[0].dropped == 3);  // the historian's operation, backup and patching
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
  CHECK(j["levels"][0]["dropped"] == 3);
  CHECK(j["most_moved_without_conflict"] == "basis");
}

TEST_CASE("levels: no variant without conflict; text report") {
  Model m = with_scada();
  m.municipalities[0].candidate_levels = {m.find_level("fuld")};
  Diagnostics diags;
  const LevelsReport r = compare_levels(m, m.scenarios[0], m.find_municipality("a"), diags);
  CHECK(r.most_moved == LevelsReport::kNone);
  CHECK(level_id(m, r, r.cheapest) == "fuld");
  // fuld: 386 h (0.237 FTE of 1,628 h) at 600 kr. and the base fee: 241,600 kr.
  std::ostringstream os;
  write_levels_text(os, m, r, Lang::en);
  CHECK(os.str() ==
        "levels: a, scenario s (current: basis)\n"
        "\n"
        "Level  Hours transferred    FTE           Price      Net change  Interfaces  Conflicts\n"
        "fuld            386.00 h  0.237  DKK 241,600.00  DKK +10,000.00           1          1  "
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
