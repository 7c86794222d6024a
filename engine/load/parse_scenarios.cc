// The section `scenarios` of one file -> RawFile: levels, conflicts,
// `waves`, `common_costs` (with their keys) and `ownership`.

#include "parse_reader.h"

namespace opgavesnit::detail {

namespace {

/// A weight in ten-thousandths as a short decimal: 11000 -> "1.1".
std::string weight_text(std::int64_t w) {
  std::string s = fmt::format("{}.{:04}", w / 10000, w % 10000);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

void read_key(Reader& r, NodeId n, std::vector<KeyPart>& key, SourcePos& key_pos) {
  key_pos = r.pos(n);
  const Keys& kBases = schema::choices(Shape::common_cost, "key");
  auto basis_of = [](std::size_t i) { return static_cast<KeyBasis>(i); };
  if (r.tree()[n].kind == Kind::mapping) {
    if (!r.mapping(n, "'key'", schema::keys(Shape::weights))) return;
    const auto& ch = r.tree()[n].children;
    std::int64_t sum = 0;
    bool all_read = true;
    for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
      const NodeId kn = r.child(n, i), vn = r.child(n, i + 1);
      const std::string& name = r.tree()[kn].value;
      auto it = std::find(kBases.begin(), kBases.end(), name);
      if (it == kBases.end()) {  // reported by mapping(); the sum would only add noise
        all_read = false;
        continue;
      }
      if (std::any_of(key.begin(), key.end(), [&](const KeyPart& p) {
            return p.basis == basis_of(static_cast<std::size_t>(it - kBases.begin()));
          }))
        continue;  // a duplicate key, reported by the parser
      auto w = r.number(vn, fmt::format("the weight of '{}'", name), 4);
      if (!w) {
        all_read = false;
        continue;
      }
      sum += *w;
      key.push_back({basis_of(static_cast<std::size_t>(it - kBases.begin())), *w, r.pos(kn)});
    }
    if (all_read && sum != 10000)
      r.diags().error(
          "invalid-weights", r.pos(n),
          fmt::format("the weights of a key must sum to 1, they sum to {}", weight_text(sum)));
    return;
  }
  if (r.tree()[n].kind != Kind::scalar) {
    r.wrong_type(n, "'key'", "'population', 'equal', 'hours' or a mapping of weights");
    return;
  }
  if (auto c = r.choice(n, "'key'", kBases)) key.push_back({basis_of(*c), 10000, r.pos(n)});
}

void read_ownership(Reader& r, NodeId n, Scenario& s) {
  if (!r.mapping(n, "'ownership'", schema::keys(Shape::ownership))) return;
  Ownership o;
  o.pos = r.pos(n);
  o.key_pos = o.pos;
  bool ok = true;
  if (NodeId v = r.get(n, "capital"); v != kNone) {
    if (auto c = r.cents(v, "'capital'"))
      o.capital = *c;
    else
      ok = false;
  }
  if (NodeId v = r.get(n, "key"); v != kNone) {
    read_key(r, v, o.key, o.key_pos);
    if (o.key.empty()) ok = false;
  } else if (o.capital > 0) {
    r.diags().error("missing-key", o.pos,
                    "'ownership' needs 'key' to split its 'capital' (it is greater than 0)");
    ok = false;
  }
  if (NodeId v = r.get(n, "among"); v != kNone) {
    if (auto c = r.choice(v, "'among'", schema::choices(Shape::ownership, "among")))
      o.among = *c == 0 ? Among::participating : Among::all;
    else
      ok = false;
  }
  if (NodeId v = r.get(n, "in_kind"); v != kNone) {
    if (auto b = r.boolean(v, "'in_kind'"))
      o.in_kind = *b;
    else
      ok = false;
  }
  if (ok) s.ownership = std::move(o);
}

}  // namespace

void read_scenarios(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'scenarios'", [&](NodeId n) {
    if (!r.mapping(n, "a scenario", schema::keys(Shape::scenario))) return;
    NodeId idn = r.need(n, "id", "a scenario");
    if (idn == kNone) return;
    auto id = r.id(idn, "the scenario id");
    if (!id) return;
    RawScenario raw;
    Scenario& s = raw.scenario;
    s.id = *id;
    s.pos = r.pos(idn);
    s.name = r.optional_text(n, "name");
    if (NodeId v = r.get(n, "default_level"); v != kNone)
      raw.default_level = r.ref(v, "'default_level'");
    if (NodeId v = r.get(n, "levels"); v != kNone && r.tree()[v].kind != Kind::mapping) {
      r.wrong_type(v, "'levels'", "a mapping");
    } else if (v != kNone) {
      const auto& ch = r.tree()[v].children;
      for (std::size_t i = 0; i + 1 < ch.size(); i += 2) {
        auto muni = r.ref(r.child(v, i), "a municipality in 'levels'");
        auto level = r.ref(r.child(v, i + 1), "a level in 'levels'");
        if (muni && level) raw.levels.emplace_back(*muni, *level);
      }
    }
    if (NodeId v = r.get(n, "conflicts"); v != kNone)
      if (auto c = r.choice(v, "'conflicts'", schema::choices(Shape::scenario, "conflicts")))
        s.conflicts = *c == 0 ? ConflictPolicy::strict : ConflictPolicy::drop;
    if (NodeId v = r.get(n, "waves");
        v != kNone && r.mapping(v, "'waves'", schema::keys(Shape::waves))) {
      Waves waves;
      waves.pos = r.pos(v);
      NodeId periods = r.need(v, "periods", "'waves'");
      NodeId capacity = r.need(v, "capacity_hours", "'waves'");
      bool ok = periods != kNone && capacity != kNone;
      if (periods != kNone) waves.periods_pos = r.pos(periods);
      if (periods != kNone) {
        if (const auto* items = r.list(periods, "'periods'")) {
          if (items->empty()) {
            r.diags().error("empty-list", r.pos(periods), "'periods' must not be empty");
            ok = false;
          }
          std::unordered_set<std::string> seen;  // not std::find: 100,000 periods stay linear
          seen.reserve(items->size());
          for (std::size_t i = 0; i < items->size(); ++i) {
            const NodeId p = r.child(periods, i);
            auto text = r.scalar_text(p, "a period");
            if (text && text->empty()) {
              r.diags().error("invalid-value", r.pos(p), "a period must not be empty text");
              text.reset();
            }
            if (!text) {
              ok = false;
              continue;
            }
            if (!seen.insert(*text).second) {
              r.diags().error("duplicate-entry", r.pos(p),
                              fmt::format("period '{}' is listed twice", Reader::clip(*text)));
              ok = false;
              continue;
            }
            waves.periods.push_back(*text);
          }
        } else {
          ok = false;
        }
      }
      if (capacity != kNone) {
        auto c = r.cents(capacity, "'capacity_hours'");
        if (c)
          waves.capacity_hours = *c;
        else
          ok = false;
      }
      if (ok) s.waves = std::move(waves);
    }
    if (NodeId v = r.get(n, "common_costs"); v != kNone) {
      each_item(r, v, "'common_costs'", [&](NodeId cn) {
        if (!r.mapping(cn, "a common cost", schema::keys(Shape::common_cost))) return;
        NodeId cid = r.need(cn, "id", "a common cost");
        NodeId amount = r.need(cn, "amount", "a common cost");
        NodeId key = r.need(cn, "key", "a common cost");
        CommonCost cost;
        cost.pos = r.pos(cn);
        std::optional<std::string> id_text;
        if (cid != kNone) id_text = r.id(cid, "the common cost id");
        if (cid != kNone) cost.pos = r.pos(cid);
        cost.name = r.optional_text(cn, "name");
        std::optional<Cents> a;
        if (amount != kNone) a = r.cents(amount, "'amount'");
        if (key != kNone) read_key(r, key, cost.key, cost.key_pos);
        if (NodeId am = r.get(cn, "among"); am != kNone)
          if (auto c = r.choice(am, "'among'", schema::choices(Shape::common_cost, "among")))
            cost.among = *c == 0 ? Among::all : Among::participating;
        bool year_ok = true;
        if (NodeId y = r.get(cn, "year"); y != kNone) {
          year_ok = false;
          if (auto yv = r.number(y, "'year'", 0)) {
            if (*yv < 2000 || *yv > 2100)
              r.diags().error("invalid-number", r.pos(y),
                              fmt::format("'year' must be from 2000 to 2100, got '{}'", *yv));
            else
              cost.year = static_cast<int>(*yv), year_ok = true;
          }
        }
        if (!id_text || !a || cost.key.empty() || !year_ok) return;
        cost.id = *id_text;
        cost.amount = *a;
        s.common_costs.push_back(std::move(cost));
      });
    }
    if (NodeId v = r.get(n, "ownership"); v != kNone) read_ownership(r, v, s);
    out.scenarios.push_back(std::move(raw));
  });
}

}  // namespace opgavesnit::detail
