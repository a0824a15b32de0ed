#include "cli/cmd_build.hpp"

#include <memory>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "cli/terminal.hpp"

namespace timeline::cli {

namespace {

struct BuildOptions {
  CommonOptions common;
  OutputOptions output;
};

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
      "  timeline build corpus/ --jobs 8 --cache ~/.cache/timeline     # only new or changed articles are extracted\n"
      "Formats: text (default), json (schema timeline/1, docs/timeline-1.schema.json), markdown, csv,\n"
      "html, timelinejs. Exit codes: 0 ok, 2 usage error, 3 no usable input. See docs/usage.md.");
  add_common_options(*cmd, opts->common);
  add_output_options(*cmd, opts->output);
  cmd->callback([opts, &exit_code] {
    if (exit_code = check_output(opts->output); exit_code != k_ok) return;
    Progress progress(3, opts->common.quiet);
    auto timeline = build_with(opts->common, progress, exit_code);
    if (!timeline) return;
    exit_code = write_timeline(*timeline, opts->output, progress);
  });
}

}  // namespace timeline::cli
