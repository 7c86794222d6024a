#include "limits.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>

namespace opgavesnit::cli {

namespace {

LoadLimits g_limits;
PlanLimits g_plan_limits;

/// One limit that `--limit` can set: a field of LoadLimits or of PlanLimits.
struct LimitName {
  std::string_view name;
  std::size_t LoadLimits::*load;
  std::uint64_t PlanLimits::*plan;
  std::uint64_t max;  ///< the largest value accepted
};

// depth: yaml-cpp stops at a nesting of 2,000 on its own. file-bytes and
// line-bytes: a file larger than 2 GiB is never read (read_model_sources).
constexpr std::uint64_t kTwoGiB = std::uint64_t{1} << 31;
constexpr LimitName kLimits[] = {
    {"depth", &LoadLimits::max_depth, nullptr, 1000},
    {"alias-nodes", &LoadLimits::max_expanded_nodes, nullptr, 1000000000},
    {"alias-bytes", &LoadLimits::max_expanded_bytes, nullptr, kTwoGiB},
    {"file-bytes", &LoadLimits::max_file_bytes, nullptr, kTwoGiB},
    {"line-bytes", &LoadLimits::max_line_bytes, nullptr, kTwoGiB},
    {"total-bytes", &LoadLimits::max_total_bytes, nullptr, kTwoGiB * 32},
    {"components", &LoadLimits::max_components, nullptr, 1000000000},
    {"dependencies", &LoadLimits::max_dependencies, nullptr, 4000000000},
    {"witness-steps", nullptr, &PlanLimits::max_witness_steps, 4000000000},
};

std::uint64_t value_of(const LimitName& l, const LoadLimits& load, const PlanLimits& plan) {
  return l.load ? load.*l.load : plan.*l.plan;
}

std::string names() {
  std::string text;
  for (const auto& l : kLimits) text += fmt::format("{}{}", text.empty() ? "" : ", ", l.name);
  return text;
}

}  // namespace

std::string set_limit(LoadLimits& limits, PlanLimits& plan_limits, std::string_view spec) {
  auto eq = spec.find('=');
  if (eq == std::string_view::npos)
    return fmt::format("--limit takes NAME=VALUE, got '{}' (names: {})", spec, names());
  std::string_view name = spec.substr(0, eq), value = spec.substr(eq + 1);
  for (const auto& l : kLimits) {
    if (l.name != name) continue;
    std::uint64_t v = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (value.empty() || ec != std::errc() || end != value.data() + value.size() || v < 1 ||
        v > l.max)
      return fmt::format("--limit {}: '{}' is not a whole number from 1 to {}", name, value, l.max);
    if (l.load)
      limits.*l.load = static_cast<std::size_t>(v);
    else
      plan_limits.*l.plan = v;
    return "";
  }
  return fmt::format("--limit: unknown limit '{}' (names: {})", name, names());
}

const LoadLimits& load_limits() { return g_limits; }

const PlanLimits& plan_limits() { return g_plan_limits; }

void add_limit_option(CLI::App& app) {
  const LoadLimits defaults;
  const PlanLimits plan_defaults;
  std::string help =
      "Change a limit on the input model (repeatable; docs/limits.md). Limits and defaults:";
  for (const auto& l : kLimits)
    help += fmt::format("\n  {}={}", l.name, value_of(l, defaults, plan_defaults));
  app.add_option_function<std::vector<std::string>>(
         "--limit",
         [](const std::vector<std::string>& specs) {
           for (const auto& spec : specs) {
             std::string error = set_limit(g_limits, g_plan_limits, spec);
             if (!error.empty()) throw CLI::ValidationError(error);
           }
         },
         help)
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

}  // namespace opgavesnit::cli
