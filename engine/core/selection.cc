#include <opgavesnit/core/selection.h>

#include <algorithm>

namespace opgavesnit {

namespace {

bool filter_holds(const Filter& f, Id value) {
  return !f.given || std::binary_search(f.values.begin(), f.values.end(), value);
}

bool filter_holds_any(const Filter& f, const std::vector<Id>& values) {
  if (!f.given) return true;
  return std::any_of(values.begin(), values.end(),
                     [&](Id v) { return std::binary_search(f.values.begin(), f.values.end(), v); });
}

}  // namespace

bool rule_matches(const Model& model, const Rule& rule, Id c, std::uint32_t t) {
  const Component& comp = model.components[c];
  const ComponentType& type = model.types[comp.type];
  if (rule.categories.given &&
      (type.category == kNoId || !filter_holds(rule.categories, type.category)))
    return false;
  return filter_holds(rule.types, comp.type) && filter_holds_any(rule.tags, comp.tags) &&
         filter_holds(rule.components, c) && filter_holds(rule.municipalities, comp.municipality) &&
         filter_holds(rule.tasks, type.tasks[t].task);
}

bool level_selects(const Model& model, Id level, Id c, std::uint32_t t) {
  bool included = false;
  std::size_t steps = 0;
  for (Id l = level; l != kNoId && steps <= model.levels.size();
       l = model.levels[l].extends, ++steps) {
    const ServiceLevel& sl = model.levels[l];
    for (const Rule& r : sl.excludes)
      if (rule_matches(model, r, c, t)) return false;
    if (!included)
      for (const Rule& r : sl.includes)
        if (rule_matches(model, r, c, t)) {
          included = true;
          break;
        }
  }
  return included;
}

}  // namespace opgavesnit
