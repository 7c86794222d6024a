// Invariants of the task-split matrix and of compare_plans on random models.
#include <doctest/doctest.h>
#include <opgavesnit/plan/compare.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/task_matrix.h>
#include <opgavesnit/report/compare_json.h>
#include <opgavesnit/report/compare_markdown.h>
#include <opgavesnit/report/compare_text.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "support/random_model.h"

using namespace opgavesnit;
using opgavesnit::testing::random_model;
using opgavesnit::testing::RandomShape;

namespace {

/// Three municipalities, up to four types, up to 14 components with
/// dependencies and pins, and three scenarios (strict, drop, strict) with
/// random levels.
const RandomShape kShape{.max_types = 4,
                         .min_levels = 2,
                         .min_municipalities = 3,
                         .max_municipalities = 3,
                         .zero_population = false,
                         .max_components = 14,
                         .dependency_percent = 20,
                         .interface_percent = 30,
                         .scenarios = 3,
                         .schedule_percent = 50,
                         .hours_unit = 100};

std::set<Id> handed(const Plan& p, const MunicipalityPlan& mp) {
  std::set<Id> out;
  for (Id c : mp.components)
    if (!p.components[c].tasks.empty()) out.insert(c);
  return out;
}

void check_matrix(const Model& m, const Plan& p) {
  for (Id mu = 0; mu < m.municipalities.size(); ++mu) {
    const TaskMatrix tm = make_task_matrix(m, p, mu);
    const MunicipalityPlan& mp = p.municipalities[mu];
    Int256 shared, total;
    for (std::size_t r = 0; r < tm.types.size(); ++r)
      for (std::size_t c = 0; c < tm.tasks.size(); ++c) {
        const MatrixCell& cell = tm.at(r, c);
        shared += cell.hours_shared;
        total += cell.hours_shared + cell.hours_municipality;
        // The holder from counting components by brute force.
        const ComponentType& type = m.types[tm.types[r]];
        const int local = type.local_index(tm.tasks[c]);
        int moved = 0, kept = 0;
        for (Id comp : m.municipalities[mu].components) {
          if (m.components[comp].type != tm.types[r] || local < 0) continue;
          const auto& x = p.components[comp].tasks;
          (std::find(x.begin(), x.end(), static_cast<std::uint32_t>(local)) != x.end() ? moved
                                                                                       : kept)++;
        }
        const Holder expected = local < 0    ? Holder::not_applicable
                                : moved == 0 ? Holder::municipality
                                : kept == 0  ? Holder::shared
                                             : Holder::both;
        CHECK(cell.holder == expected);
      }
    CHECK(shared == mp.hours_transferred);
    CHECK(total == mp.hours_total);
  }
}

/// Returns whether anything differs, so that the test can check that the
/// random models are not all trivial.
bool check_compare(const Model& m, const Plan& a, const Plan& b) {
  const Comparison ab = compare_plans(m, a, b);
  const Comparison ba = compare_plans(m, b, a);
  REQUIRE(ab.municipalities.size() == m.municipalities.size());
  for (std::size_t i = 0; i < ab.municipalities.size(); ++i) {
    const MunicipalityDiff& x = ab.municipalities[i];
    const MunicipalityDiff& y = ba.municipalities[i];
    CHECK(x.changed == y.changed);
    CHECK(x.handed_over == y.taken_back);
    CHECK(x.taken_back == y.handed_over);
    CHECK(x.task_changes.size() == y.task_changes.size());
    CHECK(x.matrix_changes.size() == y.matrix_changes.size());
    CHECK(x.interfaces.added.size() == y.interfaces.removed.size());
    CHECK(x.interfaces.removed.size() == y.interfaces.added.size());
    CHECK(x.conflicts.added.size() == y.conflicts.removed.size());
    CHECK(x.dropped.added.size() == y.dropped.removed.size());
    CHECK(x.price.difference() == -y.price.difference());
    // H(B) = H(A) - taken back + handed over.
    const MunicipalityPlan& ma = a.municipalities[x.municipality];
    const MunicipalityPlan& mb = b.municipalities[x.municipality];
    std::set<Id> expected = handed(a, ma);
    for (Id c : x.taken_back) CHECK(expected.erase(c) == 1);
    for (Id c : x.handed_over) CHECK(expected.insert(c).second);
    CHECK(expected == handed(b, mb));
    // Interfaces: |B| = |A| - removed + added.
    CHECK(mb.interfaces.size() + x.interfaces.removed.size() ==
          ma.interfaces.size() + x.interfaces.added.size());
    for (const TaskChange& tc : x.task_changes) {
      std::set<std::uint32_t> ta(a.components[tc.component].tasks.begin(),
                                 a.components[tc.component].tasks.end());
      for (std::uint32_t t : tc.lost) CHECK(ta.erase(t) == 1);
      for (std::uint32_t t : tc.gained) CHECK(ta.insert(t).second);
      CHECK(std::vector<std::uint32_t>(ta.begin(), ta.end()) == b.components[tc.component].tasks);
    }
  }
  const Comparison aa = compare_plans(m, a, a);
  CHECK(aa.totals.changed_municipalities == 0);
  // The renderers run on whatever comes.
  std::ostringstream os;
  write_compare_text(os, m, ab, Lang::da);
  write_compare_json(os, m, ab);
  write_compare_markdown(os, m, ab, Lang::en);
  CHECK_FALSE(os.str().empty());
  return ab.totals.changed_municipalities > 0;
}

}  // namespace

TEST_CASE("random models: task matrix and compare invariants") {
  int changed = 0;
  for (unsigned seed = 1; seed <= 310; ++seed) {
    CAPTURE(seed);
    const Model m = random_model(seed, kShape);
    std::vector<Plan> plans;
    for (Id s = 0; s < m.scenarios.size(); ++s) {
      Diagnostics diags;
      plans.push_back(make_plan(m, s, diags));
      check_matrix(m, plans.back());
    }
    changed += check_compare(m, plans[0], plans[1]);
    changed += check_compare(m, plans[1], plans[2]);
  }
  CHECK(changed > 300);
}
