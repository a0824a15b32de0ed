// The word tables every tagger looks words up in (util/hash.hpp).
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>

#include "util/hash.hpp"

using namespace timeline;

TEST_CASE("string tables: found by view - absent words refused - insertion order kept") {
  util::StringMap<int> months;
  const char* names[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept"};
  int n = 0;
  for (const char* name : names) months[name] = ++n;  // 20 keys: the table grows past 16 slots
  CHECK(months.size() == 20);
  CHECK(months.find(std::string_view("december"))->second == 12);
  CHECK(months.count("decembers") == 0);
  CHECK(months.find("") == months.end());
  CHECK(months.begin()->first == "january");
  util::StringSet set{"a", "b"};
  CHECK_FALSE(set.insert("a").second);
  CHECK(set.contains("b"));
}

TEST_CASE("string tables: a copy outlives its original and a move keeps its entries") {
  auto original = std::make_unique<util::StringMap<std::string>>();
  for (int i = 0; i < 100; ++i) (*original)["word" + std::to_string(i)] = std::to_string(i);
  util::StringMap<std::string> copy(*original);
  util::StringMap<std::string> assigned;
  assigned = *original;
  (*original)["word7"] = "changed";
  original.reset();
  REQUIRE(copy.size() == 100);
  CHECK(assigned.find("word7")->second == "7");
  CHECK(copy.find("word7")->second == "7");
  CHECK(copy.find("word99")->second == "99");
  auto moved = std::move(copy);
  CHECK(moved.find("word42")->second == "42");
}
