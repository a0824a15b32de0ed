#include "cli/common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/app.hpp"
#include "cli/output.hpp"
#include "cli/terminal.hpp"
#include "timeline/render.hpp"

namespace timeline::cli {

void add_common_options(CLI::App& cmd, CommonOptions& opts) {
  cmd.add_option("paths", opts.paths, "Article files or folders (folders are read recursively)")->required();
  cmd.add_option("--published,--dct", opts.published,
                 "Publication date for every document (YYYY-MM-DD or ISO 8601 with offset); overrides all others");
  cmd.add_option("--max-bytes", opts.max_bytes, "Skip files larger than this many bytes")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd.add_option("--data-dir", opts.data_dir,
                 "Read lexicons from DIR (the layout of data/lexicon) instead of the built-in ones");
  cmd.add_flag("-q,--quiet", opts.quiet, "Do not print warnings or progress");
  cmd.add_option("-j,--jobs", opts.jobs, "Threads to use (0: all cores); the output is the same for any N")
      ->capture_default_str();
  cmd.add_option("--cache", opts.cache,
                 "Keep extraction results in DIR by content hash: unchanged articles are not extracted again");
}

std::optional<std::string> read_text(const std::string& path, std::string& why) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::filesystem::exists(path) ? "cannot read it" : "no such file";
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int report_error(const std::string& message, int code) {
  fmt::print(stderr, "timeline: error: {}\n", message);
  return code;
}

Result<Prepared> prepare(const CommonOptions& opts) {
  Prepared prepared;
  prepared.load.max_bytes = opts.max_bytes;
  if (!opts.data_dir.empty()) {
    auto lex = Lexicon::from_directory(opts.data_dir);
    if (!lex) return Error{lex.error()};
    prepared.lexicon = std::make_shared<Lexicon>(std::move(*lex));
    prepared.load.lexicon = prepared.lexicon.get();
  }
  if (!opts.published.empty()) {
    auto pd = load::parse_date_text(opts.published, prepared.lexicon ? *prepared.lexicon : Lexicon::builtin());
    if (!pd)
      return Error{fmt::format(
          "--published: '{}' is not a date (expected e.g. 2021-12-25 or 2021-12-25T11:01:00+09:00)", opts.published)};
    prepared.load.published = *pd;
  }
  return prepared;
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, bool quiet) {
  if (quiet) return;
  for (const auto& d : diagnostics)
    if (d.severity != Severity::note) fmt::print(stderr, "timeline: {}\n", format_diagnostic(d));
}

Result<Loaded> load_with(const CommonOptions& opts) {
  auto prepared = prepare(opts);
  if (!prepared) return Error{prepared.error()};
  Loaded loaded;
  loaded.lexicon = prepared->lexicon;
  std::vector<std::filesystem::path> paths(opts.paths.begin(), opts.paths.end());
  auto batch = load::load_paths(paths, prepared->load);
  if (!batch) return Error{batch.error()};
  loaded.batch = std::move(*batch);
  print_diagnostics(loaded.batch.diagnostics, opts.quiet);
  return loaded;
}

namespace {

// The cache's work, unless quiet.
void print_cache_stats(const CommonOptions& opts, const correlate::ExtractStats& stats) {
  if (opts.cache.empty() || opts.quiet) return;
  fmt::print(stderr, "timeline: cache: {} extracted, {} reused ({})\n", stats.extracted, stats.cached, opts.cache);
  if (stats.unwritten > 0)
    fmt::print(stderr, "timeline: warning: {}: {} cache entries could not be written\n", opts.cache, stats.unwritten);
}

// As many allocator arenas as extracting threads (glibc makes up to eight per core): the last
// thread to start shares the main thread's arena (the main thread only waits meanwhile), so
// correlation, on the main thread, reuses what that thread's extraction freed instead of
// growing beside it. 100,000 articles: 1,041 -> 979 MiB peak; no CPU cost measured. A
// MALLOC_ARENA_MAX of the environment is left alone.
void limit_arenas(unsigned jobs) {
#if defined(__GLIBC__)
  if (std::getenv("MALLOC_ARENA_MAX") != nullptr) return;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  mallopt(M_ARENA_MAX, static_cast<int>(std::min(jobs, 1024u)));
#else
  (void)jobs;
#endif
}

correlate::ExtractOptions extract_options(const CommonOptions& opts, const Prepared& prepared) {
  limit_arenas(opts.jobs);
  correlate::ExtractOptions eo;
  eo.load = prepared.load;
  eo.jobs = opts.jobs;
  eo.cache = opts.cache;
  return eo;
}

// The inputs extracted straight into one corpus (what `build` correlates).
Result<correlate::Corpus> extract_corpus_with(const CommonOptions& opts, const Prepared& prepared,
                                              const std::vector<load::Input>& inputs) {
  correlate::ExtractStats stats;
  auto corpus = correlate::extract_corpus(inputs, extract_options(opts, prepared), &stats);
  if (!corpus) return corpus;
  print_diagnostics(corpus->diagnostics, opts.quiet);
  corpus->diagnostics = {};
  print_cache_stats(opts, stats);
  return corpus;
}

}  // namespace

Result<claims::Records> extract_with(const CommonOptions& opts, const Prepared& prepared,
                                     const std::vector<load::Input>& inputs) {
  correlate::ExtractStats stats;
  auto records = correlate::extract(inputs, extract_options(opts, prepared), &stats);
  if (!records) return records;
  print_diagnostics(records->diagnostics, opts.quiet);
  print_cache_stats(opts, stats);
  return records;
}

int finish_load(const CommonOptions& opts, std::size_t documents, std::size_t skipped) {
  if (documents > 0) return k_ok;
  const std::string where = opts.paths.size() == 1 ? opts.paths.front() : "the given paths";
  if (skipped == 0) return report_error(fmt::format("{}: no articles found", where), k_no_input);
  return report_error(fmt::format("{}: no usable articles ({} input(s) skipped)", where, skipped), k_no_input);
}

}  // namespace timeline::cli

namespace timeline::cli {

std::optional<correlate::Timeline> build_with(const CommonOptions& opts, Progress& progress, int& exit_code) {
  progress.step("loading and extracting articles");
  auto prepared = prepare(opts);
  auto inputs = load::collect(std::vector<std::filesystem::path>(opts.paths.begin(), opts.paths.end()));
  auto corpus = !prepared ? Result<correlate::Corpus>(Error{prepared.error()})
                : !inputs ? Result<correlate::Corpus>(Error{inputs.error()})
                          : extract_corpus_with(opts, *prepared, *inputs);
  if (!corpus) {
    exit_code = report_error(corpus.error());
    return std::nullopt;
  }
  if (const int code = finish_load(opts, corpus->documents.size(), corpus->skipped.size()); code != k_ok) {
    exit_code = code;
    return std::nullopt;
  }
  progress.step(fmt::format("correlating the claims of {} documents", corpus->documents.size()));
  auto timeline = correlate::merge(std::move(*corpus), prepared->lexicon.get());
  if (!timeline) {
    exit_code = report_error(timeline.error(), k_usage);
    return std::nullopt;
  }
  exit_code = k_ok;
  return std::move(*timeline);
}

namespace {

// The filter from the options; an error names the option.
Result<render::Filter> filter_from(const OutputOptions& o) {
  render::Filter f;
  if (!o.since.empty()) {
    auto b = render::parse_bound(o.since, false);
    if (!b) return Error{"--since: " + b.error()};
    f.since = *b;
  }
  if (!o.until.empty()) {
    auto b = render::parse_bound(o.until, true);
    if (!b) return Error{"--until: " + b.error()};
    f.until = *b;
  }
  if (!f.since.empty() && !f.until.empty() && f.until < f.since)
    return Error{"--until " + o.until + " is before --since " + o.since};
  f.kinds = o.kinds;
  f.min_sources = o.min_sources;
  return f;
}

}  // namespace

void add_output_options(CLI::App& cmd, OutputOptions& opts) {
  cmd.add_option("-o,--output", opts.output, "Write to FILE (atomically) instead of stdout");
  cmd.add_option("-f,--format", opts.format,
                 "Output format: " + std::string(render::format_names()) + " (default: text)");
  cmd.add_flag("--explain", opts.explain, "Show why each date and conflict was resolved as it was");
  cmd.add_flag("--csv-claims", opts.csv_claims, "CSV: one row per claim instead of one per event");
  cmd.add_option("--since", opts.since, "Keep events that may have happened on or after DATE (YYYY[-MM[-DD]])");
  cmd.add_option("--until", opts.until, "Keep events that may have happened on or before DATE (YYYY[-MM[-DD]])");
  cmd.add_option("--kind", opts.kinds, "Keep events of this kind (repeatable): intrusion, discovery, disclosure…");
  cmd.add_option("--min-sources", opts.min_sources, "Keep events with at least N independent sources");
  cmd.add_option("--width", opts.width, "Text: wrap at N columns (default: the terminal's, else 100)");
  cmd.add_option("--color", opts.color, "Text colours: auto (a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

int check_output(const OutputOptions& opts) {
  const auto format = render::parse_format(opts.format);
  if (!format) return report_error(format.error(), k_usage);
  if (const auto filter = filter_from(opts); !filter) return report_error(filter.error(), k_usage);
  if (opts.csv_claims && *format != render::Format::csv) return report_error("--csv-claims needs -f csv", k_usage);
  return k_ok;
}

int write_timeline(correlate::Timeline& timeline, const OutputOptions& opts, Progress& progress) {
  const auto format = render::parse_format(opts.format);
  const auto filter = filter_from(opts);
  if (!format || !filter) return check_output(opts);
  render::apply(timeline, *filter);
  progress.step("rendering");
  const bool to_stdout = opts.output.empty() || opts.output == "-";
  render::Options ro;
  ro.explain = opts.explain;
  ro.csv_claims = opts.csv_claims;
  ro.width = opts.width > 0 ? opts.width : to_stdout ? terminal_width(100) : 100;
  ro.color =
      !no_color_requested() && (opts.color == "always" || (opts.color == "auto" && to_stdout && is_terminal(stdout)));
  // Written as it is rendered: a JSON timeline of a large corpus is never held whole.
  const auto w = write_output(opts.output, [&](std::ostream& out) { render::render(timeline, *format, ro, out); });
  progress.done();
  if (!w) return report_error(w.error(), k_usage);
  return k_ok;
}

}  // namespace timeline::cli
