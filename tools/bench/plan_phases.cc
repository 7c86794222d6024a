// The benchmarks of make_plan's phases, each on the plan as the phases
// before it left it (PlanInputs), and of make_plan as a whole.
#include <opgavesnit/plan/plan.h>

#include <memory>
#include <utility>
#include <vector>

#include "bench.h"
#include "pair_graph.h"
#include "planner.h"

namespace opgavesnit::bench {

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

}  // namespace opgavesnit::bench
