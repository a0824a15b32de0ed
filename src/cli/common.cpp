#include "cli/common.hpp"

#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/terminal.hpp"

namespace timeline::cli {

void add_common_options(CLI::App& cmd, CommonOptions& opts) {
  cmd.add_option("paths", opts.paths, "Article files or folders (folders are read recursively)")->required();
  cmd.add_option("--published,--dct", opts.published,
                 "Publication date for every document (YYYY-MM-DD or ISO 8601 with offset); overrides all others");
  cmd.add_option("--max-bytes", opts.max_bytes, "Skip files larger than this many bytes")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd.add_option("--data-dir", opts.data_dir, "Read lexicons from DIR (the layout of data/lexicon) instead of the built-in ones");
  cmd.add_flag("-q,--quiet", opts.quiet, "Do not print warnings or progress");
  cmd.add_option("-j,--jobs", opts.jobs, "Threads to use (0: all cores); the output is the same for any N")
      ->capture_default_str();
}

int report_error(const std::string& message, int code) {
  fmt::print(stderr, "timeline: error: {}\n", message);
  return code;
}

Result<Loaded> load_with(const CommonOptions& opts) {
  Loaded loaded;
  load::Options options;
  options.max_bytes = opts.max_bytes;
  if (!opts.data_dir.empty()) {
    auto lex = Lexicon::from_directory(opts.data_dir);
    if (!lex) return Error{lex.error()};
    loaded.lexicon = std::make_shared<Lexicon>(std::move(*lex));
    options.lexicon = loaded.lexicon.get();
  }
  if (!opts.published.empty()) {
    auto pd = load::parse_date_text(opts.published, options.lexicon != nullptr ? *options.lexicon : Lexicon::builtin());
    if (!pd) return Error{fmt::format("--published: '{}' is not a date (expected e.g. 2021-12-25 or 2021-12-25T11:01:00+09:00)", opts.published)};
    options.published = *pd;
  }
  std::vector<std::filesystem::path> paths(opts.paths.begin(), opts.paths.end());
  auto batch = load::load_paths(paths, options);
  if (!batch) return Error{batch.error()};
  loaded.batch = std::move(*batch);
  if (!opts.quiet)
    for (const auto& d : loaded.batch.diagnostics)
      if (d.severity != Severity::note) fmt::print(stderr, "timeline: {}\n", format_diagnostic(d));
  return loaded;
}

int finish_load(const CommonOptions& opts, const load::Batch& batch) {
  if (!batch.documents.empty()) return k_ok;
  const std::string where = opts.paths.size() == 1 ? opts.paths.front() : "the given paths";
  if (batch.skipped.empty()) return report_error(fmt::format("{}: no articles found", where), k_no_input);
  return report_error(fmt::format("{}: no usable articles ({} input(s) skipped)", where, batch.skipped.size()), k_no_input);
}

}  // namespace timeline::cli

namespace timeline::cli {

std::optional<correlate::Timeline> build_with(const CommonOptions& opts, Progress& progress, int& exit_code) {
  progress.step("loading articles");
  auto loaded = load_with(opts);
  if (!loaded) {
    exit_code = report_error(loaded.error());
    return std::nullopt;
  }
  if (const int code = finish_load(opts, loaded->batch); code != k_ok) {
    exit_code = code;
    return std::nullopt;
  }
  progress.step(fmt::format("extracting and correlating claims of {} documents", loaded->batch.documents.size()));
  auto timeline = correlate::build(loaded->batch.documents, loaded->batch.skipped, loaded->lexicon.get(), opts.jobs);
  if (!timeline) {
    exit_code = report_error(timeline.error(), k_usage);
    return std::nullopt;
  }
  exit_code = k_ok;
  return std::move(*timeline);
}

}  // namespace timeline::cli
