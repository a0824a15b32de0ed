// Resolution policies that the example corpus does not show: configured fiscal years and
// the ambiguity a reader must see.
#include <catch2/catch.hpp>

#include "timeline/timex.hpp"

using namespace timeline;

namespace {
std::vector<timex::Timex> tag(const std::string& text, int fiscal_start = 1) {
  timex::Context ctx;
  ctx.dct = LocalDateTime{2021, 12, 25, std::nullopt, std::nullopt, std::nullopt};  // a Saturday
  ctx.fiscal_year_start_month = fiscal_start;
  auto r = timex::tag(text, ctx);
  REQUIRE(r.ok());
  return *r;
}
}  // namespace

TEST_CASE("fiscal years follow the configured start and its naming convention") {
  const auto calendar = tag("Procurement in fiscal 2020 rose.");
  REQUIRE(calendar.size() == 1);
  CHECK(calendar[0].earliest == "2020-01-01");
  CHECK(calendar[0].latest == "2020-12-31");
  const auto april = tag("Procurement in fiscal 2020 rose.", 4);  // named by the year it starts in
  REQUIRE(april.size() == 1);
  CHECK(april[0].value == "2020");
  CHECK(april[0].earliest == "2020-04-01");
  CHECK(april[0].latest == "2021-03-31");
  const auto october = tag("Spending in FY2020 rose.", 10);  // named by the year it ends in
  REQUIRE(october.size() == 1);
  CHECK(october[0].earliest == "2019-10-01");
  CHECK(october[0].latest == "2020-09-30");
}

TEST_CASE("ambiguity is reported with the other reading") {
  const auto numeric = tag("The contract dated 03/04/2020 was void.");
  REQUIRE(numeric.size() == 1);
  CHECK(numeric[0].value == "2020-03-04");
  CHECK(numeric[0].ambiguous);
  CHECK(numeric[0].alternatives == std::vector<std::string>{"2020-04-03"});

  // No verb gives the tense: the past Wednesday, flagged, with the coming one as alternative.
  const auto weekday = tag("Wednesday: the board meeting.");
  REQUIRE(weekday.size() == 1);
  CHECK(weekday[0].value == "2021-12-22");
  CHECK(weekday[0].ambiguous);
  CHECK(weekday[0].alternatives == std::vector<std::string>{"2021-12-29"});

  const auto settled = tag("The board said Wednesday it would sell.");
  REQUIRE(settled.size() == 1);
  CHECK_FALSE(settled[0].ambiguous);
  CHECK(tag("The board will meet Wednesday.").at(0).value == "2021-12-29");
}
