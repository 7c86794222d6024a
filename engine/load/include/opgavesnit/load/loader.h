// Loading a model: YAML files -> Model, with every problem as a diagnostic.
#pragma once

#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/model.h>

#include <functional>
#include <string>
#include <vector>

namespace opgavesnit {

namespace yaml {
struct Tree;
}

/// Limits that protect against hostile input. Exceeding one is an error.
struct LoadLimits {
  std::size_t max_depth = 100;                 ///< nesting of collections
  std::size_t max_expanded_nodes = 100000;     ///< nodes produced by aliases, per file
  std::size_t max_expanded_bytes = 64u << 20;  ///< scalar text produced by aliases, per file
  std::size_t max_file_bytes = 256u << 20;     ///< one file
  std::size_t max_line_bytes = 1u << 20;       ///< one line (generated one-line JSON fits)
  /// All files of the model together, counted while reading: reading
  /// stops at the file that passes it.
  std::size_t max_total_bytes = std::size_t{1} << 30;
  /// Threads that parse files; 0: one per core the process may run on.
  /// Results and diagnostics do not depend on it.
  std::size_t threads = 0;
  std::size_t max_components = 2000000;     ///< components in the whole model
  std::size_t max_dependencies = 20000000;  ///< `depends_on` entries in the whole model
};

/// One input: a path as given and its text.
struct SourceInput {
  std::string path;
  std::string text;
  /// True when only the start of the file was read, because it is larger
  /// than the limit on one file: loading then reports file-too-large.
  bool cut = false;
  /// The file's size in bytes when `cut` and the size is known (a regular
  /// file); 0 for a pipe or device read up to the limit.
  std::uint64_t size = 0;
  /// True when this file took the files read so far past the limit on all
  /// files together (read_model_sources reads no file after it): loading
  /// reports model-too-large here and parses no file after it.
  bool over_total = false;
};

/// The result of loading: the model (as complete as the input allowed) and
/// every diagnostic. The model may be planned only when no error was found.
struct LoadResult {
  Model model;
  Diagnostics diagnostics;
};

/// Told how far load_model has come: `done` of `total` files parsed. It is
/// called from the threads that parse, possibly at the same time, so it
/// must be thread-safe; never after load_model has returned.
using LoadProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Loads already-read sources (in the order given) and checks the model,
/// reporting to `progress` (when set) as files are parsed. Never throws.
LoadResult load_model(std::vector<SourceInput> sources, const LoadLimits& limits = {},
                      const LoadProgress& progress = {});

/// A convenience for tests: one file named `path` holding `text`.
LoadResult load_model_from_string(const std::string& text, const std::string& path = "model.yaml");

/// Expands command-line paths into the sorted list of model files: a folder
/// yields every *.yaml/*.yml below it (skipping names that begin with '.'),
/// a file yields itself. On failure (a path that does not exist, a folder
/// without model files, a file that cannot be read) returns false and sets
/// `error` to a one-line message; the caller exits 2.
///
/// A file is read up to `max_file_bytes` (and a byte-order mark) and no
/// further, checked while reading: a larger file, a pipe or a device that
/// never ends (/dev/zero, `yes |`) is cut there and marked `cut`, for
/// loading to report. The files together are read up to `max_total_bytes`
/// (byte-order marks not counted): the file that passes it is cut there and
/// marked `over_total`, and the files after it are listed with no text. A FIFO is opened
/// without blocking (one without a writer reads as empty); a folder that
/// cannot be read is an error, never skipped.
bool read_model_sources(const std::vector<std::string>& paths, std::vector<SourceInput>& out,
                        std::string& error,
                        std::size_t max_file_bytes = LoadLimits{}.max_file_bytes,
                        std::size_t max_total_bytes = LoadLimits{}.max_total_bytes);

/// Reads one file as read_model_sources does (bounded by `max_bytes`, plus
/// three for a byte-order mark; FIFOs without blocking). On failure returns
/// false and sets `error` ("cannot read 'x': it is a folder").
bool read_source_file(const std::string& path, std::size_t max_bytes, SourceInput& out,
                      std::string& error);

/// Reports the shape problems of one parsed file (unknown and missing keys,
/// types, ids, numbers, enumerations) without resolving references, as
/// loading does before it merges the files. Used by `fmt`, which rewrites
/// only files whose shape it understands.
void check_file_shape(const yaml::Tree& tree, Id file, Diagnostics& diags);

}  // namespace opgavesnit
