#include <catch2/catch.hpp>

#include "timeline/segment.hpp"

using namespace timeline;

namespace {
std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : segment::tokenize(s, 0)) out.emplace_back(s.substr(t.span.begin, t.span.size()));
  return out;
}
}  // namespace

TEST_CASE("tokens keep numbers with separators and words with inner apostrophes and hyphens") {
  CHECK(texts("Nearly 20,000 files, 1.2 million; at 10:36.") ==
        std::vector<std::string>{"Nearly", "20,000", "files", ",", "1.2", "million", ";", "at", "10:36", "."});
  CHECK(texts("Japan\xE2\x80\x99s large-scale don't") ==
        std::vector<std::string>{"Japan\xE2\x80\x99s", "large-scale", "don't"});
  CHECK(texts("the 28th of June, 200MB") == std::vector<std::string>{"the", "28th", "of", "June", ",", "200MB"});
  CHECK(texts("\xC2\xA5" "80 billion \xE2\x80\x94 \xE2\x80\x9Cquote\xE2\x80\x9D") ==
        std::vector<std::string>{"\xC2\xA5", "80", "billion", "\xE2\x80\x94", "\xE2\x80\x9C", "quote", "\xE2\x80\x9D"});
}

TEST_CASE("token offsets are byte offsets into the text - shifted by the base") {
  const auto tokens = segment::tokenize("ab cd", 100);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[1].span == ByteSpan{103, 105});
  CHECK(segment::tokenize("", 0).empty());
}
