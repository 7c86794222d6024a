// The loader tests' helpers (tests/unit/load/): YAML from strings under a
// fake file name, the diagnostics rendered as `validate` writes them, and a
// small valid base model to load other files after.
#pragma once

#include <opgavesnit/load/loader.h>

#include <string>
#include <vector>

namespace opgavesnit::testing {

/// Every diagnostic of `r` as `validate --format text` writes it.
std::string render(const LoadResult& r);

/// The diagnostics of one file "m.yaml".
std::string diags_of(const std::string& text, const LoadLimits& limits = {});

/// The diagnostics of several files, loaded in the order given.
std::string diags_of_files(std::vector<SourceInput> files);

/// A valid model: tasks, two types (one with a marked foundation), two
/// levels (standard extends basis), two municipalities, one scenario. The
/// line numbers are in support/loader_fixture.cc.
extern const char* const kBase;

/// The diagnostics of "m.yaml" loaded after the valid "base.yaml".
std::string diags_with_base(const std::string& text);

/// Loads base.yaml (+ m.yaml when given) and requires no diagnostics.
Model load_ok(const std::string& text, bool with_base = false);

/// Loads and runs the planner checks of `validate` (conflict,
/// unsplittable-cost).
std::string validate_of(const std::string& text);

/// The component `qualified` of `m`; requires that there is one.
const Component& component(const Model& m, const std::string& qualified);

}  // namespace opgavesnit::testing
