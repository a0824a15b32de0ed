#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "util/files.hpp"

namespace fs = std::filesystem;
using timeline::util::read_file;
using timeline::util::walk_files;

namespace {
fs::path temp_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("timeline-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
void write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }
}  // namespace

TEST_CASE("walking a folder: byte order of names - hidden entries skipped - recursion") {
  const auto dir = temp_dir("walk");
  write(dir / "b.txt", "b");
  write(dir / "a.txt", "a");
  write(dir / "B.txt", "B");
  write(dir / ".hidden.txt", "h");
  fs::create_directories(dir / "sub" / ".git");
  write(dir / "sub" / "c.md", "c");
  write(dir / "sub" / ".git" / "x.txt", "x");
  std::vector<std::string> got;
  for (const auto& e : walk_files(dir)) got.push_back(e.relative.generic_string());
  CHECK(got == std::vector<std::string>{"B.txt", "a.txt", "b.txt", "sub/c.md"});
  fs::remove_all(dir);
}

TEST_CASE("a symbolic link loop ends the walk of that branch and is reported") {
  const auto dir = temp_dir("loop");
  fs::create_directories(dir / "x");
  write(dir / "x" / "a.txt", "a");
  fs::create_directory_symlink(dir, dir / "x" / "back");
  fs::create_symlink(dir / "missing.txt", dir / "dangling.txt");
  const auto entries = walk_files(dir);
  std::size_t files = 0, problems = 0;
  for (const auto& e : entries) (e.problem.empty() ? files : problems)++;
  CHECK(files == 1);
  CHECK(problems == 2);  // the loop and the dangling link
  fs::remove_all(dir);
}

TEST_CASE("reading: a size limit is enforced before reading - folders and FIFOs are refused") {
  const auto dir = temp_dir("read");
  write(dir / "big.txt", std::string(1000, 'x'));
  const auto big = read_file(dir / "big.txt", 999);
  CHECK_FALSE(big.ok);
  CHECK(big.error.find("limit of 999 bytes") != std::string::npos);
  CHECK(read_file(dir / "big.txt", 1000).bytes.size() == 1000);
  CHECK(read_file(dir, 1000).error == "is a folder, not a file");
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  CHECK(read_file(dir / "fifo", 1000).error == "not a regular file");
  fs::remove_all(dir);
}
