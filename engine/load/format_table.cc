#include <opgavesnit/load/format_table.h>

#include <utility>

namespace opgavesnit::schema {

namespace {

Value scalar(Kind k) {
  Value v;
  v.kind = k;
  return v;
}
Value id() { return scalar(Kind::id); }
Value text() { return scalar(Kind::text); }
/// An id that must not be `reserved`.
Value id_except(std::string_view reserved) {
  Value v = id();
  v.reserved = reserved;
  return v;
}
Value money() {
  Value v = scalar(Kind::number);
  v.decimals = 2;
  return v;
}
/// Money or hours that may be given as a three-point estimate.
Value estimate() {
  Value v = money();
  v.range = true;
  return v;
}
Value decimal4() {
  Value v = scalar(Kind::number);
  v.decimals = 4;
  return v;
}
Value whole(std::int64_t min) {
  Value v = scalar(Kind::whole);
  v.min = min;
  return v;
}
Value choice(std::vector<std::string_view> choices) {
  Value v = scalar(Kind::choice);
  v.choices = std::move(choices);
  return v;
}
Value mapping(Shape s) {
  Value v = scalar(Kind::mapping);
  v.shape = s;
  return v;
}
/// A list of scalars of kind `item`.
Value list(Kind item, bool non_empty = false) {
  Value v = scalar(Kind::list);
  v.item = item;
  v.non_empty = non_empty;
  return v;
}
/// A list of mappings `s`.
Value list_of(Shape s, bool non_empty = false) {
  Value v = list(Kind::mapping, non_empty);
  v.shape = s;
  return v;
}

Key key(std::string_view name, Value value, std::string_view description, bool required = false) {
  return Key{name, std::move(value), required, description, {}};
}
/// An optional key with a default (as JSON text).
Key key_default(std::string_view name, Value value, std::string_view default_json,
                std::string_view description) {
  return Key{name, std::move(value), false, description, default_json};
}
Key required(std::string_view name, Value value, std::string_view description) {
  return key(name, std::move(value), description, true);
}

std::vector<ShapeSpec> make_shapes() {
  std::vector<ShapeSpec> s;
  s.push_back({Shape::file,
               "file",
               "a model file",
               "One file of an opgavesnit model: the format version, then any of the sections",
               {
                   required("opgavesnit", scalar(Kind::version), "The format version; always 1"),
                   key("region", mapping(Shape::region),
                       "Settings of the whole model; at most one in a model"),
                   key("tasks", list_of(Shape::task),
                       "The operational tasks (driftsopgaver) that can be split"),
                   key("component_types", list_of(Shape::component_type),
                       "Kinds of infrastructure component, with their tasks"),
                   key("service_levels", list_of(Shape::service_level),
                       "Candidate service levels (serviceniveauer) of the shared organisation"),
                   key("municipalities", list_of(Shape::municipality),
                       "The municipalities, each with its infrastructure components"),
                   key("scenarios", list_of(Shape::scenario),
                       "Variants: which municipality takes which level, plus economy settings"),
                   key("organisation", mapping(Shape::organisation),
                       "The shared IT service organisation's own economy; at most one in a model"),
               },
               {}});
  {
    Value fte = money();
    fte.positive = true;
    s.push_back(
        {Shape::region,
         "region",
         "'region'",
         "Settings of the whole model",
         {
             key("id", id(), "The region's id"),
             key("name", text(), "The region's name"),
             key_default("currency", text(), "\"DKK\"",
                         "The currency of all amounts; informational, default DKK"),
             key_default(
                 "hours_per_fte", fte, "1628",
                 "Productive hours in one full-time equivalent; default 1628, at most 2 decimals"),
             key("hourly_cost", estimate(),
                 "Own cost per hour for municipalities that set none; at most 2 decimals"),
         },
         {}});
  }
  s.push_back({Shape::task,
               "task",
               "a task",
               "An operational task (driftsopgave) that can be split",
               {
                   required("id", id_except("all"), "The task's id; 'all' is reserved"),
                   key("name", text(), "The task's name; reports fall back to the id"),
                   key("description", text(), "What the task covers"),
               },
               {}});
  s.push_back({Shape::component_type,
               "component_type",
               "a component type",
               "A kind of infrastructure component, with the tasks that apply to it",
               {
                   required("id", id(), "The component type's id"),
                   key("name", text(), "The component type's name"),
                   key("category", id(), "A free id that service-level rules select by"),
                   required("tasks", list_of(Shape::type_task, true),
                            "The tasks that apply to a component of this type; not empty"),
                   key("annual_cost_task", id(),
                       "One of the type's tasks: a component's annual cost moves only with it"),
               },
               {}});
  s.push_back(
      {Shape::type_task,
       "type_task",
       "a task of a component type",
       "A task of a component type, with its effort",
       {
           required("task", id(), "A defined task; once per type"),
           required("hours", estimate(),
                    "Effort per unit (per quantity) per year; at most 2 decimals"),
           key("foundation", scalar(Kind::boolean),
               "Dependents that need this component need this task; if no task of the type is "
               "marked, all are"),
           key("requires", list(Kind::id), "Tasks of this same type that must go with this one"),
       },
       {}});
  s.push_back(
      {Shape::service_level,
       "service_level",
       "a service level",
       "A candidate service level (serviceniveau) of the shared organisation",
       {
           required("id", id_except("none"), "The level's id; 'none' is reserved"),
           key("name", text(), "The level's name"),
           key("rank", whole(0), "Display order"),
           key("extends", id(), "A level whose includes and excludes this level inherits"),
           key("sla", mapping(Shape::sla), "Service level agreement, reported as given"),
           required("price", mapping(Shape::price), "What a municipality pays on this level"),
           key("includes", list_of(Shape::rule),
               "Rules selecting the (component, task) pairs this level takes over"),
           key("excludes", list_of(Shape::rule),
               "Rules selecting pairs this level never takes over, whatever includes them"),
       },
       {}});
  s.push_back(
      {Shape::sla,
       "sla",
       "'sla'",
       "Service level agreement; all keys optional",
       {
           key("availability", decimal4(), "Availability in percent; at most 4 decimals"),
           key("response_minutes", decimal4(), "Response time in minutes; at most 4 decimals"),
           key("support_hours", text(), "Support hours, as text"),
       },
       {}});
  s.push_back(
      {Shape::price,
       "price",
       "'price'",
       "The price of a service level",
       {
           required("hourly_rate", money(), "Price per transferred hour; at most 2 decimals"),
           key_default(
               "base_fee", money(), "0",
               "Fixed yearly fee per municipality on this level; default 0, at most 2 decimals"),
       },
       {}});
  {
    Value components = list(Kind::qualified_ref, true);
    s.push_back(
        {Shape::rule,
         "rule",
         "a rule",
         "A rule of includes or excludes: every filter given must hold; within a filter any listed "
         "value may match",
         {
             key("categories", list(Kind::id, true), "Component type categories"),
             key("types", list(Kind::id, true), "Component types"),
             key("tags", list(Kind::text, true), "Component tags: at least one must be listed"),
             key("components", components, "Components by qualified id ('municipality/id')"),
             key("municipalities", list(Kind::id, true), "Municipalities"),
             key("tasks", list(Kind::id, true), "Tasks; 'all' (the default) matches every task"),
         },
         {}});
  }
  s.push_back({Shape::municipality,
               "municipality",
               "a municipality",
               "A municipality with its infrastructure components",
               {
                   required("id", id(), "The municipality's id"),
                   key("name", text(), "The municipality's name"),
                   key("code", text(), "Official municipality code"),
                   key("population", whole(0), "Inhabitants; needed when a population key is used"),
                   key("hourly_cost", estimate(),
                       "Own cost per hour; default the region's; at most 2 decimals"),
                   key("candidate_levels", list(Kind::id),
                       "Levels this municipality may take; others draw a warning"),
                   key("components", list_of(Shape::component),
                       "The municipality's infrastructure components"),
               },
               {}});
  {
    Value depends_on = list(Kind::ref_or_mapping);
    depends_on.shape = Shape::dependency;
    s.push_back(
        {Shape::component,
         "component",
         "a component",
         "An infrastructure component",
         {
             required("id", id(), "The component's id, unique within its municipality"),
             required("type", id(), "A component type"),
             key("name", text(), "The component's name"),
             key_default("quantity", whole(1), "1", "Number of units; default 1"),
             key("site", text(), "Where it is; free text"),
             key("tags", list(Kind::text), "Free tags that service-level rules select by"),
             key_default("annual_cost", estimate(), "0",
                         "Licences, support, hardware per year; default 0, at most 2 decimals"),
             key_default("book_value", money(), "0",
                         "Asset value for contribution in kind; default 0, at most 2 decimals"),
             key("pin", choice({"retain", "transfer"}),
                 "retain: stays with the municipality whatever the level; transfer: handed over "
                 "whenever the municipality takes part"),
             key("reason", text(), "Why the component is pinned"),
             key("depends_on", depends_on,
                 "Components this one depends on: an id (kind hard) or a mapping with on, kind, "
                 "for"),
         },
         {}});
  }
  s.push_back(
      {Shape::dependency,
       "dependency",
       "a dependency",
       "A dependency on another component",
       {
           required("on", scalar(Kind::component_ref),
                    "The component depended on: a bare id (same municipality) or a qualified id"),
           key_default("kind", choice({"hard", "interface"}), "\"hard\"",
                       "hard (default): operated by the same party; interface: may be operated by "
                       "different "
                       "parties across a documented interface"),
           key("for", list(Kind::id, true),
               "Only these tasks of this component carry the dependency"),
       },
       {}});
  {
    Value levels = scalar(Kind::id_mapping);
    levels.item = Kind::id;
    levels.extra = "none";
    s.push_back(
        {Shape::scenario,
         "scenario",
         "a scenario",
         "A variant: which municipality takes which level, plus economy settings",
         {
             required("id", id(), "The scenario's id"),
             key("name", text(), "The scenario's name"),
             key("default_level", id(),
                 "The level of municipalities not listed in levels; default none"),
             key("levels", levels, "Municipality -> level, or none (does not take part)"),
             key_default(
                 "conflicts", choice({"strict", "drop"}), "\"strict\"",
                 "strict (default): a conflict is an error; drop: conflicting pairs stay local"),
             key("waves", mapping(Shape::waves), "Schedule the handover in periods"),
             key("common_costs", list_of(Shape::common_cost),
                 "Shared costs to split between municipalities"),
             key("ownership", mapping(Shape::ownership),
                 "Contributions to the company (cash and in kind) and ownership shares"),
         },
         {}});
  }
  {
    Value periods = list(Kind::text, true);
    periods.unique = true;
    s.push_back(
        {Shape::waves,
         "waves",
         "'waves'",
         "The handover in periods, under a capacity",
         {
             required("periods", periods, "The periods in order: distinct, non-empty texts"),
             required("capacity_hours", money(),
                      "Transferred hours that one period can take on; at most 2 decimals"),
         },
         {}});
  }
  {
    Value key_value = scalar(Kind::choice_or_mapping);
    key_value.shape = Shape::weights;
    key_value.choices = {"population", "equal", "hours"};
    s.push_back(
        {Shape::common_cost,
         "common_cost",
         "a common cost",
         "A shared cost to split between municipalities",
         {
             required("id", id(), "The common cost's id"),
             key("name", text(), "The common cost's name"),
             required("amount", money(), "The amount to split; at most 2 decimals"),
             required("key", key_value,
                      "population, equal, hours, or a mapping of weights that sum to 1"),
             key_default("among", choice({"all", "participating"}), "\"all\"",
                         "all (default): every municipality; participating: those that take part"),
             key("year", whole(2000), "The budget year it falls in; 2000-2100"),
         },
         {}});
  }
  s.push_back(
      {Shape::weights,
       "weights",
       "'key'",
       "Weights of a distribution key; they sum to 1",
       {
           key("population", decimal4(), "Weight of the population share; at most 4 decimals"),
           key("equal", decimal4(), "Weight of an equal share; at most 4 decimals"),
           key("hours", decimal4(), "Weight of the transferred-hours share; at most 4 decimals"),
       },
       {}});
  {
    Value fte = money();
    fte.positive = true;
    Value efficiency = scalar(Kind::id_mapping);
    efficiency.item = Kind::number;
    efficiency.decimals = 4;
    efficiency.range = true;
    s.push_back(
        {Shape::organisation,
         "organisation",
         "'organisation'",
         "The shared IT service organisation's own economy",
         {
             key("id", id(), "The organisation's id"),
             key("name", text(), "The organisation's name"),
             required("hourly_cost", estimate(),
                      "Its own cost per hour worked (salary, overhead); at most 2 decimals"),
             key_default("fixed_cost", estimate(), "0",
                         "Yearly fixed cost: management, premises, tools; default 0"),
             key("hours_per_fte", fte,
                 "Productive hours in one full-time equivalent; default the region's"),
             key("efficiency", efficiency,
                 "default or task id -> share of the transferred hours no longer needed by "
                 "pooling, 0 <= e < 1, at most 4 decimals; default 0"),
         },
         {}});
  }
  {
    Value key_value = scalar(Kind::choice_or_mapping);
    key_value.shape = Shape::weights;
    key_value.choices = {"population", "equal", "hours"};
    s.push_back(
        {Shape::ownership,
         "ownership",
         "'ownership'",
         "Contributions to the company and ownership shares",
         {
             key_default("capital", money(), "0",
                         "Cash share capital (kapitalindskud), split by key; default 0"),
             key("key", key_value,
                 "population, equal, hours, or a mapping of weights; required when capital > 0"),
             key_default("among", choice({"participating", "all"}), "\"participating\"",
                         "participating (default): those that take part; all: every "
                         "municipality"),
             key_default("in_kind", scalar(Kind::boolean), "true",
                         "Transferred assets' book values count as contributions in kind "
                         "(apportindskud); default true"),
         },
         {}});
  }
  {
    Value bound = money();
    s.push_back(
        {Shape::range,
         "range",
         "a range",
         "A three-point estimate: low <= likely <= high, each a valid value of the field",
         {
             required("low", bound, "The lowest plausible value"),
             required("likely", bound, "The most likely value; every command but risk uses it"),
             required("high", bound, "The highest plausible value"),
         },
         {}});
  }
  for (auto& shape : s)
    for (const auto& k : shape.keys) shape.key_names.push_back(k.name);
  return s;
}

}  // namespace

const std::vector<ShapeSpec>& shapes() {
  static const std::vector<ShapeSpec> all = make_shapes();
  return all;
}

const ShapeSpec& spec(Shape s) { return shapes()[static_cast<std::size_t>(s)]; }

const std::vector<std::string_view>& keys(Shape s) { return spec(s).key_names; }

const Key* find_key(Shape s, std::string_view name) {
  for (const auto& k : spec(s).keys)
    if (k.name == name) return &k;
  return nullptr;
}

const std::vector<std::string_view>& choices(Shape s, std::string_view name) {
  static const std::vector<std::string_view> kNone;
  const Key* k = find_key(s, name);
  return k ? k->value.choices : kNone;
}

}  // namespace opgavesnit::schema
