#pragma once
// Runs the real `timeline` binary (TIMELINE_BIN) the way users run it, capturing its exit
// code, stdout and stderr: shared by the CLI test files.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace test {

struct Run {
  int code = -1;
  std::string out, err;
};

/// `args` are already shell-quoted; `env` ("TZ=UTC", say) goes before the command.
inline Run run_binary(const std::string& args, const std::string& env = "") {
  namespace fs = std::filesystem;
  const auto err_file = fs::temp_directory_path() / ("timeline-test-err-" + std::to_string(::getpid()));
  const std::string cmd = env + " '" + TIMELINE_BIN + "' " + args + " 2>'" + err_file.string() + "'";
  Run r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err_file);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  fs::remove(err_file);
  return r;
}

}  // namespace test
