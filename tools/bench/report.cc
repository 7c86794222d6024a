// The benchmark of a report: the plan as JSON, into memory.
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/plan_json.h>

#include <sstream>

#include "bench.h"

namespace opgavesnit::bench {

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

}  // namespace opgavesnit::bench
