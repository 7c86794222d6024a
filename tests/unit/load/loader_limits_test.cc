// The model-wide limits of LoadLimits (engine/loader_limits.cc): the number
// of components and of dependencies, counted over every file in file order.
// The per-file limits (depth, aliases, file size, line length) are tested
// in loader_test.cc.
#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/load/loader.h>

#include <sstream>
#include <string>

using namespace opgavesnit;

namespace {

std::string render(const LoadResult& r) {
  std::ostringstream out;
  write_diagnostics(out, r.model.files, r.diagnostics, DiagnosticFormat::text, false, false);
  return out.str();
}

const char* const kFileA =
    "opgavesnit: 1\n"
    "region: {id: r, hourly_cost: 500}\n"
    "tasks: [{id: operation}]\n"
    "component_types: [{id: t, tasks: [{task: operation, hours: 1}]}]\n"
    "municipalities:\n"
    "  - id: m\n"
    "    components:\n"
    "      - id: x\n"
    "        type: t\n"
    "      - id: y\n"
    "        type: t\n"
    "        depends_on: [x]\n";
const char* const kFileB =
    "opgavesnit: 1\n"
    "municipalities:\n"
    "  - id: n\n"
    "    components:\n"
    "      - id: z\n"
    "        type: t\n"
    "        depends_on: [m/x, m/y]\n";

LoadResult load_ab(const LoadLimits& limits) {
  return load_model({{"a.yaml", kFileA}, {"b.yaml", kFileB}}, limits);
}

}  // namespace

TEST_CASE("loader limits: the defaults are far above a national model") {
  LoadLimits limits;
  CHECK(limits.max_components == 2000000);
  CHECK(limits.max_dependencies == 20000000);
  LoadResult r = load_ab(limits);
  CHECK(render(r) == "");
  CHECK(r.model.components.size() == 3);
}

TEST_CASE("loader limits: too-many-components") {
  LoadLimits limits;
  SUBCASE("at the limit is fine") {
    limits.max_components = 3;
    CHECK(render(load_ab(limits)) == "");
  }
  SUBCASE("one over, in the second file: at the first component over the limit, and nothing more") {
    limits.max_components = 2;
    LoadResult r = load_ab(limits);
    CHECK(render(r) ==
          "b.yaml:5:13: error: the model has more than the limit of 2 components (raise it with "
          "--limit components=N) [too-many-components]\n"
          "      - id: z\n"
          "            ^\n");
    CHECK(r.diagnostics.has_errors());
  }
}

TEST_CASE("loader limits: too-many-dependencies") {
  LoadLimits limits;
  SUBCASE("at the limit is fine") {
    limits.max_dependencies = 3;
    CHECK(render(load_ab(limits)) == "");
  }
  SUBCASE("one over: at the first dependency over the limit") {
    limits.max_dependencies = 2;
    CHECK(render(load_ab(limits)) ==
          "b.yaml:7:27: error: the model has more than the limit of 2 dependencies (raise it with "
          "--limit dependencies=N) [too-many-dependencies]\n"
          "        depends_on: [m/x, m/y]\n"
          "                          ^\n");
  }
  SUBCASE("both limits: both reported") {
    limits.max_components = 1;
    limits.max_dependencies = 1;
    const std::string out = render(load_ab(limits));
    CHECK(out.find("a.yaml:10:13: error: the model has more than the limit of 1 components") == 0);
    CHECK(out.find("b.yaml:7:22: error: the model has more than the limit of 1 dependencies") !=
          std::string::npos);
  }
}
