// Renderers on a hand-made timeline: dates at their precision, escaping in every format,
// CSV that spreadsheets cannot execute, TimelineJS date parts, colour and wrapping.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "render/support.hpp"
#include "timeline/render.hpp"

using namespace timeline;

namespace {

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, started = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && !started) {
      quoted = started = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      started = false;
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      started = false;
      rows.emplace_back();
      ++i;
    } else {
      REQUIRE(c != '\n');  // bare LF outside quotes is not RFC 4180
      field += c;
      started = true;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("text: dates at their precision - references - conflicts - revised - footnotes") {
  const auto tl = test::sample_timeline();
  const auto out = render::text(tl);
  CHECK(out.find("~2019 ") != std::string::npos);
  CHECK(out.find("before 2020-01-20") != std::string::npos);
  CHECK(out.find("2024-03-14  ") != std::string::npos);
  CHECK(out.find("week of 2024-03-18") != std::string::npos);
  CHECK(out.find("late 2024-07") != std::string::npos);
  CHECK(out.find("! date conflict: 2024-03-14") != std::string::npos);
  CHECK(out.find("vs 2024-04") != std::string::npos);
  CHECK(out.find("revised: [") != std::string::npos);
  CHECK(out.find("(revised later)") != std::string::npos);
  CHECK(out.find("The <b>Daily</b> | News, date unknown (a.txt)") != std::string::npos);
  CHECK(out.find("b.md, after 2024-03-20 (inferred)") != std::string::npos);
  CHECK(out.find("Undated") != std::string::npos);
  CHECK(out.find("notes.tsv") != std::string::npos);
  CHECK(out.find("\x1b[") == std::string::npos);
  CHECK(out.find("why this date") == std::string::npos);
}

TEST_CASE("text: wraps at the width - colour only when asked - explain adds rationales") {
  const auto tl = test::sample_timeline();
  render::Options o;
  o.width = 60;
  const auto out = render::text(tl, o);
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    std::size_t cols = 0;
    for (const char c : line) cols += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    INFO(line);
    CHECK(cols <= 60);
  }
  o.width = 100;
  o.color = true;
  o.explain = true;
  const auto coloured = render::text(tl, o);
  CHECK(coloured.find("\x1b[1m") != std::string::npos);
  CHECK(coloured.find("why this date: the most specific date") != std::string::npos);
  CHECK(coloured.find("why: a day is more specific than a month") != std::string::npos);
}

TEST_CASE("html: self-contained - every article string escaped - one entry per event") {
  const auto tl = test::sample_timeline();
  const auto out = render::html(tl);
  CHECK(out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(out.find("<script>alert") == std::string::npos);
  CHECK(out.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  CHECK(out.find("The &lt;b&gt;Daily&lt;/b&gt;") != std::string::npos);
  CHECK(count(out, "<script") == 1);  // the one inline print helper
  CHECK(out.find("src=") == std::string::npos);
  CHECK(out.find("<link") == std::string::npos);
  CHECK(out.find("@import") == std::string::npos);
  CHECK(count(out, "<details class=\"event") == tl.events.size());
  CHECK(count(out, "<details class=\"event conflict\"") == 1);
  CHECK(count(out, "<rect class=\"bar") == tl.events.size() - 1);  // not the undated one
  CHECK(count(out, "<rect class=\"bar open\"") == 1);               // "before 2020-01-20"
  CHECK(out.find("@media print") != std::string::npos);
}

TEST_CASE("markdown: a table - footnotes - cells cannot break the table") {
  const auto tl = test::sample_timeline();
  const auto out = render::markdown(tl);
  CHECK(out.find("| Date | Kind | What happened | Sources |\n|---|---|---|---|\n") != std::string::npos);
  CHECK(out.find("no data was taken \\| \\*none\\*") != std::string::npos);
  CHECK(out.find("&lt;script&gt;") != std::string::npos);
  CHECK(out.find("[^1]: ") != std::string::npos);
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| ", 0) != 0) continue;
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) pipes += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    INFO(line);
    CHECK(pipes == 5);
  }
}

TEST_CASE("csv: RFC 4180 - one row per event or claim - formulas neutralised") {
  const auto tl = test::sample_timeline();
  const auto rows = parse_csv(render::csv(tl));
  REQUIRE(rows.size() == tl.events.size() + 1);
  for (const auto& r : rows) CHECK(r.size() == rows[0].size());
  CHECK(rows[0][0] == "section");
  CHECK(rows[5][8] == "'-data was taken");  // the finding's summary starts with '-'
  render::Options o;
  o.csv_claims = true;
  const auto claims = parse_csv(render::csv(tl, o));
  REQUIRE(claims.size() == tl.claims.size() + 1);
  bool neutralised = false;
  for (const auto& r : claims) {
    for (const auto& cell : r) CHECK((cell.empty() || std::string("=+-@").find(cell[0]) == std::string::npos));
    neutralised = neutralised || r.back().rfind("'=HYPERLINK(\"http://evil.example\",\"click\")", 0) == 0;
  }
  CHECK(neutralised);
}

TEST_CASE("timelinejs: date parts at the known precision - display_date for vague dates - undated left out") {
  const auto tl = test::sample_timeline();
  const auto j = nlohmann::json::parse(render::timelinejs(tl));
  REQUIRE(j["events"].size() == tl.events.size() - 1);
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& e : j["events"]) by_id[e["unique_id"]] = e;
  CHECK(by_id["other-2019"]["start_date"] == nlohmann::json{{"year", 2019}});
  CHECK(by_id["other-2019"]["display_date"] == "~2019");
  CHECK(by_id["intrusion-2024-03-14"]["start_date"] == nlohmann::json{{"year", 2024}, {"month", 3}, {"day", 14}});
  CHECK_FALSE(by_id["intrusion-2024-03-14"].contains("display_date"));
  CHECK(by_id["finding-2024-04"]["start_date"] == nlohmann::json{{"year", 2024}, {"month", 4}});
  CHECK(by_id["other-before"]["display_date"] == "before 2020-01-20");
  CHECK(by_id["statement-2024-W12"]["display_date"] == "week of 2024-03-18");
  CHECK(by_id["statement-2024-W12"]["end_date"]["day"] == 24);
  CHECK(by_id["intrusion-2024-03-14"]["group"] == "intrusion");
  CHECK(by_id["intrusion-2024-03-14"]["text"]["headline"] == "Intrusion");
  const std::string text = by_id["intrusion-2024-03-14"]["text"]["text"];
  CHECK(text.find("<script>") == std::string::npos);
  CHECK(text.find("Sources disagree on the date") != std::string::npos);
  CHECK(j["title"]["text"]["text"].get<std::string>().find("1 undated event is not shown") != std::string::npos);
}

TEST_CASE("formats: names parse and unknown ones list the known") {
  CHECK(*render::parse_format("md") == render::Format::markdown);
  CHECK(*render::parse_format("timelinejs") == render::Format::timelinejs);
  const auto bad = render::parse_format("pdf");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error() == "unknown format 'pdf' (known: text, json, markdown, csv, html, timelinejs)");
}

TEST_CASE("filter: since and until by interval overlap - kinds - independent sources") {
  CHECK(*render::parse_bound("2024", false) == "2024-01-01");
  CHECK(*render::parse_bound("2024-02", true) == "2024-02-29");
  CHECK(*render::parse_bound("2023-02-28", true) == "2023-02-28");
  CHECK_FALSE(render::parse_bound("2024-02-30", false).ok());
  CHECK_FALSE(render::parse_bound("March", false).ok());

  auto tl = test::sample_timeline();
  render::Filter f;
  f.since = "2024-03-20";
  f.until = "2024-04-05";
  render::apply(tl, f);
  std::vector<std::string> ids;
  for (const auto& e : tl.events) ids.push_back(e.id);
  CHECK(ids == std::vector<std::string>{"statement-2024-W12", "finding-2024-04"});

  tl = test::sample_timeline();
  f = {};
  f.kinds = {"other", "finding"};
  render::apply(tl, f);
  CHECK(tl.events.size() == 3);

  tl = test::sample_timeline();
  f = {};
  f.min_sources = 2;
  render::apply(tl, f);
  REQUIRE(tl.events.size() == 1);
  CHECK(tl.events[0].kind == "intrusion");
}

TEST_CASE("json: an event dated to a week has the month that holds it as its value - its days and precision kept") {
  auto tl = test::sample_timeline();
  auto j = nlohmann::json::parse(render::json(tl));
  const nlohmann::json* week = nullptr;
  for (const auto& e : j["events"])
    if (e["id"] == "statement-2024-W12") week = &e;
  REQUIRE(week != nullptr);
  CHECK((*week)["date"]["value"] == "2024-03");
  CHECK((*week)["date"]["precision"] == "week");
  CHECK((*week)["date"]["earliest"] == "2024-03-18");
  CHECK((*week)["date"]["latest"] == "2024-03-24");
  // A week across two months: the year.
  tl.events.front().date = {"2024-W09", "2024-02-26", "2024-03-03", timex::Precision::week};
  j = nlohmann::json::parse(render::json(tl));
  CHECK(j["events"][0]["date"]["value"] == "2024");
}
