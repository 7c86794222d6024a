#include <opgavesnit/core/graph.h>

#include <algorithm>

namespace opgavesnit {

std::vector<std::uint32_t> strong_components(const std::vector<std::uint32_t>& start,
                                             const std::vector<std::uint32_t>& arcs,
                                             std::uint32_t& count) {
  constexpr std::uint32_t kNone = 0xffffffffu;
  const std::size_t n = start.size() - 1;
  std::vector<std::uint32_t> index(n, kNone), low(n, 0), comp(n, kNone), next_arc(n, 0);
  std::vector<std::uint32_t> stack, call;
  std::uint32_t counter = 0;
  count = 0;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (index[root] != kNone) continue;
    call.push_back(root);
    index[root] = low[root] = counter++;
    next_arc[root] = start[root];
    stack.push_back(root);
    while (!call.empty()) {
      const std::uint32_t v = call.back();
      if (next_arc[v] < start[v + 1]) {
        const std::uint32_t w = arcs[next_arc[v]++];
        if (index[w] == kNone) {
          index[w] = low[w] = counter++;
          next_arc[w] = start[w];
          stack.push_back(w);
          call.push_back(w);
        } else if (comp[w] == kNone) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      call.pop_back();
      if (!call.empty()) low[call.back()] = std::min(low[call.back()], low[v]);
      if (low[v] == index[v]) {
        std::uint32_t w;
        do {
          w = stack.back();
          stack.pop_back();
          comp[w] = count;
        } while (w != v);
        ++count;
      }
    }
  }
  return comp;
}

}  // namespace opgavesnit
