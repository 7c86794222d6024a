// The model-wide limits of LoadLimits: components and dependencies.
#include <fmt/format.h>

#include "loader_internal.h"

namespace opgavesnit::detail {

bool check_model_limits(const std::vector<RawFile>& files, const LoadLimits& limits,
                        Diagnostics& diags) {
  std::size_t components = 0, dependencies = 0;
  bool ok = true;
  for (const RawFile& file : files) {
    for (const RawMunicipality& m : file.municipalities) {
      for (const RawComponent& c : m.components) {
        if (ok && ++components > limits.max_components) {
          diags.error(
              "too-many-components", c.component.pos,
              fmt::format("the model has more than the limit of {} components (raise it with "
                          "--limit components=N)",
                          limits.max_components));
          ok = false;
        }
        for (const RawDependency& d : c.depends_on) {
          if (++dependencies > limits.max_dependencies) {
            diags.error(
                "too-many-dependencies", d.pos,
                fmt::format("the model has more than the limit of {} dependencies (raise it "
                            "with --limit dependencies=N)",
                            limits.max_dependencies));
            return false;
          }
        }
      }
    }
  }
  return ok;
}

}  // namespace opgavesnit::detail
