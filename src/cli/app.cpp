#include "cli/app.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <exception>

#include "cli/cmd_build.hpp"
#include "cli/cmd_check.hpp"
#include "cli/cmd_extract.hpp"
#include "cli/cmd_merge.hpp"
#include "cli/cmd_timex.hpp"
#include "timeline/version.hpp"

namespace timeline::cli {

int run(int argc, char** argv) {
  int exit_code = k_ok;
  try {
    CLI::App app{"timeline: reconstruct the timeline of an incident from news articles", "timeline"};
    app.set_version_flag("-V,--version", std::string("timeline ") + k_version);
    app.require_subcommand(1);
    app.footer(
        "Run 'timeline SUBCOMMAND --help' for a subcommand's options and examples.\n"
        "Exit codes: 0 ok, 1 check failed, 2 usage error, 3 no usable input.");
    add_build(app, exit_code);
    add_check(app, exit_code);
    add_extract(app, exit_code);
    add_merge(app, exit_code);
    add_timex(app, exit_code);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      const int code = app.exit(e);
      return code == 0 ? k_ok : k_usage;
    }
    return exit_code;
  } catch (const std::exception& e) {
    fmt::print(stderr, "timeline: internal error: {}\n", e.what());
    return k_internal;
  }
}

}  // namespace timeline::cli
