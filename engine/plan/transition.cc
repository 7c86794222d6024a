#include <opgavesnit/plan/transition.h>

#include <algorithm>

namespace opgavesnit {

std::vector<TransitionStep> transition_plan(const Model& model, const Plan& plan, Id municipality) {
  // The municipality's components are sorted by qualified id; a stable
  // sort by step and wave keeps that order within a wave.
  struct Keyed {
    std::uint64_t step;  // period index (unscheduled last), or wave
    TransitionItem item;
  };
  std::vector<Keyed> moving;
  for (Id c : plan.municipalities[municipality].components) {
    const ComponentPlan& cp = plan.components[c];
    if (cp.wave == 0) continue;
    const std::uint64_t step = !plan.scheduled      ? cp.wave
                               : cp.period == kNoId ? plan.periods.size()
                                                    : cp.period;
    moving.push_back({step, {c, cp.wave, handed_over_hours(model, plan, c)}});
  }
  std::stable_sort(moving.begin(), moving.end(), [](const Keyed& a, const Keyed& b) {
    return a.step != b.step ? a.step < b.step : a.item.wave < b.item.wave;
  });
  std::vector<TransitionStep> steps;
  for (std::size_t k = 0; k < moving.size(); ++k) {
    if (k == 0 || moving[k].step != moving[k - 1].step) {
      TransitionStep& s = steps.emplace_back();
      if (!plan.scheduled)
        s.wave = static_cast<std::uint32_t>(moving[k].step);
      else if (moving[k].step < plan.periods.size())
        s.period = static_cast<Id>(moving[k].step);
    }
    steps.back().hours += moving[k].item.hours;
    steps.back().items.push_back(std::move(moving[k].item));
  }
  return steps;
}

}  // namespace opgavesnit
