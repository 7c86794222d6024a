// The economy sections of the HTML report: escaped model text, the two
// charts, and bars below the axis for a negative net change.
#include <doctest/doctest.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/plan_html.h>

#include <sstream>
#include <string>

using namespace opgavesnit;

namespace {

/// a hands over a vm in 2027-H2 at a rate below its own hourly cost (a
/// negative net change); the names try to be markup.
const char* const kModel =
    "opgavesnit: 1\n"
    "region: {id: r, hourly_cost: 700}\n"
    "tasks: [{id: operation}]\n"
    "component_types:\n"
    "  - id: vm\n"
    "    tasks: [{task: operation, hours: 100}]\n"
    "service_levels:\n"
    "  - id: std\n"
    "    price: {hourly_rate: 500}\n"
    "    includes: [{types: [vm]}]\n"
    "municipalities:\n"
    "  - id: a\n"
    "    name: \"<b>A</b>\"\n"
    "    population: 100\n"
    "    components: [{id: vm, type: vm, book_value: 1000}]\n"
    "scenarios:\n"
    "  - id: s\n"
    "    default_level: std\n"
    "    waves: {periods: [2027-H1, 2027-H2], capacity_hours: 100}\n"
    "    ownership: {capital: 1000, key: population}\n"
    "organisation:\n"
    "  name: \"<script>alert(1)</script>\"\n"
    "  hourly_cost: 400\n";

std::string report(Lang lang) {
  LoadResult r = load_model_from_string(kModel, "m.yaml");
  REQUIRE(!r.diagnostics.has_errors());
  Diagnostics d;
  const Plan plan = make_plan(r.model, 0, d);
  REQUIRE(!d.has_errors());
  std::ostringstream out;
  write_plan_html(out, r.model, plan, lang, {});
  return out.str();
}

}  // namespace

TEST_CASE("plan html economy: sections, charts, escaping") {
  const std::string html = report(Lang::en);
  CHECK(html.find("<section id=\"organisation\">") != std::string::npos);
  CHECK(html.find("<section id=\"budget\">") != std::string::npos);
  CHECK(html.find("<section id=\"ownership\">") != std::string::npos);
  CHECK(html.find("id=\"chart-net-change\"") != std::string::npos);
  CHECK(html.find("id=\"chart-organisation\"") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<b>A</b>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;b&gt;A&lt;/b&gt; 2027: DKK -") != std::string::npos);
  // The same plan gives the same bytes.
  CHECK(report(Lang::en) == html);
}

TEST_CASE("plan html economy: Danish labels") {
  const std::string html = report(Lang::da);
  for (const char* word : {"Kapitalindskud", "Apportindskud", "Ejerandel", "Frigjort", "Resultat",
                           "Gevinst", "Organisationens resultat", "Nettoændring pr. år"})
    CHECK_MESSAGE(html.find(word) != std::string::npos, word);
}
