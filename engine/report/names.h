// How the reports people read (text, Markdown, HTML) name the things of a
// model: by name, with the id where it tells two apart. Raw text: each
// writer escapes it for its syntax.
#pragma once

#include <opgavesnit/core/model.h>
#include <opgavesnit/plan/plan.h>
#include <opgavesnit/report/locale.h>

#include <string>
#include <string_view>

namespace opgavesnit::names {

/// "SBSYS (skanderborg/app-sbsys)", or the qualified id when the component
/// has no name.
std::string component(const Model& model, Id c);
/// The name of a component, or its qualified id when it has none.
const std::string& component_name(const Model& model, Id c);
/// The task's name, or its id when it has none.
const std::string& task(const Model& model, Id task);
/// The name of local task `t` of component `c`'s type.
const std::string& component_task(const Model& model, Id c, std::uint32_t t);
/// The level's name, or its id; "none" in `lang` for kNoId.
std::string level(const Model& model, Id level, Lang lang);
/// The municipality's name, or its id.
const std::string& municipality(const Model& model, Id m);
/// The type's name, or its id.
const std::string& type(const Model& model, Id type);
/// The name of the `k`th common cost of the plan's scenario, or its id.
std::string common_cost(const Model& model, const Plan& plan, std::size_t k);
/// A pair as a person reads it: "SBSYS (skanderborg/app-sbsys): Drift".
std::string pair(const Model& model, PairRef p);

/// Why the net change of municipality `m` has its sign, in one line:
/// "base fee DKK 50,000.00 + 372.00 h × (hourly rate DKK 820.00 − own
/// hourly cost DKK 600.00); the annual costs DKK 12,000.00 move with the
/// components and are in both". Empty when `m` does not take part.
std::string net_change_breakdown(const Model& model, const Plan& plan, Id m, Lang lang);

/// An SLA value as `lang` writes it: availability "99,8 %" (da) or
/// "99.8 %" (en) when the value is a plain number; other values as written.
std::string sla_value(std::string_view key, std::string_view value, Lang lang);

}  // namespace opgavesnit::names
