// A small parallel for: the loader's files and the planner's scenarios.
#pragma once

#include <cstddef>
#include <functional>

namespace opgavesnit {

/// The cores this process may run on (its affinity mask, which `taskset`
/// sets), at least 1.
std::size_t usable_cores();

/// Calls `body(i)` once for every i in [0, n), on up to `threads` threads
/// (0: usable_cores(); never more than n), the calling thread among them.
/// Indices are handed out in ascending order to whichever thread is free,
/// so `body` must write only to state of its own index for the result not
/// to depend on the thread count. Returns when every call has returned; an
/// exception thrown by `body` is rethrown then (the first one; indices not
/// yet started are skipped).
void parallel_for(std::size_t n, std::size_t threads, const std::function<void(std::size_t)>& body);

}  // namespace opgavesnit
