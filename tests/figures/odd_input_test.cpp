// Odd input never crashes and yields no fake figure; the lexicon loader points at bad rows.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "figures/numerals.hpp"
#include "timeline/figures.hpp"

using namespace timeline;

namespace {

std::vector<figures::Figure> tag(const std::string& text) {
  figures::Context ctx;
  auto r = figures::tag(text, ctx);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("figures: empty and blank input yield nothing") {
  CHECK(tag("").empty());
  CHECK(tag("   \n\t ").empty());
  CHECK(tag("$").empty());
  CHECK(tag("about").empty());
  CHECK(tag("between 5 and").empty());
}

TEST_CASE("figures: huge numbers are refused or bounded") {
  CHECK(tag(std::string(400, '9') + " files").empty());
  CHECK(tag("10^400 files").empty());
  CHECK(tag("1e400 files").empty());
  for (const auto& f : tag("a million billion trillion trillion files and 999,999,999,999,999 trillion dollars")) {
    CHECK(std::isfinite(f.amount.value));
    CHECK(f.amount.value <= 1e18);
  }
}

TEST_CASE("figures: digits as written") {
  CHECK(figures::parse_digits("20,000")->mantissa == 20000);
  CHECK(figures::parse_digits("20,000")->separator);
  CHECK(figures::parse_digits("1.2")->decimals == 1);
  CHECK_FALSE(figures::parse_digits("10:36"));
  CHECK_FALSE(figures::parse_digits("3.2.1"));
  CHECK_FALSE(figures::parse_digits("10,36"));
  CHECK_FALSE(figures::parse_digits("1,0000"));
  CHECK_FALSE(figures::parse_digits("007"));
  CHECK_FALSE(figures::parse_digits("1234567890123456"));
  CHECK(figures::scaled(*figures::parse_digits("1.2"), 1e6) == 1200000);
  CHECK(figures::scaled(*figures::parse_digits("0.5"), 1) == 0.5);
}

TEST_CASE("figures: garbage bytes and long runs do not crash") {
  std::string s;
  for (int i = 0; i < 2000; ++i) s += static_cast<char>((i * 37) % 256);
  (void)figures::tag(s, {});
  (void)figures::tag(std::string(10000, '$'), {});
  (void)figures::tag(std::string(5000, '1') + "," + std::string(5000, '0'), {});
  std::string many;
  for (int i = 0; i < 500; ++i) many += "about $1 million (¥100 million), ";
  CHECK(tag(many).size() == 500);
}

TEST_CASE("figures: to_string names and the measure key") {
  CHECK(std::string(figures::to_string(figures::Kind::money)) == "money");
  CHECK(std::string(figures::to_string(figures::Relation::disagree)) == "disagree");
  const auto a = tag("The firm lost $2 million a year.");
  REQUIRE(a.size() == 1);
  CHECK(figures::measure_key(a[0]) == "money|USD||year|");
}

TEST_CASE("figures: bare counts are one measure per value and a generic noun joins only its value") {
  const auto a = tag("Officials counted more than 400. The tally reached more than 4,000. Others said more than 400.");
  REQUIRE(a.size() == 3);
  CHECK(figures::measure_key(a[0]) != figures::measure_key(a[1]));  // never grouped into a conflict
  CHECK(figures::measure_key(a[0]) == figures::measure_key(a[2]));
  const auto g = tag("The review covered 41 cases. Inspectors flagged 41 pieces. They closed 12 cases.");
  REQUIRE(g.size() == 3);
  CHECK(figures::measure_key(g[0]) == figures::measure_key(g[1]));
  CHECK(figures::measure_key(g[0]) != figures::measure_key(g[2]));
}

TEST_CASE("figures: a figure's text has its line breaks and tabs collapsed") {
  const auto a = tag("The breach hit 143\n\t\t\tmillion customers.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "143 million customers");
}

TEST_CASE("figures: a broken lexicon row is reported with its file and line") {
  // Replace one table with a bad copy through a folder of the same layout.
  const auto dir = std::filesystem::temp_directory_path() / "timeline-test-badfigures";
  std::filesystem::remove_all(dir);
  std::filesystem::copy(std::filesystem::path(TIMELINE_SOURCE_DIR) / "data" / "lexicon", dir, std::filesystem::copy_options::recursive);
  std::ofstream(dir / "en" / "figure_qualifiers.tsv") << "# FORMAT: phrase<TAB>position<TAB>low<TAB>high\nabout\tbefore\t0.9\tlots\n";
  auto bad = Lexicon::from_directory(dir);
  REQUIRE(bad.ok());
  figures::Context ctx;
  ctx.lexicon = &*bad;
  auto r = figures::tag("about 5 files", ctx);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == dir.string() + "/en/figure_qualifiers.tsv:2: expected low and high factors (numbers or inf, 0 <= low <= high)");
  std::filesystem::remove_all(dir);
}
