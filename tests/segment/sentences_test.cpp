// Runs data/examples/segment/sentences.tsv: the paragraph is the line with " || " replaced by a
// space; the sentences must be exactly the parts between the markers.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/data.hpp"
#include "timeline/segment.hpp"

using namespace timeline;

TEST_CASE("sentence corpus: data/examples/segment/sentences.tsv") {
  const auto table = test::examples("segment/sentences.tsv");
  REQUIRE(table.rows.size() >= 50);
  for (const auto& row : table.rows) {
    // The whole line is the example (tabs are not expected inside it).
    std::string line;
    for (std::size_t i = 0; i < row.fields.size(); ++i) line += (i ? "\t" : "") + row.fields[i];
    std::vector<std::string> want;
    std::string text;
    for (std::size_t start = 0;;) {
      const auto pos = line.find(" || ", start);
      want.push_back(line.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
      if (pos == std::string::npos) break;
      start = pos + 4;
    }
    for (std::size_t i = 0; i < want.size(); ++i) text += (i ? " " : "") + want[i];
    std::vector<std::string> got;
    for (const auto& s : segment::split_sentences(text, 0)) got.push_back(text.substr(s.begin, s.size()));
    std::string got_joined;
    for (std::size_t i = 0; i < got.size(); ++i) got_joined += (i ? " || " : "") + got[i];
    INFO(fmt::format("{}: got\n  {}\nwant\n  {}", test::where(table, row), got_joined, line));
    CHECK(got == want);
  }
}

TEST_CASE("paragraphs: one per line - or one per block when the text is hard-wrapped") {
  Document doc;
  doc.body =
      "First paragraph on its own line.\nSecond paragraph, also a line.\n\n"
      "A wrapped paragraph goes on past the end of\nthis line and ends only here. Then a second\nsentence ends here.\n";
  REQUIRE(segment::segment(doc).ok());
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(doc.text(doc.paragraphs[2]).find("ends only here") != std::string_view::npos);
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[2].paragraph == 2);
  CHECK(doc.text(doc.sentences[3].span) == "Then a second\nsentence ends here.");
}

TEST_CASE("set-aside spans are not sentences - a dateline prefix leaves the rest of its line") {
  Document doc;
  doc.body = "Title line\n\nWASHINGTON, May 2, 2023 — The lead sentence. Another.\nRelated\n- teaser\n";
  const std::size_t lead = doc.body.find("The lead");
  const std::size_t related = doc.body.find("Related");
  doc.header.push_back({{0, 10}, "title"});
  doc.header.push_back({{12, lead}, "dateline"});
  doc.removed.push_back({ByteSpan{related, doc.body.size() - 1}, "furniture", "Related\n- teaser"});
  REQUIRE(segment::segment(doc).ok());
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.text(doc.sentences[0].span) == "The lead sentence.");
  CHECK(doc.text(doc.sentences[1].span) == "Another.");
}
