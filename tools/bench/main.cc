// opgavesnit_bench: the command line, and the registration of every
// benchmark (bench.h says which file holds which).
#include <benchmark/benchmark.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/plan/risk.h>

#include <cstdio>
#include <string>
#include <vector>

#include "bench.h"

namespace opgavesnit::bench {

Fixture& fixture() {
  static Fixture f;
  return f;
}

}  // namespace opgavesnit::bench

namespace {

int usage(const char* why) {
  std::fprintf(stderr,
               "opgavesnit_bench: %s\nusage: opgavesnit_bench MODEL [--scenario ID]... "
               "[--benchmark_filter=REGEX ...]\n",
               why);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace opgavesnit;
  using namespace opgavesnit::bench;
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
