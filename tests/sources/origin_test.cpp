// Origins of claims and input the source tagger must survive.
#include <catch2/catch.hpp>

#include <chrono>

#include "actors/support.hpp"
#include "timeline/actors.hpp"
#include "timeline/sources.hpp"

using namespace timeline;

namespace {
std::string origin_of_last(const Document& doc) {
  auto a = actors::tag(doc);
  REQUIRE(a.ok());
  auto s = sources::tag(doc, *a);
  REQUIRE(s.ok());
  REQUIRE(!s->empty());
  return sources::origin(s->back(), doc, *a);
}
}  // namespace

TEST_CASE("two documents citing one newspaper share an origin") {
  const auto a = test::document("The plant had closed, according to the Harbour Gazette.", "", "Meridian Wire");
  const auto b = test::document("Brindle News, citing The Harbour Gazette, said the plant had closed.", "", "Bayside Daily");
  CHECK(origin_of_last(a) == "harbour gazette");
  CHECK(origin_of_last(b) == "harbour gazette");
}

TEST_CASE("a claim of the outlet itself has the outlet as origin, else the document") {
  CHECK(origin_of_last(test::document("The bridge reopened on Monday.", "", "The Kelby Times")) == "kelby times");
  CHECK(origin_of_last(test::document("The bridge reopened on Monday.")) == "document:example.txt");
  // A person is no origin: the outlet that quotes them is.
  CHECK(origin_of_last(test::document("Governor Ada Pryce said the bridge was safe.", "", "Ardel Post")) == "ardel post");
}

TEST_CASE("the default attribution is the outlet and every sentence gets one") {
  const auto doc = test::document("Prices rose. \"We are sorry,\" the mayor said. Sales fell.", "", "Civic Record");
  auto a = actors::tag(doc);
  REQUIRE(a.ok());
  auto s = sources::tag(doc, *a);
  REQUIRE(s.ok());
  REQUIRE(s->size() == doc.sentences.size());
  for (std::size_t k = 0; k < s->size(); ++k) {
    CHECK((*s)[k].sentence == k);
    REQUIRE_FALSE((*s)[k].chain.empty());
    CHECK((*s)[k].chain[0].name == "Civic Record");
    CHECK_FALSE((*s)[k].chain[0].span.has_value());
  }
  CHECK((*s)[0].frame.empty());
  CHECK((*s)[1].quoted);
  CHECK((*s)[1].cue.has_value());
}

TEST_CASE("odd input: empty, unbalanced and empty quotes, long documents") {
  Document empty;
  actors::DocumentActors none;
  auto r = sources::tag(empty, none);
  REQUIRE(r.ok());
  CHECK(r->empty());
  for (const char* text : {"\"", "\"\"", "\xE2\x80\x9C\xE2\x80\x9D said.", "said", "according to", "citing",
                           "\xE2\x80\x9C We are fine. We are fine. We are fine.", ", said , said ."}) {
    const auto doc = test::document(text);
    auto a = actors::tag(doc);
    REQUIRE(a.ok());
    auto s = sources::tag(doc, *a);
    REQUIRE(s.ok());
    CHECK(s->size() == doc.sentences.size());
  }
  std::string body;
  for (int i = 0; i < 3000; ++i) body += "Acme Corp. said \"the plant is safe, officials said. ";
  const auto start = std::chrono::steady_clock::now();
  const auto doc = test::document(body);
  auto a = actors::tag(doc);
  REQUIRE(a.ok());
  auto s = sources::tag(doc, *a);
  REQUIRE(s.ok());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
}
