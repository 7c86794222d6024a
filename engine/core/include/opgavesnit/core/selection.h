// Which (component, task) pairs a service level selects (model-format.md).
#pragma once

#include <opgavesnit/core/model.h>

namespace opgavesnit {

/// True when `rule` matches the pair (component `c`, local task `t`).
bool rule_matches(const Model& model, const Rule& rule, Id c, std::uint32_t t);

/// True when `level` selects the pair: some include rule of the level or of
/// a level it extends matches, and no exclude rule of them does. The
/// extends chain must be acyclic (the loader guarantees it for valid models;
/// a cycle is cut rather than followed forever).
bool level_selects(const Model& model, Id level, Id c, std::uint32_t t);

}  // namespace opgavesnit
