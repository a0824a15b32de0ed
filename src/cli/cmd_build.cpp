#include "cli/cmd_build.hpp"

#include <memory>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "timeline/correlate.hpp"
#include "timeline/render.hpp"

namespace timeline::cli {

void add_build(CLI::App& app, int& exit_code) {
  struct BuildOptions {
    CommonOptions common;
    std::string output;
    std::string format = "text";
    bool explain = false;
  };
  auto opts = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Build one sourced timeline from a folder of articles");
  cmd->footer(
      "Examples:\n"
      "  timeline build data/samples/harbor-water-ransomware\n"
      "  timeline build corpus/ -f json -o timeline.json\n"
      "  timeline build corpus/ --explain\n"
      "JSON output follows the schema timeline/1 (docs/timeline-1.schema.json).");
  add_common_options(*cmd, opts->common);
  cmd->add_option("-o,--output", opts->output, "Write to FILE (atomically) instead of stdout");
  cmd->add_option("-f,--format", opts->format, "Output format: text (default) or json");
  cmd->add_flag("--explain", opts->explain, "Text: show why each date and conflict was resolved as it was");
  cmd->callback([opts, &exit_code] {
    const auto format = render::parse_format(opts->format);
    if (!format) {
      exit_code = report_error(format.error(), k_usage);
      return;
    }
    auto loaded = load_with(opts->common);
    if (!loaded) {
      exit_code = report_error(loaded.error());
      return;
    }
    const Lexicon* lexicon = loaded->lexicon.get();
    auto timeline = correlate::build(loaded->batch.documents, loaded->batch.skipped, lexicon);
    if (!timeline) {
      exit_code = report_error(timeline.error(), k_usage);
      return;
    }
    render::Options ro;
    ro.explain = opts->explain;
    if (auto w = write_output(opts->output, render::render(*timeline, *format, ro)); !w) {
      exit_code = report_error(w.error(), k_usage);
      return;
    }
    exit_code = finish_load(opts->common, loaded->batch);
  });
}

}  // namespace timeline::cli
