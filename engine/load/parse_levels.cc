// The section `service_levels` of one file -> RawFile: a level's sla,
// price, `extends`, and its rules (`includes`, `excludes`) with their
// filters.

#include <initializer_list>

#include "parse_reader.h"

namespace opgavesnit::detail {

namespace {

RawFilter read_filter(Reader& r, NodeId rule, std::string_view key, bool components) {
  RawFilter f;
  NodeId v = r.get(rule, key);
  if (v == kNone) return f;
  f.given = true;
  const auto* items = r.list(v, fmt::format("'{}'", key));
  if (!items) return f;
  if (items->empty())
    r.diags().error("empty-list", r.pos(v), fmt::format("the filter '{}' must not be empty", key));
  for (std::size_t i = 0; i < items->size(); ++i) {
    const NodeId item = r.child(v, i);
    std::optional<Ref> ref;
    if (components) {
      ref = r.component_ref(item, "an entry of 'components'");
      if (ref && ref->text.find('/') == std::string::npos) {
        r.diags().error(
            "invalid-id", ref->pos,
            fmt::format("'components' in a rule names qualified ids ('municipality/{}')",
                        ref->text));
        ref.reset();
      }
    } else if (key == "tags") {
      if (auto s = r.scalar_text(item, "an entry of 'tags'")) ref = Ref{*s, r.pos(item)};
    } else {
      ref = r.ref(item, fmt::format("an entry of '{}'", key));
    }
    if (ref) f.values.push_back(std::move(*ref));
  }
  return f;
}

std::vector<RawRule> read_rules(Reader& r, NodeId section, std::string_view what) {
  std::vector<RawRule> rules;
  each_item(r, section, what, [&](NodeId n) {
    if (!r.mapping(n, "a rule", schema::keys(Shape::rule))) return;
    RawRule rule;
    rule.pos = r.pos(n);
    rule.categories = read_filter(r, n, "categories", false);
    rule.types = read_filter(r, n, "types", false);
    rule.tags = read_filter(r, n, "tags", false);
    rule.components = read_filter(r, n, "components", true);
    rule.municipalities = read_filter(r, n, "municipalities", false);
    rule.tasks = read_filter(r, n, "tasks", false);
    rules.push_back(std::move(rule));
  });
  return rules;
}

}  // namespace

void read_levels(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'service_levels'", [&](NodeId n) {
    if (!r.mapping(n, "a service level", schema::keys(Shape::service_level))) return;
    NodeId idn = r.need(n, "id", "a service level");
    NodeId price = r.need(n, "price", "a service level");
    if (idn == kNone) return;
    auto id = r.id(idn, "the service level id");
    if (!id) return;
    if (*id == "none") {
      r.diags().error("reserved-id", r.pos(idn),
                      "'none' cannot be a level id: scenarios use it for not taking part");
      return;
    }
    RawLevel raw;
    ServiceLevel& level = raw.level;
    level.id = *id;
    level.pos = r.pos(idn);
    level.name = r.optional_text(n, "name");
    if (NodeId v = r.get(n, "rank"); v != kNone) level.rank = r.whole(v, "'rank'", 0);
    if (NodeId v = r.get(n, "sla"); v != kNone && r.mapping(v, "'sla'", schema::keys(Shape::sla))) {
      for (std::string_view key : {"availability", "response_minutes", "support_hours"}) {
        NodeId s = r.get(v, key);
        if (s == kNone) continue;
        bool ok = key == "support_hours" ? r.scalar_text(s, "'support_hours'").has_value()
                                         : r.number(s, fmt::format("'{}'", key), 4).has_value();
        if (ok) level.sla.push_back({std::string(key), r.tree()[s].value});
      }
    }
    if (price != kNone && r.mapping(price, "'price'", schema::keys(Shape::price))) {
      NodeId rate = r.need(price, "hourly_rate", "'price'");
      if (rate != kNone) level.hourly_rate = r.cents(rate, "'hourly_rate'").value_or(0);
      if (NodeId fee = r.get(price, "base_fee"); fee != kNone)
        level.base_fee = r.cents(fee, "'base_fee'").value_or(0);
    }
    if (NodeId v = r.get(n, "extends"); v != kNone) raw.extends = r.ref(v, "'extends'");
    if (NodeId v = r.get(n, "includes"); v != kNone) raw.includes = read_rules(r, v, "'includes'");
    if (NodeId v = r.get(n, "excludes"); v != kNone) raw.excludes = read_rules(r, v, "'excludes'");
    out.levels.push_back(std::move(raw));
  });
}

}  // namespace opgavesnit::detail
