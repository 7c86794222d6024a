// The transition plan of one municipality: which of its components move in
// which period (or wave), with the hours each hands over. The reports people
// read print it; JSON has the same facts per component.
#pragma once

#include <opgavesnit/core/exact.h>
#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>

#include <cstdint>
#include <vector>

namespace opgavesnit {

/// One component that moves in a step.
struct TransitionItem {
  Id component = kNoId;
  std::uint32_t wave = 0;  ///< 1-based
  Int256 hours;            ///< handed over per year, hundredths
};

/// The components of one municipality that move together in one period or,
/// when the scenario has no periods, in one wave.
struct TransitionStep {
  /// Index into Plan::periods; kNoId for the components no period had room
  /// for, and for every step of a plan without periods.
  Id period = kNoId;
  /// The wave of a plan without periods; 0 when the plan has periods.
  std::uint32_t wave = 0;
  std::vector<TransitionItem> items;  ///< by wave, then qualified id
  Int256 hours;                       ///< the sum of the items' hours
};

/// The steps of `municipality` in order: the periods in the scenario's
/// order and the unscheduled components last, or the waves in order. Only
/// steps with components; empty when nothing of the municipality moves.
std::vector<TransitionStep> transition_plan(const Model& model, const Plan& plan, Id municipality);

}  // namespace opgavesnit
