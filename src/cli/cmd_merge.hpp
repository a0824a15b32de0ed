#pragma once
#include <CLI/CLI.hpp>

namespace timeline::cli {

/// `timeline merge CLAIMS.jsonl...`: the timeline from claim records (the reduce step).
void add_merge(CLI::App& app, int& exit_code);

}  // namespace timeline::cli
