// Claim records: what `extract -o` writes and `merge` reads. They hold everything the timeline
// needs, so records written, read back and merged give the timeline `build` gives; a malformed
// record is rejected with its file, line and field.
#include <catch2/catch.hpp>

#include "timeline/claims.hpp"
#include "timeline/correlate.hpp"
#include "timeline/load.hpp"
#include "timeline/render.hpp"

using namespace timeline;

namespace {

const std::string k_folder = std::string(TIMELINE_SOURCE_DIR) + "/data/samples/harbor-water-ransomware";

claims::Records sample_records() {
  auto inputs = load::collect({k_folder});
  REQUIRE(inputs);
  auto records = correlate::extract(*inputs, {});
  REQUIRE(records);
  return std::move(*records);
}

std::string read_error(const std::string& text) {
  claims::Records records;
  const auto read = claims::read_jsonl(text, "shard.jsonl", records);
  REQUIRE_FALSE(read);
  return read.error();
}

}  // namespace

TEST_CASE("records: written and read back they merge to the timeline build gives") {
  const auto records = sample_records();
  REQUIRE(records.documents.size() > 5);
  REQUIRE_FALSE(records.skipped.empty());
  const std::string text = claims::to_jsonl(records);
  claims::Records back;
  const auto read = claims::read_jsonl(text, "all.jsonl", back);
  REQUIRE(read);
  CHECK(*read == records.documents.size() + records.skipped.size() + records.diagnostics.size());
  CHECK(claims::to_jsonl(back) == text);

  auto inputs = load::collect({k_folder});
  REQUIRE(inputs);
  auto built = correlate::build(*inputs, {});
  auto merged = correlate::merge(std::move(back));
  REQUIRE(built);
  REQUIRE(merged);
  CHECK_FALSE(merged->events.empty());
  CHECK(render::json(*merged) == render::json(*built));
}

TEST_CASE("records: each line says its type and format version") {
  const std::string text = claims::to_jsonl(sample_records());
  const auto first = nlohmann::json::parse(text.substr(0, text.find('\n')));
  CHECK(first["type"] == "document-claims");
  CHECK(first["version"] == claims::k_record_version);
  CHECK(first["document"]["id"].is_string());
  CHECK(first["claims"].is_array());
  CHECK(first["actors"].is_array());
}

TEST_CASE("records: a malformed record names the file - the line and the problem") {
  const std::string good = claims::to_jsonl(sample_records());
  const std::string line1 = good.substr(0, good.find('\n') + 1);
  CHECK(read_error(line1 + "{not json\n") == "shard.jsonl:2: not valid JSON");
  CHECK(read_error(line1 + "\n" + R"({"type":"document","id":"a.txt"})" + "\n")
            .find("shard.jsonl:3: not a claim record") == 0);
  CHECK(read_error(R"({"type":"skipped","version":99,"input":"a","path":"a","reason":"r"})")
            .find("shard.jsonl:1: record version 99") == 0);
  CHECK(read_error(R"({"type":"weather","version":1})").find("unknown record type 'weather'") != std::string::npos);
  auto broken = nlohmann::json::parse(line1);
  broken["claims"][0].erase("kind");
  CHECK(read_error(broken.dump() + "\n").find("shard.jsonl:1: ") == 0);
  CHECK(read_error(broken.dump() + "\n").find("'kind'") != std::string::npos);
  broken = nlohmann::json::parse(line1);
  broken["document"]["published"]["confidence"] = "certain";
  CHECK(read_error(broken.dump()).find("unknown value 'certain'") != std::string::npos);
}

TEST_CASE("records: offsets that run backwards and values this tool never writes are errors") {
  const std::string good = claims::to_jsonl(sample_records());
  const auto line1 = nlohmann::json::parse(good.substr(0, good.find('\n')));
  REQUIRE_FALSE(line1["claims"].empty());
  auto broken = line1;
  broken["claims"][0]["start"] = 50;
  broken["claims"][0]["end"] = 10;
  CHECK(read_error(broken.dump()).find("'start' (50) is after 'end' (10)") != std::string::npos);
  broken = line1;
  broken["claims"][0]["time"]["precision"] = "fortnight";
  CHECK(read_error(broken.dump()).find("unknown value 'fortnight'") != std::string::npos);
  for (const auto& c : line1["claims"])
    if (!c["figures"].empty()) {
      broken = line1;
      for (auto& bc : broken["claims"])
        if (!bc["figures"].empty()) bc["figures"][0]["kind"] = "weight";
      CHECK(read_error(broken.dump()).find("unknown value 'weight'") != std::string::npos);
      break;
    }
}

TEST_CASE("records: a day without its year keeps the weekday and the lead that named it - a bad weekday is refused") {
  const std::string good = claims::to_jsonl(sample_records());
  auto line1 = nlohmann::json::parse(good.substr(0, good.find('\n')));
  line1["document"]["published"]["local"] = nullptr;
  line1["document"]["published"]["month_day"] = {{"month", 3}, {"day", 31}, {"weekday", 1}, {"lead", true}};
  claims::Records back;
  REQUIRE(claims::read_jsonl(line1.dump() + "\n", "shard.jsonl", back));
  REQUIRE(back.documents.size() == 1);
  const auto& md = back.documents.front().document.info.published.month_day;
  REQUIRE(md);
  CHECK(md->weekday == 1);
  CHECK(md->lead);
  CHECK(claims::to_jsonl(back).find(R"("month_day":{"day":31,"lead":true,"month":3,"weekday":1})") != std::string::npos);
  line1["document"]["published"]["month_day"]["weekday"] = 9;
  CHECK(read_error(line1.dump()).find("weekday is not 1 (Monday) to 7 (Sunday)") != std::string::npos);
}

TEST_CASE("records: a line nested 100000 deep is refused before it is parsed") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(read_error(deep + "\n").find("shard.jsonl:1: JSON nested deeper than") == 0);
}

TEST_CASE("records: document order compares paths folder by folder then the position in the file") {
  CHECK(claims::before({"a/z.txt", 0}, {"a-b.txt", 0}));  // 'a' < 'a-b.txt' although '/' > '-'
  CHECK(claims::before({"x.jsonl", 2}, {"x.jsonl", 10}));
  CHECK_FALSE(claims::before({"b.txt", 0}, {"a.txt", 5}));
  CHECK_FALSE(claims::before({"a.txt", 1}, {"a.txt", 1}));
}
