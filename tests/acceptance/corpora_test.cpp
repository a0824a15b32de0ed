// The loader on the real articles of ../shared/corpora: publication dates against each folder's
// SOURCES.tsv (from the text alone: a date that only the URL or page metadata gave is "unknown"),
// and no page furniture left in any body.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "timeline/load.hpp"

using namespace timeline;
namespace fs = std::filesystem;

namespace {

fs::path corpora() { return fs::path(TIMELINE_SHARED_DIR) / "corpora"; }

const Document& doc(const load::Batch& b, const std::string& id) {
  for (const auto& d : b.documents)
    if (d.id == id) return d;
  FAIL("no document " << id);
  throw std::logic_error("unreachable");
}

bool in_sentences(const Document& d, std::string_view text) {
  for (const auto& s : d.sentences)
    if (d.text(s.span).find(text) != std::string_view::npos) return true;
  return false;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string f;
  while (std::getline(ss, f, '\t')) out.push_back(f);
  return out;
}

}  // namespace

TEST_CASE("mitsubishi-electric: three publication dates and no furniture in the bodies") {
  auto batch = load::load_paths({corpora() / "mitsubishi-electric"}, {});
  REQUIRE(batch.ok());
  const auto& apa = doc(*batch, "000-apa.txt");
  CHECK(apa.published.value() == "2021-12-26T10:36:00+04:00");
  CHECK(apa.published.utc() == "2021-12-26T06:36:00Z");
  CHECK(apa.published.origin == DateOrigin::dateline);
  const auto& jiji = doc(*batch, "001-jiji.txt");
  CHECK(jiji.published.value() == "2021-12-25T11:01:00+09:00");
  CHECK(jiji.published.utc() == "2021-12-25T02:01:00Z");
  const auto& digit = doc(*batch, "003-digit.txt");
  CHECK_FALSE(digit.published.known());
  CHECK(digit.published.origin == DateOrigin::none);

  // The headings and the headlines under them.
  for (const auto& d : batch->documents) {
    INFO(d.id);
    CHECK_FALSE(in_sentences(d, "Top Articles in"));
    CHECK_FALSE(in_sentences(d, "ACCESS RANKING"));
    CHECK_FALSE(in_sentences(d, "Recommended"));
    CHECK_FALSE(in_sentences(d, "Cabinet Resigns en Masse"));
    CHECK_FALSE(in_sentences(d, "Optical Lattice Clock"));
    CHECK_FALSE(in_sentences(d, "Instagram newcomers"));
    CHECK_FALSE(in_sentences(d, "autonomous robot"));
  }
  // …while the article text around them stays.
  CHECK(in_sentences(jiji, "deeply apologizes again"));
  CHECK(in_sentences(digit, "has not been leaked"));
  CHECK(in_sentences(digit, "waited six months"));
}

TEST_CASE("every corpus: publication dates as SOURCES.tsv says - from the text alone") {
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(corpora())) {
    if (!entry.is_directory() || !fs::exists(entry.path() / "SOURCES.tsv")) continue;
    auto batch = load::load_paths({entry.path()}, {});
    REQUIRE(batch.ok());
    std::ifstream in(entry.path() / "SOURCES.tsv");
    std::string line;
    std::getline(in, line);
    const auto header = split_tabs(line);
    auto column = [&](const std::string& name) {
      for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
      FAIL("SOURCES.tsv has no column " << name);
      return std::size_t{0};
    };
    const std::size_t c_file = column("file"), c_published = column("published"), c_notes = column("notes");
    while (std::getline(in, line)) {
      const auto f = split_tabs(line);
      if (f.size() <= c_file) continue;
      const std::string file = f[c_file];
      const std::string published = f.size() > c_published ? f[c_published] : "";
      const std::string notes = f.size() > c_notes ? f[c_notes] : "";
      const bool in_text = notes.find("in text") != std::string::npos || notes.find("in-text") != std::string::npos ||
                           notes.find("dateline") != std::string::npos;
      INFO(entry.path().filename().string() << "/" << file << ": published '" << published << "', notes: " << notes);
      const auto& d = doc(*batch, file);
      if (!published.empty() && in_text) {
        // The date as written; a time, when SOURCES gives one, must match to the minute.
        REQUIRE(d.published.known());
        CHECK(d.published.value().substr(0, 10) == published.substr(0, 10));
        if (published.size() > 10) CHECK(d.published.value().substr(0, 16) == published.substr(0, 16));
        if (published.size() > 16) CHECK(d.published.value().substr(d.published.value().size() - 6) == published.substr(published.size() - 6));
      } else {
        CHECK_FALSE(d.published.known());
      }
      ++checked;
    }
  }
  CHECK(checked >= 20);
}
