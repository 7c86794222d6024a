#include <opgavesnit/core/selection.h>

#include <unordered_map>
#include <utility>

#include "pair_graph.h"

namespace opgavesnit {

PairGraph::PairGraph(const Model& model) : model_(model) {
  offset_.reserve(model.components.size() + 1);
  offset_.push_back(0);
  for (std::size_t c = 0; c < model.components.size(); ++c) {
    const auto n = static_cast<PairId>(model.types[model.components[c].type].tasks.size());
    offset_.push_back(offset_.back() + n);
    component_of_.insert(component_of_.end(), n, static_cast<Id>(c));
  }
}

std::vector<PairId> Search::path_to(PairId p) const {
  std::vector<PairId> path{p};
  while (parent[path.back()] != path.back()) path.push_back(parent[path.back()]);
  return {path.rbegin(), path.rend()};
}

Search forward_search(const PairGraph& g, const std::vector<char>& locked,
                      const std::vector<PairId>& sources) {
  Search s;
  s.parent.assign(g.size(), kNoPair);
  s.order.reserve(sources.size());
  for (PairId p : sources) {
    if (s.parent[p] != kNoPair) continue;
    s.parent[p] = p;
    s.order.push_back(p);
  }
  // A dependency leads to the same pairs (its target's foundation) from
  // whichever task of the dependent carries it; once followed, the pairs
  // are reached and following it again changes nothing. Following each
  // dependency once keeps the search linear in the graph: 20,000 tasks on
  // a chain of components would otherwise cost tasks^2 per dependency.
  const Model& model = g.model();
  std::vector<std::uint32_t> dep_start(model.components.size() + 1, 0);
  for (std::size_t c = 0; c < model.components.size(); ++c)
    dep_start[c + 1] =
        dep_start[c] + static_cast<std::uint32_t>(model.components[c].depends_on.size());
  std::vector<char> followed(dep_start.back(), 0);
  auto reach = [&](PairId q, PairId from) {
    if (s.parent[q] != kNoPair) return;
    s.parent[q] = from;
    s.order.push_back(q);
  };
  for (std::size_t head = 0; head < s.order.size(); ++head) {
    const PairId p = s.order[head];
    const Id c = g.component(p);
    if (locked[c]) continue;
    const std::uint32_t t = g.task(p);
    const Component& comp = model.components[c];
    for (std::uint32_t r : model.types[comp.type].tasks[t].requires_tasks) reach(g.pair(c, r), p);
    for (std::size_t k = 0; k < comp.depends_on.size(); ++k) {
      const Dependency& dep = comp.depends_on[k];
      if (dep.kind != DepKind::hard || followed[dep_start[c] + k] || !PairGraph::covers(dep, t))
        continue;
      followed[dep_start[c] + k] = 1;
      const Id d = dep.target;
      for (std::uint32_t fnd : model.types[model.components[d].type].foundation)
        reach(g.pair(d, fnd), p);
    }
  }
  return s;
}

std::vector<Id> reaching_locked(const PairGraph& g, const std::vector<char>& locked,
                                const std::vector<Id>& locked_order) {
  const Model& model = g.model();
  const std::size_t nc = model.components.size();

  // Reverse hard dependencies per component (CSR): who depends on d.
  std::vector<std::uint32_t> in_start(nc + 1, 0);
  for (const Component& c : model.components)
    for (const Dependency& dep : c.depends_on)
      if (dep.kind == DepKind::hard) ++in_start[dep.target + 1];
  for (std::size_t d = 0; d < nc; ++d) in_start[d + 1] += in_start[d];
  std::vector<std::pair<Id, std::uint32_t>> in_deps(in_start[nc]);
  {
    std::vector<std::uint32_t> fill(in_start.begin(), in_start.end() - 1);
    for (std::size_t c = 0; c < nc; ++c) {
      const auto& deps = model.components[c].depends_on;
      for (std::size_t k = 0; k < deps.size(); ++k)
        if (deps[k].kind == DepKind::hard)
          in_deps[fill[deps[k].target]++] = {static_cast<Id>(c), static_cast<std::uint32_t>(k)};
    }
  }
  // Reverse `requires` per type: which tasks require local task f.
  std::vector<std::vector<std::vector<std::uint32_t>>> required_by(model.types.size());
  for (std::size_t ty = 0; ty < model.types.size(); ++ty) {
    const auto& tasks = model.types[ty].tasks;
    required_by[ty].resize(tasks.size());
    for (std::size_t t = 0; t < tasks.size(); ++t)
      for (std::uint32_t r : tasks[t].requires_tasks)
        required_by[ty][r].push_back(static_cast<std::uint32_t>(t));
  }

  std::vector<Id> result(g.size(), kNoId);
  std::vector<char> seen(g.size(), 0);
  std::vector<char> in_expanded(nc, 0);
  std::vector<PairId> queue;
  for (Id d : locked_order) {
    queue.clear();
    for (std::uint32_t t = 0; t < g.task_count(d); ++t) {
      seen[g.pair(d, t)] = 1;
      queue.push_back(g.pair(d, t));
    }
    auto visit = [&](PairId p) {
      if (seen[p] || locked[g.component(p)]) return;
      seen[p] = 1;
      result[p] = d;
      queue.push_back(p);
    };
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const PairId q = queue[head];
      const Id qc = g.component(q);
      const std::uint32_t qt = g.task(q);
      const Id qtype = model.components[qc].type;
      for (std::uint32_t t : required_by[qtype][qt]) visit(g.pair(qc, t));
      if (!model.types[qtype].tasks[qt].foundation || in_expanded[qc]) continue;
      // Every foundation pair of qc has the same hard-dependency predecessors.
      in_expanded[qc] = 1;
      for (std::uint32_t i = in_start[qc]; i < in_start[qc + 1]; ++i) {
        const auto [c, k] = in_deps[i];
        const Dependency& dep = model.components[c].depends_on[k];
        for (std::uint32_t t = 0; t < g.task_count(c); ++t)
          if (PairGraph::covers(dep, t)) visit(g.pair(c, t));
      }
    }
  }
  return result;
}

std::vector<char> locked_components(const Model& model, const std::vector<Id>& level_of) {
  std::vector<char> locked(model.components.size(), 0);
  for (std::size_t c = 0; c < model.components.size(); ++c) {
    const Component& comp = model.components[c];
    locked[c] =
        comp.pin == Pin::retain || level_of_municipality(level_of, comp.municipality) == kNoId;
  }
  return locked;
}

bool is_seed(const Model& model, const std::vector<Id>& level_of, const std::vector<char>& locked,
             Id c, std::uint32_t t) {
  if (locked[c]) return false;
  const Component& comp = model.components[c];
  if (comp.pin == Pin::transfer) return true;
  return level_selects(model, level_of_municipality(level_of, comp.municipality), c, t);
}

namespace {

/// What a level's selection of a pair depends on besides its type and task.
struct Uses {
  bool tags = false;
  bool municipalities = false;
};

/// A cache key: a level's selection for an unlisted component is a function
/// of these (the component's tags and municipality only when a rule of the
/// level's chain filters by them).
struct SelectionKey {
  Id level, type, municipality;
  const std::vector<Id>* tags;  // nullptr when the level ignores tags

  friend bool operator==(const SelectionKey& a, const SelectionKey& b) {
    return a.level == b.level && a.type == b.type && a.municipality == b.municipality &&
           (a.tags == b.tags || (a.tags && b.tags && *a.tags == *b.tags));
  }
};

struct SelectionKeyHash {
  std::size_t operator()(const SelectionKey& k) const {
    std::uint64_t h = (std::uint64_t{k.level} * 0x9E3779B97F4A7C15ull) ^
                      (std::uint64_t{k.type} << 20) ^ (std::uint64_t{k.municipality} << 40);
    if (k.tags)
      for (Id t : *k.tags) h = (h ^ t) * 0x100000001B3ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

}  // namespace

std::vector<PairId> seeds(const PairGraph& g, const std::vector<Id>& level_of,
                          const std::vector<char>& locked) {
  const Model& model = g.model();
  // Which filters each level's chain uses, and which components a
  // `components` filter names (those are decided one by one).
  std::vector<Uses> uses(model.levels.size());
  std::vector<char> listed(model.components.size(), 0);
  for (Id level = 0; level < model.levels.size(); ++level)
    for (const auto* rules : {&model.levels[level].includes, &model.levels[level].excludes})
      for (const Rule& r : *rules) {
        uses[level].tags = uses[level].tags || r.tags.given;
        uses[level].municipalities = uses[level].municipalities || r.municipalities.given;
        if (r.components.given)
          for (Id c : r.components.values)
            if (c < listed.size()) listed[c] = 1;
      }
  // A level uses what its own rules use and what the level it extends uses:
  // fold each chain once, from its root (the loader cut every cycle), so
  // that a chain of n levels costs n, not n^2.
  {
    std::vector<char> folded(model.levels.size(), 0);
    std::vector<Id> chain;
    for (Id level = 0; level < model.levels.size(); ++level) {
      chain.clear();
      for (Id l = level; l != kNoId && !folded[l] && chain.size() <= model.levels.size();
           l = model.levels[l].extends)
        chain.push_back(l);
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Id base = model.levels[*it].extends;
        if (base != kNoId && base != *it && folded[base]) {
          uses[*it].tags = uses[*it].tags || uses[base].tags;
          uses[*it].municipalities = uses[*it].municipalities || uses[base].municipalities;
        }
        folded[*it] = 1;
      }
    }
  }
  std::unordered_map<SelectionKey, std::uint32_t, SelectionKeyHash> cache;
  std::vector<char> pool;  // per cached key, one flag per local task
  std::vector<PairId> out;
  for (Id c = 0; c < model.components.size(); ++c) {
    if (locked[c]) continue;
    const Component& comp = model.components[c];
    const std::uint32_t n = g.task_count(c);
    if (comp.pin == Pin::transfer) {
      for (std::uint32_t t = 0; t < n; ++t) out.push_back(g.pair(c, t));
      continue;
    }
    const Id level = level_of_municipality(level_of, comp.municipality);
    if (level == kNoId || listed[c]) {
      for (std::uint32_t t = 0; t < n; ++t)
        if (is_seed(model, level_of, locked, c, t)) out.push_back(g.pair(c, t));
      continue;
    }
    const SelectionKey key{level, comp.type, uses[level].municipalities ? comp.municipality : kNoId,
                           uses[level].tags ? &comp.tags : nullptr};
    auto [it, added] = cache.emplace(key, static_cast<std::uint32_t>(pool.size()));
    if (added)
      for (std::uint32_t t = 0; t < n; ++t)
        pool.push_back(level_selects(model, level, c, t) ? 1 : 0);
    for (std::uint32_t t = 0; t < n; ++t)
      if (pool[it->second + t]) out.push_back(g.pair(c, t));
  }
  return out;
}

}  // namespace opgavesnit
