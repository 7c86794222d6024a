#include "common.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <opgavesnit/diag/diagnostic_format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "limits.h"
#include "progress.h"

namespace opgavesnit::cli {

void add_report_options(CLI::App* cmd, std::string& format, std::string& lang,
                        std::string& output) {
  cmd->add_option("--format,-f", format, "Output form")
      ->check(CLI::IsMember({"text", "json", "md"}))
      ->capture_default_str();
  cmd->add_option("--lang", lang, "Language of the labels and numbers of text and md")
      ->check(CLI::IsMember({"en", "da"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", output, "Write to FILE (atomically) instead of standard output");
}

std::string escape_lines(std::string_view message) {
  // Escape each line on its own: the line breaks of a list are meant.
  std::string text;
  std::size_t start = 0;
  while (true) {
    std::size_t end = message.find('\n', start);
    append_terminal_text(text, message.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    text += '\n';
    start = end + 1;
  }
  return text;
}

void print_error(const std::string& message) {
  std::cerr << "opgavesnit: error: " << escape_lines(message) << '\n';
}

namespace {

/// Every model file read so far: `-o` must never name one of them.
std::vector<std::pair<std::string, std::string>>& read_inputs() {
  static std::vector<std::pair<std::string, std::string>> paths;  // path, what it is
  return paths;
}

}  // namespace

int load(const std::vector<std::string>& paths, LoadResult& out) {
  std::vector<SourceInput> sources;
  std::string error;
  if (!read_model_sources(paths, sources, error, load_limits().max_file_bytes,
                          load_limits().max_total_bytes)) {
    print_error(error);
    return kExitUsage;
  }
  for (const SourceInput& s : sources) note_input(s.path, "a model file");
  if (progress_enabled()) progress_show(fmt::format("loading {} files...", sources.size()));
  out = load_model(std::move(sources), load_limits(), progress_loading());
  progress_clear();
  return kExitOk;
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) != 0; }

void print_diagnostics(const LoadResult& loaded, const Diagnostics& diags, bool werror) {
  if (diags.empty()) return;
  write_diagnostics(std::cerr, loaded.model.files, diags, DiagnosticFormat::text, werror,
                    stderr_is_terminal());
  std::string summary = summary_line(diags, werror);
  if (!summary.empty()) std::cerr << summary << '\n';
}

int choose_scenario(const Model& model, const std::string& id, Id& out) {
  auto list = [&] {
    std::vector<std::string> ids;
    for (const Scenario& s : model.scenarios) ids.push_back(s.id);
    std::sort(ids.begin(), ids.end());
    std::string text;
    for (const auto& s : ids) text += "\n  " + s;
    return text;
  };
  if (!id.empty()) {
    out = model.find_scenario(id);
    if (out != kNoId) return kExitOk;
    print_error(model.scenarios.empty()
                    ? fmt::format("no scenario '{}': the model has no scenarios", id)
                    : fmt::format("no scenario '{}'; the model's scenarios are:{}", id, list()));
    return kExitUsage;
  }
  if (model.scenarios.size() == 1) {
    out = 0;
    return kExitOk;
  }
  if (model.scenarios.empty())
    print_error("the model has no scenarios; add one under 'scenarios'");
  else
    print_error(fmt::format("the model has {} scenarios; choose one with --scenario:{}",
                            model.scenarios.size(), list()));
  return kExitUsage;
}

int load_checked(const std::vector<std::string>& paths, LoadResult& out, bool all_warnings) {
  if (int status = load(paths, out); status != kExitOk) return status;
  const Diagnostics& diags = out.diagnostics;
  if (all_warnings || diags.has_errors()) {
    print_diagnostics(out, diags, false);
  } else if (!diags.empty()) {
    const std::size_t warnings = diags.warning_count();
    const std::size_t notes = diags.items().size() - warnings;
    std::string counted;
    if (warnings > 0) counted = fmt::format("{} warning{}", warnings, warnings == 1 ? "" : "s");
    if (notes > 0)
      counted +=
          fmt::format("{}{} note{}", counted.empty() ? "" : " and ", notes, notes == 1 ? "" : "s");
    std::cerr << fmt::format(
        "opgavesnit: the model has {}; 'opgavesnit validate' lists them (or add --warnings)\n",
        counted);
  }
  return diags.has_errors() ? kExitModel : kExitOk;
}

int plan_scenario(const LoadResult& loaded, const std::string& scenario_id, Id& scenario,
                  Plan& plan) {
  if (int status = choose_scenario(loaded.model, scenario_id, scenario); status != kExitOk)
    return status;
  Diagnostics diags;
  {
    ProgressPhase phase("planning...");
    plan = make_plan(loaded.model, scenario, diags, plan_limits());
  }
  if (diags.has_errors()) {
    print_diagnostics(loaded, diags, false);
    return kExitModel;
  }
  return kExitOk;
}

int load_and_plan(const std::vector<std::string>& paths, const std::string& scenario_id,
                  LoadResult& loaded, Plan& plan, bool all_warnings) {
  if (int status = load_checked(paths, loaded, all_warnings); status != kExitOk) return status;
  Id scenario = kNoId;
  return plan_scenario(loaded, scenario_id, scenario, plan);
}

namespace {

/// Writes all of `data` to `fd`; false with errno set when a write fails.
bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

int write_error(const std::string& path, int error) {
  print_error(fmt::format("cannot write '{}': {}", path, std::strerror(error)));
  return kExitUsage;
}

/// Writes `content` over the existing `target` in place (truncating it):
/// for what is not a regular file (a device, a FIFO) and for a file with
/// several hard links, which a rename would separate.
int write_in_place(const std::string& shown, const std::string& target, const std::string& content,
                   bool truncate) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | (truncate ? O_TRUNC : 0));
  if (fd < 0) return write_error(shown, errno);
  if (!write_all(fd, content)) {
    const int error = errno;
    ::close(fd);
    return write_error(shown, error);
  }
  if (::close(fd) != 0 && errno != EINTR) return write_error(shown, errno);
  return kExitOk;
}

}  // namespace

void note_input(const std::string& path, const std::string& what) {
  read_inputs().emplace_back(path, what);
}

int write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout.flush();
    if (!write_all(STDOUT_FILENO, content)) {
      // A reader that went away (`| head`) ends the output, quietly and
      // successfully, as git and ripgrep do.
      if (errno == EPIPE) return kExitOk;
      print_error(fmt::format("cannot write to standard output: {}", std::strerror(errno)));
      return kExitUsage;
    }
    return kExitOk;
  }
  namespace fs = std::filesystem;
  for (const auto& [input, what] : read_inputs()) {
    std::error_code ec;
    if (fs::equivalent(fs::path(path), input, ec)) {
      print_error(fmt::format("refusing to write to '{}': it is {} read as input", path, what));
      return kExitUsage;
    }
  }
  // A symbolic link stays a link: write the file it names (when it names
  // one; a dangling link is created through, as a shell's `>` would).
  std::string target = path;
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    std::error_code ec;
    const fs::path real = fs::canonical(path, ec);
    if (!ec) target = real.string();
  }
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (!exists && errno != ENOENT) return write_error(path, errno);
  if (exists && S_ISDIR(st.st_mode)) {
    print_error(fmt::format("cannot write '{}': it is a folder", path));
    return kExitUsage;
  }
  // Devices (/dev/null, /dev/full), FIFOs and sockets are written in place:
  // a rename would replace the node itself. So is a file with several hard
  // links, so that every link sees the new content.
  if (exists && !S_ISREG(st.st_mode)) return write_in_place(path, target, content, false);
  if (exists && st.st_nlink > 1) return write_in_place(path, target, content, true);

  // A regular file: write a temporary file beside it and rename it into
  // place, so that a failure never leaves a half-written file. Its name is
  // short, so that a target name of 255 bytes still works.
  const fs::path target_path(target);
  const fs::path dir = target_path.has_parent_path() ? target_path.parent_path() : fs::path(".");
  std::string temp = (dir / ".opgavesnit.tmp-XXXXXX").string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return write_error(path, errno);
  auto fail = [&](int error) {
    ::close(fd);
    ::unlink(temp.c_str());
    return write_error(path, error);
  };
  if (!write_all(fd, content)) return fail(errno);
  // Keep the mode and, where allowed, the owner of the file replaced; a new
  // file gets 0666 less the umask, as any other.
  mode_t mode;
  if (exists) {
    mode = st.st_mode & 07777;
    if (::fchown(fd, st.st_uid, st.st_gid) != 0) {
      // Not allowed to give it away: keep the group at least, else drop the
      // set-id bits.
      if (::fchown(fd, static_cast<uid_t>(-1), st.st_gid) != 0) mode &= 0777;
    }
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  if (::fchmod(fd, mode) != 0) return fail(errno);
  if (::close(fd) != 0 && errno != EINTR) {
    const int error = errno;
    ::unlink(temp.c_str());
    return write_error(path, error);
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    return write_error(path, error);
  }
  return kExitOk;
}

}  // namespace opgavesnit::cli
