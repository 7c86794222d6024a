// Graphs in compressed rows: vertex v's arcs are arcs[start[v] .. start[v + 1]).
#pragma once

#include <cstdint>
#include <vector>

namespace opgavesnit {

/// Strongly connected components of the graph in compressed rows
/// (`start`, with one entry more than there are vertices, and `arcs`) by
/// Tarjan's algorithm with an explicit stack, in time linear in the graph.
/// Returns the component of each vertex, numbered in the order found: a
/// component comes after every component it reaches. `count` is set to the
/// number of components.
std::vector<std::uint32_t> strong_components(const std::vector<std::uint32_t>& start,
                                             const std::vector<std::uint32_t>& arcs,
                                             std::uint32_t& count);

}  // namespace opgavesnit
