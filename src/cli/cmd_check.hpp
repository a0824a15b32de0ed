#pragma once
#include <CLI/CLI.hpp>

namespace timeline::cli {

/// `timeline check PATH... --expect FILE [--update]`: compares the timeline with an expectation.
void add_check(CLI::App& app, int& exit_code);

}  // namespace timeline::cli
