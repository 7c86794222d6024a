#include "loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "loader_internal.h"
#include "yaml_tree.h"

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

bool read_file(const std::string& path, std::string& text, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = fmt::format("cannot read '{}'", path);
    return false;
  }
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = fmt::format("cannot read '{}'", path);
    return false;
  }
  return true;
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

}  // namespace

bool read_model_sources(const std::vector<std::string>& paths, std::vector<SourceInput>& out,
                        std::string& error) {
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      error = fmt::format("no such file or folder: '{}'", path);
      return false;
    }
    std::vector<std::string> files;
    if (fs::is_directory(st)) {
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        if (hidden(it->path())) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && is_model_file(it->path())) files.push_back(it->path().string());
      }
      if (ec) {
        error = fmt::format("cannot read folder '{}': {}", path, ec.message());
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
      input.path = f;
      std::uintmax_t size = fs::file_size(f, ec);
      if (!ec && size > (std::uintmax_t{1} << 31)) {
        error = fmt::format("'{}' is too large to be a model file ({} bytes)", f, size);
        return false;
      }
      if (!read_file(f, input.text, error)) return false;
      out.push_back(std::move(input));
    }
  }
  return true;
}

LoadResult load_model(std::vector<SourceInput> sources, const LoadLimits& limits) {
  LoadResult result;
  Model& model = result.model;
  Diagnostics& diags = result.diagnostics;
  std::vector<detail::RawFile> raw(sources.size());
  yaml::ParseLimits parse_limits{limits.max_depth, limits.max_expanded_nodes};
  bool unreadable = false;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const Id file = static_cast<Id>(i);
    std::string text = std::move(sources[i].text);
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    model.files.push_back({sources[i].path, {}});
    if (text.size() > limits.max_file_bytes) {
      unreadable = true;
      diags.error("file-too-large", {file, 0, 0},
                  fmt::format("the file has {} bytes, more than the limit of {}", text.size(), limits.max_file_bytes));
      continue;
    }
    std::uint32_t line = 0, column = 0;
    if (!fits_lines(text, limits.max_line_bytes, line)) {
      model.files.back().text = std::move(text);
      unreadable = true;
      diags.error("line-too-long", {file, line, 0},
                  fmt::format("line {} is longer than the limit of {} bytes", line + 1, limits.max_line_bytes));
      continue;
    }
    if (!yaml::check_utf8(text, line, column)) {
      model.files.back().text = std::move(text);
      unreadable = true;
      diags.error("encoding", {file, line, column}, "the file is not UTF-8 text");
      continue;
    }
    yaml::Tree tree;
    if (yaml::parse(text, file, parse_limits, tree, diags))
      detail::read_file(tree, file, raw[i], diags);
    else
      unreadable = true;
    model.files.back().text = std::move(text);
  }
  // With a file that is not YAML, the references into it would only add
  // noise ("unknown task" everywhere): report what was found so far.
  if (!unreadable) detail::resolve_model(raw, model, diags);
  diags.sort();
  return result;
}

LoadResult load_model_from_string(const std::string& text, const std::string& path) {
  return load_model({SourceInput{path, text}});
}

}  // namespace opgavesnit
