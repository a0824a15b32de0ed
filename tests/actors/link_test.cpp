// Alias sets across documents, keys, and input the tagger must survive.
#include <catch2/catch.hpp>

#include <chrono>

#include "actors/support.hpp"
#include "timeline/actors.hpp"

using namespace timeline;

TEST_CASE("keys drop legal suffixes and a possessive country") {
  CHECK(actors::key("Acme Electric Corp.") == "acme electric");
  CHECK(actors::key("The Harbour Gazette") == "harbour gazette");
  CHECK(actors::key("Japan's Defense Ministry") == "defense ministry");
  CHECK(actors::key("Calloway & Finch Ltd.") == "calloway and finch");
}

TEST_CASE("link joins equal keys and short names across documents with ids by salience") {
  const auto a = test::document("Acme Electric Corp. lost files. The company said the files were old. Acme Electric apologised.");
  const auto b = test::document("The Harbour Gazette reported that Acme was hacked. Acme said it was investigating.");
  const auto c = test::document("Orbin Dairy said its milk was safe.");
  auto ta = actors::tag(a), tb = actors::tag(b), tc = actors::tag(c);
  REQUIRE(ta.ok());
  REQUIRE(tb.ok());
  REQUIRE(tc.ok());
  const auto ids = actors::link({&*ta, &*tb, &*tc});
  REQUIRE(ids.size() == 3);
  auto id_of = [&](std::size_t d, const actors::DocumentActors& t, const std::string& key) {
    for (std::size_t e = 0; e < t.entities.size(); ++e)
      if (t.entities[e].key == key) return ids[d][e];
    FAIL("no entity " << key);
    return std::size_t{0};
  };
  CHECK(id_of(0, *ta, "acme electric") == id_of(1, *tb, "acme"));
  CHECK(id_of(0, *ta, "acme electric") == 0);  // the corpus's main subject
  CHECK(id_of(2, *tc, "orbin dairy") != id_of(1, *tb, "harbour gazette"));
  // The same documents in another order give the same ids.
  const auto again = actors::link({&*tc, &*ta, &*tb});
  CHECK(again[0] == ids[2]);
  CHECK(again[1] == ids[0]);
  CHECK(again[2] == ids[1]);
}

TEST_CASE("odd input: empty documents, long capitalised runs, no sentences") {
  Document empty;
  auto r = actors::tag(empty);
  REQUIRE(r.ok());
  CHECK(r->entities.empty());
  CHECK(actors::link({}).empty());
  CHECK(actors::link({nullptr}).size() == 1);

  std::string caps;
  for (int i = 0; i < 5000; ++i) caps += "Word" + std::to_string(i % 7) + " Acme ";
  caps += "Corp. said so.";
  const auto start = std::chrono::steady_clock::now();
  auto big = actors::tag(test::document(caps));
  REQUIRE(big.ok());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  for (const auto& e : big->entities) CHECK(e.name.size() < 200);

  auto odd = actors::tag(test::document("\xEF\xBF\xBD\xEF\xBF\xBD The \xE2\x80\x9C company \xE2\x80\x9D said '' \" \" ."));
  CHECK(odd.ok());
}
