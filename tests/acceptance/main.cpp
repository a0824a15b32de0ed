// The acceptance tests need ../shared beside the project (CI has it); without it they report
// "skipped" to ctest (exit code 77) instead of passing silently.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>

int main(int argc, char** argv) {
  if (!std::filesystem::is_directory(std::filesystem::path(TIMELINE_SHARED_DIR) / "corpora")) {
    std::printf("skipped: %s/corpora not found\n", TIMELINE_SHARED_DIR);
    return 77;
  }
  return Catch::Session().run(argc, argv);
}
