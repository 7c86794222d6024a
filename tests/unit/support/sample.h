// The one small ordinary model of the unit tests, as a builder so that a
// test that needs one more component, a scenario or a changed name starts
// from it:
//
//   types       dc  (facility):    operation 100 h, monitoring 20 h (all foundation)
//               vm  (server):      operation 120 h (foundation), capacity 16 h
//                                  (requires operation)
//               app (application): operation 50 h, backup 10 h, patching 5 h
//                                  (requires operation); all foundation
//   levels      basis 850 kr/h: the facility; standard 820 kr/h extends basis:
//               + servers; fuld 800 kr/h extends standard: + applications
//   munis       a (population 100), b (population 300); the region's hourly
//               cost 700 kr
//   components  a/dc <- a/vm <- a/app (hard dependencies)
//
// No scenario: a test adds the ones it plans (sample() has "s" at standard).
#pragma once

#include <opgavesnit/core/model.h>

#include "support/model_builder.h"

namespace opgavesnit::testing {

/// The sample model without a scenario.
ModelBuilder sample_builder();

/// The sample model with one scenario "s" at level standard.
Model sample();

}  // namespace opgavesnit::testing
