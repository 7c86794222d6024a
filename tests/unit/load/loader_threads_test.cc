// The loader parses files in parallel (LoadLimits::threads) and validate
// plans scenarios in parallel: neither the model nor the diagnostics, nor
// their order, may depend on the number of threads.
#include <doctest/doctest.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>

#include <sstream>
#include <string>
#include <vector>

using namespace opgavesnit;

namespace {

/// Ten files of different sizes: shared definitions, municipalities with
/// cross-municipal dependencies, a few errors spread over the files, and a
/// strict scenario with a conflict (warnings from check_scenarios).
std::vector<SourceInput> sources() {
  std::vector<SourceInput> out;
  out.push_back({"a-shared.yaml",
                 "opgavesnit: 1\n"
                 "region: { id: r, hourly_cost: 700 }\n"
                 "tasks:\n  - id: op\n  - id: patch\n"
                 "component_types:\n"
                 "  - id: srv\n    category: server\n    tasks:\n"
                 "      - { task: op, hours: 10 }\n      - { task: patch, hours: 2 }\n"
                 "service_levels:\n"
                 "  - id: basis\n    price: { hourly_rate: 800 }\n"
                 "    includes:\n      - categories: [server]\n"
                 "scenarios:\n"
                 "  - id: strict\n    default_level: basis\n"
                 "  - id: drop\n    default_level: basis\n    conflicts: drop\n"});
  for (int m = 0; m < 9; ++m) {
    std::ostringstream f;
    f << "opgavesnit: 1\nmunicipalities:\n  - id: m" << m << "\n    population: " << 1000 + m
      << "\n    components:\n";
    const int n = 3 + 7 * m;  // different sizes: the largest files start first
    for (int c = 0; c < n; ++c) {
      f << "      - id: c" << c << "\n        type: srv\n";
      if (c > 0) f << "        depends_on: [c" << c - 1 << "]\n";
      if (c == 0 && m > 0) f << "        depends_on: [m" << m - 1 << "/c0]\n";
      if (c == 0 && m % 3 == 0) f << "        pin: retain\n        reason: local\n";
    }
    if (m == 4) f << "      - id: c1\n        type: srv\n";                      // duplicate id
    if (m == 6) f << "      - id: x\n        type: srvv\n";                      // unknown type
    if (m == 7) f << "      - id: y\n        type: srv\n        colour: red\n";  // unknown key
    out.push_back({"m" + std::to_string(m) + ".yaml", f.str()});
  }
  return out;
}

std::string render(const LoadResult& r, const Diagnostics& d) {
  std::ostringstream out;
  write_diagnostics(out, r.model.files, d, DiagnosticFormat::text, false, false);
  for (const Component& c : r.model.components) out << c.qualified << '\n';
  return out.str();
}

}  // namespace

TEST_CASE("loading gives the same model and diagnostics on any number of threads") {
  LoadLimits one;
  one.threads = 1;
  const LoadResult first = load_model(sources(), one);
  const std::string expected = render(first, first.diagnostics);
  CHECK(expected.find("[duplicate-id]") != std::string::npos);
  CHECK(expected.find("[unknown-type]") != std::string::npos);
  CHECK(expected.find("[unknown-key]") != std::string::npos);
  for (std::size_t threads : {2u, 3u, 8u, 0u}) {
    LoadLimits limits;
    limits.threads = threads;
    const LoadResult r = load_model(sources(), limits);
    CHECK(render(r, r.diagnostics) == expected);
  }
}

TEST_CASE("check_scenarios reports in scenario order whatever the threads") {
  std::vector<SourceInput> files = sources();
  // Drop the broken additions so that the model can be planned.
  for (SourceInput& f : files) {
    for (const char* bad :
         {"      - id: c1\n        type: srv\n", "      - id: x\n        type: srvv\n",
          "      - id: y\n        type: srv\n        colour: red\n"}) {
      const std::string b = bad;
      if (f.text.size() >= b.size() && f.text.compare(f.text.size() - b.size(), b.size(), b) == 0)
        f.text.erase(f.text.size() - b.size());
    }
  }
  const LoadResult r = load_model(files);
  REQUIRE_FALSE(r.diagnostics.has_errors());
  Diagnostics d;
  check_scenarios(r.model, d);
  REQUIRE(d.items().size() > 0);  // the strict scenario reaches the retained components
  for (const Diagnostic& item : d.items()) CHECK(item.rule == "conflict");
  for (const Diagnostic& item : d.items())
    CHECK(item.message.rfind("in scenario 'strict', ", 0) == 0);
  Diagnostics again;
  check_scenarios(r.model, again);
  CHECK(render(r, again) == render(r, d));
}
