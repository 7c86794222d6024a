#include "progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace opgavesnit::cli {

namespace {

struct State {
  std::mutex mutex;
  std::size_t shown = 0;  ///< width of the line on the terminal now; 0: none
  std::chrono::steady_clock::time_point last{};
};

State& state() {
  static State s;
  return s;
}

void write_all(const std::string& s) {
  std::size_t at = 0;
  while (at < s.size()) {
    ssize_t n = ::write(STDERR_FILENO, s.data() + at, s.size() - at);
    if (n <= 0) return;  // a terminal that went away: give up quietly
    at += static_cast<std::size_t>(n);
  }
}

/// Width on the terminal: code points (the texts are ASCII or Latin letters).
std::size_t width(const std::string& s) {
  std::size_t w = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++w;
  return w;
}

void clear_at_exit() { progress_clear(); }

}  // namespace

bool progress_enabled() {
  static const bool enabled = [] {
    if (isatty(STDERR_FILENO) == 0) return false;
    const char* term = std::getenv("TERM");
    if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
    const char* setting = std::getenv("OPGAVESNIT_PROGRESS");
    if (setting != nullptr && std::strcmp(setting, "0") == 0) return false;
    std::atexit(clear_at_exit);
    return true;
  }();
  return enabled;
}

void progress_show(const std::string& text, bool force) {
  if (!progress_enabled()) return;
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  auto now = std::chrono::steady_clock::now();
  if (!force && s.shown > 0 && now - s.last < std::chrono::milliseconds(50)) return;
  s.last = now;
  std::string line = "\r" + text;
  const std::size_t w = width(text);
  if (w < s.shown) line += std::string(s.shown - w, ' ') + "\r" + text;
  s.shown = w;
  write_all(line);
}

void progress_clear() {
  if (!progress_enabled()) return;
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (s.shown == 0) return;
  write_all("\r" + std::string(s.shown, ' ') + "\r");
  s.shown = 0;
}

LoadProgress progress_loading() {
  if (!progress_enabled()) return {};
  return [](std::size_t done, std::size_t total) {
    progress_show(
        fmt::format("loading {} {}... {}/{}", total, total == 1 ? "file" : "files", done, total),
        done == total);
  };
}

}  // namespace opgavesnit::cli
