// Runs every data/examples/timex/en/*.tsv (duckling style): each bracketed expression must be
// found with exactly that span, type, value, mod and (when given) interval, and nothing else.
// Sentences listed in data/examples/timex/en/pending.txt are known gaps: they must still fail
// (so a fix cannot go unnoticed), and they are counted in the output.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <set>
#include <sstream>

#include "support/data.hpp"
#include "timeline/load.hpp"
#include "timeline/timex.hpp"

using namespace timeline;

namespace {

struct Expected {
  std::size_t begin = 0, end = 0;
  std::string type, value, mod, earliest, latest;
  bool has_interval = false;
};

std::string describe(const timex::Timex& t) {
  std::string s = fmt::format("[{}] {} {}", t.text, timex::to_string(t.type), t.value);
  if (!t.mod.empty()) s += " mod=" + t.mod;
  s += fmt::format(" [{}..{}] ({})", t.earliest, t.latest, t.rule);
  return s;
}

// Returns "" when the row passes, else what differs.
std::string check_row(const std::string& sentence, const std::string& dct, const std::string& expected) {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t open = std::string::npos;
  for (const char c : sentence) {
    if (c == '[') open = text.size();
    else if (c == ']' && open != std::string::npos) {
      spans.emplace_back(open, text.size());
      open = std::string::npos;
    } else text += c;
  }
  std::vector<Expected> want;
  if (!expected.empty()) {
    std::size_t start = 0;
    for (;;) {
      const auto pos = expected.find(" ; ", start);
      std::istringstream in(expected.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
      Expected e;
      in >> e.type >> e.value;
      std::string extra;
      while (in >> extra) {
        if (extra.rfind("mod=", 0) == 0) e.mod = extra.substr(4);
        else if (extra.front() == '[' && extra.back() == ']') {
          const auto dots = extra.find("..");
          e.earliest = extra.substr(1, dots - 1);
          e.latest = extra.substr(dots + 2, extra.size() - dots - 3);
          e.has_interval = true;
        }
      }
      want.push_back(e);
      if (pos == std::string::npos) break;
      start = pos + 3;
    }
  }
  if (want.size() != spans.size()) return fmt::format("{} brackets but {} expected values", spans.size(), want.size());
  for (std::size_t k = 0; k < want.size(); ++k) {
    want[k].begin = spans[k].first;
    want[k].end = spans[k].second;
  }
  timex::Context ctx;
  if (dct != "none") {
    auto pd = load::parse_date_text(dct == "-" || dct.empty() ? "2013-02-12" : dct, Lexicon::builtin());
    if (!pd) return "bad dct '" + dct + "'";
    ctx.dct = pd->local;
  }
  auto got = timex::tag(text, ctx);
  if (!got) return got.error();
  std::string problems;
  std::set<std::size_t> matched;
  for (const auto& w : want) {
    const timex::Timex* hit = nullptr;
    for (std::size_t k = 0; k < got->size(); ++k)
      if ((*got)[k].span.begin == w.begin && (*got)[k].span.end == w.end) {
        hit = &(*got)[k];
        matched.insert(k);
      }
    const std::string want_text = text.substr(w.begin, w.end - w.begin);
    if (hit == nullptr) {
      problems += fmt::format("\n    missing [{}] {} {}", want_text, w.type, w.value);
      continue;
    }
    const bool ok = timex::to_string(hit->type) == w.type && hit->value == w.value && hit->mod == w.mod &&
                    (!w.has_interval || (hit->earliest == w.earliest && hit->latest == w.latest));
    if (!ok)
      problems += fmt::format("\n    [{}]: got {}, want {} {}{}{}", want_text, describe(*hit), w.type, w.value,
                              w.mod.empty() ? "" : " mod=" + w.mod,
                              w.has_interval ? " [" + w.earliest + ".." + w.latest + "]" : "");
  }
  for (std::size_t k = 0; k < got->size(); ++k)
    if (matched.count(k) == 0) problems += "\n    unexpected " + describe((*got)[k]);
  return problems;
}

}  // namespace

TEST_CASE("timex example corpus: data/examples/timex/en/") {
  const auto dir = test::source_dir() / "data" / "examples" / "timex" / "en";
  std::set<std::string> pending;
  {
    std::istringstream in(test::read_file(dir / "pending.txt"));
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line[0] != '#') pending.insert(line);
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::size_t rows = 0, passed = 0, known = 0;
  std::set<std::string> seen_pending;
  for (const auto& file : files) {
    const auto table = test::examples("timex/en/" + file.filename().string());
    for (const auto& row : table.rows) {
      ++rows;
      const std::string& sentence = row.field(0);
      const std::string problems = check_row(sentence, row.field(1), row.field(2));
      const bool is_pending = pending.count(sentence) != 0;
      if (is_pending) {
        seen_pending.insert(sentence);
        ++known;
        INFO(fmt::format("{}: listed in pending.txt but passes now: remove it from the list\n  {}", test::where(table, row), sentence));
        CHECK_FALSE(problems.empty());
        continue;
      }
      INFO(fmt::format("{}: {}{}", test::where(table, row), sentence, problems));
      CHECK(problems.empty());
      if (problems.empty()) ++passed;
    }
  }
  for (const auto& p : pending) {
    INFO("pending.txt lists a sentence that is in no corpus file: " << p);
    CHECK(seen_pending.count(p) == 1);
  }
  WARN(fmt::format("timex corpus: {} examples, {} pass, {} known gaps (pending.txt)", rows, passed, known));
  CHECK(rows >= 400);
}
