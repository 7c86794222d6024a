// The benchmarks of reading and loading a model, and of what validate
// adds: a plan of every scenario.
#include <opgavesnit/load/loader.h>

#include <string>
#include <utility>
#include <vector>

#include "bench.h"

namespace opgavesnit::bench {

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

}  // namespace opgavesnit::bench
