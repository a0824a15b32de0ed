#include <catch2/catch.hpp>

#include "load/resources.hpp"
#include "segment/abbreviations.hpp"
#include "support/data.hpp"
#include "timeline/lexicon.hpp"

using timeline::Lexicon;

TEST_CASE("every data file in data/lexicon parses and compiles") {
  auto lex = Lexicon::from_directory(timeline::test::source_dir() / "data" / "lexicon");
  REQUIRE(lex.ok());
  CHECK(lex->tables().size() >= 8);
  auto res = timeline::load::compile_resources(*lex);
  INFO((res ? std::string() : res.error()));
  CHECK(res.ok());
  auto abbr = timeline::segment::abbreviations_for(&*lex);
  CHECK(abbr.ok());
}

TEST_CASE("the embedded data is the data folder") {
  auto lex = Lexicon::from_directory(timeline::test::source_dir() / "data" / "lexicon");
  REQUIRE(lex.ok());
  for (const auto& [name, table] : lex->tables()) {
    auto builtin = Lexicon::builtin().table(name);
    REQUIRE(builtin.ok());
    CHECK((*builtin)->rows.size() == table.rows.size());
  }
}

TEST_CASE("data file errors point at the file and line") {
  const auto no_format = Lexicon::parse_table("en/x.tsv", "# a comment\nword\t1\n");
  REQUIRE_FALSE(no_format.ok());
  CHECK(no_format.error() == "data/lexicon/en/x.tsv:2: data before the '# FORMAT:' line (every data file starts with one)");

  auto bad = Lexicon::parse_table("en/months.tsv", "# FORMAT: name<TAB>month\njanuary\t1\nfebruary\ttwo\n");
  REQUIRE(bad.ok());
  const auto& row = bad->rows.at(1);
  CHECK(bad->error_at(row, "expected a number") == "data/lexicon/en/months.tsv:3: expected a number");
}

TEST_CASE("a lexicon folder with a broken file is refused with its location") {
  const auto dir = std::filesystem::temp_directory_path() / "timeline-test-badlex";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "en");
  std::ofstream(dir / "en" / "furniture.tsv") << "# FORMAT: phrase<TAB>kind<TAB>match\nrelated\tblok\texact\n";
  auto lex = Lexicon::from_directory(dir);
  REQUIRE(lex.ok());
  auto res = timeline::load::compile_resources(*lex);
  REQUIRE_FALSE(res.ok());
  CHECK(res.error() == dir.string() + "/en/furniture.tsv:2: unknown kind 'blok' (expected block|line)");
  std::filesystem::remove_all(dir);
}
