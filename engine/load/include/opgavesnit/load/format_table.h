// The shape of the model format (model-format.md) as data: every mapping of
// a model file, its keys in canonical order, what each key's value is, and
// whether it is required. The loader takes its allowed keys and enumeration
// values from here, `opgavesnit schema` turns it into a JSON Schema, and
// `opgavesnit fmt` orders keys by it, so the three cannot drift apart.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace opgavesnit::schema {

/// The mappings of the format. `file` is a whole model file.
enum class Shape : std::uint8_t {
  file,
  region,
  task,
  component_type,
  type_task,
  service_level,
  sla,
  price,
  rule,
  municipality,
  component,
  dependency,
  scenario,
  waves,
  common_cost,
  weights,
  organisation,
  ownership,
  range,  ///< a three-point estimate {low, likely, high} (a number key with `range` set)
  none,   ///< not a shape: a key whose value is no mapping
};

/// What a value is.
enum class Kind : std::uint8_t {
  version,           ///< the format version: the plain number 1
  id,                ///< an id: [a-z0-9][a-z0-9._-]*, at most 64 characters
  component_ref,     ///< a component: 'id' (same municipality) or 'municipality/id'
  qualified_ref,     ///< a component's qualified id: 'municipality/id'
  text,              ///< any scalar, read as its text
  number,            ///< a number >= 0 with at most `decimals` decimals, below 10^12
  whole,             ///< a whole number >= `min`
  boolean,           ///< true or false
  choice,            ///< one of `choices`
  list,              ///< a list of `item`s
  mapping,           ///< the mapping `shape`
  id_mapping,        ///< a mapping from ids to `item`s (free keys)
  ref_or_mapping,    ///< a component reference (short form) or the mapping `shape`
  choice_or_mapping  ///< one of `choices` or the mapping `shape`
};

/// The value of a key, or an item of a list. Items are scalars or mappings.
struct Value {
  Kind kind = Kind::text;
  Shape shape = Shape::none;  ///< mapping, ref_or_mapping, choice_or_mapping; list/id_mapping items
                              ///< that are mappings
  Kind item =
      Kind::text;  ///< items of list and id_mapping (mapping or ref_or_mapping: see `shape`)
  std::vector<std::string_view>
      choices;       ///< choice, choice_or_mapping; for list/id_mapping items: the items' choices
  int decimals = 0;  ///< number (and list items that are numbers)
  bool positive = false;      ///< number: must be > 0
  bool range = false;         ///< number: may also be a three-point estimate (Shape::range)
  std::int64_t min = 0;       ///< whole
  bool non_empty = false;     ///< list: must have an item
  bool unique = false;        ///< list: items are distinct
  std::string_view extra;     ///< a scalar value besides the items' kind (id_mapping: "none")
  std::string_view reserved;  ///< id: a value that is not allowed ("all" for tasks)
};

/// One key of a mapping.
struct Key {
  std::string_view name;
  Value value;
  bool required = false;
  std::string_view description;   ///< one line, shown by editors on hover
  std::string_view default_json;  ///< the default as JSON text ("1628", "\"DKK\""), or ""
};

/// One mapping of the format.
struct ShapeSpec {
  Shape shape = Shape::none;
  std::string_view name;                    ///< identifier in the JSON Schema: "component_type"
  std::string_view what;                    ///< in messages: "a component type"
  std::string_view description;             ///< one line
  std::vector<Key> keys;                    ///< in canonical order (that of model-format.md)
  std::vector<std::string_view> key_names;  ///< the names of `keys`, in the same order
};

/// Every shape, indexed by Shape (file first, range last).
const std::vector<ShapeSpec>& shapes();

/// The spec of one shape (`s` must not be Shape::none).
const ShapeSpec& spec(Shape s);

/// The allowed keys of `s`, in canonical order.
const std::vector<std::string_view>& keys(Shape s);

/// The key `name` of `s`, or nullptr.
const Key* find_key(Shape s, std::string_view name);

/// The enumeration values of key `name` of `s` (empty when it has none), in
/// the order of the engine's enums (`pin`: retain, transfer).
const std::vector<std::string_view>& choices(Shape s, std::string_view name);

}  // namespace opgavesnit::schema
