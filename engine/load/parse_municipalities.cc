// The section `municipalities` of one file -> RawFile: a municipality,
// its components and their `depends_on`.

#include "parse_reader.h"

namespace opgavesnit::detail {

namespace {

void read_dependencies(Reader& r, NodeId section, RawComponent& comp) {
  each_item(r, section, "'depends_on'", [&](NodeId n) {
    RawDependency dep;
    dep.pos = r.pos(n);
    if (r.tree()[n].kind == Kind::mapping) {
      if (!r.mapping(n, "a dependency", schema::keys(Shape::dependency))) return;
      NodeId on = r.need(n, "on", "a dependency");
      if (NodeId k = r.get(n, "kind"); k != kNone)
        if (auto c = r.choice(k, "'kind'", schema::choices(Shape::dependency, "kind")))
          dep.kind = *c == 0 ? DepKind::hard : DepKind::interface;
      if (NodeId f = r.get(n, "for"); f != kNone) {
        dep.all_tasks = false;
        dep.for_tasks = r.ref_list(f, "'for'", false);
      }
      if (on == kNone) return;
      auto ref = r.component_ref(on, "'on'");
      if (!ref) return;
      dep.on = *ref;
    } else {
      auto ref = r.component_ref(n, "a dependency");
      if (!ref) return;
      dep.on = *ref;
    }
    comp.depends_on.push_back(std::move(dep));
  });
}

void read_components(Reader& r, NodeId section, RawMunicipality& muni) {
  each_item(r, section, "'components'", [&](NodeId n) {
    if (!r.mapping(n, "a component", schema::keys(Shape::component))) return;
    NodeId idn = r.need(n, "id", "a component");
    NodeId type = r.need(n, "type", "a component");
    if (idn == kNone) return;
    auto id = r.id(idn, "the component id");
    if (!id) return;
    RawComponent raw;
    Component& c = raw.component;
    c.id = *id;
    c.pos = r.pos(idn);
    c.name = r.optional_text(n, "name");
    if (type != kNone)
      if (auto t = r.ref(type, "'type'")) raw.type = *t;
    if (NodeId v = r.get(n, "quantity"); v != kNone)
      c.quantity = r.whole(v, "'quantity'", 1).value_or(1);
    c.site = r.optional_text(n, "site");
    if (NodeId v = r.get(n, "tags"); v != kNone)
      if (const auto* items = r.list(v, "'tags'"))
        for (std::size_t i = 0; i < items->size(); ++i)
          if (auto s = r.scalar_text(r.child(v, i), "a tag")) raw.tags.push_back(*s);
    if (NodeId v = r.get(n, "annual_cost"); v != kNone)
      c.annual_cost = r.estimate(v, "'annual_cost'", 2, c.annual_cost_range).value_or(0);
    if (NodeId v = r.get(n, "book_value"); v != kNone)
      c.book_value = r.cents(v, "'book_value'").value_or(0);
    if (NodeId v = r.get(n, "pin"); v != kNone) {
      raw.pin_pos = r.pos(v);
      if (auto p = r.choice(v, "'pin'", schema::choices(Shape::component, "pin")))
        c.pin = *p == 0 ? Pin::retain : Pin::transfer;
    }
    c.reason = r.optional_text(n, "reason");
    if (NodeId v = r.get(n, "depends_on"); v != kNone) read_dependencies(r, v, raw);
    muni.components.push_back(std::move(raw));
  });
}

}  // namespace

void read_municipalities(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'municipalities'", [&](NodeId n) {
    if (!r.mapping(n, "a municipality", schema::keys(Shape::municipality))) return;
    NodeId idn = r.need(n, "id", "a municipality");
    if (idn == kNone) return;
    auto id = r.id(idn, "the municipality id");
    if (!id) return;
    RawMunicipality raw;
    Municipality& m = raw.municipality;
    m.id = *id;
    m.pos = r.pos(idn);
    m.name = r.optional_text(n, "name");
    m.code = r.optional_text(n, "code");
    // A value given but wrong is reported here; it still counts as given, so
    // that no follow-on "missing" error is reported.
    if (NodeId v = r.get(n, "population"); v != kNone)
      m.population = r.whole(v, "'population'", 0).value_or(0);
    if (NodeId v = r.get(n, "hourly_cost"); v != kNone)
      m.hourly_cost = r.estimate(v, "'hourly_cost'", 2, m.hourly_cost_range).value_or(0);
    if (NodeId v = r.get(n, "candidate_levels"); v != kNone)
      raw.candidate_levels = r.ref_list(v, "'candidate_levels'");
    if (NodeId v = r.get(n, "components"); v != kNone) read_components(r, v, raw);
    out.municipalities.push_back(std::move(raw));
  });
}

}  // namespace opgavesnit::detail
