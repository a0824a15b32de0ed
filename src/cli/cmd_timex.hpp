#pragma once
#include <CLI/CLI.hpp>

namespace timeline::cli {

/// `timeline timex --dct DATE FILE`: the temporal expressions of a text file as JSON lines.
void add_timex(CLI::App& app, int& exit_code);

}  // namespace timeline::cli
