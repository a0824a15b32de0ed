// Ranges: both ends are expressions of their own, and each carries the whole range.
#include <catch2/catch.hpp>

#include "timeline/timex.hpp"

using namespace timeline;

namespace {
std::vector<timex::Timex> tag(const std::string& text) {
  timex::Context ctx;
  ctx.dct = LocalDateTime{2021, 12, 25, std::nullopt, std::nullopt, std::nullopt};
  auto r = timex::tag(text, ctx);
  REQUIRE(r.ok());
  return *r;
}
}  // namespace

TEST_CASE("ranges: between - from-to - hyphen - en dash") {
  const std::pair<const char*, std::pair<const char*, const char*>> cases[] = {
      {"The attacks ran between October 2017 and April 2020.", {"2017-10-01", "2020-04-30"}},
      {"The scheme ran from 2011 to 2016, auditors said.", {"2011-01-01", "2016-12-31"}},
      {"The study covered 2007-2019 in detail.", {"2007-01-01", "2019-12-31"}},
      {"Sales were weak in June\xE2\x80\x93September, the firm said.", {"2021-06-01", "2021-09-30"}},
      {"From in or about March 2020 through in or about June 2020, he copied the files.", {"2020-03-01", "2020-06-30"}},
  };
  for (const auto& [text, range] : cases) {
    INFO(text);
    const auto found = tag(text);
    REQUIRE(found.size() == 2);
    for (const auto& t : found) {
      REQUIRE(t.range.has_value());
      CHECK(t.range->earliest == range.first);
      CHECK(t.range->latest == range.second);
    }
    CHECK(found[0].range->other == 1);
    CHECK(found[1].range->other == 0);
  }
}

TEST_CASE("two dates in a row that are not a range stay apart") {
  const auto found = tag("The firm said in 2019 and again on March 3, 2020 that it was sound.");
  REQUIRE(found.size() == 2);
  CHECK_FALSE(found[0].range.has_value());
  CHECK_FALSE(found[1].range.has_value());
  // A dash before a vague past is an aside: "December 2020 \u2013 weeks earlier than it said".
  const auto aside = tag("It was open from December 2020 \xE2\x80\x93 weeks earlier than the official date.");
  REQUIRE(aside.size() == 2);
  CHECK_FALSE(aside[0].range.has_value());
}
