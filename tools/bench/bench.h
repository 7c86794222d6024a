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
//
// One file per what the benchmarks measure: load.cc (reading and loading
// the model, and validate's plans of every scenario), plan_phases.cc (each
// phase of make_plan, then make_plan), report.cc (write_plan_json), risk.cc
// (compute_risk), baselines.cc (a bare yaml-cpp scan and a bare BFS + SCC,
// the yardsticks of the targets); heap.cc counts the heap, main.cc reads
// the command line and registers them all.
#pragma once

#include <benchmark/benchmark.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/plan.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace opgavesnit::bench {

/// The live heap bytes of the process now (heap.cc counts every
/// `operator new`), and the peak since reset_heap_peak.
std::int64_t live_heap();
std::int64_t heap_peak();
void reset_heap_peak(std::int64_t to);

/// Measures the heap peak of the iterations between construction and
/// report(): call start() at the top of each iteration.
class HeapPeak {
 public:
  void start() {
    base_ = live_heap();
    reset_heap_peak(base_);
  }
  void stop() { worst_ = std::max(worst_, heap_peak() - base_); }
  void report(benchmark::State& state) const {
    state.counters["heap_MB"] = static_cast<double>(worst_) / (1024.0 * 1024.0);
  }

 private:
  std::int64_t base_ = 0;
  std::int64_t worst_ = 0;
};

/// The model and what the phases need, prepared once by main.
struct Fixture {
  std::vector<std::string> paths;
  std::vector<SourceInput> sources;
  std::size_t bytes = 0;
  LoadResult loaded;
};

Fixture& fixture();

/// `wanted` threads, or one per core for 0.
inline std::size_t thread_count(std::size_t wanted) {
  return wanted != 0 ? wanted : std::max(1u, std::thread::hardware_concurrency());
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

/// The inputs of scenario `s`, made on first use and kept.
const PlanInputs& plan_inputs(Id s);

// load.cc
void BM_ReadFiles(benchmark::State& state);
void BM_Load(benchmark::State& state);
void BM_CheckScenarios(benchmark::State& state);

// plan_phases.cc: state.range(0) is the scenario.
void BM_BuildGraph(benchmark::State& state);
void BM_Seeds(benchmark::State& state);
void BM_Closure(benchmark::State& state);
void BM_Classify(benchmark::State& state);
void BM_Municipalities(benchmark::State& state);
void BM_Interfaces(benchmark::State& state);
void BM_Waves(benchmark::State& state);
void BM_Economy(benchmark::State& state);
void BM_Organisation(benchmark::State& state);
void BM_Budget(benchmark::State& state);
void BM_Ownership(benchmark::State& state);
void BM_MakePlan(benchmark::State& state);

// report.cc
void BM_PlanJson(benchmark::State& state);

// risk.cc: the scenario and the number of runs.
void BM_Risk(benchmark::State& state);

// baselines.cc: yaml_event_scan's state.range(0) is the number of threads,
// bare_bfs_scc's the scenario.
void BM_YamlEventScan(benchmark::State& state);
void BM_BareBfsScc(benchmark::State& state);

}  // namespace opgavesnit::bench
