// Runs every data/examples/figures/*.tsv (duckling style). In the figure files each bracketed
// figure must be found with exactly that span and those fields, and nothing else; in
// compare.tsv each pair of one-figure sentences must stand in the stated relation.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "support/data.hpp"
#include "timeline/figures.hpp"
#include "timeline/timex.hpp"

using namespace timeline;

namespace {

struct Tagged {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // the brackets
  std::vector<timex::Timex> timexes;
  std::vector<figures::Figure> figures;
  std::string error;
};

Tagged run(const std::string& sentence) {
  Tagged t;
  std::size_t open = std::string::npos;
  for (const char c : sentence) {
    if (c == '[') open = t.text.size();
    else if (c == ']' && open != std::string::npos) {
      t.spans.emplace_back(open, t.text.size());
      open = std::string::npos;
    } else t.text += c;
  }
  timex::Context tctx;
  tctx.dct = LocalDateTime{2021, 6, 15, std::nullopt, std::nullopt, std::nullopt};
  auto tx = timex::tag(t.text, tctx);
  if (!tx) {
    t.error = tx.error();
    return t;
  }
  t.timexes = std::move(*tx);
  figures::Context ctx;
  ctx.timexes = &t.timexes;
  auto figs = figures::tag(t.text, ctx);
  if (!figs) t.error = figs.error();
  else t.figures = std::move(*figs);
  return t;
}

std::string number(double v) {
  if (std::isinf(v)) return "inf";
  return fmt::format("{}", v);
}

std::string describe(const figures::Figure& f) {
  std::string s = fmt::format("[{}] {} {} low={} high={}", f.text, figures::to_string(f.kind), number(f.amount.value),
                              number(f.amount.low), number(f.amount.high));
  if (!f.amount.unit.empty()) s += " unit=" + f.amount.unit;
  if (!f.qualifier.empty()) s += " q=\"" + f.qualifier + "\"";
  if (!f.counted.empty()) s += " counted=\"" + f.counted + "\"";
  if (!f.counted_head.empty()) s += " head=" + f.counted_head;
  if (!f.counted_class.empty()) s += " class=\"" + f.counted_class + "\"";
  if (!f.rate.empty()) s += " rate=" + f.rate;
  if (!f.period.empty()) s += " period=" + f.period;
  if (f.converted) s += fmt::format(" conv={}:{}", number(f.converted->value), f.converted->unit);
  if (!f.size_convention.empty()) s += " size=" + f.size_convention;
  return s;
}

std::optional<double> parse_number(const std::string& s) {
  if (s == "inf") return std::numeric_limits<double>::infinity();
  double v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

bool near(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// "count 20000 q=nearly counted=\"pieces of information\"" → words, quotes kept together.
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false, any = false;
  for (const char c : s) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) out.push_back(cur);
      cur.clear();
      any = false;
    } else {
      cur += c;
      any = true;
    }
  }
  if (any) out.push_back(cur);
  return out;
}

// "" when the figure has exactly the expected fields, else what differs.
std::string check_fields(const figures::Figure& f, const std::string& expected) {
  const auto w = words(expected);
  if (w.size() < 2) return "expected 'KIND VALUE [key=value…]', got '" + expected + "'";
  std::map<std::string, std::string> keys;
  for (std::size_t k = 2; k < w.size(); ++k) {
    const auto eq = w[k].find('=');
    if (eq == std::string::npos) return "bad field '" + w[k] + "'";
    keys[w[k].substr(0, eq)] = w[k].substr(eq + 1);
  }
  static const std::set<std::string> k_known{"low", "high", "unit", "q", "counted", "head", "class", "rate", "period", "conv", "size"};
  for (const auto& [k, v] : keys)
    if (k_known.count(k) == 0) return "unknown field '" + k + "'";
  const auto value = parse_number(w[1]);
  if (!value) return "bad value '" + w[1] + "'";
  auto get = [&](const std::string& k, const std::string& fallback) { return keys.count(k) ? keys[k] : fallback; };
  const std::string kind = figures::to_string(f.kind);
  const std::string default_unit = kind == "size" ? "B" : kind == "percent" ? "%" : "";
  const auto low = parse_number(get("low", w[1])), high = parse_number(get("high", w[1]));
  if (!low || !high) return "bad low/high";
  std::string conv;
  if (f.converted) conv = number(f.converted->value) + ":" + f.converted->unit;
  std::string want_conv = get("conv", "");
  if (!want_conv.empty()) {
    const auto colon = want_conv.find(':');
    const auto v = parse_number(want_conv.substr(0, colon));
    if (colon == std::string::npos || !v) return "bad conv '" + want_conv + "'";
    want_conv = number(*v) + want_conv.substr(colon);
  }
  const bool ok = kind == w[0] && near(f.amount.value, *value) && near(f.amount.low, *low) && near(f.amount.high, *high) &&
                  f.amount.unit == get("unit", default_unit) && f.qualifier == get("q", "") && f.counted == get("counted", "") &&
                  f.counted_head == get("head", "") && f.counted_class == get("class", "") && f.rate == get("rate", "") &&
                  f.period == get("period", "") && conv == want_conv &&
                  f.size_convention == get("size", kind == "size" ? "decimal" : "");
  return ok ? "" : "got " + describe(f) + ", want " + expected;
}

std::string check_row(const std::string& sentence, const std::string& expected) {
  const Tagged t = run(sentence);
  if (!t.error.empty()) return t.error;
  std::vector<std::string> want;
  if (!expected.empty()) {
    std::size_t start = 0;
    for (;;) {
      const auto pos = expected.find(" ; ", start);
      want.push_back(expected.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
      if (pos == std::string::npos) break;
      start = pos + 3;
    }
  }
  if (want.size() != t.spans.size()) return fmt::format("{} brackets but {} expected entries", t.spans.size(), want.size());
  std::string problems;
  std::set<std::size_t> matched;
  for (std::size_t k = 0; k < want.size(); ++k) {
    const auto [b, e] = t.spans[k];
    const figures::Figure* hit = nullptr;
    for (std::size_t x = 0; x < t.figures.size(); ++x)
      if (t.figures[x].span.begin == b && t.figures[x].span.end == e) {
        hit = &t.figures[x];
        matched.insert(x);
      }
    if (hit == nullptr) {
      problems += fmt::format("\n    missing [{}] {}", t.text.substr(b, e - b), want[k]);
      continue;
    }
    if (auto p = check_fields(*hit, want[k]); !p.empty()) problems += "\n    " + p;
  }
  for (std::size_t x = 0; x < t.figures.size(); ++x)
    if (matched.count(x) == 0) problems += "\n    unexpected " + describe(t.figures[x]);
  return problems;
}

std::vector<std::filesystem::path> corpus_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "data" / "examples" / "figures"))
    if (e.path().extension() == ".tsv" && e.path().filename() != "compare.tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("figures example corpus: data/examples/figures/") {
  std::size_t rows = 0, passed = 0, negatives = 0;
  for (const auto& file : corpus_files()) {
    const auto table = test::examples("figures/" + file.filename().string());
    CHECK_FALSE(table.rows.empty());
    for (const auto& row : table.rows) {
      ++rows;
      if (row.field(1).empty()) ++negatives;
      const std::string problems = check_row(row.field(0), row.field(1));
      INFO(fmt::format("{}: {}{}", test::where(table, row), row.field(0), problems));
      CHECK(problems.empty());
      if (problems.empty()) ++passed;
    }
  }
  WARN(fmt::format("figures corpus: {} examples ({} negative), {} pass", rows, negatives, passed));
  CHECK(rows >= 150);
  CHECK(negatives >= 30);
}

TEST_CASE("figures compare corpus: data/examples/figures/compare.tsv") {
  const auto table = test::examples("figures/compare.tsv");
  std::size_t rows = 0;
  for (const auto& row : table.rows) {
    ++rows;
    const Tagged a = run(row.field(0)), b = run(row.field(1));
    INFO(fmt::format("{}: {} | {}", test::where(table, row), row.field(0), row.field(1)));
    REQUIRE(a.error.empty());
    REQUIRE(b.error.empty());
    REQUIRE(a.figures.size() == 1);
    REQUIRE(b.figures.size() == 1);
    const std::string want = row.field(2);
    const std::string ab = figures::to_string(figures::compare(a.figures[0], b.figures[0]));
    const std::string ba = figures::to_string(figures::compare(b.figures[0], a.figures[0]));
    INFO(fmt::format("a: {}\nb: {}", describe(a.figures[0]), describe(b.figures[0])));
    CHECK(ab == want);
    CHECK(ba == want);  // the relation is symmetric
    const bool same_key = figures::measure_key(a.figures[0]) == figures::measure_key(b.figures[0]);
    if (want == "different_measure") CHECK_FALSE(same_key);
  }
  CHECK(rows >= 20);
}
