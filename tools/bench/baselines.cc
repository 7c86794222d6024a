// The two baselines the targets are measured against (docs/performance.md):
// a bare yaml-cpp event scan of the model's files, and a bare BFS + strongly
// connected components over compressed graphs of the same size.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <atomic>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "bench.h"
#include "pair_graph.h"

namespace opgavesnit::bench {

namespace {

/// Runs `work(i)` for i in [0, n) on `threads` threads, larger files first
/// (the order the loader uses).
template <class F>
void parallel_files(const std::vector<SourceInput>& sources, std::size_t threads, F&& work) {
  std::vector<std::size_t> order(sources.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return sources[a].text.size() > sources[b].text.size();
  });
  std::atomic<std::size_t> next{0};
  auto run = [&] {
    for (std::size_t k = next++; k < order.size(); k = next++) work(order[k]);
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < std::min(threads, order.size()); ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

// ---------------------------------------------------------------------------
// Baseline 1: yaml-cpp's event parser with a handler that does nothing.

class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    ++events;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override {}
  std::size_t events = 0;
};

}  // namespace

void BM_YamlEventScan(benchmark::State& state) {
  const Fixture& f = fixture();
  const auto threads = static_cast<std::size_t>(state.range(0));
  HeapPeak heap;
  std::atomic<std::size_t> events{0};
  for (auto _ : state) {
    heap.start();
    events = 0;
    parallel_files(f.sources, threads, [&](std::size_t i) {
      std::istringstream in(f.sources[i].text);
      YAML::Parser parser(in);
      NullHandler handler;
      while (parser.HandleNextDocument(handler)) {
      }
      events += handler.events;
    });
    heap.stop();
  }
  heap.report(state);
  state.counters["events"] = static_cast<double>(events.load());
  state.SetBytesProcessed(
      static_cast<std::int64_t>(static_cast<std::uint64_t>(state.iterations()) * f.bytes));
}

namespace {

// ---------------------------------------------------------------------------
// Baseline 2: BFS from the scenario's seeds over the pair graph stored as a
// compressed sparse row graph, and strongly connected components of the
// component graph of hard dependencies, also compressed.

using Csr = boost::compressed_sparse_row_graph<boost::directedS>;

struct BareGraphs {
  Id scenario = kNoId;
  std::size_t pairs = 0;
  std::vector<std::uint32_t> pair_start;  // CSR of the pair graph
  std::vector<std::uint32_t> pair_arcs;
  std::vector<PairId> seeds;
  Csr components;
  std::size_t component_arcs = 0;
};

const BareGraphs& bare_graphs(Id s) {
  static std::vector<std::unique_ptr<BareGraphs>> cache;
  for (const auto& b : cache)
    if (b->scenario == s) return *b;
  const Model& model = fixture().loaded.model;
  const PlanInputs& in = plan_inputs(s);
  auto b = std::make_unique<BareGraphs>();
  b->scenario = s;
  const PairGraph g(model);
  b->pairs = g.size();
  b->pair_start.reserve(g.size() + 1);
  b->pair_start.push_back(0);
  for (PairId p = 0; p < g.size(); ++p) {
    g.for_each_successor(p, [&](PairId q) { b->pair_arcs.push_back(q); });
    b->pair_start.push_back(static_cast<std::uint32_t>(b->pair_arcs.size()));
  }
  b->seeds = seeds(g, model.scenarios[s].level_of, in.locked);
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  for (std::size_t c = 0; c < model.components.size(); ++c)
    for (const Dependency& dep : model.components[c].depends_on)
      if (dep.kind == DepKind::hard) edges.emplace_back(c, dep.target);
  std::sort(edges.begin(), edges.end());
  b->component_arcs = edges.size();
  b->components = Csr(boost::edges_are_sorted, edges.begin(), edges.end(), model.components.size());
  cache.push_back(std::move(b));
  return *cache.back();
}

}  // namespace

void BM_BareBfsScc(benchmark::State& state) {
  const BareGraphs& b = bare_graphs(static_cast<Id>(state.range(0)));
  HeapPeak heap;
  for (auto _ : state) {
    heap.start();
    std::vector<PairId> parent(b.pairs, kNoPair);
    std::vector<PairId> queue;
    queue.reserve(b.seeds.size());
    for (PairId p : b.seeds)
      if (parent[p] == kNoPair) {
        parent[p] = p;
        queue.push_back(p);
      }
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const PairId p = queue[head];
      for (std::uint32_t i = b.pair_start[p]; i < b.pair_start[p + 1]; ++i) {
        const PairId q = b.pair_arcs[i];
        if (parent[q] != kNoPair) continue;
        parent[q] = p;
        queue.push_back(q);
      }
    }
    std::vector<std::size_t> scc(boost::num_vertices(b.components));
    const std::size_t n = boost::strong_components(
        b.components, boost::make_iterator_property_map(
                          scc.begin(), boost::get(boost::vertex_index, b.components)));
    benchmark::DoNotOptimize(n);
    benchmark::DoNotOptimize(queue.data());
    heap.stop();
  }
  heap.report(state);
  state.counters["pairs"] = static_cast<double>(b.pairs);
  state.counters["pair_arcs"] = static_cast<double>(b.pair_arcs.size());
  state.counters["component_arcs"] = static_cast<double>(b.component_arcs);
}

}  // namespace opgavesnit::bench
