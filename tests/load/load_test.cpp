// Loading from disk: folders, ordering, skipped inputs and their reasons.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "timeline/load.hpp"

using namespace timeline;
namespace fs = std::filesystem;

namespace {
fs::path temp_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("timeline-load-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
void write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }
std::string reason_for(const load::Batch& b, const std::string& path) {
  for (const auto& s : b.skipped)
    if (s.path == path) return s.reason;
  return "(not skipped)";
}
}  // namespace

TEST_CASE("a missing path is an error that names it") {
  auto r = load::load_paths({"/nonexistent/articles"}, {});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "/nonexistent/articles: no such file or folder");
}

TEST_CASE("a folder: every file is a document or a skipped entry with its reason") {
  const auto dir = temp_dir("mixed");
  write(dir / "b-good.txt", "The second good article says the outage began on Monday.\n");
  write(dir / "a-good.md", "# Title\n\nThe first good article reports a breach.\n");
  write(dir / "empty.txt", "");
  write(dir / "binary.html", std::string("\0\1\2\3garbage", 11));
  write(dir / "big.txt", std::string(5000, 'x'));
  write(dir / "photo.png", "not an article");
  write(dir / "README.md", "# About this folder\n\nThese files were collected by hand.\n");
  write(dir / ".hidden.txt", "Hidden files are not articles.\n");
  write(dir / "b-good.txt.meta.json", R"({"outlet":"Sidecar Times"})");
  write(dir / "expected.json", R"({"events":[]})");
  fs::create_directories(dir / "sub");
  write(dir / "sub" / "c.txt", "A nested article is read too.\n");
  fs::create_directory_symlink(dir, dir / "sub" / "loop");

  load::Options options;
  options.max_bytes = 4096;
  auto r = load::load_paths({dir}, options);
  REQUIRE(r.ok());
  std::vector<std::string> ids;
  for (const auto& d : r->documents) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"a-good.md", "b-good.txt", "sub/c.txt"});
  CHECK(r->documents[1].outlet == "Sidecar Times");
  CHECK(reason_for(*r, "empty.txt") == "empty file");
  CHECK(reason_for(*r, "binary.html") == "binary file, not text");
  CHECK(reason_for(*r, "big.txt").find("larger than the limit of 4096 bytes") == 0);
  CHECK(reason_for(*r, "photo.png").find("unsupported file type '.png'") == 0);
  CHECK(reason_for(*r, "sub/loop").find("folder already read") == 0);
  CHECK(reason_for(*r, "README.md") == "documentation (README), not an article");
  CHECK(r->skipped.size() == 6);  // hidden files, sidecars and expected.json are not inputs
  fs::remove_all(dir);
}

TEST_CASE("loading is deterministic") {
  const auto dir = temp_dir("det");
  for (int i = 0; i < 20; ++i)
    write(dir / ("n" + std::to_string(i) + ".txt"), "Article number " + std::to_string(i) + " has one sentence.\n");
  auto a = load::load_paths({dir}, {});
  auto b = load::load_paths({dir}, {});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  REQUIRE(a->documents.size() == 20);
  for (std::size_t i = 0; i < 20; ++i) {
    CHECK(a->documents[i].id == b->documents[i].id);
    CHECK(a->documents[i].body == b->documents[i].body);
  }
  CHECK(a->documents[0].id == "n0.txt");
  CHECK(a->documents[1].id == "n1.txt");
  CHECK(a->documents[2].id == "n10.txt");
  fs::remove_all(dir);
}

TEST_CASE("file names with newlines and odd bytes are printed escaped") {
  const auto dir = temp_dir("names");
  write(dir / "odd\nname\xff.txt", "An article with a strange file name.\n");
  auto r = load::load_paths({dir}, {});
  REQUIRE(r.ok());
  REQUIRE(r->documents.size() == 1);
  CHECK(r->documents[0].id == "odd\\x0aname\\xff.txt");
  fs::remove_all(dir);
}
