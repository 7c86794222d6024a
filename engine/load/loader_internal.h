// Internal to the loader: what one file says, before references are resolved.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/yaml/tree.h>

#include <optional>
#include <string>
#include <vector>

namespace opgavesnit::detail {

/// A reference by id text, with where it was written.
struct Ref {
  std::string text;
  SourcePos pos;
};

struct RawTypeTask {
  Ref task;
  Cents hours = 0;
  std::optional<Estimate> hours_range;
  bool foundation = false;
  std::vector<Ref> requires_tasks;
  SourcePos pos;
};

struct RawType {
  ComponentType type;  // id, name, pos
  std::optional<Ref> category;
  std::vector<RawTypeTask> tasks;
  std::optional<Ref> annual_cost_task;
};

struct RawFilter {
  bool given = false;
  std::vector<Ref> values;
};

struct RawRule {
  RawFilter categories, types, tags, components, municipalities, tasks;
  SourcePos pos;
};

struct RawLevel {
  ServiceLevel level;  // id, name, rank, sla, price, pos
  std::optional<Ref> extends;
  std::vector<RawRule> includes, excludes;
};

struct RawDependency {
  Ref on;
  DepKind kind = DepKind::hard;
  bool all_tasks = true;
  std::vector<Ref> for_tasks;
  SourcePos pos;
};

struct RawComponent {
  Component component;  // id, name, quantity, site, costs, pin, reason, pos
  Ref type;
  std::vector<std::string> tags;
  std::vector<RawDependency> depends_on;
  SourcePos pin_pos;
};

struct RawMunicipality {
  Municipality municipality;  // id, name, code, population, hourly_cost, pos
  std::vector<Ref> candidate_levels;
  std::vector<RawComponent> components;
};

struct RawScenario {
  Scenario scenario;  // id, name, conflicts, waves, common costs (resolved in place), pos
  std::optional<Ref> default_level;  // absent: none
  std::vector<std::pair<Ref, Ref>> levels;
};

struct RawOrganisation {
  Organisation organisation;  // id, name, costs, hours_per_fte, default efficiency, pos
  std::vector<std::pair<Ref, std::int64_t>> efficiency;    // task -> ten-thousandths
  std::vector<std::optional<Estimate>> efficiency_ranges;  // the same order: given as a range
};

/// Everything one file defines.
struct RawFile {
  std::vector<Region> regions;
  std::vector<Task> tasks;
  std::vector<RawType> types;
  std::vector<RawLevel> levels;
  std::vector<RawMunicipality> municipalities;
  std::vector<RawScenario> scenarios;
  std::vector<RawOrganisation> organisations;
};

/// Reads one parsed file into `out`, reporting shape problems (unknown and
/// missing keys, types, ids, numbers, enumerations).
void read_file(const yaml::Tree& tree, Id file, RawFile& out, Diagnostics& diags);

/// Merges the files' contents (in file order) into `model`, resolving
/// references and reporting every problem that needs the whole model.
void resolve_model(std::vector<RawFile>& files, Model& model, Diagnostics& diags);

/// Reports a note `dependency-cycle` per strongly connected group of two or
/// more components in the hard dependencies, with the shortest cycle
/// through the member with the smallest qualified id.
void check_dependency_cycles(const Model& model, Diagnostics& diags);

/// Reports `too-many-components` or `too-many-dependencies` (at the first
/// one over the limit, in file order) and returns false when the files
/// together hold more than `limits` allow.
bool check_model_limits(const std::vector<RawFile>& files, const LoadLimits& limits,
                        Diagnostics& diags);

}  // namespace opgavesnit::detail
