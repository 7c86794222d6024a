#include <fcntl.h>
#include <fmt/format.h>
#include <opgavesnit/core/parallel.h>
#include <opgavesnit/load/loader.h>
#include <opgavesnit/yaml/tree.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "loader_internal.h"

namespace opgavesnit {

namespace fs = std::filesystem;

namespace {

bool is_model_file(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

bool hidden(const fs::path& p) {
  auto name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

/// False when a line of `text` is longer than `limit` bytes; `line` is then
/// its 0-based number.
bool fits_lines(const std::string& text, std::size_t limit, std::uint32_t& line) {
  std::size_t start = 0;
  line = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end - start > limit) return false;
    start = end + 1;
    ++line;
  }
  return true;
}

/// Bytes of a file's text that count against the limits: without a
/// byte-order mark.
std::size_t text_bytes(std::string_view text) {
  return text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? text.size() - 3
                                                                     : text.size();
}

}  // namespace

bool read_source_file(const std::string& path, std::size_t max_bytes, SourceInput& out,
                      std::string& error) {
  out.path = path;
  out.text.clear();
  out.cut = false;
  out.size = 0;
  auto fail = [&](int e) {
    error = fmt::format("cannot read '{}': {}", path, std::strerror(e));
    return false;
  };
  // Non-blocking, so that a FIFO without a writer cannot hang open().
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return fail(errno);
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return fail(errno);
  if (S_ISDIR(st.st_mode)) {
    error = fmt::format("cannot read '{}': it is a folder", path);
    return false;
  }
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  // A byte-order mark does not count against the limit; one byte past it
  // tells that the file is larger.
  const std::size_t keep = max_bytes > SIZE_MAX - 4 ? SIZE_MAX - 4 : max_bytes + 4;
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > keep) {
    out.cut = true;
    out.size = static_cast<std::uint64_t>(st.st_size);
  }
  if (S_ISREG(st.st_mode))
    out.text.reserve(std::min<std::uint64_t>(static_cast<std::uint64_t>(st.st_size), keep));
  char buffer[1 << 16];
  while (out.text.size() < keep) {
    const std::size_t want = std::min(sizeof buffer, keep - out.text.size());
    const ssize_t n = ::read(fd, buffer, want);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno);
    }
    if (n == 0) return true;
    out.text.append(buffer, static_cast<std::size_t>(n));
  }
  // At the limit: is there more?
  char probe;
  ssize_t n;
  do n = ::read(fd, &probe, 1);
  while (n < 0 && errno == EINTR);
  if (n < 0) return fail(errno);
  if (n > 0) out.cut = true;
  return true;
}

bool read_model_sources(const std::vector<std::string>& paths, std::vector<SourceInput>& out,
                        std::string& error, std::size_t max_file_bytes,
                        std::size_t max_total_bytes) {
  std::size_t left = max_total_bytes;  // of the bytes all files may hold
  bool stopped = false;                // a file passed the total
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      error = fmt::format("no such file or folder: '{}'", path);
      return false;
    }
    std::vector<std::string> files;
    if (fs::is_directory(st)) {
      // A subfolder that cannot be read is an error, never skipped: the
      // model would silently lack its files.
      fs::recursive_directory_iterator it(path, ec), end;
      std::string at = path;
      for (; !ec && it != end; it.increment(ec)) {
        at = it->path().string();
        if (hidden(it->path())) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && is_model_file(it->path())) files.push_back(at);
      }
      if (ec) {
        error = fmt::format("cannot read folder '{}': {}", at, ec.message());
        return false;
      }
      if (files.empty()) {
        error = fmt::format("no model files (*.yaml, *.yml) in folder '{}'", path);
        return false;
      }
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(path);
    }
    for (const std::string& f : files) {
      SourceInput input;
      if (stopped) {  // past the total: listed (a file of the model), not read
        input.path = f;
        out.push_back(std::move(input));
        continue;
      }
      // Reading the file up to what is left of the total bounds the memory
      // of all files together, however many there are.
      const bool total_binds = left < max_file_bytes;
      if (!read_source_file(f, total_binds ? left : max_file_bytes, input, error)) return false;
      if (total_binds && (input.cut || text_bytes(input.text) > left)) {
        input.over_total = true;
        input.cut = false;
        input.size = 0;
        out.push_back(std::move(input));
        stopped = true;
        continue;
      }
      left -= std::min(left, text_bytes(input.text));
      out.push_back(std::move(input));
    }
  }
  return true;
}

namespace {

/// What is wrong at the byte that check_utf8 stopped at.
std::string encoding_problem(const std::string& text, std::uint32_t line, std::uint32_t column) {
  std::size_t at = 0;
  for (std::uint32_t l = 0; l < line; ++l) at = text.find('\n', at) + 1;
  at += column;
  auto c = static_cast<unsigned char>(text[at]);
  std::uint32_t cp = c;
  if (c == 0xC2 && at + 1 < text.size())
    cp = (static_cast<unsigned char>(text[at + 1]) & 0x3Fu) | 0x80u;
  if (cp < 0x20 || cp == 0x7F ||
      (c == 0xC2 && cp >= 0x80 && cp <= 0x9F && at + 1 < text.size() &&
       (static_cast<unsigned char>(text[at + 1]) & 0xC0) == 0x80))
    return fmt::format("the file holds the control character U+{:04X}, which YAML does not allow",
                       cp);
  return "the file is not UTF-8 text";
}

/// Checks and parses one file into `raw`; returns false when the file is
/// not a readable YAML model file (then its references are not resolved).
bool load_file(SourceInput& source, Id file, const LoadLimits& limits, detail::RawFile& raw,
               Diagnostics& diags) {
  std::string& text = source.text;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  yaml::normalize_line_breaks(text);  // a lone CR ends a line (as the text is kept)
  if (source.over_total) {
    diags.error("model-too-large", {file, 0, 0},
                fmt::format("with this file the model's files hold more than the limit of {} "
                            "bytes in all (raise it with --limit total-bytes=N)",
                            limits.max_total_bytes));
    text.clear();
    return false;
  }
  if (source.cut || text.size() > limits.max_file_bytes) {
    const std::string size = !source.cut ? fmt::format("has {} bytes", text.size())
                             : source.size > 0
                                 ? fmt::format("has {} bytes", source.size)
                                 : std::string("goes on past the limit of ") +
                                       std::to_string(limits.max_file_bytes) + " bytes";
    diags.error("file-too-large", {file, 0, 0},
                source.cut && source.size == 0
                    ? fmt::format("the file {} (raise it with --limit file-bytes=N)", size)
                    : fmt::format("the file {}, more than the limit of {} (raise it with "
                                  "--limit file-bytes=N)",
                                  size, limits.max_file_bytes));
    text.clear();
    return false;
  }
  std::uint32_t line = 0, column = 0;
  if (!fits_lines(text, limits.max_line_bytes, line)) {
    diags.error("line-too-long", {file, line, 0},
                fmt::format("line {} is longer than the limit of {} bytes (raise it with "
                            "--limit line-bytes=N)",
                            line + 1, limits.max_line_bytes));
    return false;
  }
  if (!yaml::check_utf8(text, line, column)) {
    diags.error("encoding", {file, line, column}, encoding_problem(text, line, column));
    return false;
  }
  yaml::Tree tree;
  if (!yaml::parse(text, file,
                   {limits.max_depth, limits.max_expanded_nodes, limits.max_expanded_bytes}, tree,
                   diags))
    return false;
  detail::read_file(tree, file, raw, diags);
  return true;
}

}  // namespace

LoadResult load_model(std::vector<SourceInput> sources, const LoadLimits& limits,
                      const LoadProgress& progress) {
  LoadResult result;
  Model& model = result.model;
  const std::size_t n = sources.size();
  std::vector<detail::RawFile> raw(n);
  std::vector<Diagnostics> file_diags(n);
  std::vector<char> readable(n, 0);
  // Files are independent until references are resolved: parse them on all
  // cores. Each file's results have their own slot, so neither results nor
  // diagnostics depend on the number of threads.
  // The largest files start first, so that no thread is left alone with a
  // large file at the end.
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return sources[a].text.size() > sources[b].text.size();
  });
  // The bound on all files together, for sources given here rather than
  // read by read_model_sources: the file that passes it is reported, and
  // the files after it are not parsed.
  std::size_t parsed = n, total = 0;
  for (std::size_t i = 0; i < n && parsed == n; ++i) {
    total += text_bytes(sources[i].text);
    if (sources[i].over_total || total > limits.max_total_bytes) {
      sources[i].over_total = true;
      parsed = i + 1;
    }
  }
  std::atomic<std::size_t> done{0};
  parallel_for(n, limits.threads, [&](std::size_t k) {
    const std::size_t i = order[k];
    // A file past the total is not parsed (it counts as unreadable).
    if (i < parsed)
      readable[i] = load_file(sources[i], static_cast<Id>(i), limits, raw[i], file_diags[i]);
    if (progress) progress(++done, n);
  });

  bool unreadable = false;
  for (std::size_t i = 0; i < n; ++i) {
    model.files.push_back({std::move(sources[i].path), std::move(sources[i].text)});
    result.diagnostics.append(file_diags[i]);
    unreadable = unreadable || !readable[i];
  }
  // With a file that is not YAML, the references into it would only add
  // noise ("unknown task" everywhere): report what was found so far.
  // Past a model-wide limit the model is not checked further either.
  if (!unreadable && !detail::check_model_limits(raw, limits, result.diagnostics))
    unreadable = true;
  if (!unreadable) detail::resolve_model(raw, model, result.diagnostics);
  result.diagnostics.sort();
  return result;
}

LoadResult load_model_from_string(const std::string& text, const std::string& path) {
  return load_model({SourceInput{path, text}});
}

void check_file_shape(const yaml::Tree& tree, Id file, Diagnostics& diags) {
  detail::RawFile raw;
  detail::read_file(tree, file, raw, diags);
}

}  // namespace opgavesnit
