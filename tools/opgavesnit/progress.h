// A progress line on standard error for long runs ("loading 98 files... 45/98",
// "planning..."), rewritten in place with '\r' and cleared when done. Shown
// only when standard error is a terminal (and TERM is not "dumb"): piped or
// redirected, the program writes nothing of it.
#pragma once

#include <opgavesnit/load/loader.h>

#include <string>

namespace opgavesnit::cli {

/// True when progress is shown: standard error is a terminal, TERM is not
/// "dumb" and OPGAVESNIT_PROGRESS is not "0".
bool progress_enabled();

/// Shows `text` as the progress line, replacing what it showed before.
/// Thread-safe. Updates closer than 50 ms to the previous one are skipped
/// unless `force` is set.
void progress_show(const std::string& text, bool force = true);

/// Removes the progress line, if one is shown, so that the next output
/// starts at the beginning of an empty line. Thread-safe.
void progress_clear();

/// A callback for load_model that shows "loading N files... D/N".
LoadProgress progress_loading();

/// Shows `text` while it lives (e.g. while a plan is computed); clears it
/// when it goes.
class ProgressPhase {
 public:
  explicit ProgressPhase(const std::string& text) { progress_show(text); }
  ~ProgressPhase() { progress_clear(); }
  ProgressPhase(const ProgressPhase&) = delete;
  ProgressPhase& operator=(const ProgressPhase&) = delete;
};

}  // namespace opgavesnit::cli
