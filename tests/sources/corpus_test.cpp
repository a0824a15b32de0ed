// Runs every data/examples/sources/*.tsv: the attribution of the example's last sentence must
// have exactly that chain (below the outlet), frame and markers.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "actors/support.hpp"
#include "support/data.hpp"
#include "timeline/actors.hpp"
#include "timeline/sources.hpp"
#include "util/strings.hpp"

using namespace timeline;

namespace {

// "" when the row passes, else what differs.
std::string check_row(const std::string& text, const std::string& chain, const std::string& frame,
                      const std::string& markers, const std::string& outlet) {
  const auto doc = test::document(text, "", outlet == "-" ? "" : outlet);
  if (doc.sentences.empty()) return "no sentence";
  auto a = actors::tag(doc);
  if (!a) return a.error();
  auto s = sources::tag(doc, *a);
  if (!s) return s.error();
  if (s->size() != doc.sentences.size()) return "not one attribution per sentence";
  const auto& got = s->back();
  std::string got_chain;
  for (std::size_t k = 1; k < got.chain.size(); ++k) {
    const auto& src = got.chain[k];
    if (!got_chain.empty()) got_chain += " <- ";
    got_chain += src.entity ? a->entities[*src.entity].key : util::to_lower_ascii(src.name);
  }
  if (got_chain.empty()) got_chain = "-";
  // A marker written "kind:text>word" also checks the word a negation applies to (Marker::scope).
  std::string got_markers;
  std::size_t wanted_from = 0;
  for (const auto& m : got.markers) {
    std::string one = m.kind + ":" + util::to_lower_ascii(m.text);
    const std::size_t next = markers.find(" ; ", wanted_from);
    const std::string wanted = markers.substr(wanted_from, next == std::string::npos ? std::string::npos : next - wanted_from);
    wanted_from = next == std::string::npos ? markers.size() : next + 3;
    if (wanted.find('>') != std::string::npos)
      one += ">" + (m.scope ? util::to_lower_ascii(doc.text(*m.scope)) : std::string("(none)"));
    got_markers += (got_markers.empty() ? "" : " ; ") + one;
  }
  if (got_markers.empty()) got_markers = "-";
  const std::string got_frame = got.frame.empty() ? "-" : got.frame;
  std::string problems;
  if (got.chain.empty() || got.chain[0].name != (outlet == "-" || outlet.empty() ? "the document's outlet" : outlet))
    problems += "\n    the chain does not start with the outlet";
  if (got_chain != chain) problems += fmt::format("\n    chain: got '{}', want '{}'", got_chain, chain);
  if (got_frame != frame) problems += fmt::format("\n    frame: got '{}', want '{}'", got_frame, frame);
  if (got_markers != markers) problems += fmt::format("\n    markers: got '{}', want '{}'", got_markers, markers);
  return problems;
}

}  // namespace

TEST_CASE("attribution example corpus: data/examples/sources/") {
  const auto dir = test::source_dir() / "data" / "examples" / "sources";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::size_t rows = 0, passed = 0;
  for (const auto& file : files) {
    const auto table = test::examples("sources/" + file.filename().string());
    for (const auto& row : table.rows) {
      ++rows;
      const std::string problems = check_row(row.field(0), row.field(1), row.field(2), row.field(3), row.field(4));
      INFO(fmt::format("{}: {}{}", test::where(table, row), row.field(0), problems));
      CHECK(problems.empty());
      if (problems.empty()) ++passed;
    }
  }
  WARN(fmt::format("attribution corpus: {} examples, {} pass", rows, passed));
  CHECK(rows >= 100);
}
