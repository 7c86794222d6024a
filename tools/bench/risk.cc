// The benchmark of compute_risk (three-point estimates, Monte Carlo).
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/plan/risk.h>

#include "bench.h"

namespace opgavesnit::bench {

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

}  // namespace opgavesnit::bench
