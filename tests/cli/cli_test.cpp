// The real `timeline` binary, run the way users run it: exit codes, messages, output.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/run_binary.hpp"

namespace fs = std::filesystem;

namespace {

using test::Run;

// Runs the binary with `args` (already shell-quoted), capturing stdout and stderr.
Run run(const std::string& args) { return test::run_binary(args); }

std::string src(const std::string& rel) { return std::string("'") + TIMELINE_SOURCE_DIR + "/" + rel + "'"; }

std::vector<nlohmann::json> lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) v.push_back(nlohmann::json::parse(line));
  return v;
}

}  // namespace

TEST_CASE("version and help options") {
  const auto v = run("--version");
  CHECK(v.code == 0);
  CHECK(v.out.rfind("timeline ", 0) == 0);
  const auto h = run("--help");
  CHECK(h.code == 0);
  CHECK(h.out.find("extract") != std::string::npos);
  const auto eh = run("extract --help");
  CHECK(eh.code == 0);
  CHECK(eh.out.find("--max-bytes") != std::string::npos);
  CHECK(eh.out.find("Examples:") != std::string::npos);
}

TEST_CASE("usage errors exit 2") {
  CHECK(run("").code == 2);
  CHECK(run("extract").code == 2);
  CHECK(run("extract --no-such-flag x").code == 2);
  CHECK(run("frobnicate").code == 2);
}

TEST_CASE("extract on the samples: one valid JSON line per document - skipped files listed") {
  const auto r = run("extract " + src("data/samples/harbor-water-ransomware"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const auto records = lines(r.out);
  std::size_t docs = 0, skipped = 0;
  for (const auto& rec : records) {
    if (rec["type"] == "document") {
      ++docs;
      CHECK(rec.contains("published"));
      CHECK(rec["sentences"].size() > 0);
      for (const auto& s : rec["sentences"]) CHECK(s["end"].get<std::size_t>() > s["start"].get<std::size_t>());
    } else {
      ++skipped;
      CHECK(rec["type"] == "skipped");
      CHECK(rec["reason"].get<std::string>().size() > 0);
    }
  }
  CHECK(docs >= 10);
  CHECK(skipped >= 1);  // expected-load.tsv is listed, not silently dropped
}

TEST_CASE("extract is byte-for-byte deterministic") {
  const auto a = run("extract -q " + src("data/samples"));
  const auto b = run("extract -q " + src("data/samples"));
  CHECK(a.code == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("a missing path or a folder without articles exits 3 with a message naming it") {
  const auto missing = run("extract /no/such/folder");
  CHECK(missing.code == 3);
  CHECK(missing.err == "timeline: error: /no/such/folder: no such file or folder\n");

  const auto dir = fs::temp_directory_path() / ("timeline-cli-empty-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto empty = run("extract '" + dir.string() + "'");
  CHECK(empty.code == 3);
  CHECK(empty.err.find("no articles found") != std::string::npos);

  std::ofstream(dir / "blank.txt") << "";
  const auto only_bad = run("extract '" + dir.string() + "'");
  CHECK(only_bad.code == 3);
  CHECK(only_bad.err.find("blank.txt: warning: skipped: empty file") != std::string::npos);
  CHECK(only_bad.out.find("\"reason\":\"empty file\"") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("options: published overrides - max-bytes skips - output writes the file") {
  const auto dir = fs::temp_directory_path() / ("timeline-cli-opts-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "A short article about an outage.\n";
  std::ofstream(dir / "b.txt") << std::string(300, 'y') << " long.\n";
  const auto out_file = dir / "out.jsonl";
  const auto r =
      run("extract '" + dir.string() + "/a.txt' '" + dir.string() +
          "/b.txt' --max-bytes 200 --published 2021-12-25T11:01:00+09:00 --sentences -o '" + out_file.string() + "'");
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("b.txt: warning: skipped: larger than the limit of 200 bytes") != std::string::npos);
  std::ifstream in(out_file);
  std::stringstream ss;
  ss << in.rdbuf();
  const auto records = lines(ss.str());
  REQUIRE(records.size() == 2);
  CHECK(records[0]["published"]["value"] == "2021-12-25T11:01:00+09:00");
  CHECK(records[0]["published"]["utc"] == "2021-12-25T02:01:00Z");
  CHECK(records[0]["published"]["origin"] == "cli");
  CHECK(records[1]["type"] == "skipped");

  const auto bad_date = run("extract '" + dir.string() + "' --published yesterday");
  CHECK(bad_date.code == 3);
  CHECK(bad_date.err.find("--published: 'yesterday' is not a date") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("timex: code-point offsets - values against the DCT - errors") {
  const auto dir = fs::temp_directory_path() / ("timeline-cli-timex-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // "Café" has a two-byte character: offsets count code points, as the TempEval scorer does.
  std::ofstream(dir / "story.txt") << "Caf\xC3\xA9 owners said Friday that sales fell in the third quarter.\n";
  const auto r = run("timex --dct 2021-12-25 '" + (dir / "story.txt").string() + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  const auto found = lines(r.out);
  REQUIRE(found.size() == 2);
  CHECK(found[0]["doc"] == "story");
  CHECK(found[0]["text"] == "Friday");
  CHECK(found[0]["start"] == 17);
  CHECK(found[0]["end"] == 23);
  CHECK(found[0]["value"] == "2021-12-24");
  CHECK(found[1]["value"] == "2021-Q3");
  CHECK(found[1]["earliest"] == "2021-07-01");

  const auto no_dct = run("timex '" + (dir / "story.txt").string() + "'");
  CHECK(lines(no_dct.out).at(0)["value"] == "XXXX-WXX-5");

  CHECK(run("timex --dct tomorrow '" + (dir / "story.txt").string() + "'").code == 2);
  const auto missing = run("timex --dct 2021-12-25 '" + (dir / "nope.txt").string() + "'");
  CHECK(missing.code == 3);
  CHECK(missing.err.find("nope.txt") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("extract: each sentence carries its temporal expressions resolved against the publication date") {
  const auto dir = fs::temp_directory_path() / ("timeline-cli-extract-timex-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "11:01 JST, December 25, 2021\nThe ministry said Friday it found the files.\n";
  const auto r = run("extract '" + (dir / "a.txt").string() + "'");
  REQUIRE(r.code == 0);
  const auto rec = lines(r.out).at(0);
  REQUIRE(rec["sentences"].size() == 1);
  const auto& t = rec["sentences"][0]["timex"];
  REQUIRE(t.size() == 1);  // the dateline is metadata, not a sentence
  CHECK(t[0]["text"] == "Friday");
  CHECK(t[0]["value"] == "2021-12-24");
  fs::remove_all(dir);
}

namespace {

// "timeline: cache: N extracted, M reused (DIR)" → {N, M}; {-1, -1} when the line is missing.
std::pair<int, int> cache_counts(const std::string& err) {
  const auto at = err.find("timeline: cache: ");
  if (at == std::string::npos) return {-1, -1};
  int extracted = -1, reused = -1;
  std::sscanf(err.c_str() + at, "timeline: cache: %d extracted, %d reused", &extracted, &reused);
  return {extracted, reused};
}

std::size_t cache_entries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".jsonl") ++n;
  return n;
}

std::string without_cache_line(const std::string& err) {
  const auto at = err.find("timeline: cache: ");
  return at == std::string::npos ? err : err.substr(0, at) + err.substr(err.find('\n', at) + 1);
}

}  // namespace

TEST_CASE("build --cache: after one new article only that article is extracted again") {
  const auto dir = fs::temp_directory_path() / ("timeline-cli-cache-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const auto corpus = dir / "corpus", cache = dir / "cache";
  fs::create_directories(dir);
  fs::copy(std::string(TIMELINE_SOURCE_DIR) + "/data/samples/harbor-water-ransomware", corpus,
           fs::copy_options::recursive);
  fs::rename(corpus / "08-regulator-finding.txt", dir / "08-regulator-finding.txt");
  const std::string c = " '" + corpus.string() + "' --cache '" + cache.string() + "'";

  const auto plain = run("build -f json '" + corpus.string() + "'");
  const auto first = run("build -f json" + c);
  REQUIRE(first.code == 0);
  const auto [n, none] = cache_counts(first.err);
  CHECK(n > 5);
  CHECK(none == 0);
  CHECK(cache_entries(cache) == static_cast<std::size_t>(n));
  CHECK(first.out == plain.out);
  CHECK(without_cache_line(first.err) == plain.err);  // the loader's warnings are kept with the records

  fs::rename(dir / "08-regulator-finding.txt", corpus / "08-regulator-finding.txt");
  const auto again = run("build -f json" + c);
  REQUIRE(again.code == 0);
  CHECK(cache_counts(again.err) == std::pair{1, n});
  CHECK(cache_entries(cache) == static_cast<std::size_t>(n + 1));
  const auto fresh = run("build -f json '" + corpus.string() + "'");
  CHECK(again.out == fresh.out);
  CHECK(again.out != first.out);
  CHECK(without_cache_line(again.err) == fresh.err);

  // Corrupt entries (garbage, a truncated one, an unreadable folder entry) are extracted again and rewritten.
  std::vector<fs::path> entries;
  for (const auto& e : fs::recursive_directory_iterator(cache))
    if (e.is_regular_file()) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  REQUIRE(entries.size() >= 3);
  std::ofstream(entries[0], std::ios::trunc) << "{\"garbage\": tru";
  fs::resize_file(entries[1], fs::file_size(entries[1]) / 2);
  fs::remove(entries[2]);
  fs::create_directory(entries[2]);
  const auto repaired = run("build -f json" + c);
  REQUIRE(repaired.code == 0);
  CHECK(repaired.out == fresh.out);
  const auto [re_extracted, re_reused] = cache_counts(repaired.err);
  CHECK(re_extracted == 3);
  CHECK(re_reused == n + 1 - 3);
  const auto settled = run("build -f json" + c);
  CHECK(settled.out == fresh.out);
  CHECK(cache_counts(settled.err) == std::pair{1, n});  // the folder squatting on an entry cannot be replaced
  CHECK(settled.err.find("1 cache entries could not be written") != std::string::npos);

  // The claim records extract writes are the same with and without the cache.
  const auto records = run("extract --claims -q '" + corpus.string() + "'");
  const auto cached_records = run("extract --claims -q" + c);
  CHECK(records.code == 0);
  CHECK(cached_records.out == records.out);
  fs::remove_all(dir);
}

TEST_CASE("merge: records of extract -o give build's timeline - bad records are named by file and line") {
  const auto dir = fs::temp_directory_path() / ("timeline-cli-merge-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto records = dir / "claims.jsonl";
  const auto sample = src("data/samples/lab-outage");
  REQUIRE(run("extract -q " + sample + " -o '" + records.string() + "'").code == 0);
  const auto merged = run("merge '" + records.string() + "' -f markdown --kind disclosure");
  CHECK(merged.code == 0);
  CHECK(merged.out == run("build -q " + sample + " -f markdown --kind disclosure").out);
  CHECK_FALSE(merged.out.empty());

  std::string first_line;
  std::getline(std::ifstream(records), first_line);
  std::ofstream(dir / "bad.jsonl") << first_line << "\n{\"type\":\"document-claims\",\n";
  const auto bad = run("merge '" + (dir / "bad.jsonl").string() + "'");
  CHECK(bad.code == 3);
  CHECK(bad.err == "timeline: error: " + (dir / "bad.jsonl").string() + ":2: not valid JSON\n");

  const auto sentences = run("extract -q " + sample + " --sentences -o '" + (dir / "sentences.jsonl").string() + "'");
  REQUIRE(sentences.code == 0);
  const auto wrong = run("merge '" + (dir / "sentences.jsonl").string() + "'");
  CHECK(wrong.code == 3);
  CHECK(wrong.err.find("sentences.jsonl:1: not a claim record") != std::string::npos);

  const auto twice = run("merge '" + records.string() + "' '" + records.string() + "'");
  CHECK(twice.code == 3);
  CHECK(twice.err.find("was already read from " + records.string() + " (a shard given twice?)") != std::string::npos);

  CHECK(run("merge /no/such/claims.jsonl").err == "timeline: error: /no/such/claims.jsonl: no such file\n");
  CHECK(run("merge '" + records.string() + "' -f nope").code == 2);
  CHECK(run("extract " + sample + " --shard 2/2 -o x.jsonl").code == 2);
  CHECK(run("extract " + sample + " --shard 1/2").code == 2);  // shards are claim records only
  fs::remove_all(dir);
}
