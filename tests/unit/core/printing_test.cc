// The domain types print by name, so that a failed CHECK shows the value
// ("retain", "file#0:3:7") rather than doctest's "{?}".
#include <doctest/doctest.h>
#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/task_matrix.h>
#include <opgavesnit/report/locale.h>

#include <string>

using namespace opgavesnit;

namespace {

/// What a failed CHECK prints for `value` (doctest's own toString() shows an
/// enum as its number; CHECK goes through StringMaker, which uses `<<`).
template <class T>
std::string shown(const T& value) {
  return doctest::StringMaker<T>::convert(value).c_str();
}

}  // namespace

TEST_CASE("printing: enums by their model spelling") {
  CHECK(shown(Pin::retain) == "retain");
  CHECK(shown(Pin::none) == "none");
  CHECK(shown(DepKind::interface) == "interface");
  CHECK(shown(KeyBasis::hours) == "hours");
  CHECK(shown(Among::participating) == "participating");
  CHECK(shown(ConflictPolicy::drop) == "drop");
  CHECK(shown(Severity::warning) == "warning");
  CHECK(shown(Status::split) == "split");
  CHECK(shown(Direction::upstream) == "upstream");
  CHECK(shown(Holder::not_applicable) == "n/a");
  CHECK(shown(Lang::da) == "da");
}

TEST_CASE("printing: places, estimates and diagnostics") {
  CHECK(shown(SourcePos{0, 2, 6}) == "file#0:3:7");
  CHECK(shown(SourcePos{}) == "(no file)");
  CHECK(shown(Estimate{1200, 1600, 3000, {}}) == "{1200, 1600, 3000}");
  Diagnostic d;
  d.severity = Severity::error;
  d.rule = "unknown-type";
  d.message = "unknown component type 'x'";
  d.pos = {1, 0, 0};
  CHECK(shown(d) == "error [unknown-type] unknown component type 'x' at file#1:1:1");
}
