// The in-memory model: plain data, ids interned to dense integers.
//
// The loader (loader.h) fills it from YAML files and checks it; the engine
// (plan.h) reads it. Nothing here knows about YAML. All numbers that the
// spec calls money or hours are exact fixed-point values in hundredths
// (`Cents`): 12.5 hours is 1250, 700.10 kr. is 70010.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace opgavesnit {

/// A dense index into one of the model's tables.
using Id = std::uint32_t;
/// "No such thing": an unresolved reference, an absent optional id.
inline constexpr Id kNoId = 0xffffffffu;

/// Hundredths of an hour or of a krone (øre). Exact.
using Cents = std::int64_t;

/// A place in a source file, 0-based line and column (printed 1-based).
/// `file` indexes `Model::files`; kNoId for places outside any file.
struct SourcePos {
  Id file = kNoId;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// One loaded file: its path as given and its text (for carets).
struct SourceFile {
  std::string path;
  std::string text;
};

/// A three-point estimate (model-format.md, "Three-point estimates"):
/// `low <= likely <= high`, in the units of the field it belongs to
/// (hundredths for hours and money). The field itself holds `likely`, so
/// that every computation but `risk` is unchanged by a range.
struct Estimate {
  std::int64_t low = 0;
  std::int64_t likely = 0;
  std::int64_t high = 0;
  SourcePos pos;  ///< the range mapping
};

struct Task {
  std::string id;
  std::string name;  ///< empty when not given
  std::string description;
  SourcePos pos;
};

/// One task of a component type. Indices into `ComponentType::tasks` are
/// the type's *local* task indices.
struct TypeTask {
  Id task = kNoId;                            ///< index into Model::tasks
  Cents hours = 0;                            ///< per unit per year
  bool foundation = false;                    ///< as resolved: true for all when none is marked
  std::vector<std::uint32_t> requires_tasks;  ///< local indices, deduplicated
  std::optional<Estimate> hours_range;        ///< `hours` given as a range
  SourcePos pos;
};

struct ComponentType {
  std::string id;
  std::string name;
  Id category = kNoId;  ///< index into Model::categories; kNoId when absent
  std::vector<TypeTask> tasks;
  std::vector<std::uint32_t> foundation;  ///< local indices of foundation tasks
  /// The local index of `annual_cost_task`: a component's annual cost then
  /// moves only with that task. -1 when absent (it moves with any task).
  int annual_cost_task = -1;
  SourcePos pos;

  /// The local index of global task `task` in this type, or -1.
  int local_index(Id task) const {
    for (std::size_t i = 0; i < tasks.size(); ++i)
      if (tasks[i].task == task) return static_cast<int>(i);
    return -1;
  }
};

/// One filter of a rule; `given` is false when the key was absent.
struct Filter {
  bool given = false;
  std::vector<Id> values;  ///< sorted, deduplicated
};

/// An entry of a level's `includes` or `excludes`.
struct Rule {
  Filter categories;      ///< Model::categories
  Filter types;           ///< Model::types
  Filter tags;            ///< Model::tags
  Filter components;      ///< Model::components (global index)
  Filter municipalities;  ///< Model::municipalities
  Filter tasks;           ///< Model::tasks; not given, or `all` listed: every task
  SourcePos pos;
};

struct SlaEntry {
  std::string key;
  std::string value;  ///< the scalar as written
};

struct ServiceLevel {
  std::string id;
  std::string name;
  std::optional<std::int64_t> rank;
  Id extends = kNoId;  ///< index into Model::levels
  std::vector<SlaEntry> sla;
  Cents hourly_rate = 0;
  Cents base_fee = 0;
  std::vector<Rule> includes;
  std::vector<Rule> excludes;
  SourcePos pos;
};

enum class DepKind : std::uint8_t { hard, interface };
enum class Pin : std::uint8_t { none, retain, transfer };

struct Dependency {
  Id target = kNoId;  ///< index into Model::components
  DepKind kind = DepKind::hard;
  bool all_tasks = true;                 ///< `for` absent
  std::vector<std::uint32_t> for_tasks;  ///< local task indices of the *dependent's* type
  SourcePos pos;
};

struct Component {
  std::string id;         ///< bare id, unique within its municipality
  std::string qualified;  ///< "municipality/id"
  std::string name;
  Id municipality = kNoId;
  Id type = kNoId;
  std::int64_t quantity = 1;
  std::string site;
  std::vector<Id> tags;  ///< Model::tags, sorted, deduplicated
  Cents annual_cost = 0;
  std::optional<Estimate> annual_cost_range;  ///< `annual_cost` given as a range
  Cents book_value = 0;
  Pin pin = Pin::none;
  std::string reason;
  std::vector<Dependency> depends_on;
  SourcePos pos;
};

struct Municipality {
  std::string id;
  std::string name;
  std::string code;  ///< official code as written; empty when absent
  std::optional<std::int64_t> population;
  std::optional<Cents> hourly_cost;
  std::optional<Estimate> hourly_cost_range;  ///< `hourly_cost` given as a range
  std::vector<Id> candidate_levels;           ///< empty: every level is a candidate
  std::vector<Id> components;                 ///< indices into Model::components, in file order
  SourcePos pos;
};

enum class KeyBasis : std::uint8_t { population, equal, hours };

/// One part of a common cost's key; weight in ten-thousandths (1.0 = 10000).
struct KeyPart {
  KeyBasis basis = KeyBasis::equal;
  std::int64_t weight = 10000;
  SourcePos pos;
};

enum class Among : std::uint8_t { all, participating };

struct CommonCost {
  std::string id;
  std::string name;
  Cents amount = 0;
  std::vector<KeyPart> key;
  Among among = Among::all;
  std::optional<int> year;  ///< the budget year it falls in (2000-2100), when given
  SourcePos pos;
  SourcePos key_pos;
};

/// A scenario's `ownership`: cash capital split by a key, assets in kind.
struct Ownership {
  Cents capital = 0;         ///< kapitalindskud, split by `key`
  std::vector<KeyPart> key;  ///< empty when not given (only allowed with capital 0)
  Among among = Among::participating;
  bool in_kind = true;  ///< transferred assets' book values count (apportindskud)
  SourcePos pos;
  SourcePos key_pos;
};

enum class ConflictPolicy : std::uint8_t { strict, drop };

struct Waves {
  std::vector<std::string> periods;
  Cents capacity_hours = 0;
  SourcePos pos;
  SourcePos periods_pos;  ///< where `periods` is written
};

struct Scenario {
  std::string id;
  std::string name;
  Id default_level = kNoId;  ///< kNoId: `none`
  /// The level of each municipality (index = municipality), kNoId for none.
  std::vector<Id> level_of;
  ConflictPolicy conflicts = ConflictPolicy::strict;
  std::optional<Waves> waves;
  std::vector<CommonCost> common_costs;
  std::optional<Ownership> ownership;
  SourcePos pos;
};

struct Region {
  std::string id;
  std::string name;
  std::string currency = "DKK";
  Cents hours_per_fte = 162800;
  std::optional<Cents> hourly_cost;
  std::optional<Estimate> hourly_cost_range;  ///< `hourly_cost` given as a range
  SourcePos pos;
};

/// An entry of the organisation's `efficiency`: a share in ten-thousandths
/// (0.35 = 3500), 0 <= value < 10000.
struct Efficiency {
  Id task = kNoId;  ///< index into Model::tasks; kNoId for `default`
  std::int64_t value = 0;
  std::optional<Estimate> range;  ///< the value given as a range (ten-thousandths)
  SourcePos pos;
};

/// The shared IT service organisation's own economy (`organisation`).
struct Organisation {
  std::string id;
  std::string name;
  Cents hourly_cost = 0;  ///< its own cost per hour worked
  std::optional<Estimate> hourly_cost_range;
  Cents fixed_cost = 0;  ///< yearly
  std::optional<Estimate> fixed_cost_range;
  std::optional<Cents> hours_per_fte;  ///< absent: the region's
  std::optional<Efficiency> efficiency_default;
  std::vector<Efficiency> efficiency;  ///< by task, in file order, one per task
  /// The efficiency of each task (index = Model::tasks), in ten-thousandths:
  /// its own, else the default, else 0. Filled by the loader.
  std::vector<std::int64_t> efficiency_of;
  SourcePos pos;
};

/// A whole model, merged from all its files.
struct Model {
  std::vector<SourceFile> files;
  Region region;
  std::vector<Task> tasks;
  std::vector<ComponentType> types;
  std::vector<ServiceLevel> levels;
  std::vector<Municipality> municipalities;
  std::vector<Component> components;
  std::vector<Scenario> scenarios;
  std::optional<Organisation> organisation;
  std::vector<std::string> categories;  ///< interned category names
  std::vector<std::string> tags;        ///< interned tag names

  /// Look-ups by id text; kNoId when absent.
  Id find_task(std::string_view id) const;
  Id find_type(std::string_view id) const;
  Id find_level(std::string_view id) const;
  Id find_municipality(std::string_view id) const;
  Id find_scenario(std::string_view id) const;
  /// By qualified id "municipality/component".
  Id find_component(std::string_view qualified) const;

  /// Rebuilds the look-up tables after the tables above changed.
  void index();

 private:
  std::unordered_map<std::string, Id> task_index_, type_index_, level_index_, municipality_index_,
      scenario_index_, component_index_;
};

/// True when `s` is a valid id: [a-z0-9][a-z0-9._-]*, at most 64 bytes.
bool is_valid_id(const std::string& s);

/// The model's own spelling of each choice ("retain", "participating", ...),
/// and `<<` for them and for a place ("file#0:3:7"), so that a failed test
/// check prints the value rather than "{?}".
const char* to_string(Pin p);
const char* to_string(DepKind k);
const char* to_string(KeyBasis b);
const char* to_string(Among a);
const char* to_string(ConflictPolicy c);
std::ostream& operator<<(std::ostream& os, Pin p);
std::ostream& operator<<(std::ostream& os, DepKind k);
std::ostream& operator<<(std::ostream& os, KeyBasis b);
std::ostream& operator<<(std::ostream& os, Among a);
std::ostream& operator<<(std::ostream& os, ConflictPolicy c);
std::ostream& operator<<(std::ostream& os, const SourcePos& pos);
std::ostream& operator<<(std::ostream& os, const Estimate& e);

}  // namespace opgavesnit
