#include <opgavesnit/load/format_table.h>
#include <opgavesnit/load/schema_json.h>

#include <nlohmann/json.hpp>
#include <string_view>

namespace opgavesnit {

namespace {

using Json = nlohmann::ordered_json;
using schema::Kind;
using schema::Shape;
using schema::Value;

constexpr std::string_view kIdPart = "[a-z0-9][a-z0-9._-]{0,63}";
constexpr std::int64_t kTooLarge = 1000000000000;  // 10^12

std::string ref_to(Shape s) { return "#/definitions/" + std::string(schema::spec(s).name); }

/// Scalars that YAML reads as numbers or booleans are text by their
/// spelling to the loader (an id may be `707`), so "text" admits them.
Json text_types() { return Json::array({"string", "number", "boolean"}); }

Json id_schema() {
  Json j;
  j["type"] = text_types();
  j["pattern"] = "^" + std::string(kIdPart) + "$";
  j["minimum"] = 0;  // a number that is an id: no sign
  return j;
}

/// The schema of a scalar kind, or of a mapping shape.
Json scalar_schema(Kind kind, const Value& v) {
  Json j;
  switch (kind) {
    case Kind::version:
      j["const"] = 1;
      break;
    case Kind::id:
      j = id_schema();
      if (!v.reserved.empty()) j["not"] = Json{{"const", std::string(v.reserved)}};
      break;
    case Kind::component_ref:
      j["type"] = text_types();
      j["pattern"] = "^" + std::string(kIdPart) + "(/" + std::string(kIdPart) + ")?$";
      j["minimum"] = 0;
      break;
    case Kind::qualified_ref:
      j["type"] = "string";
      j["pattern"] = "^" + std::string(kIdPart) + "/" + std::string(kIdPart) + "$";
      break;
    case Kind::text:
      j["type"] = text_types();
      break;
    case Kind::number:
      j["type"] = "number";
      if (v.positive)
        j["exclusiveMinimum"] = 0;
      else
        j["minimum"] = 0;
      j["exclusiveMaximum"] = kTooLarge;
      break;
    case Kind::whole:
      j["type"] = "integer";
      j["minimum"] = v.min;
      j["exclusiveMaximum"] = kTooLarge;
      break;
    case Kind::boolean:
      j["type"] = "boolean";
      break;
    case Kind::choice:
      j["type"] = "string";
      j["enum"] = Json::array();
      for (auto c : v.choices) j["enum"].push_back(std::string(c));
      break;
    case Kind::mapping:
      j["$ref"] = ref_to(v.shape);
      break;
    case Kind::ref_or_mapping:
      j["anyOf"] =
          Json::array({scalar_schema(Kind::component_ref, v), Json{{"$ref", ref_to(v.shape)}}});
      break;
    case Kind::choice_or_mapping: {
      Json names{{"type", "string"}, {"enum", Json::array()}};
      for (auto c : v.choices) names["enum"].push_back(std::string(c));
      j["anyOf"] = Json::array({names, Json{{"$ref", ref_to(v.shape)}}});
      break;
    }
    case Kind::list:
    case Kind::id_mapping:
      break;  // not scalars: see value_schema
  }
  return j;
}

/// A number, or a three-point estimate of numbers of the same kind.
Json number_or_range(const Json& bound) {
  Json range;
  range["type"] = "object";
  range["properties"] = Json{{"low", bound}, {"likely", bound}, {"high", bound}};
  range["required"] = Json::array({"low", "likely", "high"});
  range["additionalProperties"] = false;
  Json j;
  j["anyOf"] = Json::array({bound, range});
  return j;
}

Json value_schema(const Value& v) {
  if (v.kind == Kind::list) {
    Json j;
    j["type"] = "array";
    j["items"] = scalar_schema(v.item, v);
    if (v.item == Kind::text && v.unique) j["items"]["minLength"] = 1;  // periods
    if (v.non_empty) j["minItems"] = 1;
    if (v.unique) j["uniqueItems"] = true;
    return j;
  }
  if (v.kind == Kind::id_mapping) {
    Json j;
    j["type"] = "object";
    j["propertyNames"] = Json{{"pattern", "^" + std::string(kIdPart) + "$"}};
    j["additionalProperties"] = v.item == Kind::number && v.range
                                    ? number_or_range(scalar_schema(v.item, v))
                                    : scalar_schema(v.item, v);
    return j;
  }
  if (v.kind == Kind::number && v.range) return number_or_range(scalar_schema(Kind::number, v));
  return scalar_schema(v.kind, v);
}

/// The object schema of a shape: its keys, required keys, nothing else.
Json shape_schema(const schema::ShapeSpec& s, bool with_title) {
  Json j;
  if (with_title) j["title"] = std::string(s.what);
  j["description"] = std::string(s.description);
  j["type"] = "object";
  Json props = Json::object();
  Json required = Json::array();
  for (const auto& k : s.keys) {
    Json p = value_schema(k.value);
    if (p.contains("$ref")) {
      // draft-07 ignores the siblings of $ref: wrap it so that the
      // description is kept (editors show it on hover).
      Json wrapped;
      wrapped["description"] = std::string(k.description);
      wrapped["allOf"] = Json::array({p});
      p = std::move(wrapped);
    } else {
      Json with_description;
      with_description["description"] = std::string(k.description);
      for (auto& [name, value] : p.items()) with_description[name] = value;
      p = std::move(with_description);
    }
    if (!k.default_json.empty()) p["default"] = Json::parse(k.default_json);
    props[std::string(k.name)] = std::move(p);
    if (k.required) required.push_back(std::string(k.name));
  }
  j["properties"] = std::move(props);
  if (!required.empty()) j["required"] = std::move(required);
  if (s.shape == Shape::weights) j["minProperties"] = 1;
  j["additionalProperties"] = false;
  return j;
}

}  // namespace

std::string model_json_schema() {
  Json root;
  root["$schema"] = "http://json-schema.org/draft-07/schema#";
  root["title"] = "opgavesnit model file (format version 1)";
  Json file = shape_schema(schema::spec(Shape::file), false);
  for (auto& [name, value] : file.items()) root[name] = value;
  Json defs = Json::object();
  for (const auto& s : schema::shapes())
    if (s.shape != Shape::file && s.shape != Shape::range)
      defs[std::string(s.name)] = shape_schema(s, true);
  // Weights are fractions of the whole.
  for (auto& [name, value] : defs["weights"]["properties"].items()) value["maximum"] = 1;
  // Efficiencies are shares below the whole; years are 2000-2100.
  auto& efficiency = defs["organisation"]["properties"]["efficiency"]["additionalProperties"];
  efficiency.erase("exclusiveMaximum");
  efficiency["exclusiveMaximum"] = 1;
  defs["common_cost"]["properties"]["year"]["maximum"] = 2100;
  defs["common_cost"]["properties"]["year"].erase("exclusiveMaximum");
  root["definitions"] = std::move(defs);
  return root.dump(2) + "\n";
}

}  // namespace opgavesnit
