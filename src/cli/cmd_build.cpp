#include "cli/cmd_build.hpp"

#include <memory>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "cli/terminal.hpp"
#include "timeline/correlate.hpp"
#include "timeline/render.hpp"

namespace timeline::cli {

namespace {

struct BuildOptions {
  CommonOptions common;
  std::string output;
  std::string format = "text";
  std::string since, until, color = "auto";
  std::vector<std::string> kinds;
  std::size_t min_sources = 0;
  std::size_t width = 0;
  bool explain = false;
  bool csv_claims = false;
};

// The filter from the options; an error names the option.
Result<render::Filter> filter_from(const BuildOptions& o) {
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

void add_build(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Build one sourced timeline from a folder of articles");
  cmd->footer(
      "Examples:\n"
      "  timeline build data/samples/harbor-water-ransomware\n"
      "  timeline build corpus/ -f json -o timeline.json\n"
      "  timeline build corpus/ -f html -o timeline.html      # one self-contained page\n"
      "  timeline build corpus/ -f csv --csv-claims -o claims.csv\n"
      "  timeline build corpus/ --since 2024-03 --until 2024-04 --kind disclosure --kind finding\n"
      "  timeline build corpus/ --min-sources 2 --explain\n"
      "Formats: text (default), json (schema timeline/1, docs/timeline-1.schema.json), markdown, csv,\n"
      "html, timelinejs. Exit codes: 0 ok, 2 usage error, 3 no usable input. See docs/usage.md.");
  add_common_options(*cmd, opts->common);
  cmd->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of stdout");
  cmd->add_option("-f,--format", opts->format,
                  "Output format: " + std::string(render::format_names()) + " (default: text)");
  cmd->add_flag("--explain", opts->explain, "Show why each date and conflict was resolved as it was");
  cmd->add_flag("--csv-claims", opts->csv_claims, "CSV: one row per claim instead of one per event");
  cmd->add_option("--since", opts->since, "Keep events that may have happened on or after DATE (YYYY[-MM[-DD]])");
  cmd->add_option("--until", opts->until, "Keep events that may have happened on or before DATE (YYYY[-MM[-DD]])");
  cmd->add_option("--kind", opts->kinds, "Keep events of this kind (repeatable): intrusion, discovery, disclosure…");
  cmd->add_option("--min-sources", opts->min_sources, "Keep events with at least N independent sources");
  cmd->add_option("--width", opts->width, "Text: wrap at N columns (default: the terminal's, else 100)");
  cmd->add_option("--color", opts->color, "Text colours: auto (a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->callback([opts, &exit_code] {
    const auto format = render::parse_format(opts->format);
    if (!format) {
      exit_code = report_error(format.error(), k_usage);
      return;
    }
    const auto filter = filter_from(*opts);
    if (!filter) {
      exit_code = report_error(filter.error(), k_usage);
      return;
    }
    if (opts->csv_claims && *format != render::Format::csv) {
      exit_code = report_error("--csv-claims needs -f csv", k_usage);
      return;
    }
    Progress progress(3, opts->common.quiet);
    auto timeline = build_with(opts->common, progress, exit_code);
    if (!timeline) return;
    render::apply(*timeline, *filter);
    progress.step("rendering");
    const bool to_stdout = opts->output.empty() || opts->output == "-";
    render::Options ro;
    ro.explain = opts->explain;
    ro.csv_claims = opts->csv_claims;
    ro.width = opts->width > 0 ? opts->width : to_stdout ? terminal_width(100) : 100;
    ro.color = !no_color_requested() &&
               (opts->color == "always" || (opts->color == "auto" && to_stdout && is_terminal(stdout)));
    const std::string out = render::render(*timeline, *format, ro);
    progress.done();
    if (auto w = write_output(opts->output, out); !w) {
      exit_code = report_error(w.error(), k_usage);
      return;
    }
    exit_code = k_ok;
  });
}

}  // namespace timeline::cli
