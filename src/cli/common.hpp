#pragma once
// Options and steps shared by the subcommands that load articles.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "timeline/correlate.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/load.hpp"
#include "timeline/result.hpp"

namespace timeline::cli {

struct CommonOptions {
  std::vector<std::string> paths;
  std::string published;   ///< --published DATE (alias --dct)
  std::uintmax_t max_bytes = load::Options{}.max_bytes;
  std::string data_dir;
  bool quiet = false;
  unsigned jobs = 0;  ///< --jobs N: threads that tag documents (0: one per core); the output is the same for any N
};

void add_common_options(CLI::App& cmd, CommonOptions& opts);

struct Loaded {
  std::shared_ptr<Lexicon> lexicon;  ///< set when --data-dir was given
  load::Batch batch;
};

/// Loads the paths with the options; prints warnings (unless --quiet) on stderr.
Result<Loaded> load_with(const CommonOptions& opts);

/// Prints "timeline: error: MESSAGE" and returns the exit code (default: no usable input).
int report_error(const std::string& message, int code = 3);

class Progress;

/// Loads the paths and builds the timeline, drawing progress; on failure prints the error,
/// sets `exit_code` (3 when no article could be used) and returns nothing.
std::optional<correlate::Timeline> build_with(const CommonOptions& opts, Progress& progress, int& exit_code);

/// Exit code after a load: 3 with a message when no document could be used, else 0.
int finish_load(const CommonOptions& opts, const load::Batch& batch);

}  // namespace timeline::cli
