#include "support/sample.h"

namespace opgavesnit::testing {

ModelBuilder sample_builder() {
  ModelBuilder b;
  b.type("dc", {{"operation", 10000}, {"monitoring", 2000}}, "facility");
  b.type("vm", {{"operation", 12000, true}, {"capacity", 1600, false, {"operation"}}}, "server");
  b.type("app", {{"operation", 5000}, {"backup", 1000}, {"patching", 500, false, {"operation"}}},
         "application");
  b.level("basis", 85000).include({.categories = {"facility"}});
  b.level("standard", 82000).parent("basis").include({.categories = {"server"}});
  b.level("fuld", 80000).parent("standard").include({.categories = {"application"}});
  b.municipality("a", 100);
  b.municipality("b", 300);
  b.component("a/dc", "dc");
  b.component("a/vm", "vm").on("a/dc");
  b.component("a/app", "app").on("a/vm");
  return b;
}

Model sample() {
  ModelBuilder b = sample_builder();
  b.scenario("s", "standard");
  return b.build();
}

}  // namespace opgavesnit::testing
