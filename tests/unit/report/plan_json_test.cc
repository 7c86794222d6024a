// plan --format json of a small plan (the sample model of support/sample.h
// with a retained and a split component and a schedule), whole text.
#include <doctest/doctest.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/plan_json.h>

#include <string>

#include "support/plan_fixture.h"
#include "support/sample.h"

using namespace opgavesnit;
using namespace opgavesnit::testing;

TEST_CASE("plan json") {
  ModelBuilder b = sample_builder();
  b.component("a/scada", "app").on("a/vm").retain("ot network");
  b.component("a/esdh", "app").on("a/scada", {"backup"}).annual(12345).book(100000);
  b.component("b/vm", "vm");
  b.scenario("s", "standard")
      .set("b", "none")
      .schedule({"2027-Q1", "2027-\"Q2\""}, 1000000)
      .cost("transition", 100000, {{KeyBasis::population, 8000}, {KeyBasis::equal, 2000}});
  const Model m = b.build();
  const Plan p = plan_of(m, "s");
  const std::string expected = R"({
  "format": "opgavesnit-plan",
  "version": 1,
  "scenario": "s",
  "consistent": true,
  "municipalities": [
    {
      "id": "a",
      "level": "standard",
      "components": [
        {
          "id": "a/app",
          "status": "retained",
          "tasks": []
        },
        {
          "id": "a/dc",
          "status": "transferred",
          "tasks": ["monitoring", "operation"],
          "wave": 1,
          "period": "2027-Q1"
        },
        {
          "id": "a/esdh",
          "status": "retained",
          "tasks": []
        },
        {
          "id": "a/scada",
          "status": "retained",
          "tasks": []
        },
        {
          "id": "a/vm",
          "status": "transferred",
          "tasks": ["capacity", "operation"],
          "wave": 2,
          "period": "2027-Q1"
        }
      ],
      "interfaces": [
        {
          "from": "a/app",
          "to": "a/vm",
          "kind": "hard",
          "direction": "service"
        },
        {
          "from": "a/scada",
          "to": "a/vm",
          "kind": "hard",
          "direction": "service"
        }
      ],
      "conflicts": [],
      "dropped": [],
      "hours_total": 451,
      "hours_transferred": 256,
      "fte_transferred": 0.157,
      "baseline_cost": 315823.45,
      "transferred_cost": 179200,
      "price": 209920,
      "net_change": 30720,
      "assets": 0,
      "common_costs": {
        "transition": 300
      }
    },
    {
      "id": "b",
      "level": "none",
      "components": [
        {
          "id": "b/vm",
          "status": "retained",
          "tasks": []
        }
      ],
      "interfaces": [],
      "conflicts": [],
      "dropped": [],
      "hours_total": 136,
      "hours_transferred": 0,
      "fte_transferred": 0,
      "baseline_cost": 95200,
      "transferred_cost": 0,
      "price": 0,
      "net_change": 0,
      "assets": 0,
      "common_costs": {
        "transition": 700
      }
    }
  ],
  "unscheduled": [],
  "totals": {
    "hours_transferred": 256,
    "fte_transferred": 0.157,
    "price": 209920,
    "assets": 0
  }
}
)";
  CHECK(json_of(m, p) == expected);
}
