#include "graphviz.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

extern char** environ;

namespace opgavesnit::cli {

namespace {

/// A temporary file, removed when it goes out of scope.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/opgavesnit-dot-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    fd_ = ::mkstemp(buf.data());
    if (fd_ >= 0) path_ = buf.data();
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  bool ok() const { return fd_ >= 0; }
  const std::string& path() const { return path_; }
  int fd() const { return fd_; }

  bool write_all(const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
      const ssize_t n = ::write(fd_, text.data() + done, text.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return ::lseek(fd_, 0, SEEK_SET) == 0;
  }

  std::string read_all() const {
    std::string text;
    if (::lseek(fd_, 0, SEEK_SET) != 0) return text;
    char buf[65536];
    for (;;) {
      const ssize_t n = ::read(fd_, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      text.append(buf, static_cast<std::size_t>(n));
    }
    return text;
  }

 private:
  int fd_ = -1;
  std::string path_;
};

/// The first line of `text`, at most 200 bytes, printable ASCII only.
std::string first_line(const std::string& text) {
  std::string line;
  for (char ch : text) {
    if (ch == '\n' || line.size() >= 200) break;
    line += (ch >= 0x20 && ch < 0x7f) ? ch : '?';
  }
  return line;
}

}  // namespace

bool render_svg(const std::string& dot_text, std::string& svg, std::string& error,
                int timeout_seconds) {
  TempFile in, out, err;
  if (!in.ok() || !out.ok() || !err.ok() || !in.write_all(dot_text)) {
    error = "cannot create a temporary file for Graphviz";
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd(), 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd(), 1);
  posix_spawn_file_actions_adddup2(&actions, err.fd(), 2);
  char arg0[] = "dot";
  char arg1[] = "-Tsvg";
  char* argv[] = {arg0, arg1, nullptr};
  pid_t pid = 0;
  const int rc = ::posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    error = rc == ENOENT ? "Graphviz's 'dot' program was not found (install Debian's 'graphviz')"
                         : std::string("cannot run Graphviz's 'dot': ") + std::strerror(rc);
    return false;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      error = "lost track of Graphviz's 'dot'";
      return false;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      error = "Graphviz's 'dot' took longer than " + std::to_string(timeout_seconds) +
              " seconds and was stopped";
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    const std::string reason = first_line(err.read_all());
    error = "Graphviz's 'dot' failed" + (reason.empty() ? std::string() : ": " + reason);
    return false;
  }
  svg = out.read_all();
  if (svg.empty()) {
    error = "Graphviz's 'dot' wrote nothing";
    return false;
  }
  return true;
}

}  // namespace opgavesnit::cli
