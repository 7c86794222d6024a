// Benchmarks of the engine's phases on one model (Google Benchmark), next to
// two baselines: a bare yaml-cpp event scan of the same files and a bare
// BFS + strongly-connected-components pass over a compressed graph of the
// same size. tools/bench.sh runs it on generated models; see
// docs/performance.md.
//
//   opgavesnit_bench MODEL [--scenario ID]... [Google Benchmark flags]
//
// Without --scenario the plan phases run for the model's first scenario and,
// when it has one, its first scenario with `conflicts: drop`. Each result
// carries a counter `heap_MB`: the peak of live heap bytes during one
// iteration, above what was live when it started. Times are wall clock
// ("Time") and the CPU time of the whole process ("CPU", all threads).
#include <benchmark/benchmark.h>
#include <malloc.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/risk.h>
#include <opgavesnit/report/plan_json.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <atomic>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "pair_graph.h"
#include "planner.h"

// ---------------------------------------------------------------------------
// Heap accounting: every allocation of the process goes through here.

namespace {
std::atomic<std::int64_t> g_live{0};
std::atomic<std::int64_t> g_peak{0};

void count_alloc(void* p) {
  if (!p) return;
  const auto n = static_cast<std::int64_t>(malloc_usable_size(p));
  const std::int64_t now = g_live.fetch_add(n, std::memory_order_relaxed) + n;
  std::int64_t peak = g_peak.load(std::memory_order_relaxed);
  while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

void* allocate(std::size_t n) {
  void* p = std::malloc(n == 0 ? 1 : n);
  if (!p) throw std::bad_alloc();
  count_alloc(p);
  return p;
}

void release(void* p) {
  if (!p) return;
  g_live.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(p)), std::memory_order_relaxed);
  std::free(p);
}
}  // namespace

void* operator new(std::size_t n) { return allocate(n); }
void* operator new[](std::size_t n) { return allocate(n); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

namespace {

using namespace opgavesnit;

/// Measures the heap peak of the iterations between construction and
/// report(): call start() at the top of each iteration.
class HeapPeak {
 public:
  void start() {
    base_ = g_live.load();
    g_peak.store(base_);
  }
  void stop() { worst_ = std::max(worst_, g_peak.load() - base_); }
  void report(benchmark::State& state) const {
    state.counters["heap_MB"] = static_cast<double>(worst_) / (1024.0 * 1024.0);
  }

 private:
  std::int64_t base_ = 0;
  std::int64_t worst_ = 0;
};

// ---------------------------------------------------------------------------
// The model and what the phases need, prepared once.

struct Fixture {
  std::vector<std::string> paths;
  std::vector<SourceInput> sources;
  std::size_t bytes = 0;
  LoadResult loaded;
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

std::size_t thread_count(std::size_t wanted) {
  return wanted != 0 ? wanted : std::max(1u, std::thread::hardware_concurrency());
}

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

// ---------------------------------------------------------------------------
// The engine's phases.

void BM_ReadFiles(benchmark::State& state) {
  const Fixture& f = fixture();
  HeapPeak heap;
  for (auto _ : state) {
    heap.start();
    std::vector<SourceInput> sources;
    std::string error;
    if (!read_model_sources(f.paths, sources, error)) state.SkipWithError(error.c_str());
    benchmark::DoNotOptimize(sources.data());
    heap.stop();
  }
  heap.report(state);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(static_cast<std::uint64_t>(state.iterations()) * f.bytes));
}

void BM_Load(benchmark::State& state) {
  const Fixture& f = fixture();
  LoadLimits limits;
  limits.threads = static_cast<std::size_t>(state.range(0));
  HeapPeak heap;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<SourceInput> copy = f.sources;
    state.ResumeTiming();
    heap.start();
    LoadResult r = load_model(std::move(copy), limits);
    benchmark::DoNotOptimize(r.model.components.data());
    heap.stop();
    state.PauseTiming();
    r = LoadResult{};  // freeing is not part of loading
    state.ResumeTiming();
  }
  heap.report(state);
  state.counters["components"] = static_cast<double>(f.loaded.model.components.size());
  state.SetBytesProcessed(
      static_cast<std::int64_t>(static_cast<std::uint64_t>(state.iterations()) * f.bytes));
}

void BM_CheckScenarios(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  HeapPeak heap;
  for (auto _ : state) {
    heap.start();
    Diagnostics diags;
    check_scenarios(model, diags);
    benchmark::DoNotOptimize(diags.items().data());
    heap.stop();
  }
  heap.report(state);
  state.counters["scenarios"] = static_cast<double>(model.scenarios.size());
}

/// Everything make_plan computes up to each phase, for one scenario.
struct PlanInputs {
  Id scenario = kNoId;
  std::vector<char> locked;
  std::vector<char> in_handover;
  std::vector<Conflict> conflicts;
  std::vector<DroppedSeed> dropped;
  Plan classified;                  // after classify_components
  Plan filled;                      // after fill_municipalities
  Plan waved;                       // after find_interfaces and assign_waves
  Plan economised;                  // after compute_economy
  Plan organised;                   // after compute_organisation
  Plan budgeted;                    // after compute_budget
  std::vector<std::uint32_t> rank;  // qualified_ranks
};

const PlanInputs& plan_inputs(Id s) {
  static std::vector<std::unique_ptr<PlanInputs>> cache;
  for (const auto& p : cache)
    if (p->scenario == s) return *p;
  const Model& model = fixture().loaded.model;
  const Scenario& scenario = model.scenarios[s];
  auto in = std::make_unique<PlanInputs>();
  in->scenario = s;
  const PairGraph g(model);
  in->locked = locked_components(model, scenario.level_of);
  in->in_handover.assign(g.size(), 0);
  hand_over(g, scenario, in->locked, in->in_handover, in->conflicts, in->dropped);
  in->classified.components.clear();
  classify_components(g, in->locked, in->in_handover, in->classified);
  in->filled = in->classified;
  fill_municipalities(model, scenario, in->conflicts, in->dropped, in->filled);
  in->rank = qualified_ranks(model, in->filled);
  in->waved = in->filled;
  find_interfaces(model, in->rank, in->waved);
  assign_waves(model, scenario, in->rank, in->waved);
  Diagnostics diags;
  in->economised = in->waved;
  compute_economy(model, scenario, in->economised, diags);
  in->organised = in->economised;
  compute_organisation(model, in->organised);
  in->budgeted = in->organised;
  compute_budget(model, scenario, in->budgeted);
  cache.push_back(std::move(in));
  return *cache.back();
}

void BM_BuildGraph(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const Scenario& scenario = model.scenarios[static_cast<Id>(state.range(0))];
  HeapPeak heap;
  std::size_t pairs = 0;
  for (auto _ : state) {
    heap.start();
    const PairGraph g(model);
    const std::vector<char> locked = locked_components(model, scenario.level_of);
    pairs = g.size();
    benchmark::DoNotOptimize(locked.data());
    heap.stop();
  }
  heap.report(state);
  state.counters["pairs"] = static_cast<double>(pairs);
}

void BM_Seeds(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  const PlanInputs& in = plan_inputs(s);
  const PairGraph g(model);
  HeapPeak heap;
  std::size_t n = 0;
  for (auto _ : state) {
    heap.start();
    const std::vector<PairId> out = seeds(g, model.scenarios[s].level_of, in.locked);
    n = out.size();
    heap.stop();
  }
  heap.report(state);
  state.counters["seeds"] = static_cast<double>(n);
}

void BM_Closure(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  const PlanInputs& in = plan_inputs(s);
  const PairGraph g(model);
  HeapPeak heap;
  for (auto _ : state) {
    heap.start();
    std::vector<char> handover(g.size(), 0);
    std::vector<Conflict> conflicts;
    std::vector<DroppedSeed> dropped;
    hand_over(g, model.scenarios[s], in.locked, handover, conflicts, dropped);
    benchmark::DoNotOptimize(handover.data());
    heap.stop();
  }
  heap.report(state);
  state.counters["conflicts"] = static_cast<double>(in.conflicts.size());
  state.counters["dropped"] = static_cast<double>(in.dropped.size());
}

void BM_Classify(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const PlanInputs& in = plan_inputs(static_cast<Id>(state.range(0)));
  const PairGraph g(model);
  HeapPeak heap;
  for (auto _ : state) {
    heap.start();
    Plan plan;
    classify_components(g, in.locked, in.in_handover, plan);
    benchmark::DoNotOptimize(plan.components.data());
    heap.stop();
    state.PauseTiming();
    plan = Plan{};
    state.ResumeTiming();
  }
  heap.report(state);
}

void BM_Municipalities(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  const PlanInputs& in = plan_inputs(s);
  HeapPeak heap;
  for (auto _ : state) {
    state.PauseTiming();
    Plan plan = in.classified;
    std::vector<Conflict> conflicts = in.conflicts;
    std::vector<DroppedSeed> dropped = in.dropped;
    state.ResumeTiming();
    heap.start();
    fill_municipalities(model, model.scenarios[s], std::move(conflicts), std::move(dropped), plan);
    heap.stop();
    state.PauseTiming();
    plan = Plan{};
    state.ResumeTiming();
  }
  heap.report(state);
}

void BM_Interfaces(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const PlanInputs& in = plan_inputs(static_cast<Id>(state.range(0)));
  HeapPeak heap;
  std::size_t n = 0;
  for (auto _ : state) {
    state.PauseTiming();
    Plan plan = in.filled;
    state.ResumeTiming();
    heap.start();
    find_interfaces(model, in.rank, plan);
    heap.stop();
    state.PauseTiming();
    n = 0;
    for (const MunicipalityPlan& mp : plan.municipalities) n += mp.interfaces.size();
    plan = Plan{};
    state.ResumeTiming();
  }
  heap.report(state);
  state.counters["interfaces"] = static_cast<double>(n);
}

void BM_Waves(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  const PlanInputs& in = plan_inputs(s);
  HeapPeak heap;
  for (auto _ : state) {
    state.PauseTiming();
    Plan plan = in.filled;
    state.ResumeTiming();
    heap.start();
    assign_waves(model, model.scenarios[s], in.rank, plan);
    heap.stop();
    state.PauseTiming();
    plan = Plan{};
    state.ResumeTiming();
  }
  heap.report(state);
  state.counters["groups"] = static_cast<double>(in.waved.groups.size());
}

void BM_Economy(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  const PlanInputs& in = plan_inputs(s);
  HeapPeak heap;
  for (auto _ : state) {
    state.PauseTiming();
    Plan plan = in.waved;
    state.ResumeTiming();
    heap.start();
    Diagnostics diags;
    compute_economy(model, model.scenarios[s], plan, diags);
    heap.stop();
    state.PauseTiming();
    plan = Plan{};
    state.ResumeTiming();
  }
  heap.report(state);
}

/// One of the phases beyond one year (semantics.md §§10-12) on the plan as
/// the phases before it left it.
template <class Phase>
void economy_phase(benchmark::State& state, Plan PlanInputs::*input, Phase phase) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  const PlanInputs& in = plan_inputs(s);
  HeapPeak heap;
  for (auto _ : state) {
    state.PauseTiming();
    Plan plan = in.*input;
    state.ResumeTiming();
    heap.start();
    phase(model, model.scenarios[s], plan);
    benchmark::DoNotOptimize(plan.budget.data());
    heap.stop();
    state.PauseTiming();
    plan = Plan{};
    state.ResumeTiming();
  }
  heap.report(state);
}

void BM_Organisation(benchmark::State& state) {
  economy_phase(state, &PlanInputs::economised,
                [](const Model& m, const Scenario&, Plan& p) { compute_organisation(m, p); });
}

void BM_Budget(benchmark::State& state) {
  economy_phase(state, &PlanInputs::organised,
                [](const Model& m, const Scenario& sc, Plan& p) { compute_budget(m, sc, p); });
  state.counters["years"] =
      static_cast<double>(plan_inputs(static_cast<Id>(state.range(0))).budgeted.budget.size());
}

void BM_Ownership(benchmark::State& state) {
  economy_phase(state, &PlanInputs::budgeted, [](const Model& m, const Scenario& sc, Plan& p) {
    Diagnostics diags;
    compute_ownership(m, sc, p, diags);
  });
}

void BM_MakePlan(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  HeapPeak heap;
  for (auto _ : state) {
    heap.start();
    Diagnostics diags;
    Plan plan = make_plan(model, s, diags);
    benchmark::DoNotOptimize(plan.components.data());
    heap.stop();
    state.PauseTiming();
    plan = Plan{};
    state.ResumeTiming();
  }
  heap.report(state);
}

/// compute_risk on the likely plan (made once): the Monte Carlo of
/// `state.range(1)` runs and the swings, on all cores.
void BM_Risk(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  Diagnostics diags;
  const Plan plan = make_plan(model, s, diags);
  RiskOptions options;
  options.runs = static_cast<std::uint64_t>(state.range(1));
  HeapPeak heap;
  std::size_t variables = 0;
  for (auto _ : state) {
    heap.start();
    RiskResult r = compute_risk(model, plan, options);
    benchmark::DoNotOptimize(r.municipalities.data());
    variables = r.variables.size();
    heap.stop();
  }
  heap.report(state);
  state.counters["variables"] = static_cast<double>(variables);
}

void BM_PlanJson(benchmark::State& state) {
  const Model& model = fixture().loaded.model;
  const auto s = static_cast<Id>(state.range(0));
  Diagnostics diags;
  const Plan plan = make_plan(model, s, diags);
  HeapPeak heap;
  std::size_t bytes = 0;
  for (auto _ : state) {
    heap.start();
    std::ostringstream out;
    write_plan_json(out, model, plan);
    bytes = out.str().size();
    heap.stop();
  }
  heap.report(state);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(static_cast<std::uint64_t>(state.iterations()) * bytes));
}

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

int usage(const char* why) {
  std::fprintf(stderr,
               "opgavesnit_bench: %s\nusage: opgavesnit_bench MODEL [--scenario ID]... "
               "[--benchmark_filter=REGEX ...]\n",
               why);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  Fixture& f = fixture();
  std::vector<std::string> scenario_ids;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--scenario" && i + 1 < argc)
      scenario_ids.push_back(argv[++i]);
    else if (!arg.empty() && arg[0] == '-')
      return usage(("unknown option " + arg).c_str());
    else
      f.paths.push_back(arg);
  }
  if (f.paths.empty()) return usage("no model given");
  std::string error;
  if (!read_model_sources(f.paths, f.sources, error)) return usage(error.c_str());
  for (const SourceInput& s : f.sources) f.bytes += s.text.size();
  f.loaded = load_model(f.sources);
  if (f.loaded.diagnostics.has_errors())
    return usage("the model has errors (run opgavesnit validate)");
  const Model& model = f.loaded.model;

  std::vector<Id> scenarios;
  for (const std::string& id : scenario_ids) {
    const Id s = model.find_scenario(id);
    if (s == kNoId) return usage(("no scenario " + id).c_str());
    scenarios.push_back(s);
  }
  if (scenario_ids.empty() && !model.scenarios.empty()) {
    scenarios.push_back(0);
    for (Id s = 1; s < model.scenarios.size(); ++s)
      if (model.scenarios[s].conflicts == ConflictPolicy::drop &&
          model.scenarios[0].conflicts != ConflictPolicy::drop) {
        scenarios.push_back(s);
        break;
      }
  }

  const auto ms = benchmark::kMillisecond;
  const long cores = static_cast<long>(thread_count(0));
  benchmark::RegisterBenchmark("yaml_event_scan", BM_YamlEventScan)
      ->Arg(1)
      ->Arg(cores)
      ->ArgName("threads")
      ->Unit(ms)
      ->MeasureProcessCPUTime()
      ->UseRealTime();
  benchmark::RegisterBenchmark("read_files", BM_ReadFiles)
      ->Unit(ms)
      ->MeasureProcessCPUTime()
      ->UseRealTime();
  benchmark::RegisterBenchmark("load", BM_Load)
      ->Arg(1)
      ->Arg(cores)
      ->ArgName("threads")
      ->Unit(ms)
      ->MeasureProcessCPUTime()
      ->UseRealTime();
  benchmark::RegisterBenchmark("check_scenarios", BM_CheckScenarios)
      ->Unit(ms)
      ->MeasureProcessCPUTime()
      ->UseRealTime();
  for (Id s : scenarios) {
    const std::string tag = "/" + model.scenarios[s].id;
    const long arg = static_cast<long>(s);
    auto reg = [&](const char* name, void (*fn)(benchmark::State&)) {
      benchmark::RegisterBenchmark((name + tag).c_str(), fn)
          ->Arg(arg)
          ->ArgName("s")
          ->Unit(ms)
          ->MeasureProcessCPUTime()
          ->UseRealTime();
    };
    reg("plan.graph", BM_BuildGraph);
    reg("plan.seeds", BM_Seeds);
    reg("plan.closure", BM_Closure);
    reg("plan.classify", BM_Classify);
    reg("plan.municipalities", BM_Municipalities);
    reg("plan.interfaces", BM_Interfaces);
    reg("plan.waves", BM_Waves);
    reg("plan.economy", BM_Economy);
    reg("plan.organisation", BM_Organisation);
    reg("plan.budget", BM_Budget);
    reg("plan.ownership", BM_Ownership);
    reg("make_plan", BM_MakePlan);
    reg("plan_json", BM_PlanJson);
    reg("bare_bfs_scc", BM_BareBfsScc);
  }
  // risk on the first scenario: 100 and 10,000 runs (the difference is what
  // the runs cost; the rest is the aggregates and the swings).
  // Only on a model with ranges (tools/gen-model --ranges): without them
  // every run is the same.
  if (!scenarios.empty() && !risk_variables(model).empty()) {
    benchmark::RegisterBenchmark(("risk/" + model.scenarios[scenarios[0]].id).c_str(), BM_Risk)
        ->Args({static_cast<long>(scenarios[0]), 100})
        ->Args({static_cast<long>(scenarios[0]), 10000})
        ->ArgNames({"s", "runs"})
        ->Unit(ms)
        ->MeasureProcessCPUTime()
        ->UseRealTime();
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
