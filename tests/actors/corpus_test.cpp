// Runs every data/examples/actors/*.tsv: each bracketed mention must be found with exactly that
// span, kind, alias-set key (and title), and no other mention may be found.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <set>

#include "actors/support.hpp"
#include "support/data.hpp"
#include "timeline/actors.hpp"

using namespace timeline;

namespace {

std::string describe(const actors::DocumentActors& a, const actors::Mention& m) {
  std::string s = fmt::format("[{}] {}:{}", m.text, actors::to_string(m.kind), a.entities[m.entity].key);
  if (!m.title.empty()) s += ":" + m.title;
  return s;
}

// "" when the row passes, else what differs.
std::string check_row(const std::string& marked, const std::string& expected, const std::string& title,
                      const std::string& main_subject) {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t open = std::string::npos;
  for (const char c : marked) {
    if (c == '[') open = text.size();
    else if (c == ']' && open != std::string::npos) {
      spans.emplace_back(open, text.size());
      open = std::string::npos;
    } else text += c;
  }
  std::vector<std::string> want;
  if (!expected.empty() && expected != "-") {
    std::size_t start = 0;
    for (;;) {
      const auto pos = expected.find(" ; ", start);
      want.push_back(expected.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
      if (pos == std::string::npos) break;
      start = pos + 3;
    }
  }
  if (want.size() != spans.size()) return fmt::format("{} brackets but {} expected actors", spans.size(), want.size());
  const auto doc = test::document(text, title);
  auto got = actors::tag(doc);
  if (!got) return got.error();
  std::string problems;
  std::set<std::size_t> matched;
  for (std::size_t k = 0; k < want.size(); ++k) {
    const std::string want_text = text.substr(spans[k].first, spans[k].second - spans[k].first);
    const actors::Mention* hit = nullptr;
    for (std::size_t m = 0; m < got->mentions.size(); ++m)
      if (got->mentions[m].span.begin == spans[k].first && got->mentions[m].span.end == spans[k].second) {
        hit = &got->mentions[m];
        matched.insert(m);
      }
    if (hit == nullptr) {
      problems += fmt::format("\n    missing [{}] {}", want_text, want[k]);
      continue;
    }
    std::string have = fmt::format("{}:{}", actors::to_string(hit->kind), got->entities[hit->entity].key);
    if (std::count(want[k].begin(), want[k].end(), ':') >= 2) have += ":" + hit->title;
    if (have != want[k]) problems += fmt::format("\n    [{}]: got {}, want {}", want_text, describe(*got, *hit), want[k]);
  }
  for (std::size_t m = 0; m < got->mentions.size(); ++m)
    if (matched.count(m) == 0) problems += "\n    unexpected " + describe(*got, got->mentions[m]);
  if (!main_subject.empty()) {
    const std::string have = got->main_subject ? got->entities[*got->main_subject].key : "-";
    if (have != main_subject) problems += fmt::format("\n    main subject {}, want {}", have, main_subject);
  }
  return problems;
}

}  // namespace

TEST_CASE("actor example corpus: data/examples/actors/") {
  const auto dir = test::source_dir() / "data" / "examples" / "actors";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::size_t rows = 0, passed = 0;
  for (const auto& file : files) {
    const auto table = test::examples("actors/" + file.filename().string());
    for (const auto& row : table.rows) {
      ++rows;
      const std::string problems = check_row(row.field(0), row.field(1), row.field(2), row.field(3));
      INFO(fmt::format("{}: {}{}", test::where(table, row), row.field(0), problems));
      CHECK(problems.empty());
      if (problems.empty()) ++passed;
    }
  }
  WARN(fmt::format("actor corpus: {} examples, {} pass", rows, passed));
  CHECK(rows >= 100);
}
