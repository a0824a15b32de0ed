#pragma once
// The command line: CLI11 set-up, the subcommand table, exit codes, and the one catch site.
namespace timeline::cli {

/// Exit codes (docs/usage.md): 0 ok, 1 check failed, 2 usage error, 3 no usable input.
enum ExitCode { k_ok = 0, k_check_failed = 1, k_usage = 2, k_no_input = 3, k_internal = 70 };

int run(int argc, char** argv);

}  // namespace timeline::cli
