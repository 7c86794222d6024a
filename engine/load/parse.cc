// Tree of one file -> RawFile: the shape of the format (model-format.md).
// This file: the root (its sections and the format version) and the two
// sections of one mapping, `region` and `organisation`. The checks every
// section shares are the Reader's (parse_reader.h); the list sections
// are in parse_types.cc, parse_levels.cc, parse_municipalities.cc and
// parse_scenarios.cc.

#include "parse_reader.h"

namespace opgavesnit::detail {

namespace {

void read_region(Reader& r, NodeId n, RawFile& out) {
  if (!r.mapping(n, "'region'", schema::keys(Shape::region))) return;
  Region region;
  region.pos = r.pos(n);
  if (NodeId v = r.get(n, "id"); v != kNone) region.id = r.id(v, "the region id").value_or("");
  region.name = r.optional_text(n, "name");
  if (NodeId v = r.get(n, "currency"); v != kNone)
    region.currency = r.scalar_text(v, "'currency'").value_or("DKK");
  if (NodeId v = r.get(n, "hours_per_fte"); v != kNone) {
    if (auto h = r.cents(v, "'hours_per_fte'")) {
      if (*h == 0)
        r.diags().error("invalid-number", r.pos(v), "'hours_per_fte' must be greater than 0");
      else
        region.hours_per_fte = *h;
    }
  }
  if (NodeId v = r.get(n, "hourly_cost"); v != kNone)
    region.hourly_cost = r.estimate(v, "'hourly_cost'", 2, region.hourly_cost_range).value_or(0);
  out.regions.push_back(std::move(region));
}

void read_organisation(Reader& r, NodeId n, RawFile& out) {
  if (!r.mapping(n, "'organisation'", schema::keys(Shape::organisation))) return;
  RawOrganisation raw;
  Organisation& o = raw.organisation;
  o.pos = r.pos(n);
  if (NodeId v = r.get(n, "id"); v != kNone) o.id = r.id(v, "the organisation id").value_or("");
  o.name = r.optional_text(n, "name");
  if (NodeId v = r.need(n, "hourly_cost", "'organisation'"); v != kNone)
    o.hourly_cost = r.estimate(v, "'hourly_cost'", 2, o.hourly_cost_range).value_or(0);
  if (NodeId v = r.get(n, "fixed_cost"); v != kNone)
    o.fixed_cost = r.estimate(v, "'fixed_cost'", 2, o.fixed_cost_range).value_or(0);
  if (NodeId v = r.get(n, "hours_per_fte"); v != kNone) {
    if (auto h = r.cents(v, "'hours_per_fte'")) {
      if (*h == 0)
        r.diags().error("invalid-number", r.pos(v), "'hours_per_fte' must be greater than 0");
      else
        o.hours_per_fte = *h;
    }
  }
  if (NodeId v = r.get(n, "efficiency"); v != kNone) {
    if (r.tree()[v].kind != Kind::mapping) {
      r.wrong_type(v, "'efficiency'", "a mapping");
    } else {
      const auto& ch = r.tree()[v].children;
      for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
        const NodeId kn = r.child(v, i), vn = r.child(v, i + 1);
        auto key = r.ref(kn, "a key of 'efficiency'");
        if (!key) continue;
        std::optional<Estimate> range;
        auto e = r.estimate(vn, fmt::format("the efficiency of '{}'", key->text), 4, range, 10000);
        if (!e) continue;
        if (*e >= 10000) {
          r.diags().error("invalid-number", r.pos(vn),
                          fmt::format("the efficiency of '{}' must be less than 1, got '{}'",
                                      key->text, Reader::clip(r.tree()[vn].value)));
          continue;
        }
        if (key->text == "default") {
          if (!o.efficiency_default) o.efficiency_default = Efficiency{kNoId, *e, range, key->pos};
        } else {
          raw.efficiency.emplace_back(std::move(*key), *e);
          raw.efficiency_ranges.push_back(range);
        }
      }
    }
  }
  out.organisations.push_back(std::move(raw));
}

}  // namespace

void read_file(const yaml::Tree& tree, Id file, RawFile& out, Diagnostics& diags) {
  Reader r(tree, file, diags);
  if (tree.root == kNone || tree[tree.root].kind == Kind::null) {
    diags.error("missing-version", {file, 0, 0},
                "the file is empty; a model file starts with 'opgavesnit: 1'");
    return;
  }
  NodeId root = tree.root;
  if (tree[root].kind != Kind::mapping) {
    diags.error(
        "not-a-mapping", r.pos(root),
        fmt::format(
            "a model file must be a mapping of sections (starting with 'opgavesnit: 1'), got {}",
            r.describe(root)));
    return;
  }
  r.mapping(root, "a model file", schema::keys(Shape::file));
  NodeId version = r.get(root, "opgavesnit");
  if (version == kNone) {
    diags.error("missing-version", r.pos(root),
                "the file does not start with 'opgavesnit: 1' (the format version)");
  } else if (!(tree[version].kind == Kind::scalar && tree[version].style == Style::plain &&
               tree[version].value == "1")) {
    diags.error("unsupported-version", r.pos(version),
                fmt::format("the format version must be 1, got {}", r.describe(version)));
  }
  if (NodeId v = r.get(root, "region"); v != kNone) read_region(r, v, out);
  if (NodeId v = r.get(root, "tasks"); v != kNone) read_tasks(r, v, out);
  if (NodeId v = r.get(root, "component_types"); v != kNone) read_types(r, v, out);
  if (NodeId v = r.get(root, "service_levels"); v != kNone) read_levels(r, v, out);
  if (NodeId v = r.get(root, "municipalities"); v != kNone) read_municipalities(r, v, out);
  if (NodeId v = r.get(root, "scenarios"); v != kNone) read_scenarios(r, v, out);
  if (NodeId v = r.get(root, "organisation"); v != kNone) read_organisation(r, v, out);
}

}  // namespace opgavesnit::detail
