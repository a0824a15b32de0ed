#pragma once
#include <CLI/CLI.hpp>

namespace timeline::cli {

/// `timeline extract PATH...`: one JSON line per document (and per skipped input).
void add_extract(CLI::App& app, int& exit_code);

}  // namespace timeline::cli
