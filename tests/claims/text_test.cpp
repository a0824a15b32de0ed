// Shared texts: copies share one allocation, and so do equal texts made one after another on a
// thread; a pool makes equal values one, and a text reads and compares like the string it holds.
#include <catch2/catch.hpp>

#include <string>
#include <thread>

#include "timeline/claims.hpp"

using timeline::claims::Pool;
using timeline::claims::Text;

TEST_CASE("text: reads and compares like its string, empty without an allocation") {
  const Text t = std::string("2019-03");
  CHECK(t == "2019-03");
  CHECK(t == std::string("2019-03"));
  CHECK(t.size() == 7);
  CHECK(t.substr(0, 4) == "2019");
  CHECK(Text("2019-01") < t);
  CHECK("[" + t + "]" == "[2019-03]");
  CHECK(fmt::format("{}!", t) == "2019-03!");
  CHECK(Text().empty());
  CHECK(Text("").empty());
  CHECK(Text().str().empty());
}

TEST_CASE("text: copies share one allocation and outlive the original") {
  Text copy;
  {
    const Text original("a sentence cited by two claims");
    copy = original;
    CHECK(copy.same(original));
  }
  CHECK(copy == "a sentence cited by two claims");
  Text moved = std::move(copy);
  CHECK(moved == "a sentence cited by two claims");
}

TEST_CASE("text: equal texts made one after another on a thread share one allocation") {
  const Text a("a sentence cited by two claims");
  const Text b(std::string("a sentence cited by two claims"));
  CHECK(a.same(b));
  CHECK(b == "a sentence cited by two claims");
}

TEST_CASE("pool: equal values become one allocation") {
  Pool pool;
  Text a("intrusion"), b, c("disclosure"), empty;
  // Made on another thread: not shared by the recent texts of this one.
  std::thread([&b] { b = Text(std::string("intrusion")); }).join();
  CHECK_FALSE(a.same(b));
  pool.share(a);
  pool.share(b);
  pool.share(c);
  pool.share(empty);
  CHECK(a.same(b));
  CHECK_FALSE(a.same(c));
  CHECK(b == "intrusion");
  CHECK(empty.empty());
  CHECK(pool.size() == 2);
}
