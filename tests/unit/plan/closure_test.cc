// seeds() decides a level's selection once per (level, type, tags,
// municipality) and only pair by pair for components that a rule names:
// it must list exactly the pairs that is_seed() accepts one by one.
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>

#include <sstream>
#include <string>
#include <vector>

#include "pair_graph.h"

using namespace opgavesnit;

namespace {

std::string model_text() {
  std::ostringstream f;
  f << "opgavesnit: 1\n"
       "region: { id: r, hourly_cost: 700 }\n"
       "tasks:\n  - id: op\n  - id: patch\n  - id: backup\n"
       "component_types:\n"
       "  - id: srv\n    category: server\n    tasks:\n"
       "      - { task: op, hours: 1 }\n      - { task: patch, hours: 1 }\n      - { task: backup, "
       "hours: 1 }\n"
       "  - id: net\n    category: network\n    tasks:\n"
       "      - { task: op, hours: 1 }\n      - { task: patch, hours: 1 }\n"
       "service_levels:\n"
       "  - id: a\n    price: { hourly_rate: 1 }\n"
       "    includes:\n      - categories: [network]\n"
       "      - { types: [srv], tasks: [op] }\n"
       "    excludes:\n      - tags: [ot]\n"
       "  - id: b\n    extends: a\n    price: { hourly_rate: 1 }\n"
       "    includes:\n      - { tags: [prod], tasks: [patch, backup] }\n"
       "      - { municipalities: [m1], tasks: [backup] }\n"
       "      - { components: [m0/c3, m2/c5], tasks: [all] }\n"
       "    excludes:\n      - { municipalities: [m2], tags: [test] }\n"
       "      - { components: [m1/c4], tasks: [op] }\n"
       "  - id: c\n    price: { hourly_rate: 1 }\n"
       "    includes:\n      - { tags: [prod, test] }\n"
       "municipalities:\n";
  const char* tags[] = {"",           "[prod]",      "[ot]", "[test]", "[prod, test]",
                        "[ot, prod]", "[test, prod]"};
  for (int m = 0; m < 3; ++m) {
    f << "  - id: m" << m << "\n    components:\n";
    for (int c = 0; c < 14; ++c) {
      f << "      - id: c" << c << "\n        type: " << (c % 3 == 0 ? "net" : "srv") << "\n";
      if (*tags[c % 7]) f << "        tags: " << tags[c % 7] << "\n";
      if (c == 13) f << "        pin: transfer\n        reason: r\n";
      if (c == 12 && m == 1) f << "        pin: retain\n        reason: r\n";
    }
  }
  f << "scenarios:\n"
       "  - id: s1\n    default_level: b\n"
       "  - id: s2\n    default_level: a\n    levels: { m1: c, m2: none }\n"
       "  - id: s3\n    levels: { m0: c, m1: b }\n";
  return f.str();
}

}  // namespace

TEST_CASE("seeds() lists the pairs that is_seed() accepts") {
  const LoadResult r = load_model_from_string(model_text());
  REQUIRE_FALSE(r.diagnostics.has_errors());
  const Model& model = r.model;
  const PairGraph g(model);
  REQUIRE(model.scenarios.size() == 3);
  for (const Scenario& s : model.scenarios) {
    CAPTURE(s.id);
    const std::vector<char> locked = locked_components(model, s.level_of);
    std::vector<PairId> expected;
    for (Id c = 0; c < model.components.size(); ++c)
      for (std::uint32_t t = 0; t < g.task_count(c); ++t)
        if (is_seed(model, s.level_of, locked, c, t)) expected.push_back(g.pair(c, t));
    CHECK(seeds(g, s.level_of, locked) == expected);
    CHECK_FALSE(expected.empty());
  }
}
