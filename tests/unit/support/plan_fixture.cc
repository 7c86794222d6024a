#include "support/plan_fixture.h"

#include <doctest/doctest.h>
#include <opgavesnit/report/plan_json.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace opgavesnit::testing {

Plan plan_of(const Model& m, const std::string& scenario, Diagnostics* out) {
  Diagnostics diags;
  Plan p = make_plan(m, m.find_scenario(scenario), diags);
  if (out)
    *out = diags;
  else
    REQUIRE(diags.empty());
  return p;
}

const ComponentPlan& comp(const Model& m, const Plan& p, const std::string& q) {
  const Id c = m.find_component(q);
  REQUIRE(c != kNoId);
  return p.components[c];
}

std::string tasks(const Model& m, const Plan& p, const std::string& q) {
  const Id c = m.find_component(q);
  std::vector<std::string> ids;
  for (std::uint32_t t : p.components[c].tasks)
    ids.push_back(m.tasks[m.types[m.components[c].type].tasks[t].task].id);
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

const MunicipalityPlan& muni(const Model& m, const Plan& p, const std::string& id) {
  return p.municipalities[m.find_municipality(id)];
}

std::string json_of(const Model& m, const Plan& p) {
  std::ostringstream os;
  write_plan_json(os, m, p);
  return os.str();
}

}  // namespace opgavesnit::testing
