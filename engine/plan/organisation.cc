// The shared organisation's own economy (semantics.md §10), exact.
#include "planner.h"

namespace opgavesnit {

void compute_organisation(const Model& model, Plan& plan) {
  if (!model.organisation) return;
  const Organisation& org = *model.organisation;
  OrganisationPlan op;
  op.hours_per_fte = org.hours_per_fte.value_or(model.region.hours_per_fte);
  // needed(c, t) = hours(c, t) × (1 − eff(t)): hundredths × ten-thousandths.
  // One term is below 10^12 × 10^14 × 10^4 = 10^30; Int256 sums them.
  Int256 needed;
  __int128 annual = 0;  // øre; below 2^32 × 10^14
  Int256 transferred_cost;
  for (std::size_t c = 0; c < model.components.size(); ++c) {
    const ComponentPlan& cp = plan.components[c];
    if (cp.tasks.empty()) continue;
    const Component& comp = model.components[c];
    const ComponentType& type = model.types[comp.type];
    __int128 nd = 0;
    for (std::uint32_t t : cp.tasks) {
      const TypeTask& tt = type.tasks[t];
      nd += static_cast<__int128>(comp.quantity) * tt.hours * (10000 - org.efficiency_of[tt.task]);
    }
    needed += Int256(nd);
    if (annual_cost_moves(type, cp)) annual += comp.annual_cost;
  }
  for (const MunicipalityPlan& mp : plan.municipalities) {
    op.revenue += mp.price;
    transferred_cost += mp.transferred_cost;
  }
  const Int256 kFromOre(1000000), kFromTenThousandths(10000);
  op.hours_needed = needed;
  op.staff_cost = needed * Int256(org.hourly_cost);
  op.fixed_cost = Int256(org.fixed_cost) * kFromOre;
  op.annual_costs = Int256(annual) * kFromOre;
  op.cost = op.fixed_cost + op.staff_cost + op.annual_costs;
  op.revenue = op.revenue * kFromTenThousandths;
  op.result = op.revenue - op.cost;
  op.savings = transferred_cost * kFromTenThousandths - op.cost;
  plan.organisation = op;
}

}  // namespace opgavesnit
