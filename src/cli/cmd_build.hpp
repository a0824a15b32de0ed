#pragma once
#include <CLI/CLI.hpp>

namespace timeline::cli {

/// `timeline build PATH...`: the sourced timeline of a folder of articles.
void add_build(CLI::App& app, int& exit_code);

}  // namespace timeline::cli
