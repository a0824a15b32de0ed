// Hostile input at the library level: what tests/hostile/*.py found in the real binary and what
// the fuzz targets (fuzz/) found, each fixed and kept here with the input that showed it.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "render/support.hpp"
#include "timeline/expectation.hpp"
#include "timeline/load.hpp"
#include "timeline/render.hpp"
#include "util/files.hpp"
#include "util/utf8.hpp"

namespace fs = std::filesystem;
using namespace timeline;

namespace {
fs::path temp_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("timeline-hostile-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("hostile: control characters in an article are blanked byte for byte and reported") {
  const std::string text =
      "Acme Widgets Corp. said on March 9, 2021 that \x1b[31mintruders\x1b[0m broke in\x07 on March 3, 2021.\x08\x7f "
      "A C1 control \xc2\x9b"
      "2J too.\n";
  const auto batch = load::load_bytes("a.txt", text, {});
  REQUIRE(batch.documents.size() == 1);
  const auto& doc = batch.documents[0];
  CHECK(doc.body.size() == text.size());  // offsets unchanged
  for (const char c : doc.body) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n'));
  CHECK(doc.body.find("\xc2\x9b") == std::string::npos);
  CHECK(doc.body.find("intruders") == text.find("intruders"));
  bool reported = false;
  for (const auto& w : doc.warnings) reported = reported || w == "6 control character(s) replaced with spaces";
  CHECK(reported);
}

TEST_CASE("hostile: control characters in metadata fields are blanked") {
  const auto batch = load::load_bytes(
      "a.json",
      R"({"title": "T\u001b]0;owned\u0007", "source": "Out\u001b[2Jlet", "content": "Acme said on March 9, 2021 that it was hacked."})",
      {});
  REQUIRE(batch.documents.size() == 1);
  CHECK(batch.documents[0].title == "T ]0;owned ");
  CHECK(batch.documents[0].outlet == "Out [2Jlet");
}

TEST_CASE("hostile: a symbolic link to itself is reported as a loop - a dangling one as broken") {
  const auto dir = temp_dir("links");
  fs::create_symlink("self.txt", dir / "self.txt");
  fs::create_symlink("missing.txt", dir / "dangling.txt");
  const auto entries = util::walk_files(dir);
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].relative == "dangling.txt");
  CHECK(entries[0].problem == "broken symbolic link (its target does not exist)");
  CHECK(entries[1].relative == "self.txt");
  CHECK(entries[1].problem == "symbolic link loop");
  CHECK(util::read_file(dir / "self.txt", 100).error == "symbolic link loop");
  fs::remove_all(dir);
}

TEST_CASE("hostile: a FIFO is refused at once as not a regular file") {
  const auto dir = temp_dir("fifo");
  REQUIRE(::mkfifo((dir / "pipe.txt").c_str(), 0600) == 0);
  const auto start = std::chrono::steady_clock::now();
  const auto r = util::read_file(dir / "pipe.txt", 100);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "not a regular file");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  const auto entries = util::walk_files(dir);
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].problem == "not a regular file");
  fs::remove_all(dir);
}

TEST_CASE("hostile: an unreadable file is skipped with the system's reason") {
  const auto dir = temp_dir("unreadable");
  std::ofstream(dir / "locked.txt") << "Acme said on March 9, 2021 that it was hacked.\n";
  fs::permissions(dir / "locked.txt", fs::perms::none);
  const auto r = util::read_file(dir / "locked.txt", 1000);
  if (::geteuid() == 0) {
    WARN("running as root: a chmod 000 file is readable, the permission check cannot be tested");
    CHECK(r.ok);
  } else {
    CHECK_FALSE(r.ok);
    CHECK(r.error == "Permission denied");
  }
  fs::permissions(dir / "locked.txt", fs::perms::owner_all);
  fs::remove_all(dir);
}

TEST_CASE("hostile: a file larger than the limit is refused by its size without reading it") {
  const auto dir = temp_dir("large");
  { std::ofstream(dir / "big.txt") << std::string(5000, 'a'); }
  const auto r = util::read_file(dir / "big.txt", 4096);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "larger than the limit of 4096 bytes (5000 bytes; see --max-bytes)");
  CHECK(r.bytes.empty());
  fs::remove_all(dir);
}

TEST_CASE("hostile: markdown shows a skipped path with backticks as one code span") {
  auto tl = test::sample_timeline();
  tl.skipped = {{"a`b``c\x1b.txt", "binary file, not text"}};
  const auto out = render::markdown(tl);
  CHECK(out.find("- ```a`b``c .txt```: binary file, not text\n") != std::string::npos);
}

TEST_CASE("hostile: text output never passes an escape sequence from a record") {
  auto tl = test::sample_timeline();
  tl.claims[0].text = "Hackers \x1b]0;owned\x07 broke in \x1b[2J on March 14, 2024.";
  tl.events[0].summary = "Intrusion: \x1b[31mred\x1b[0m";
  render::Options o;
  o.color = false;
  const auto out = render::text(tl, o);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
}

TEST_CASE("hostile: the html report's policy runs only its own script") {
  const auto out = render::html(test::sample_timeline());
  CHECK(out.find("script-src 'sha256-wS5Y3Vy5U9cQQzjssyEiCwlqZMTM2KcIpw8VSgn5Cnk='") != std::string::npos);
  CHECK(out.find("'unsafe-inline'; img-src") == std::string::npos);
  CHECK(out.find("<script>addEventListener('beforeprint',function(){document.querySelectorAll('details')."
                 "forEach(function(d){d.open=true})})</script>") != std::string::npos);
}

// Found by expectation_fuzz: nlohmann::json throws out_of_range (not parse_error) for a number
// too large for a double, and the readers caught only parse_error, so the tool aborted.
TEST_CASE("hostile: a number too large for a double is invalid JSON - never an abort") {
  const std::string huge = "288888228E8888";
  auto x = render::parse_expectation(huge, "expected.json");
  REQUIRE_FALSE(x);
  CHECK(x.error().rfind("expected.json: not valid JSON", 0) == 0);

  const auto feed = load::load_bytes("feed.jsonl", "{\"title\":\"A\",\"text\":\"Acme said.\",\"n\":1e999}\n", {});
  CHECK(feed.documents.empty());
  REQUIRE(feed.skipped.size() == 1);
  CHECK(feed.skipped[0].reason.find("invalid JSON") != std::string::npos);

  const auto export_file =
      load::load_bytes("feed.json", "[{\"title\":\"A\",\"text\":\"Acme said.\",\"n\":-1e999}]", {});
  CHECK(export_file.documents.empty());
  CHECK_FALSE(export_file.skipped.empty());

  const auto with_sidecar = load::load_bytes("a.txt", "Acme Widgets said on Monday that it had been hacked.\n", {},
                                             "{\"published\":\"2021-03-09\",\"n\":1e999}");
  CHECK(with_sidecar.documents.size() + with_sidecar.skipped.size() == 1);
}
