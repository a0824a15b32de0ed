#pragma once
// Options and steps shared by the subcommands that load articles.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "timeline/claims.hpp"
#include "timeline/correlate.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/load.hpp"
#include "timeline/result.hpp"

namespace timeline::cli {

class Progress;

struct CommonOptions {
  std::vector<std::string> paths;
  std::string published;  ///< --published DATE (alias --dct)
  std::uintmax_t max_bytes = load::Options{}.max_bytes;
  std::string data_dir;
  bool quiet = false;
  unsigned jobs = 0;  ///< --jobs N: threads that tag documents (0: one per core); the output is the same for any N
  std::string cache;  ///< --cache DIR: extraction results by content hash ("" none)
};

void add_common_options(CLI::App& cmd, CommonOptions& opts);

struct Loaded {
  std::shared_ptr<Lexicon> lexicon;  ///< set when --data-dir was given
  load::Batch batch;
};

/// Loads the paths with the options; prints warnings (unless --quiet) on stderr.
Result<Loaded> load_with(const CommonOptions& opts);

/// The lexicon (--data-dir) and load options the command line asks for.
struct Prepared {
  std::shared_ptr<Lexicon> lexicon;  ///< set when --data-dir was given
  load::Options load;
};
Result<Prepared> prepare(const CommonOptions& opts);

/// The streaming map step over `inputs` (--jobs, --cache); prints the loader's warnings and,
/// with --cache, "timeline: cache: N extracted, M reused" on stderr (unless --quiet).
Result<claims::Records> extract_with(const CommonOptions& opts, const Prepared& prepared,
                                     const std::vector<load::Input>& inputs);

/// Prints the records' warnings on stderr (unless --quiet).
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, bool quiet);

/// How a timeline is written: build's and merge's output options.
struct OutputOptions {
  std::string output;
  std::string format = "text";
  std::string since, until, color = "auto";
  std::vector<std::string> kinds;
  std::size_t min_sources = 0;
  std::size_t width = 0;
  bool explain = false;
  bool csv_claims = false;
};

void add_output_options(CLI::App& cmd, OutputOptions& opts);

/// Checks the output options before any work; prints the error and returns k_usage when wrong.
int check_output(const OutputOptions& opts);

/// Filters, renders and writes the timeline; returns the exit code.
int write_timeline(correlate::Timeline& timeline, const OutputOptions& opts, Progress& progress);

/// The file's text, or nothing when it cannot be read (`why` says so).
std::optional<std::string> read_text(const std::string& path, std::string& why);

/// Prints "timeline: error: MESSAGE" and returns the exit code (default: no usable input).
int report_error(const std::string& message, int code = 3);

/// Loads the paths and builds the timeline, drawing progress; on failure prints the error,
/// sets `exit_code` (3 when no article could be used) and returns nothing.
std::optional<correlate::Timeline> build_with(const CommonOptions& opts, Progress& progress, int& exit_code);

/// Exit code after a load: 3 with a message when no document could be used, else 0.
int finish_load(const CommonOptions& opts, std::size_t documents, std::size_t skipped);

}  // namespace timeline::cli
