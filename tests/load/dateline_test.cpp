// Runs data/examples/load/datelines.tsv: each line either is a dateline with the given local
// date/time and UTC offset, or is not a dateline at all.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "load/dateline.hpp"
#include "load/pubdate.hpp"
#include "load/resources.hpp"
#include "support/data.hpp"

using namespace timeline;

namespace {
std::string offset_text(const std::optional<int>& m) {
  if (!m) return "-";
  const int a = *m < 0 ? -*m : *m;
  return fmt::format("{}{:02d}:{:02d}", *m < 0 ? '-' : '+', a / 60, a % 60);
}
}  // namespace

TEST_CASE("datelines corpus: data/examples/load/datelines.tsv") {
  const auto table = test::examples("load/datelines.tsv");
  auto res = load::resources_for(nullptr);
  REQUIRE(res.ok());
  REQUIRE(table.rows.size() >= 50);
  std::size_t positives = 0, negatives = 0;
  for (const auto& row : table.rows) {
    const std::string& line = row.field(0);
    const std::string& want_local = row.field(1);
    const std::string& want_offset = row.field(2);
    const auto got = load::parse_dateline(line, **res);
    const std::string got_local = got ? got->local->iso() : "-";
    const std::string got_offset = got ? offset_text(got->offset_minutes) : "-";
    INFO(fmt::format("{}: \"{}\": got {} {}, want {} {}", test::where(table, row), line, got_local, got_offset,
                     want_local, want_offset));
    CHECK(got_local == want_local);
    if (want_local != "-") CHECK(got_offset == (want_offset.empty() ? "-" : want_offset));
    (want_local == "-" ? negatives : positives)++;
  }
  CHECK(positives >= 40);
  CHECK(negatives >= 20);
}

TEST_CASE("wire datelines without a year: data/examples/load/wire_datelines.tsv") {
  const auto table = test::examples("load/wire_datelines.tsv");
  auto res = load::resources_for(nullptr);
  REQUIRE(res.ok());
  REQUIRE(table.rows.size() >= 20);
  std::string report;
  for (const auto& row : table.rows) {
    const auto got = load::parse_wire_month_day(row.field(0), **res);
    const std::string value = got ? got->iso() : "-";
    if (value != row.field(1))
      report += fmt::format("\n{}: \"{}\": got {}, want {}", test::where(table, row), row.field(0), value, row.field(1));
  }
  INFO(report);
  CHECK(report.empty());
}

TEST_CASE("wire datelines with a year: the date after the city's commas") {
  auto res = load::resources_for(nullptr);
  REQUIRE(res.ok());
  const std::pair<const char*, const char*> cases[] = {
      {"HARTFORD, Conn., Aug 19, 2021 (Meridian News Service)", "2021-08-19"},
      {"OSLO, 3 March 2024", "2024-03-03"},
      {"COLUMBUS, Ohio, Sept. 25, 2023 (Midland Wire Service)", "2023-09-25"},  // its state, spelled out
      {"RALEIGH, North Carolina, Sept. 25, 2023 (Midland Wire Service)", "2023-09-25"},
      {"LONDON, Acme said, June 20, 2023", "-"},  // a name and a verb: prose
      {"PORT ELLIS, Md., June 20, 2023", "2023-06-20"},
      {"PORT ELLIS, Md., June 20 (Harbor Wire)", "-"},      // no year: parse_wire_month_day's form
      {"Shares rose, June 20, 2023", "-"},                  // no city in capitals
      {"LONDON, the court heard, June 20, 2023", "-"},      // prose between the city and the date
      {"KESTREL, which was hacked on June 20, 2023", "-"},  // a first sentence, not a dateline
      {"LONDON, Tuesday, June 20, 2023", "2023-06-20"}};
  for (const auto& [prefix, want] : cases) {
    INFO(prefix);
    const auto got = load::parse_wire_dateline(prefix, **res);
    CHECK((got && got->local ? got->local->iso().substr(0, 10) : std::string("-")) == want);
  }
}

TEST_CASE("named zones follow daylight saving through the tz database") {
  auto res = load::resources_for(nullptr);
  REQUIRE(res.ok());
  const auto winter = load::parse_dateline("March 5, 2024 3:15 p.m. ET", **res);
  const auto summer = load::parse_dateline("July 5, 2024 3:15 p.m. ET", **res);
  REQUIRE(winter);
  REQUIRE(summer);
  CHECK(winter->value() == "2024-03-05T15:15:00-05:00");
  CHECK(summer->value() == "2024-07-05T15:15:00-04:00");
  CHECK(summer->utc() == "2024-07-05T19:15:00Z");
}

TEST_CASE("dates in file names") {
  CHECK(load::date_from_filename("2024-04-25-utility-weekly.txt")->local->iso() == "2024-04-25");
  CHECK(load::date_from_filename("story_20191231.html")->local->iso() == "2019-12-31");
  CHECK_FALSE(load::date_from_filename("2024-02-30-story.txt"));
  CHECK_FALSE(load::date_from_filename("report-123456789.txt"));
  CHECK_FALSE(load::date_from_filename("000-apa.txt"));
}

TEST_CASE("URL dates corpus: data/examples/load/urls.tsv") {
  const auto table = test::examples("load/urls.tsv");
  auto res = load::resources_for(nullptr);
  REQUIRE(res.ok());
  REQUIRE(table.rows.size() >= 15);
  std::string report;
  for (const auto& row : table.rows) {
    const auto got = load::date_from_url(row.field(0), **res);
    const std::string day = got ? got->local->iso() : "-";
    if (day != row.field(1))
      report += fmt::format("\n{}: \"{}\": got {}, want {}", test::where(table, row), row.field(0), day, row.field(1));
  }
  INFO(report);
  CHECK(report.empty());
}
