#include "cli/cmd_check.hpp"

#include <fmt/format.h>

#include <memory>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "cli/terminal.hpp"
#include "timeline/expectation.hpp"

namespace timeline::cli {

namespace {

struct CheckOptions {
  CommonOptions common;
  std::string expect;
  bool update = false;
  bool figures = false;
  bool related = false;
};

}  // namespace

void add_check(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Compare a folder's timeline with its expectation file (for CI)");
  cmd->footer(
      "Examples:\n"
      "  timeline check data/samples/lab-outage --expect data/samples/lab-outage/expected.json\n"
      "  timeline check corpus/ --expect corpus/expected.json --update       # accept the current timeline\n"
      "  timeline check corpus/ --expect expected.json --update --figures    # guard figures as well\n"
      "Prints one line per drift ('- missing event', '+ new event', '~ date moved', '+ new conflict',\n"
      "'- vanished conflict') on stdout. The file format: docs/expectations.md.\n"
      "Exit codes: 0 as expected (or updated), 1 drift, 2 usage error or bad expectation file, 3 no usable input.");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--expect", opts->expect, "The expectation file (JSON, schema timeline-expect/1)")->required();
  cmd->add_flag("--update", opts->update, "Rewrite the expectation file (atomically) from the current timeline");
  cmd->add_flag("--figures", opts->figures, "With --update: also guard each event's figures");
  cmd->add_flag("--related", opts->related, "With --update: also guard the related (off-topic) events");
  cmd->callback([opts, &exit_code] {
    std::string why;
    const auto text = read_text(opts->expect, why);
    std::optional<render::Expectation> expected;
    if (text) {
      auto parsed = render::parse_expectation(*text, opts->expect);
      if (!parsed && !opts->update) {
        exit_code = report_error(parsed.error(), k_usage);
        return;
      }
      if (parsed) expected = std::move(*parsed);
    } else if (!opts->update) {
      exit_code = report_error(fmt::format("{}: {} (run with --update to create it)", opts->expect, why), k_usage);
      return;
    }
    Progress progress(3, opts->common.quiet);
    auto timeline = build_with(opts->common, progress, exit_code);
    if (!timeline) return;
    progress.step("comparing");
    // --update keeps what the file already guards, and adds what the flags ask for.
    const bool figures = opts->figures || (expected && expected->figures);
    const bool related = opts->related || (expected && expected->related);
    const auto actual = render::expectation(*timeline, figures, related);
    progress.done();
    if (opts->update) {
      if (auto w = write_output(opts->expect, render::to_text(actual)); !w) {
        exit_code = report_error(w.error(), k_usage);
        return;
      }
      if (!opts->common.quiet)
        fmt::print(stderr, "timeline: {}: updated ({} events)\n", opts->expect, actual.events.size());
      exit_code = k_ok;
      return;
    }
    const auto drift = render::compare(*expected, actual);
    if (drift.empty()) {
      if (!opts->common.quiet)
        fmt::print(stderr, "timeline: {}: ok ({} events as expected)\n", opts->expect, actual.events.size());
      exit_code = k_ok;
      return;
    }
    std::string out;
    for (const auto& line : drift) out += line + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    fmt::print(stderr,
               "timeline: {}: the timeline drifted ({} difference{}); if the change is intended, accept it with\n"
               "  timeline check {} --expect {} --update\n",
               opts->expect, drift.size(), drift.size() == 1 ? "" : "s",
               opts->common.paths.size() == 1 ? opts->common.paths.front() : "PATH...", opts->expect);
    exit_code = k_check_failed;
  });
}

}  // namespace timeline::cli
