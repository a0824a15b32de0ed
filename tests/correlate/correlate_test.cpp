// The correlator on hand-made claims: agreeing dates narrow, a once-only event's disagreeing
// dates become a conflict decided by support, denials published earlier are revised, a year-less
// date takes the year the other articles give it, and the output does not depend on anything
// but its input.
#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>

#include "timeline/correlate.hpp"
#include "timeline/load.hpp"
#include "timeline/render.hpp"

using namespace timeline;

namespace {

claims::Claim claim(const std::string& doc, const std::string& kind, const std::string& value,
                    const std::string& earliest, const std::string& latest, timex::Precision p) {
  claims::Claim c;
  c.document = doc;
  c.kind = kind;
  c.text = "A sentence of " + doc + " about the " + kind + ".";
  c.origin = "document:" + doc;
  c.time.edit().value = value;
  c.time.edit().earliest = earliest;
  c.time.edit().latest = latest;
  c.time.edit().precision = p;
  c.time.edit().text = value;
  c.time.edit().basis = value.empty() ? "unknown" : "expression";
  return c;
}

claims::DocumentClaims document(const std::string& id, const std::string& published = {}) {
  claims::DocumentClaims d;
  d.info.id = d.info.path = id;
  if (!published.empty()) {
    d.info.published.local = LocalDateTime{std::stoi(published.substr(0, 4)),
                                           std::stoi(published.substr(5, 2)),
                                           std::stoi(published.substr(8, 2)),
                                           {},
                                           {},
                                           {}};
  }
  return d;
}

// "PORT ELLIS, June 20 (Harbor Wire) - …": a wire story dated only by a dateline without its year.
claims::DocumentClaims wire_story(int month, int day, const char* subject = "fenwick mutual") {
  static const char* const k_months[] = {"",     "January", "February",  "March",   "April",    "May",     "June",
                                         "July", "August",  "September", "October", "November", "December"};
  auto wire = document("wire.txt");
  wire.info.subject = subject;
  wire.info.published.month_day = MonthDay{month, day};
  wire.info.published.evidence = fmt::format("PORT ELLIS, {} {} (Harbor Wire)", k_months[month], day);
  return wire;
}

const correlate::Event* find(const correlate::Timeline& tl, const std::string& kind) {
  for (const auto& e : tl.events)
    if (e.kind == kind && !e.date.value.empty()) return &e;
  return nullptr;
}

// "fine 2021-03-02" for each event of a list: what a reader sees of the timeline or of `related`.
std::vector<std::string> kinds_and_dates(const std::vector<correlate::Event>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.kind + " " + e.date.value);
  return out;
}

}  // namespace

TEST_CASE("correlate: a month and a day that agree narrow the event to the day") {
  auto a = document("a.txt");
  a.claims.push_back(claim("a.txt", "discovery", "2021-03", "2021-03-01", "2021-03-31", timex::Precision::month));
  auto b = document("b.txt");
  b.claims.push_back(claim("b.txt", "discovery", "2021-03-14", "2021-03-14", "2021-03-14", timex::Precision::day));
  auto tl = correlate::correlate({a, b}, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "discovery");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2021-03-14");
  CHECK(e->date.earliest == "2021-03-14");
  CHECK(e->sources == std::vector<claims::Text>{"a.txt", "b.txt"});
  CHECK(e->conflicts.empty());
}

TEST_CASE("correlate: disagreeing dates of the intrusion are a conflict that the better-supported date wins") {
  auto a = document("a.txt"), b = document("b.txt"), c = document("c.txt");
  a.claims.push_back(claim("a.txt", "intrusion", "2019-06-28", "2019-06-28", "2019-06-28", timex::Precision::day));
  b.claims.push_back(claim("b.txt", "intrusion", "2019-06", "2019-06-01", "2019-06-30", timex::Precision::month));
  c.claims.push_back(claim("c.txt", "intrusion", "2020-01", "2020-01-01", "2020-01-31", timex::Precision::month));
  auto tl = correlate::correlate({a, b, c}, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "intrusion");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2019-06-28");
  REQUIRE(e->conflicts.size() == 1);
  const auto& conflict = e->conflicts.front();
  CHECK(conflict.field == "date");
  CHECK(conflict.resolution == "2019-06-28");
  REQUIRE(conflict.values.size() == 2);
  CHECK(conflict.values[1].value == "2020-01");
  CHECK(conflict.values[1].documents == std::vector<claims::Text>{"c.txt"});
  CHECK_FALSE(conflict.rationale.empty());
}

TEST_CASE("correlate: two articles citing one origin count as one source") {
  auto a = document("a.txt"), b = document("b.txt"), c = document("c.txt");
  auto x = claim("a.txt", "intrusion", "2019-05", "2019-05-01", "2019-05-31", timex::Precision::month);
  auto y = claim("b.txt", "intrusion", "2019-05", "2019-05-01", "2019-05-31", timex::Precision::month);
  x.origin = y.origin = "the daily paper";
  a.claims.push_back(x);
  b.claims.push_back(y);
  auto z1 = claim("c.txt", "intrusion", "2019-07", "2019-07-01", "2019-07-31", timex::Precision::month);
  auto z2 = z1;
  z2.origin = "the regulator";
  c.claims.push_back(z1);
  c.claims.push_back(z2);
  auto tl = correlate::correlate({a, b, c}, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "intrusion");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2019-07");  // two independent sources against one line of evidence
}

TEST_CASE("correlate: a source that names the day counts for that day, not for a rival its vaguer words allow") {
  // The company: "said on Thursday" (10 March) in two articles, and "in March" in a third.
  // A trade paper: "disclosed the breach on 3 March". The company's "March" holds both days,
  // but the company named its day: one source against one, and the day it gave twice wins.
  auto a = document("a.txt"), b = document("b.txt"), c = document("c.txt"), d = document("d.txt");
  auto day = claim("a.txt", "intrusion", "2021-03-10", "2021-03-10", "2021-03-10", timex::Precision::day);
  auto again = claim("b.txt", "intrusion", "2021-03-10", "2021-03-10", "2021-03-10", timex::Precision::day);
  auto month = claim("c.txt", "intrusion", "2021-03", "2021-03-01", "2021-03-31", timex::Precision::month);
  day.origin = again.origin = month.origin = "the company";
  a.claims.push_back(day);
  b.claims.push_back(again);
  c.claims.push_back(month);
  d.claims.push_back(claim("d.txt", "intrusion", "2021-03-03", "2021-03-03", "2021-03-03", timex::Precision::day));
  auto tl = correlate::correlate({a, b, c, d}, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "intrusion");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2021-03-10");
  REQUIRE(e->conflicts.size() == 1);
  CHECK(e->conflicts.front().values.back().value == "2021-03-03");
}

TEST_CASE("correlate: a media report dated by its week is the day its outlet's article in the corpus was published") {
  auto trade = document("trade.html", "2023-09-12");
  trade.info.outlet = "Furrow & Field";
  auto paper = document("paper.md", "2023-09-20");
  auto cited = claim("paper.md", "media-report", "2023-W37", "2023-09-11", "2023-09-17", timex::Precision::week);
  cited.text = "The admission follows a report last week by the trade publication Furrow & Field.";
  cited.time.edit().text = "last week";
  paper.claims.push_back(cited);
  // An outlet whose article is not of those days dates nothing.
  auto other = claim("paper.md", "media-report", "2023-08", "2023-08-01", "2023-08-31", timex::Precision::month);
  other.text = "Furrow & Field first wrote about the firm in August.";
  paper.claims.push_back(other);
  auto tl = correlate::correlate({trade, paper}, {});
  REQUIRE(tl);
  std::vector<std::string> dates;
  for (const auto& c : tl->claims)
    if (c.kind == "media-report") dates.push_back(c.time->value.str());
  CHECK(dates == std::vector<std::string>{"2023-09-12", "2023-08"});
  for (const auto& c : tl->claims)
    if (c.time->value == "2023-09-12") CHECK(c.time->year_from.str().find("Furrow & Field") != std::string::npos);
}

TEST_CASE("correlate: a denial published before the report that asserts it is revised") {
  auto early = document("early.txt", "2020-01-21");
  auto late = document("late.txt", "2021-12-25");
  auto denial = claim("early.txt", "intrusion", "", "", "", timex::Precision::none);
  denial.negated = true;
  early.claims.push_back(denial);
  late.claims.push_back(claim("late.txt", "intrusion", "2019-06", "2019-06-01", "2019-06-30", timex::Precision::month));
  auto tl = correlate::correlate({early, late}, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "intrusion");
  REQUIRE(e != nullptr);
  REQUIRE(e->revised.size() == 1);
  CHECK(tl->claims[e->revised.front()].document == "early.txt");
  bool claim_conflict = false;
  for (const auto& c : e->conflicts) claim_conflict = claim_conflict || c.field == "claim";
  CHECK(claim_conflict);
}

TEST_CASE("correlate: a day without its year takes the one year another article gives it") {
  auto a = document("a.txt"), b = document("b.txt");
  a.claims.push_back(claim("a.txt", "discovery", "2021-10-04", "2021-10-04", "2021-10-04", timex::Precision::day));
  b.claims.push_back(claim("b.txt", "discovery", "XXXX-10-04", "", "", timex::Precision::day));
  auto tl = correlate::correlate({a, b}, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "discovery");
  REQUIRE(e != nullptr);
  CHECK(e->sources == std::vector<claims::Text>{"a.txt", "b.txt"});
  bool completed = false;
  for (const auto& c : tl->claims) completed = completed || (c.document == "b.txt" && !c.time->year_from.empty());
  CHECK(completed);
}

TEST_CASE("correlate: a day without its year takes the year of the same month named elsewhere") {
  auto a = document("a.txt"), b = document("b.txt");
  a.claims.push_back(claim("a.txt", "remediation", "2021-10", "2021-10-01", "2021-10-31", timex::Precision::month));
  b.claims.push_back(claim("b.txt", "sanction", "XXXX-10-04", "", "", timex::Precision::day));
  auto tl = correlate::correlate({a, b}, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "sanction");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2021-10-04");
  std::string why;
  for (const auto& c : tl->claims)
    if (c.document == "b.txt") why = c.time->year_from;
  CHECK(why == "the year is not in the article; a.txt dates the same month 2021-10");
}

TEST_CASE("correlate: a day without its year takes the year in which others date the same kind that month") {
  // "discovered on Dec. 10" in an undated explainer: the articles name two Decembers, but only
  // one of them has a discovery, a day apart: one event, with its date conflict.
  auto a = document("a.txt", "2023-12-14"), b = document("b.txt", "2024-01-10"), c = document("c.txt");
  a.claims.push_back(claim("a.txt", "discovery", "2023-12-11", "2023-12-11", "2023-12-11", timex::Precision::day));
  b.claims.push_back(claim("b.txt", "other", "2022-12-25", "2022-12-25", "2022-12-25", timex::Precision::day));
  c.claims.push_back(claim("c.txt", "discovery", "XXXX-12-10", "", "", timex::Precision::day));
  auto tl = correlate::correlate({a, b, c}, {});
  REQUIRE(tl);
  const auto& completed = tl->claims[2];
  CHECK(completed.time->value == "2023-12-10");
  CHECK(completed.time->year_from ==
        "the year is not in the article; a discovery in a.txt dates the same month 2023-12");
  const auto* e = find(*tl, "discovery");
  REQUIRE(e != nullptr);
  CHECK(e->sources == std::vector<claims::Text>{"a.txt", "c.txt"});
  bool date_conflict = false;
  for (const auto& x : e->conflicts) date_conflict = date_conflict || x.field == "date";
  CHECK(date_conflict);
}

TEST_CASE("correlate: the same claims give the same bytes") {
  auto make = [] {
    auto a = document("a.txt", "2022-02-02"), b = document("b.txt");
    a.claims.push_back(claim("a.txt", "disclosure", "2022-02-01", "2022-02-01", "2022-02-01", timex::Precision::day));
    a.claims.push_back(claim("a.txt", "intrusion", "2021", "2021-01-01", "2021-12-31", timex::Precision::year));
    b.claims.push_back(claim("b.txt", "intrusion", "2021-11", "2021-11-01", "2021-11-30", timex::Precision::month));
    b.claims.push_back(claim("b.txt", "fine", "", "", "", timex::Precision::none));
    return std::vector<claims::DocumentClaims>{a, b};
  };
  auto one = correlate::correlate(make(), {});
  auto two = correlate::correlate(make(), {});
  REQUIRE(one);
  REQUIRE(two);
  CHECK(render::json(*one) == render::json(*two));
  CHECK(render::text(*one) == render::text(*two));
}

TEST_CASE("correlate: a claim of an unknown document is an error") {
  auto a = document("a.txt");
  a.claims.push_back(claim("elsewhere.txt", "intrusion", "", "", "", timex::Precision::none));
  auto tl = correlate::correlate({a}, {});
  REQUIRE_FALSE(tl);
  CHECK(tl.error().find("elsewhere.txt") != std::string::npos);
}

TEST_CASE("correlate: build gives the same bytes on one thread and on four") {
  const auto folder = std::string(TIMELINE_SOURCE_DIR) + "/data/samples/harbor-water-ransomware";
  auto loaded = load::load_paths({folder}, {});
  REQUIRE(loaded);
  REQUIRE(loaded->documents.size() > 5);
  auto one = correlate::build(loaded->documents, loaded->skipped, nullptr, 1);
  auto four = correlate::build(loaded->documents, loaded->skipped, nullptr, 4);
  REQUIRE(one);
  REQUIRE(four);
  CHECK_FALSE(one->events.empty());
  CHECK(render::json(*one) == render::json(*four));

  // The streaming path (file by file, text dropped after extraction) gives the same bytes too.
  auto inputs = load::collect({folder});
  REQUIRE(inputs);
  for (const unsigned jobs : {1u, 4u}) {
    correlate::ExtractOptions options;
    options.jobs = jobs;
    auto streamed = correlate::build(*inputs, options);
    REQUIRE(streamed);
    CHECK(render::json(*streamed) == render::json(*one));
    CHECK(render::text(*streamed) == render::text(*one));
  }
}

TEST_CASE("correlate: documents are taken in document order whatever order they come in") {
  const auto folder = std::string(TIMELINE_SOURCE_DIR) + "/data/samples/harbor-water-ransomware";
  auto loaded = load::load_paths({folder}, {});
  REQUIRE(loaded);
  auto in_order = correlate::build(loaded->documents, loaded->skipped, nullptr, 2);
  // Files in reverse order (a file's articles keep their order: it numbers them).
  std::stable_sort(loaded->documents.begin(), loaded->documents.end(),
                   [](const Document& a, const Document& b) { return a.path > b.path; });
  auto reversed = correlate::build(loaded->documents, loaded->skipped, nullptr, 2);
  REQUIRE(in_order);
  REQUIRE(reversed);
  REQUIRE(in_order->documents.size() > 5);
  CHECK(in_order->documents.front().id < in_order->documents.back().id);
  CHECK(render::json(*in_order) == render::json(*reversed));

  // The streaming path appends inputs as they are done: given out of order, they are sorted first.
  auto inputs = load::collect({folder});
  REQUIRE(inputs);
  std::reverse(inputs->begin(), inputs->end());
  for (const unsigned jobs : {1u, 2u}) {
    correlate::ExtractOptions options;
    options.jobs = jobs;
    auto streamed = correlate::build(*inputs, options);
    REQUIRE(streamed);
    CHECK(render::json(*streamed) == render::json(*in_order));
  }
}

namespace {

// An undated article's claim dated only relative to its publication ("last year").
claims::Claim relative_claim(const std::string& doc, const std::string& kind, const std::string& sentence,
                             const std::string& expression) {
  claims::Claim c = claim(doc, kind, "", "", "", timex::Precision::none);
  c.text = sentence;
  c.time.edit().text = expression;
  c.time.edit().basis = "relative";
  return c;
}

struct UndatedCase {
  const char* name;
  const char* sentence;    // in the undated article
  const char* expression;  // its expression counted from the publication date
  const char* kind;
  std::vector<std::array<const char*, 3>> witnesses;  // value, earliest, latest (one article each)
  const char* subject;                                // the witnesses' subject ("" = same as the article's)
  const char* earliest;                               // the inferred publication bounds ("" = open)
  const char* latest;
  const char* resolved;  // the claim's value afterwards ("" = still undated)
  const char* trigger = "";          // the undated claim's trigger
  const char* witness_trigger = "";  // the witnesses'
  const char* actor = "";            // an actor every claim names besides the subject ("" = none)
};

}  // namespace

TEST_CASE("correlate: an undated article is dated by what the others date") {
  const std::vector<UndatedCase> cases = {
      {"last year names the year before",
       "Intruders entered the Fenwick Mutual network last year.",
       "last year",
       "intrusion",
       {{"2020-10", "2020-10-01", "2020-10-31"}},
       "",
       "2021-01-01",
       "2021-12-31",
       "2020"},
      {"a past weekday is within the week",
       "Fenwick Mutual staff discovered the break-in on Monday.",
       "Monday",
       "discovery",
       {{"2022-03-14", "2022-03-14", "2022-03-14"}},
       "",
       "2022-03-14",
       "2022-03-20",
       "2022-03-14"},
      {"more than six months ago bounds only from below",
       "The Fenwick Mutual breach happened more than six months ago.",
       "more than six months ago",
       "intrusion",
       {{"2019-06-28", "2019-06-28", "2019-06-28"}},
       "",
       "2019-12-28",
       "",
       ""},
      {"the majority date is the one used",
       "Intruders entered the Fenwick Mutual network last year.",
       "last year",
       "intrusion",
       {{"2018-05-02", "2018-05-02", "2018-05-02"},
        {"2018-05", "2018-05-01", "2018-05-31"},
        {"2019-01", "2019-01-01", "2019-01-31"}},
       "",
       "2019-01-01",
       "2019-12-31",
       "2018"},
      {"two dates with equal support tell nothing",
       "Intruders entered the Fenwick Mutual network last year.",
       "last year",
       "intrusion",
       {{"2018-05", "2018-05-01", "2018-05-31"}, {"2019-01", "2019-01-01", "2019-01-31"}},
       "",
       "",
       "",
       ""},
      {"another company's incident tells nothing",
       "Intruders entered the Fenwick Mutual network last year.",
       "last year",
       "intrusion",
       {{"2020-10", "2020-10-01", "2020-10-31"}},
       "orlo",
       "",
       "",
       ""},
      {"an event that recurs tells nothing",
       "Fenwick Mutual said on Monday that it had been breached.",
       "Monday",
       "statement",
       {{"2022-03-14", "2022-03-14", "2022-03-14"}},
       "",
       "",
       "",
       ""},
      {"a recurring event is known by its word and a person",
       "Prosecutors cited Dana Whitlock's conviction last year.",
       "last year",
       "lawsuit",
       {{"2022-10", "2022-10-01", "2022-10-31"}},
       "",
       "2023-01-01",
       "2023-12-31",
       "2022",
       "conviction",
       "convicted",
       "dana whitlock"},
      {"a recurring event named by another word tells nothing",
       "Dana Whitlock was sentenced on Thursday.",
       "Thursday",
       "lawsuit",
       {{"2022-10-13", "2022-10-13", "2022-10-13"}},
       "",
       "",
       "",
       "",
       "sentenced",
       "convicted",
       "dana whitlock"},
      {"a recurring event without a shared actor tells nothing",
       "The conviction last year was upheld.",
       "last year",
       "lawsuit",
       {{"2022-10", "2022-10-01", "2022-10-31"}},
       "",
       "",
       "",
       "",
       "conviction",
       "convicted",
       ""},
      {"a statement tells nothing - even one of the same speaker",
       "Dana Whitlock said on Monday the files were safe.",
       "Monday",
       "statement",
       {{"2022-03-14", "2022-03-14", "2022-03-14"}},
       "",
       "",
       "",
       "",
       "said",
       "said",
       "dana whitlock"},
  };
  for (const auto& t : cases) {
    INFO(t.name);
    std::vector<claims::DocumentClaims> docs;
    auto undated = document("undated.txt");
    undated.info.subject = "fenwick mutual";
    undated.claims.push_back(relative_claim("undated.txt", t.kind, t.sentence, t.expression));
    undated.claims.back().trigger = t.trigger;
    if (*t.actor) undated.claims.back().actors = {"fenwick mutual", t.actor};
    docs.push_back(undated);
    for (std::size_t i = 0; i < t.witnesses.size(); ++i) {
      const std::string id = "w" + std::to_string(i) + ".txt";
      auto w = document(id, "2023-06-01");
      w.info.subject = *t.subject ? t.subject : "fenwick mutual";
      const auto& [value, earliest, latest] = t.witnesses[i];
      const auto p = std::string(value).size() == 10 ? timex::Precision::day : timex::Precision::month;
      w.claims.push_back(claim(id, t.kind, value, earliest, latest, p));
      w.claims.back().trigger = t.witness_trigger;
      if (*t.actor) w.claims.back().actors = {t.actor};
      docs.push_back(w);
    }
    auto tl = correlate::correlate(docs, {});
    REQUIRE(tl);
    const auto& info = tl->documents.front();
    INFO(info.inferred_from);
    CHECK(info.inferred_earliest == t.earliest);
    CHECK(info.inferred_latest == t.latest);
    const auto& c = tl->claims.front();
    CHECK(c.time->value == t.resolved);
    if (*t.resolved) CHECK(c.time->year_from.str().find("the other articles place its publication") != std::string::npos);
  }
}

TEST_CASE("correlate: the onset of an intrusion is its date, though more sources date a later stage") {
  std::vector<claims::DocumentClaims> docs;
  for (const char* id : {"a.txt", "b.txt", "c.txt"}) {
    auto d = document(id, "2023-10-01");
    d.claims.push_back(claim(id, "intrusion", "2023-09-09", "2023-09-09", "2023-09-09", timex::Precision::day));
    d.claims.back().trigger = "attack";
    docs.push_back(d);
  }
  auto d = document("d.txt", "2024-03-21");
  d.claims.push_back(claim("d.txt", "intrusion", "2023-08-19", "2023-08-19", "2023-08-19", timex::Precision::day));
  d.claims.back().trigger = "first broke into";
  docs.push_back(d);
  auto tl = correlate::correlate(docs, {});
  REQUIRE(tl);
  const auto* e = find(*tl, "intrusion");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2023-08-19");
  REQUIRE(e->conflicts.size() == 1);
  CHECK(e->conflicts.front().rationale.find("'first broke into' dates when it began") != std::string::npos);

  SECTION("a later onset does not displace an earlier date") {
    docs.back().claims.back().time.edit().value = docs.back().claims.back().time.edit().text = "2023-09-20";
    docs.back().claims.back().time.edit().earliest = docs.back().claims.back().time.edit().latest = "2023-09-20";
    auto later = correlate::correlate(docs, {});
    REQUIRE(later);
    CHECK(find(*later, "intrusion")->date.value == "2023-09-09");
  }

  SECTION("an onset told only by the year both dates share does not hide the precise onset") {
    // A fifth article: "the attack began more than a year ago" (2023) fits 9 September and
    // 19 August alike; the day the intruders first broke in still dates the intrusion.
    auto e5 = document("e.txt", "2024-09-18");
    e5.claims.push_back(claim("e.txt", "intrusion", "2023", "2023-01-01", "2023-12-31", timex::Precision::year));
    e5.claims.back().trigger = "attack began";
    docs.push_back(e5);
    auto vague = correlate::correlate(docs, {});
    REQUIRE(vague);
    CHECK(find(*vague, "intrusion")->date.value == "2023-08-19");
  }

  SECTION("of onsets that disagree the better-supported one is kept - not the earlier") {
    // Three articles: "first gained access on 9 September"; one: "first broke into on 19 August".
    for (std::size_t i = 0; i + 1 < docs.size(); ++i) docs[i].claims.back().trigger = "first gained access";
    auto weighed = correlate::correlate(docs, {});
    REQUIRE(weighed);
    const auto* kept = find(*weighed, "intrusion");
    REQUIRE(kept != nullptr);
    CHECK(kept->date.value == "2023-09-09");
    REQUIRE(kept->conflicts.size() == 1);
    CHECK(kept->conflicts.front().values.size() == 2);
  }
}

TEST_CASE("correlate: a later article that tells an act again - dated only by its own day - joins the act") {
  // "The commission has opened a formal inquiry" (published the day after it did), then, a week
  // later, "He said the commission had opened an inquiry", deep in an article dated only by its
  // reporting day: one inquiry, no rival date.
  auto make = [](const std::string& actor) {
    std::vector<claims::DocumentClaims> docs;
    auto a = document("a.txt", "2025-08-28");
    a.claims.push_back(
        claim("a.txt", "investigation", "2025-08-27", "2025-08-27", "2025-08-27", timex::Precision::day));
    a.claims.back().trigger = "opened a formal inquiry";
    a.claims.back().actors = {"gaming standards commission"};
    docs.push_back(a);
    auto b = document("b.txt", "2025-09-03");
    b.claims.push_back(
        claim("b.txt", "investigation", "2025-09-03", "2025-09-03", "2025-09-03", timex::Precision::day));
    b.claims.back().trigger = "opened an inquiry";
    b.claims.back().time.edit().basis = "reporting-date";
    b.claims.back().sentence = 9;
    b.claims.back().actors = {actor};
    docs.push_back(b);
    return correlate::correlate(docs, {});
  };
  auto tl = make("gaming standards commission");
  REQUIRE(tl);
  CHECK(kinds_and_dates(tl->events) == std::vector<std::string>{"investigation 2025-08-27"});
  CHECK(tl->events.front().claims.size() == 2);
  CHECK(tl->events.front().conflicts.empty());
  CHECK(tl->events.front().date_rationale.find("tell it again") != std::string::npos);
  // Another actor's inquiry is another act; so is a later fine by the same authority (a fine's
  // key is the kind and the actor, not its word).
  auto other = make("metropolitan police");
  REQUIRE(other);
  CHECK(kinds_and_dates(other->events) ==
        std::vector<std::string>{"investigation 2025-08-27", "investigation 2025-09-03"});
  std::vector<claims::DocumentClaims> fines;
  auto a = document("a.txt", "2025-08-28");
  a.claims.push_back(claim("a.txt", "fine", "2025-08-27", "2025-08-27", "2025-08-27", timex::Precision::day));
  a.claims.back().trigger = "fined";
  a.claims.back().actors = {"gaming standards commission"};
  fines.push_back(a);
  auto b = document("b.txt", "2025-09-10");
  b.claims.push_back(claim("b.txt", "fine", "2025-09-10", "2025-09-10", "2025-09-10", timex::Precision::day));
  b.claims.back().trigger = "penalty";
  b.claims.back().time.edit().basis = "reporting-date";
  b.claims.back().sentence = 9;
  b.claims.back().actors = {"gaming standards commission"};
  fines.push_back(b);
  auto fined = correlate::correlate(fines, {});
  REQUIRE(fined);
  CHECK(kinds_and_dates(fined->events) == std::vector<std::string>{"fine 2025-08-27", "fine 2025-09-10"});
}

TEST_CASE("correlate: a vague date that fits two acts joins the one whose actor it names") {
  // The company "was investigating" on Thursday 6 June; the ombudsman "opened an inquiry" on
  // the 9th; a later article: "the ombudsman, which opened an inquiry in June". The month
  // holds both days: it goes with the ombudsman's, and the two acts stay apart.
  std::vector<claims::DocumentClaims> docs;
  auto a = document("a.txt", "2024-06-07");
  a.claims.push_back(claim("a.txt", "investigation", "2024-06-06", "2024-06-06", "2024-06-06", timex::Precision::day));
  a.claims.back().trigger = "investigating";
  a.claims.back().actors = {"hollin savings"};
  docs.push_back(a);
  auto b = document("b.txt", "2024-06-09");
  b.claims.push_back(claim("b.txt", "investigation", "2024-06-09", "2024-06-09", "2024-06-09", timex::Precision::day));
  b.claims.back().trigger = "opened an inquiry";
  b.claims.back().actors = {"housing ombudsman"};
  docs.push_back(b);
  auto c = document("c.txt", "2024-07-10");
  c.claims.push_back(claim("c.txt", "investigation", "2024-06", "2024-06-01", "2024-06-30", timex::Precision::month));
  c.claims.back().trigger = "opened an inquiry";
  c.claims.back().actors = {"housing ombudsman"};
  docs.push_back(c);
  auto tl = correlate::correlate(docs, {});
  REQUIRE(tl);
  CHECK(kinds_and_dates(tl->events) ==
        std::vector<std::string>{"investigation 2024-06-06", "investigation 2024-06-09"});
  for (const auto& e : tl->events)
    if (e.date.value == "2024-06-09") CHECK(e.claims.size() == 2);
}

TEST_CASE("correlate: an authority's later finding revises the date earlier articles gave the intrusion") {
  // Three articles of December date the flaw to late October (the company's account); the
  // regulator's findings, published in June, date the update that brought it in to 12 August.
  auto make = [](const std::string& revised, timex::Precision p, bool finding, bool kept_day = false) {
    std::vector<claims::DocumentClaims> docs;
    for (const char* id : {"a.txt", "b.txt", "c.txt"}) {
      auto d = document(id, "2024-12-17");
      if (kept_day)
        d.claims.push_back(claim(id, "intrusion", "2024-10-28", "2024-10-28", "2024-10-28", timex::Precision::day));
      else
        d.claims.push_back(claim(id, "intrusion", "2024-10", "2024-10-22", "2024-10-31", timex::Precision::month));
      d.claims.back().trigger = "introduced by a change";
      docs.push_back(d);
    }
    auto d = document("d.txt", "2025-06-24");
    if (finding) {
      d.claims.push_back(claim("d.txt", "finding", "2025-06-24", "2025-06-24", "2025-06-24", timex::Precision::day));
      d.claims.back().sentence = 3;
      d.claims.back().trigger = "findings";
      d.claims.back().trigger_span = {3, 11};
    }
    const std::string last = p == timex::Precision::day ? revised : revised + "-31";
    const std::string first = p == timex::Precision::day ? revised : revised + "-01";
    d.claims.push_back(claim("d.txt", "intrusion", revised, first, last, p));
    d.claims.back().sentence = 3;
    d.claims.back().trigger = "introduced by a software update";
    d.claims.back().trigger_span = {60, 91};
    docs.push_back(d);
    return correlate::correlate(docs, {});
  };
  auto tl = make("2024-08-12", timex::Precision::day, true);
  REQUIRE(tl);
  const auto* e = find(*tl, "intrusion");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2024-08-12");
  REQUIRE(e->conflicts.size() == 1);
  CHECK(e->conflicts.front().rationale.find("a finding published 2025-06-24") != std::string::npos);
  // Not a later article's date alone, nor a vaguer one than the date it would replace.
  CHECK(find(*make("2024-08-12", timex::Precision::day, false), "intrusion")->date.value == "2024-10");
  auto vague = make("2024-08", timex::Precision::month, true, true);
  REQUIRE(vague);
  CHECK(find(*vague, "intrusion")->date.value == "2024-10-28");
}

TEST_CASE(
    "correlate: a list of an authority's findings revises the intrusion's date - its release's vaguer words aside") {
  // The company dated the attack to Sunday 3 September; the regulator's release, months later,
  // names "the 2023 cyberattack" and lists under "Key findings" that the intruder first got in
  // on 14 August.
  auto a = document("a.txt", "2023-09-05"), b = document("b.txt", "2023-09-20");
  a.claims.push_back(claim("a.txt", "intrusion", "2023-09-03", "2023-09-03", "2023-09-03", timex::Precision::day));
  b.claims.push_back(claim("b.txt", "intrusion", "2023-09", "2023-09-01", "2023-09-30", timex::Precision::month));
  auto make = [&](const std::string& heading) {
    auto r = document("r.html", "2024-03-21");
    r.claims.push_back(claim("r.html", "intrusion", "2023", "2023-01-01", "2023-12-31", timex::Precision::year));
    r.claims.back().sentence = 2;
    r.claims.back().text = "The Commissioner released the findings of her investigation into the 2023 cyberattack.";
    r.claims.push_back(claim("r.html", "finding", "", "", "", timex::Precision::none));
    r.claims.back().sentence = 4;
    r.claims.back().text = heading;
    r.claims.back().trigger = "findings";
    r.claims.push_back(claim("r.html", "intrusion", "2023-08-14", "2023-08-14", "2023-08-14", timex::Precision::day));
    r.claims.back().sentence = 5;
    r.claims.back().text = "- An unauthorized party accessed the systems on 14 August 2023.";
    r.claims.back().trigger = "accessed";
    return correlate::correlate({a, b, r}, {});
  };
  auto tl = make("Key findings");
  REQUIRE(tl);
  const auto* e = find(*tl, "intrusion");
  REQUIRE(e != nullptr);
  CHECK(e->date.value == "2023-08-14");
  REQUIRE(e->conflicts.size() == 1);
  CHECK(e->conflicts.front().rationale.find("a finding published 2024-03-21") != std::string::npos);
  // An item under a heading that opens no findings is no finding.
  auto other = make("Background to the decision of the Commissioner in this case");
  REQUIRE(other);
  CHECK(find(*other, "intrusion")->date.value == "2023-09-03");
}

TEST_CASE("correlate: a later stage of the intrusion is an event of its own - a rival date is still a conflict") {
  auto make = [](const std::string& stage_day) {
    std::vector<claims::DocumentClaims> docs;
    auto a = document("a.txt", "2024-09-25");
    a.claims.push_back(claim("a.txt", "intrusion", "2024-02-19", "2024-02-19", "2024-02-19", timex::Precision::day));
    a.claims.back().trigger = "first logged in";
    a.claims.push_back(claim("a.txt", "intrusion", stage_day, stage_day, stage_day, timex::Precision::day));
    a.claims.back().trigger = "began encrypting";
    docs.push_back(a);
    auto b = document("b.txt", "2024-04-05");
    b.claims.push_back(claim("b.txt", "intrusion", "2024-01", "2024-01-01", "2024-01-31", timex::Precision::month));
    b.claims.back().trigger = "breached";  // "the network had been breached in January"
    docs.push_back(b);
    return correlate::correlate(docs, {});
  };
  auto tl = make("2024-03-09");
  REQUIRE(tl);
  CHECK(kinds_and_dates(tl->events) == std::vector<std::string>{"intrusion 2024-02-19", "intrusion 2024-03-09"});
  REQUIRE(tl->events.front().conflicts.size() == 1);  // January is a rival date of the onset
  CHECK(tl->events.back().conflicts.empty());
  CHECK(tl->events.back().date_rationale.find("a later stage of the intrusion of 2024-02-19") != std::string::npos);
  // A stage dated before the intrusion began is a rival date like any other: one event.
  auto before = make("2024-02-10");
  REQUIRE(before);
  REQUIRE(before->events.size() == 1);
  CHECK(before->events.front().conflicts.size() == 1);
}

TEST_CASE(
    "correlate: a stage dated to the day beside a vaguer attack is still the stage - listed after that day's "
    "discovery") {
  std::vector<claims::DocumentClaims> docs;
  auto a = document("a.txt", "2023-12-05");
  a.claims.push_back(claim("a.txt", "intrusion", "2023-09-02", "2023-09-02", "2023-09-02", timex::Precision::day));
  a.claims.back().trigger = "first gained access";
  a.claims.push_back(claim("a.txt", "intrusion", "2023-09-14", "2023-09-14", "2023-09-14", timex::Precision::day));
  a.claims.back().trigger = "deploying ransomware";
  docs.push_back(a);
  // "the attack that closed its clinics last week": the week holds the stage's day.
  auto b = document("b.txt", "2023-09-19");
  b.claims.push_back(claim("b.txt", "intrusion", "2023-W37", "2023-09-11", "2023-09-17", timex::Precision::week));
  b.claims.back().trigger = "cyber attack";
  b.claims.push_back(claim("b.txt", "discovery", "2023-09-14", "2023-09-14", "2023-09-14", timex::Precision::day));
  b.claims.back().trigger = "found";
  docs.push_back(b);
  auto tl = correlate::correlate(docs, {});
  REQUIRE(tl);
  CHECK(kinds_and_dates(tl->events) ==
        std::vector<std::string>{"intrusion 2023-09-02", "discovery 2023-09-14", "intrusion 2023-09-14"});
  CHECK(tl->events.back().stage);
  // A stage told to the hour ("began encrypting at 2am") beside another article's "broke in on
  // Sept 14": both are of the day, so the day is a rival date of the intrusion, not a stage.
  std::vector<claims::DocumentClaims> hour;
  auto c = document("c.txt", "2023-12-05");
  c.claims.push_back(claim("c.txt", "intrusion", "2023-09-02", "2023-09-02", "2023-09-02", timex::Precision::day));
  c.claims.back().trigger = "first gained access";
  c.claims.push_back(claim("c.txt", "intrusion", "2023-09-14T02", "2023-09-14", "2023-09-14", timex::Precision::hour));
  c.claims.back().trigger = "began encrypting";
  hour.push_back(c);
  auto d = document("d.txt", "2023-09-20");
  d.claims.push_back(claim("d.txt", "intrusion", "2023-09-14", "2023-09-14", "2023-09-14", timex::Precision::day));
  d.claims.back().trigger = "broke in";
  hour.push_back(d);
  auto rival = correlate::correlate(hour, {});
  REQUIRE(rival);
  REQUIRE(rival->events.size() == 1);
  CHECK(rival->events.front().conflicts.size() == 1);
}

TEST_CASE("correlate: a later stage supports no date of the intrusion - a range dates it where it starts") {
  std::vector<claims::DocumentClaims> docs;
  // "The intruders had access between 29 January and 11 February, when they deployed ransomware."
  auto a = document("a.txt", "2024-11-06");
  a.claims.push_back(claim("a.txt", "intrusion", "2024-01-29", "2024-01-29", "2024-02-11", timex::Precision::day));
  a.claims.back().trigger = "had access";
  a.claims.back().time.edit().mod = "RANGE";
  a.claims.push_back(claim("a.txt", "intrusion", "2024-02-11", "2024-02-11", "2024-02-11", timex::Precision::day));
  a.claims.back().trigger = "deployed ransomware";
  docs.push_back(a);
  // "criminals who attacked its systems last month", in an article of March: the month holds the
  // later stage's day, which dates it more precisely; it agrees with the stage, and the intrusion
  // has no rival date.
  auto b = document("b.txt", "2024-03-08");
  b.claims.push_back(claim("b.txt", "intrusion", "2024-02", "2024-02-01", "2024-02-29", timex::Precision::month));
  b.claims.back().trigger = "attacked";
  docs.push_back(b);
  auto month = correlate::correlate(docs, {});
  REQUIRE(month);
  CHECK(kinds_and_dates(month->events) == std::vector<std::string>{"intrusion 2024-01-29", "intrusion 2024-02-11"});
  CHECK(month->events.front().conflicts.empty());
  CHECK(month->events.back().claims.size() == 2);
  // "criminals who breached its systems on 11 February": a rival date of the intrusion as
  // precise as the stage's, which the stage's claim does not support.
  docs.back().claims.back() =
      claim("b.txt", "intrusion", "2024-02-11", "2024-02-11", "2024-02-11", timex::Precision::day);
  docs.back().claims.back().trigger = "breached";
  auto tl = correlate::correlate(docs, {});
  REQUIRE(tl);
  REQUIRE(!tl->events.empty());
  const auto& e = tl->events.front();
  CHECK(e.kind == "intrusion");
  CHECK(e.date.value == "2024-01-29");
  CHECK(e.date.earliest == "2024-01-29");
  REQUIRE(e.conflicts.size() == 1);
  CHECK(e.conflicts.front().rationale.find("claims of a later stage ('deployed ransomware') support no date") !=
        std::string::npos);
}

TEST_CASE("correlate: one later stage dated a day apart by two articles is one stage with a date conflict") {
  auto make = [](const std::string& other_trigger, const std::string& other_day) {
    std::vector<claims::DocumentClaims> docs;
    auto a = document("a.txt", "2024-04-02");
    a.claims.push_back(claim("a.txt", "intrusion", "2024-02-19", "2024-02-19", "2024-02-19", timex::Precision::day));
    a.claims.back().trigger = "first logged in";
    a.claims.push_back(claim("a.txt", "intrusion", "2024-03-09", "2024-03-09", "2024-03-09", timex::Precision::day));
    a.claims.back().trigger = "began encrypting";
    docs.push_back(a);
    auto b = document("b.txt", "2024-04-05");
    b.claims.push_back(claim("b.txt", "intrusion", other_day, other_day, other_day, timex::Precision::day));
    b.claims.back().trigger = other_trigger;
    docs.push_back(b);
    return correlate::correlate(docs, {});
  };
  auto tl = make("encrypted", "2024-03-10");  // "encrypted the servers on 10 March"
  REQUIRE(tl);
  CHECK(kinds_and_dates(tl->events) == std::vector<std::string>{"intrusion 2024-02-19", "intrusion 2024-03-09"});
  REQUIRE(tl->events.back().conflicts.size() == 1);
  CHECK(tl->events.back().conflicts.front().rationale.find("one later stage ('encry…')") != std::string::npos);
  CHECK(tl->events.back().date_rationale.find("a later stage of the intrusion") != std::string::npos);
  // Another stage word, or the same word days later, is another stage.
  auto other = make("exfiltrated", "2024-03-10");
  REQUIRE(other);
  CHECK(other->events.size() == 3);
  auto later = make("encrypted", "2024-03-14");
  REQUIRE(later);
  CHECK(later->events.size() == 3);
}

TEST_CASE("correlate: the names of one company are one subject, those sharing a generic word are not") {
  auto make = [](const std::string& subject, const std::string& other) {
    std::vector<claims::DocumentClaims> docs;
    for (const char* id : {"a.txt", "b.txt"}) {
      auto d = document(id, "2024-03-01");
      d.info.subject = subject;
      d.claims.push_back(claim(id, "intrusion", "2024-01", "2024-01-01", "2024-01-31", timex::Precision::month));
      docs.push_back(d);
    }
    auto d = document("c.txt", "2024-03-01");
    d.info.subject = other;
    d.claims.push_back(claim("c.txt", "intrusion", "2023-06", "2023-06-01", "2023-06-30", timex::Precision::month));
    d.claims.back().about_other = true;  // it names a company that is not its article's subject
    d.claims.back().actors = {other};
    docs.push_back(d);
    return correlate::correlate(docs, {});
  };
  auto same = make("tellmark", "tellmark mobile");
  REQUIRE(same);
  CHECK(same->subject == "tellmark");
  CHECK(same->related.empty());
  REQUIRE(find(*same, "intrusion") != nullptr);
  CHECK(find(*same, "intrusion")->conflicts.size() == 1);  // 2023-06 is a rival date of the one intrusion
  CHECK(same->documents.back().subject == "tellmark");

  auto family = make("tellmark communications", "tellmark mobile");  // the same first word
  REQUIRE(family);
  CHECK(family->related.empty());
  auto national = make("national grid", "national bank");  // a first word many names share
  REQUIRE(national);
  CHECK(national->related.size() == 1);
}

TEST_CASE(
    "correlate: a public body named by nearly every article is the subject, and what it says of itself a statement") {
  // Four articles, each with another organisation as its subject (the gang, a contractor, the
  // line's brand), all naming the transport authority: it is the incident's subject, and its
  // "said" is a statement, not an authority's finding. A regulator's finding stays one.
  auto make = [](std::size_t naming) {
    std::vector<claims::DocumentClaims> docs;
    const std::array<const char*, 4> subjects{"harlow gang", "pellin systems", "norbury tram", "corvid assurance"};
    for (std::size_t i = 0; i < subjects.size(); ++i) {
      const std::string id = "d" + std::to_string(i) + ".txt";
      auto d = document(id, "2024-09-30");
      d.info.subject = subjects[i];
      d.claims.push_back(claim(id, "intrusion", "2024-03-09", "2024-03-09", "2024-03-09", timex::Precision::day));
      if (i < naming) d.claims.back().actors = {"norbury transport authority"};
      docs.push_back(d);
    }
    auto said = claim("d0.txt", "finding", "2024-03-15", "2024-03-15", "2024-03-15", timex::Precision::day);
    said.origin = "norbury transport authority";  // "The authority said on Friday it would not pay"
    said.trigger = "said";
    said.actors = {"norbury transport authority"};
    docs[0].claims.push_back(said);
    auto regulator = claim("d1.txt", "finding", "2024-09-25", "2024-09-25", "2024-09-25", timex::Precision::day);
    regulator.origin = "data office";  // "The data office said the records were stolen"
    regulator.trigger = "said";
    docs[1].claims.push_back(regulator);
    return correlate::correlate(docs, {});
  };
  auto tl = make(4);
  REQUIRE(tl);
  CHECK(tl->subject == "norbury transport authority");
  CHECK(kinds_and_dates(tl->events) ==
        std::vector<std::string>{"intrusion 2024-03-09", "statement 2024-03-15", "finding 2024-09-25"});
  // Named by two articles in four only: no subject is found that way, and the finding stays.
  auto few = make(2);
  REQUIRE(few);
  CHECK(few->subject != "norbury transport authority");
  CHECK(find(*few, "statement") == nullptr);
}

TEST_CASE("correlate: what the corpus subject says is its statement - in an article that took another for subject") {
  // A hacked public service is the subject of most articles; one took its supplier for subject,
  // and there "the service said" read as an authority's finding.
  std::vector<claims::DocumentClaims> docs;
  for (const char* id : {"a.txt", "b.txt", "c.txt", "d.txt"}) {
    auto d = document(id, "2024-12-17");
    d.info.subject = std::string(id) == "d.txt" ? "quillfern digital" : "harwick blood service";
    d.claims.push_back(claim(id, "intrusion", "2024-12-03", "2024-12-03", "2024-12-03", timex::Precision::day));
    docs.push_back(d);
  }
  auto said = claim("d.txt", "finding", "2024-12-16", "2024-12-16", "2024-12-16", timex::Precision::day);
  said.origin = "harwick blood service";  // "The service said on Monday that no medical data was exposed"
  said.trigger = "said";
  docs[3].claims.push_back(said);
  auto regulator = claim("c.txt", "finding", "2024-12-15", "2024-12-15", "2024-12-15", timex::Precision::day);
  regulator.origin = "data office";  // "The data office said the records were exposed"
  regulator.trigger = "said";
  docs[2].claims.push_back(regulator);
  auto tl = correlate::correlate(docs, {});
  REQUIRE(tl);
  CHECK(tl->subject == "harwick blood service");
  CHECK(kinds_and_dates(tl->events) ==
        std::vector<std::string>{"intrusion 2024-12-03", "finding 2024-12-15", "statement 2024-12-16"});
}

TEST_CASE("correlate: an article whose subject no other names - its masthead - is about the corpus subject it names") {
  auto make = [](const std::string& named_elsewhere) {
    std::vector<claims::DocumentClaims> docs;
    for (const char* id : {"a.txt", "b.txt"}) {
      auto d = document(id, "2024-03-01");
      d.info.subject = "tellmark";
      d.claims.push_back(claim(id, "intrusion", "2024-01", "2024-01-01", "2024-01-31", timex::Precision::month));
      d.claims.back().actors = {"tellmark", named_elsewhere};
      docs.push_back(d);
    }
    auto d = document("letter.txt");
    d.info.subject = "privacy letter";  // "THE PRIVACY LETTER", the newsletter's own name
    d.claims.push_back(claim("letter.txt", "apology", "", "", "", timex::Precision::none));
    d.claims.back().actors = {"tellmark", "privacy letter"};
    docs.push_back(d);
    return correlate::correlate(docs, {});
  };
  auto masthead = make("");
  REQUIRE(masthead);
  CHECK(masthead->documents.back().subject == "tellmark");
  auto named = make("privacy letter");  // another article names it: a subject of its own
  REQUIRE(named);
  CHECK(named->documents.back().subject == "privacy letter");

  // The masthead first and a corpus subject longer than its name: rewritten in place before the
  // others are read (ASan kept the rewrite from reading freed memory once).
  std::vector<claims::DocumentClaims> docs;
  auto letter = document("letter.txt");
  letter.info.subject = "pl";
  letter.claims.push_back(claim("letter.txt", "apology", "", "", "", timex::Precision::none));
  letter.claims.back().actors = {"tellmark communications holdings", "pl"};
  docs.push_back(letter);
  for (const char* id : {"a.txt", "b.txt", "c.txt"}) {
    auto d = document(id, "2024-03-01");
    d.info.subject = "tellmark communications holdings";
    d.claims.push_back(claim(id, "intrusion", "2024-01", "2024-01-01", "2024-01-31", timex::Precision::month));
    d.claims.back().actors = {"tellmark communications holdings"};
    docs.push_back(d);
  }
  auto first = correlate::correlate(docs, {});
  REQUIRE(first);
  CHECK(first->documents.front().subject == "tellmark communications holdings");
}

TEST_CASE("correlate: a statement dated only by the article reporting it is not a timeline event") {
  std::vector<claims::DocumentClaims> docs;
  auto d = document("a.txt", "2024-03-05");
  d.claims.push_back(claim("a.txt", "statement", "2024-03-05", "2024-03-05", "2024-03-05", timex::Precision::day));
  d.claims.back().time.edit().basis = "reporting-date";  // "…, a spokeswoman said."
  d.claims.push_back(claim("a.txt", "statement", "2024-02-01", "2024-02-01", "2024-02-01", timex::Precision::day));
  d.claims.back().time.edit().basis = "expression";  // "said on Feb. 1"
  docs.push_back(d);
  auto tl = correlate::correlate(docs, {});
  REQUIRE(tl);
  REQUIRE(tl->events.size() == 1);
  CHECK(tl->events.front().date.value == "2024-02-01");
  REQUIRE(tl->undated.size() == 1);
  CHECK(tl->undated.front().kind == "statement");
  CHECK(tl->undated.front().claims == std::vector<std::size_t>{0});
}

TEST_CASE("correlate: the company's statement on the day of the regulator's fine is its own event") {
  auto events = [](const std::string& speaker, const char* act = "fine") {
    std::vector<claims::DocumentClaims> docs;
    auto d = document("a.txt", "2024-06-13");
    d.info.subject = "fjellspor";
    d.info.subject_name = "Fjellspor AS";
    d.claims.push_back(claim("a.txt", act, "2024-06-12", "2024-06-12", "2024-06-12", timex::Precision::day));
    d.claims.back().chain = {"Nordwire"};
    d.claims.push_back(claim("a.txt", "statement", "2024-06-12", "2024-06-12", "2024-06-12", timex::Precision::day));
    d.claims.back().chain = {"Nordwire", speaker};
    docs.push_back(d);
    auto tl = correlate::correlate(docs, {});
    REQUIRE(tl);
    return kinds_and_dates(tl->events);
  };
  // "The regulator said on Wednesday …": how the fine's news is told, part of it.
  CHECK(events("The regulator") == std::vector<std::string>{"fine 2024-06-12"});
  // "Fjellspor said on Wednesday it would appeal": the company's answer, an event of its own.
  CHECK(events("Fjellspor") == std::vector<std::string>{"fine 2024-06-12", "statement 2024-06-12"});
  // So on the day another outlet reports the breach: "Fjellspor said it was aware of claims
  // circulating online" answers the report; "the researcher told the Ledger" is part of it.
  CHECK(events("Fjellspor", "media-report") ==
        std::vector<std::string>{"media-report 2024-06-12", "statement 2024-06-12"});
  CHECK(events("Lena Brandt", "media-report") == std::vector<std::string>{"media-report 2024-06-12"});
  // So under a shorter name the full one begins with ("Fenwick & Hale" of "Fenwick & Hale
  // Veterinary Group").
  auto shorter = [](const std::string& subject_name, const std::string& speaker) {
    std::vector<claims::DocumentClaims> docs;
    auto d = document("a.txt", "2024-06-13");
    d.info.subject = "fenwick and hale veterinary";
    d.info.subject_name = subject_name;
    d.claims.push_back(claim("a.txt", "fine", "2024-06-12", "2024-06-12", "2024-06-12", timex::Precision::day));
    d.claims.back().chain = {"Nordwire"};
    d.claims.push_back(claim("a.txt", "statement", "2024-06-12", "2024-06-12", "2024-06-12", timex::Precision::day));
    d.claims.back().chain = {"Nordwire", speaker};
    docs.push_back(d);
    auto tl = correlate::correlate(docs, {});
    REQUIRE(tl);
    return kinds_and_dates(tl->events);
  };
  CHECK(shorter("Fenwick & Hale Veterinary Group", "Fenwick & Hale") ==
        std::vector<std::string>{"fine 2024-06-12", "statement 2024-06-12"});
}

TEST_CASE("correlate: a wire dateline without its year takes the year its lead's weekday gives") {
  struct Case {
    const char* name;
    int month, day;
    std::vector<std::array<const char*, 3>> claims;  // kind, sentence, expression (sentence order)
    const char* published;                           // the document's date afterwards ("" = still unknown)
    const char* resolved;                            // the first claim's date afterwards
  };
  // The dated articles are of 2022 and 2024: June 20 may be of 2021 to 2025.
  const std::vector<Case> cases = {
      {"the lead's statement falls on the dateline's day only in 2023", 6, 20,
       {{{"statement", "Fenwick Mutual said on Tuesday that intruders had taken payment data.", "Tuesday"}},
        {{"statement", "The insurer had told customers on Sunday that the outage was planned.", "Sunday"}}},
       "2023-06-20", "2023-06-20"},
      {"else on the day before", 6, 21,
       {{{"statement", "Fenwick Mutual said on Thursday that intruders had taken payment data.", "Thursday"}}},
       "2024-06-21", "2024-06-20"},
      {"an act on the weekday says nothing of the year", 6, 20,
       {{{"intrusion", "Intruders entered the Fenwick Mutual network on Tuesday.", "Tuesday"}}}, "", ""},
      {"no weekday: five years are possible", 6, 20,
       {{{"statement", "Fenwick Mutual said last month that it had hired investigators.", "last month"}}}, "", ""},
  };
  for (const auto& t : cases) {
    INFO(t.name);
    std::vector<claims::DocumentClaims> docs;
    auto wire = document("wire.txt");
    wire.info.subject = "fenwick mutual";
    wire.info.published.month_day = MonthDay{t.month, t.day};
    wire.info.published.evidence = "PORT ELLIS, June 20 (Harbor Wire)";
    for (std::size_t i = 0; i < t.claims.size(); ++i) {
      wire.claims.push_back(relative_claim("wire.txt", t.claims[i][0], t.claims[i][1], t.claims[i][2]));
      wire.claims.back().sentence = static_cast<std::uint32_t>(i);
    }
    docs.push_back(wire);
    docs.push_back(document("a.txt", "2022-03-01"));
    docs.push_back(document("b.txt", "2024-09-01"));
    auto tl = correlate::correlate(docs, {});
    REQUIRE(tl);
    const auto& info = tl->documents.front();
    INFO(info.inferred_from);
    CHECK(info.published.value() == t.published);
    CHECK(info.inferred_from.find("without a year") != std::string::npos);
    const auto& c = tl->claims.front();
    CHECK(c.time->value == t.resolved);
    if (*t.published) {
      CHECK(info.published.origin == DateOrigin::dateline);
      CHECK(info.published.confidence == Confidence::low);
      CHECK(c.time->year_from.str().find("dateline") != std::string::npos);
    }
  }
}

TEST_CASE("correlate: of two weekday fits of a dateline, the one in the burst of coverage wins") {
  // "PORTLAND, March 20 (Pacific Wire) - Cedar Care said on Wednesday …": Wednesday is March 20
  // in 2024 and the day before in 2025, where every other article falls.
  auto wire = wire_story(3, 20, "cedar care");
  wire.claims.push_back(
      relative_claim("wire.txt", "statement", "Cedar Care said on Wednesday it had found no misuse.", "Wednesday"));
  std::vector<claims::DocumentClaims> docs{wire, document("a.txt", "2025-03-18"), document("b.txt", "2025-03-27"),
                                           document("c.txt", "2025-04-16")};
  auto tl = correlate::correlate(docs, {});
  REQUIRE(tl);
  INFO(tl->documents.front().inferred_from);
  CHECK(tl->documents.front().published.value() == "2025-03-20");
  CHECK(tl->claims.front().time->value == "2025-03-19");
  CHECK(tl->documents.front().inferred_from.find("but no other article is published within 60 days of that") !=
        std::string::npos);
}

TEST_CASE("correlate: what a wire story dated by its dateline reports undated is of its lead's day") {
  // "PORT ELLIS, June 21 (Harbor Wire) - Fenwick Mutual said on Thursday …"; further down, "…,
  // the insurer said" and an apology quoted "in the statement": Thursday's, not the dateline's.
  auto wire = wire_story(6, 21);
  wire.claims.push_back(relative_claim(
      "wire.txt", "statement", "Fenwick Mutual said on Thursday that intruders had taken payment data.", "Thursday"));
  wire.claims.back().sentence = 1;
  wire.claims.push_back(claim("wire.txt", "apology", "", "", "", timex::Precision::none));
  wire.claims.back().time.edit().basis = "reporting-date";
  wire.claims.back().sentence = 6;
  auto tl = correlate::correlate({wire, document("a.txt", "2022-03-01"), document("b.txt", "2024-09-01")}, {});
  REQUIRE(tl);
  REQUIRE(tl->documents.front().published.value() == "2024-06-21");
  CHECK(tl->claims[1].time->value == "2024-06-20");
  CHECK(tl->claims[1].time->year_from.str().find("the lead's 'Thursday'") != std::string::npos);

  SECTION("a lead statement dated by a date of its own counts too") {
    // "Fenwick Mutual said on June 20 that …": already an expression, not read from the dateline.
    auto& lead = wire.claims.front();
    lead.time.edit().basis = "expression";
    lead.time.edit().value = lead.time.edit().earliest = lead.time.edit().latest = "2024-06-20";
    lead.time.edit().precision = timex::Precision::day;
    lead.time.edit().text = "June 20";
    wire.claims.push_back(
        relative_claim("wire.txt", "statement", "The insurer said on Thursday it was hacked.", "Thursday"));
    wire.claims.back().sentence = 9;
    auto dated = correlate::correlate({wire, document("a.txt", "2022-03-01"), document("b.txt", "2024-09-01")}, {});
    REQUIRE(dated);
    REQUIRE(dated->documents.front().published.value() == "2024-06-21");
    CHECK(dated->claims[1].time->value == "2024-06-20");
  }

  SECTION("a statement told further down is no lead: the others stay on the dateline's day") {
    wire.claims.front().sentence = 9;
    wire.claims.back().sentence = 12;
    auto plain = correlate::correlate({wire, document("a.txt", "2022-03-01"), document("b.txt", "2024-09-01")}, {});
    REQUIRE(plain);
    REQUIRE(plain->documents.front().published.value() == "2024-06-21");
    CHECK(plain->claims[1].time->value == "2024-06-21");
  }
}

TEST_CASE("correlate: a day the lead names as today takes the year in which its weekday falls on it") {
  auto lead = document("rules.txt");
  lead.info.published.month_day = MonthDay{3, 31, 1, true};  // "today (Monday 31 March)"
  lead.info.published.evidence = "'today' … 'Monday 31 March'";
  // "…, the operator said.": of the reporting date, which is not known yet.
  lead.claims.push_back(claim("rules.txt", "statement", "", "", "", timex::Precision::none));
  lead.claims.back().time.edit().basis = "reporting-date";
  // The dated articles are of 2024 and 2025: March 31 is a Monday in 2025 only of 2023-2026.
  auto tl = correlate::correlate({lead, document("a.txt", "2024-03-01"), document("b.txt", "2025-09-01")}, {});
  REQUIRE(tl);
  const auto& info = tl->documents.front();
  INFO(info.inferred_from);
  CHECK(info.published.value() == "2025-03-31");
  CHECK(info.inferred_from.find("the lead's") != std::string::npos);
  CHECK(info.inferred_from.find("a Monday") != std::string::npos);
  const auto& said = tl->claims.front();
  CHECK(said.time->value == "2025-03-31");
  CHECK(said.time->basis == "reporting-date");
  CHECK(said.time->year_from.str().find("the lead's") != std::string::npos);
}

TEST_CASE("correlate: one act of a recurring kind dated days apart by two articles is one event with a date conflict") {
  auto act = [](const char* doc, const char* day, const char* trigger, const char* actor) {
    auto c = claim(doc, "investigation", day, day, day, timex::Precision::day);
    c.trigger = trigger;
    c.actors = {"velmar mobile", actor};
    return c;
  };
  auto a = document("a.txt", "2025-02-25");
  a.info.subject = "velmar mobile";
  a.claims.push_back(act("a.txt", "2025-02-24", "investigation", "telecom commission"));
  auto b = document("b.txt", "2025-03-07");
  b.info.subject = "velmar mobile";
  b.claims.push_back(act("b.txt", "2025-02-26", "opened an investigation", "telecom commission"));
  // Another actor's investigation, and a second one the same article tells apart, stay events.
  b.claims.push_back(act("b.txt", "2025-02-27", "investigation", "city police"));
  a.claims.push_back(act("a.txt", "2025-02-21", "investigation", "telecom commission"));
  // Dated only by the day its article reports it ("which has investigated …"): it bounds the act
  // without dating it, and contradicts no one; it tells the commission's investigation again.
  auto c = document("c.txt", "2025-03-01");
  c.info.subject = "velmar mobile";
  c.claims.push_back(act("c.txt", "2025-03-01", "investigated", "telecom commission"));
  c.claims.back().time.edit().basis = "reporting-date";
  c.claims.back().sentence = 6;  // further down than the lead, whose news the reporting date dates
  auto tl = correlate::correlate({a, b, c}, {});
  REQUIRE(tl);
  std::vector<std::string> dates;
  const correlate::Event* merged = nullptr;
  for (const auto& e : tl->events) {
    dates.push_back(e.date.value);
    if (!e.conflicts.empty()) merged = &e;
  }
  CHECK(dates == std::vector<std::string>{"2025-02-21", "2025-02-24", "2025-02-27"});
  REQUIRE(merged != nullptr);
  CHECK(merged->claims.size() == 3);  // the two dates and the later telling
  REQUIRE(merged->conflicts.front().values.size() == 2);
  CHECK(merged->conflicts.front().rationale.find("telecom commission") != std::string::npos);
}

TEST_CASE(
    "correlate: an act that names no one - dated a day apart by two articles - is one event, two days apart two") {
  auto make = [](const char* other_day) {
    auto post = [](const char* doc, const char* day) {
      auto c = claim(doc, "other", day, day, day, timex::Precision::day);
      c.trigger = "leak site";  // "a criminal group posted a sample on its leak site on Sunday"
      return c;
    };
    auto a = document("a.txt", "2025-01-21");
    a.info.subject = "corlin bank";
    a.claims.push_back(post("a.txt", "2025-01-19"));
    auto b = document("b.txt", "2025-01-23");
    b.info.subject = "corlin bank";
    b.claims.push_back(post("b.txt", other_day));
    return correlate::correlate({a, b}, {});
  };
  auto tl = make("2025-01-18");  // "last Saturday"
  REQUIRE(tl);
  REQUIRE(tl->events.size() == 1);
  REQUIRE(tl->events.front().conflicts.size() == 1);
  CHECK(tl->events.front().conflicts.front().rationale.find("one other ('site…') that articles date a day apart") !=
        std::string::npos);
  auto apart = make("2025-01-17");
  REQUIRE(apart);
  CHECK(apart->events.size() == 2);
  // A day and the neighbouring month, named by no one: two events.
  auto a = document("a.txt", "2025-03-02");
  a.info.subject = "corlin bank";
  a.claims.push_back(claim("a.txt", "other", "2025-03-01", "2025-03-01", "2025-03-01", timex::Precision::day));
  a.claims.back().trigger = "leak site";
  auto b = document("b.txt", "2025-04-01");
  b.info.subject = "corlin bank";
  b.claims.push_back(claim("b.txt", "other", "2025-02", "2025-02-01", "2025-02-28", timex::Precision::month));
  b.claims.back().trigger = "leak site";
  auto month = correlate::correlate({a, b}, {});
  REQUIRE(month);
  CHECK(month->events.size() == 2);
}

TEST_CASE(
    "correlate: one outlet's media report dated a day apart by two articles is one event - another outlet's is not") {
  auto make = [](const char* outlet) {
    auto report = [](const char* doc, const char* day, const char* trigger, const char* by) {
      auto c = claim(doc, "media-report", day, day, day, timex::Precision::day);
      c.trigger = trigger;
      c.actors = {"corlin bank", by};
      return c;
    };
    auto a = document("a.txt", "2024-04-25");
    a.info.subject = "corlin bank";
    a.claims.push_back(report("a.txt", "2024-04-23", "reported", "the ledger line"));  // "on Tuesday, when … reported"
    auto b = document("b.txt", "2024-09-18");
    b.info.subject = "corlin bank";
    b.claims.push_back(report("b.txt", "2024-04-22", "first reported", outlet));  // "first reported by … on April 22"
    return correlate::correlate({a, b}, {});
  };
  auto same = make("the ledger line");
  REQUIRE(same);
  REQUIRE(same->events.size() == 1);
  CHECK(same->events.front().conflicts.size() == 1);
  auto other = make("harbour radio");
  REQUIRE(other);
  CHECK(other->events.size() == 2);
}

TEST_CASE("correlate: one fine named two ways and dated a day apart - the lead's news dated by its article - is one event") {
  auto fine = [](const char* doc, const char* day, const char* trigger) {
    auto c = claim(doc, "fine", day, day, day, timex::Precision::day);
    c.trigger = trigger;
    c.actors = {"ardley college", "data commission"};
    return c;
  };
  auto a = document("a.txt", "2024-09-17");
  a.info.subject = "ardley college";
  a.claims.push_back(fine("a.txt", "2024-09-17", "fined"));  // "The commission has fined the college …"
  a.claims.back().time.edit().basis = "reporting-date";
  a.claims.back().sentence = 1;
  auto b = document("b.txt", "2024-09-20");
  b.info.subject = "ardley college";
  b.claims.push_back(fine("b.txt", "2024-09-18", "penalty"));  // "the penalty it handed the college on Wednesday"
  auto tl = correlate::correlate({a, b}, {});
  REQUIRE(tl);
  REQUIRE(tl->events.size() == 1);
  const auto& e = tl->events.front();
  CHECK(e.claims.size() == 2);
  REQUIRE(e.conflicts.size() == 1);
  CHECK(e.conflicts.front().field == "date");
  CHECK(e.conflicts.front().rationale.find("one fine by data commission") != std::string::npos);
}

TEST_CASE("correlate: a fine dated to the month next to its day by another article is one event with a date conflict") {
  auto fine = [](const char* doc, const char* value, const char* earliest, const char* latest, timex::Precision p) {
    auto c = claim(doc, "fine", value, earliest, latest, p);
    c.trigger = "penalty";
    c.actors = {"ardley college", "data commission"};
    return c;
  };
  auto make = [&](const char* month, const char* first, const char* last, const char* day = "2024-02-13") {
    auto a = document("a.txt", "2024-03-14");
    a.info.subject = "ardley college";
    a.claims.push_back(fine("a.txt", day, day, day, timex::Precision::day));
    auto b = document("b.txt", "2024-06-20");
    b.info.subject = "ardley college";
    b.claims.push_back(fine("b.txt", month, first, last, timex::Precision::month));  // "the penalty imposed in January"
    return correlate::correlate({a, b}, {});
  };
  auto tl = make("2024-01", "2024-01-01", "2024-01-31");
  REQUIRE(tl);
  REQUIRE(tl->events.size() == 1);
  REQUIRE(tl->events.front().conflicts.size() == 1);
  CHECK(tl->events.front().date.value == "2024-02-13");
  // A month further away is another act.
  auto far = make("2023-11", "2023-11-01", "2023-11-30");
  REQUIRE(far);
  CHECK(far->events.size() == 2);
  // January is not next to March, however near its end is to March 2.
  auto skipped = make("2024-01", "2024-01-01", "2024-01-31", "2024-03-02");
  REQUIRE(skipped);
  CHECK(skipped->events.size() == 2);
}

TEST_CASE("correlate: the subject's disclosure dated days apart however worded is one event with a date conflict") {
  auto act = [](const char* doc, const char* day, const char* trigger) {
    auto c = claim(doc, "disclosure", day, day, day, timex::Precision::day);
    c.trigger = trigger;
    c.about_subject = true;
    c.actors = {"fenwick college"};
    return c;
  };
  // The incident its sentence tells: "hackers broke in", "the breach".
  auto incident = [](const char* doc) { return claim(doc, "intrusion", "", "", "", timex::Precision::none); };
  auto a = document("a.txt", "2023-10-06");
  a.info.subject = "fenwick college";
  a.claims.push_back(act("a.txt", "2023-10-06", "said"));  // "said on Friday that hackers broke in"
  a.claims.push_back(incident("a.txt"));
  auto b = document("b.txt", "2023-10-11");
  b.info.subject = "fenwick college";
  auto named_no_one = act("b.txt", "2023-10-09", "disclosed");  // "The college, which disclosed the breach on Monday"
  named_no_one.about_subject = false;
  named_no_one.actors = {};
  b.claims.push_back(named_no_one);
  b.claims.push_back(incident("b.txt"));
  // Another company's disclosure days later stays an event of its own, and so does an
  // announcement of something else ("announced the review on Friday").
  auto c = document("c.txt", "2023-10-12");
  c.info.subject = "fenwick college";
  auto other = act("c.txt", "2023-10-10", "disclosed");
  other.about_subject = false;
  other.about_other = true;
  other.actors = {"brisco tools"};
  c.claims.push_back(other);
  c.claims.push_back(incident("c.txt"));
  auto d = document("d.txt", "2023-10-14");
  d.info.subject = "fenwick college";
  d.claims.push_back(act("d.txt", "2023-10-13", "announced"));
  auto tl = correlate::correlate({a, b, c, d}, {});
  REQUIRE(tl);
  std::vector<std::string> dates;
  const correlate::Event* merged = nullptr;
  for (const auto& e : tl->events) {
    if (e.kind != "disclosure") continue;
    dates.push_back(e.date.value);
    if (!e.conflicts.empty()) merged = &e;
  }
  CHECK(dates == std::vector<std::string>{"2023-10-06", "2023-10-10", "2023-10-13"});
  REQUIRE(merged != nullptr);
  CHECK(merged->claims.size() == 2);
  CHECK(merged->conflicts.front().rationale.find("one disclosure by fenwick college") != std::string::npos);
}

TEST_CASE("correlate: the subject's first public word on its incident is its disclosure whatever it calls it") {
  auto act = [](const char* doc, const char* day, const char* trigger) {
    auto c = claim(doc, "disclosure", day, day, day, timex::Precision::day);
    c.trigger = trigger;
    c.about_subject = true;
    c.actors = {"marlow feeds"};
    return c;
  };
  auto a = document("a.txt", "2023-05-08");
  a.info.subject = "marlow feeds";
  a.claims.push_back(act("a.txt", "2023-05-08", "said"));  // "said Monday that hackers broke in"
  a.claims.push_back(claim("a.txt", "intrusion", "", "", "", timex::Precision::none));
  // "Marlow, which first acknowledged the outage on Tuesday, declined to comment": no intrusion
  // in the sentence, but "first acknowledged" is the first word on it all the same.
  auto b = document("b.txt", "2023-05-11");
  b.info.subject = "marlow feeds";
  b.claims.push_back(act("b.txt", "2023-05-09", "first acknowledged"));
  // A plain "acknowledged the delay" two days on is another act.
  auto c = document("c.txt", "2023-05-12");
  c.info.subject = "marlow feeds";
  c.claims.push_back(act("c.txt", "2023-05-10", "acknowledged"));
  auto tl = correlate::correlate({a, b, c}, {});
  REQUIRE(tl);
  std::vector<std::string> dates;
  const correlate::Event* merged = nullptr;
  for (const auto& e : tl->events) {
    if (e.kind != "disclosure") continue;
    dates.push_back(e.date.value);
    if (!e.conflicts.empty()) merged = &e;
  }
  REQUIRE(merged != nullptr);
  CHECK(merged->claims.size() == 2);
  CHECK(dates.size() == 2);
  CHECK(merged->conflicts.front().rationale.find("one disclosure by marlow feeds") != std::string::npos);
}

TEST_CASE(
    "correlate: the incident told to an authority is apart from the public disclosure and its own dates conflict") {
  auto act = [](const char* doc, const char* day, const char* trigger) {
    auto c = claim(doc, "disclosure", day, day, day, timex::Precision::day);
    c.trigger = trigger;
    c.about_subject = true;
    c.actors = {"harlow kennels"};
    return c;
  };
  // "said it had reported the incident to the Data Commission on Wednesday": the authority told
  // is the claim's actor, the subject its teller.
  auto notice = [&](const char* doc, const char* day, const char* trigger) {
    auto c = act(doc, day, trigger);
    c.about_subject = false;
    c.actors = {"data commission"};
    return c;
  };
  auto a = document("a.txt", "2024-02-16");
  a.info.subject = "harlow kennels";
  a.claims.push_back(notice("a.txt", "2024-02-14", "reported the incident to"));
  a.claims.push_back(act("a.txt", "2024-02-15", "confirmed"));  // "confirmed on Thursday that hackers broke in"
  a.claims.push_back(claim("a.txt", "intrusion", "", "", "", timex::Precision::none));
  // A year on: "the breach was reported to the commission on 16 February".
  auto b = document("b.txt", "2025-03-19");
  b.info.subject = "harlow kennels";
  b.claims.push_back(notice("b.txt", "2024-02-16", "was reported to the commission"));
  // Another dates the notice to the day of the public word: it still rivals the notices' dates,
  // not joins the disclosure.
  auto c = document("c.txt", "2025-04-02");
  c.info.subject = "harlow kennels";
  c.claims.push_back(notice("c.txt", "2024-02-15", "notified the commission"));
  // "said on Monday that it had informed the police within 72 hours": the speech's day does not
  // date the notice.
  auto d = document("d.txt", "2024-02-20");
  d.info.subject = "harlow kennels";
  auto told = notice("d.txt", "2024-02-19", "informed the police");
  told.time.edit().basis = "report";
  d.claims.push_back(told);
  auto tl = correlate::correlate({a, b, c, d}, {});
  REQUIRE(tl);
  std::vector<std::string> dates;
  const correlate::Event* merged = nullptr;
  for (const auto& e : tl->events) {
    if (e.kind != "disclosure") continue;
    dates.push_back(e.date.value);
    if (!e.conflicts.empty()) merged = &e;
  }
  CHECK(dates.size() == 2);  // the notice and the public word
  CHECK(std::count(dates.begin(), dates.end(), "2024-02-19") == 0);
  REQUIRE(merged != nullptr);
  CHECK(merged->claims.size() == 3);
  CHECK(merged->conflicts.front().values.size() == 3);
  CHECK(merged->conflicts.front().rationale.find("one notice of the incident to an authority by harlow kennels") !=
        std::string::npos);
}

TEST_CASE("correlate: an article published years before all the others tells another story - not a rival date") {
  auto make = [](const char* old_published) {
    auto old = document("old.txt", old_published);  // the library's flood, two years before
    old.info.subject = "harlow libraries";
    old.claims.push_back(
        claim("old.txt", "discovery", "2021-02-07", "2021-02-07", "2021-02-07", timex::Precision::day));
    auto a = document("a.txt", "2023-09-18");
    a.info.subject = "harlow libraries";
    a.claims.push_back(claim("a.txt", "discovery", "2023-09-16", "2023-09-16", "2023-09-16", timex::Precision::day));
    auto b = document("b.txt", "2023-10-06");
    b.info.subject = "harlow libraries";
    b.claims.push_back(claim("b.txt", "disclosure", "2023-10-05", "2023-10-05", "2023-10-05", timex::Precision::day));
    return correlate::correlate({old, a, b}, {});
  };
  auto tl = make("2021-02-08");
  REQUIRE(tl);
  const correlate::Event* discovery = nullptr;
  for (const auto& e : tl->events)
    if (e.kind == "discovery") discovery = &e;
  REQUIRE(discovery != nullptr);
  CHECK(discovery->date.value == "2023-09-16");
  CHECK(discovery->conflicts.empty());
  REQUIRE(tl->related.size() == 1);
  CHECK(tl->related.front().date.value == "2021-02-07");
  CHECK(tl->related.front().date_rationale.find("another story") != std::string::npos);
  // Months before the others, it is coverage of the same incident: one discovery, two dates.
  auto near = make("2023-05-02");
  REQUIRE(near);
  CHECK(near->related.empty());
  // The breach report of two years before the fine stories, which date the breach to its year,
  // is the incident's own first story.
  auto report = document("report.txt", "2021-02-09");
  report.info.subject = "harlow libraries";
  report.claims.push_back(
      claim("report.txt", "discovery", "2021-02-07", "2021-02-07", "2021-02-07", timex::Precision::day));
  auto fine = [](const char* id, const char* published) {
    auto d = document(id, published);
    d.info.subject = "harlow libraries";
    d.claims.push_back(claim(id, "intrusion", "2021-01", "2021-01-01", "2021-01-31", timex::Precision::month));
    return d;
  };
  auto later = correlate::correlate({report, fine("c.txt", "2023-03-01"), fine("d.txt", "2023-03-02")}, {});
  REQUIRE(later);
  CHECK(later->related.empty());
  CHECK(kinds_and_dates(later->events) == std::vector<std::string>{"intrusion 2021-01", "discovery 2021-02-07"});
}

TEST_CASE("correlate: a day whose year only the publication date guessed takes the year other articles write") {
  auto with_text = [](claims::Claim c, const char* sentence, const char* expression) {
    c.text = sentence;
    c.time.edit().text = expression;
    return c;
  };
  auto a = document("a.txt", "2024-01-20");
  a.claims.push_back(with_text(claim("a.txt", "discovery", "2023-12-11", "2023-12-11", "2023-12-11", timex::Precision::day),
                               "The breach occurred between Nov. 28 and Dec. 11, 2023, and was discovered on Dec. 11.",
                               "Dec. 11"));
  // Fourteen months later "Dec. 11" reads as the last Dec. 11 before publication: 2024.
  auto b = document("b.txt", "2025-02-13");
  b.claims.push_back(with_text(claim("b.txt", "discovery", "2024-12-11", "2024-12-11", "2024-12-11", timex::Precision::day),
                               "The company detected the intrusion on Dec. 11.", "Dec. 11"));
  // With its year written, a day of another year stays where it is.
  auto c = document("c.txt", "2025-02-13");
  c.claims.push_back(with_text(claim("c.txt", "fine", "2024-12-11", "2024-12-11", "2024-12-11", timex::Precision::day),
                               "A fine followed on Dec. 11, 2024.", "Dec. 11, 2024"));
  c.claims.push_back(with_text(claim("c.txt", "fine", "2025-12-11", "2025-12-11", "2025-12-11", timex::Precision::day),
                               "It must pay by Dec. 11.", "Dec. 11"));  // still to come: its year is no guess
  auto tl = correlate::correlate({a, b, c}, {});
  REQUIRE(tl);
  const auto& moved = tl->claims[1];
  CHECK(moved.time->value == "2023-12-11");
  CHECK(moved.time->year_from.str().find("a.txt") != std::string::npos);
  CHECK(tl->claims[2].time->value == "2024-12-11");
  CHECK(tl->claims[3].time->value == "2025-12-11");
  for (const auto& e : tl->events)
    if (e.kind == "discovery") CHECK(e.conflicts.empty());

  // The news of its week is sure of its year too: "fined it on Tuesday" in the week's article
  // witnesses "which fined it last June", written fifteen months later.
  auto news = document("news.txt", "2024-06-19");
  news.claims.push_back(with_text(claim("news.txt", "fine", "2024-06-18", "2024-06-18", "2024-06-18", timex::Precision::day),
                                  "The commissioner fined the hospital group on Tuesday.", "Tuesday"));
  auto later = document("later.txt", "2025-09-08");
  later.claims.push_back(with_text(claim("later.txt", "fine", "2025-06", "2025-06-01", "2025-06-30", timex::Precision::month),
                                   "The commissioner, which fined it last June, is still reviewing.", "last June"));
  auto tl2 = correlate::correlate({news, later}, {});
  REQUIRE(tl2);
  CHECK(tl2->claims[1].time->value == "2024-06");
  CHECK(tl2->claims[1].time->year_from.str().find("news.txt") != std::string::npos);
}

TEST_CASE("correlate: what an article dates after its own publication is planned, not a timeline event") {
  auto a = document("a.txt", "2024-03-01");
  a.claims.push_back(claim("a.txt", "lawsuit", "2024-04", "2024-04-01", "2024-04-30", timex::Precision::month));
  a.claims.back().text = "A hearing on the motion to dismiss is scheduled for April.";
  a.claims.push_back(claim("a.txt", "lawsuit", "2024-02-12", "2024-02-12", "2024-02-12", timex::Precision::day));
  auto tl = correlate::correlate({a}, {});
  REQUIRE(tl);
  REQUIRE(tl->events.size() == 1);
  CHECK(tl->events.front().date.value == "2024-02-12");
  const correlate::Event* planned = nullptr;
  for (const auto& e : tl->undated)
    if (e.date_rationale.rfind("planned", 0) == 0) planned = &e;
  REQUIRE(planned != nullptr);
  REQUIRE(planned->claims.size() == 1);
  CHECK(tl->claims[planned->claims.front()].time->value == "2024-04");
  CHECK(planned->date_rationale.find("published 2024-03-01") != std::string::npos);
}

TEST_CASE(
    "correlate: a consequence dated before the incident began is another story, listed as related - not what led to "
    "it") {
  auto a = document("a.txt", "2024-03-01");
  a.claims.push_back(claim("a.txt", "intrusion", "2023-11-28", "2023-11-28", "2023-11-28", timex::Precision::day));
  a.claims.push_back(claim("a.txt", "fine", "2021", "2021-01-01", "2021-12-31", timex::Precision::year));
  a.claims.push_back(claim("a.txt", "fine", "2024-02", "2024-02-01", "2024-02-29", timex::Precision::month));
  // A warning may come before the breach it warned of: a sanction is not moved.
  a.claims.push_back(claim("a.txt", "sanction", "2023-03-08", "2023-03-08", "2023-03-08", timex::Precision::day));
  // Background too: a resignation of 2020 and what the company said in 2019.
  auto resigned = claim("a.txt", "other", "2020-05", "2020-05-01", "2020-05-31", timex::Precision::month);
  resigned.trigger = "resigned";
  a.claims.push_back(resigned);
  // But what led to the breach stays: the flaw a researcher reported weeks before it.
  auto warned = claim("a.txt", "other", "2023-10-27", "2023-10-27", "2023-10-27", timex::Precision::day);
  warned.trigger = "received a credible report of the vulnerability";
  a.claims.push_back(warned);
  a.claims.push_back(claim("a.txt", "statement", "2019", "2019-01-01", "2019-12-31", timex::Precision::year));
  auto tl = correlate::correlate({a}, {});
  REQUIRE(tl);
  const auto timeline = kinds_and_dates(tl->events), related = kinds_and_dates(tl->related);
  CHECK(timeline ==
        std::vector<std::string>{"sanction 2023-03-08", "other 2023-10-27", "intrusion 2023-11-28", "fine 2024-02"});
  REQUIRE(related == std::vector<std::string>{"statement 2019", "other 2020-05", "fine 2021"});
  CHECK(tl->related.back().date_rationale.find("before the incident began (2023-11-28") != std::string::npos);
}

TEST_CASE(
    "correlate: the onset is the incident's date as several articles tell it - an older story's discovery does not "
    "move it") {
  // Two articles tell the breach of May 2024; an article of 2022 tells another story of the
  // company (an error it discovered in July 2021, a fine), which a 2025 article mentions again.
  auto a = document("a.txt", "2024-06-11"), b = document("b.txt", "2024-07-02");
  a.claims.push_back(claim("a.txt", "intrusion", "2024-05", "2024-05-01", "2024-05-31", timex::Precision::month));
  b.claims.push_back(claim("b.txt", "intrusion", "2024-05-12", "2024-05-12", "2024-05-12", timex::Precision::day));
  // A fix the vendor released before the breach is part of its story.
  b.claims.push_back(claim("b.txt", "remediation", "2024-02", "2024-02-01", "2024-02-29", timex::Precision::month));
  auto old = document("old.txt", "2022-09-08");
  old.claims.push_back(claim("old.txt", "discovery", "2021-07", "2021-07-01", "2021-07-31", timex::Precision::month));
  old.claims.push_back(claim("old.txt", "fine", "2022-09-08", "2022-09-08", "2022-09-08", timex::Precision::day));
  auto later = document("later.txt", "2025-03-18");
  later.claims.push_back(claim("later.txt", "fine", "2022-09", "2022-09-01", "2022-09-30", timex::Precision::month));
  later.claims.push_back(claim("later.txt", "fine", "2025-03-18", "2025-03-18", "2025-03-18", timex::Precision::day));
  auto tl = correlate::correlate({a, b, old, later}, {});
  REQUIRE(tl);
  const auto timeline = kinds_and_dates(tl->events), related = kinds_and_dates(tl->related);
  CHECK(timeline == std::vector<std::string>{"remediation 2024-02", "intrusion 2024-05-12", "fine 2025-03-18"});
  CHECK(related == std::vector<std::string>{"discovery 2021-07", "fine 2022-09-08"});
}

TEST_CASE("correlate: what only articles published before the incident began tell is another story - whatever its kind") {
  auto now = document("now.txt", "2022-02-17");
  now.claims.push_back(claim("now.txt", "intrusion", "2021-11-23", "2021-11-23", "2021-11-23", timex::Precision::day));
  // An article of 2019 about the same company's product recall: its sanction is not moved by
  // its kind (a warning may precede a breach), but by its article's date.
  auto old = document("old.txt", "2019-05-21");
  old.claims.push_back(claim("old.txt", "sanction", "2019-05-21", "2019-05-21", "2019-05-21", timex::Precision::day));
  // A day an article of before the incident tells, and an article of the incident tells again,
  // stays in the timeline.
  auto both = document("both.txt", "2021-03-05");
  both.claims.push_back(claim("both.txt", "sanction", "2021-03-02", "2021-03-02", "2021-03-02", timex::Precision::day));
  auto later = document("later.txt", "2022-03-01");
  later.claims.push_back(claim("later.txt", "sanction", "2021-03-02", "2021-03-02", "2021-03-02", timex::Precision::day));
  auto tl = correlate::correlate({now, old, both, later}, {});
  REQUIRE(tl);
  const auto timeline = kinds_and_dates(tl->events), related = kinds_and_dates(tl->related);
  CHECK(timeline == std::vector<std::string>{"sanction 2021-03-02", "intrusion 2021-11-23"});
  REQUIRE(related == std::vector<std::string>{"sanction 2019-05-21"});
  CHECK(tl->related.front().date_rationale.find("published before the incident began") != std::string::npos);
}

TEST_CASE("correlate: the day other articles give an event does not place an article off its own dateline's day") {
  auto wire = wire_story(3, 15);
  // Its "Monday" is the company's discovery; another article dates a researcher's to March 4.
  wire.claims.push_back(relative_claim("wire.txt", "discovery",
                                       "Fenwick Mutual said it became aware of the problem on Monday.", "Monday"));
  auto a = document("a.txt", "2024-03-19");
  a.info.subject = "fenwick mutual";
  a.claims.push_back(claim("a.txt", "discovery", "2024-03-04", "2024-03-04", "2024-03-04", timex::Precision::day));
  auto tl = correlate::correlate({wire, a}, {});
  REQUIRE(tl);
  const auto& info = tl->documents.front();
  INFO(info.inferred_from);
  // Published March 4 to 10 by that reading, which no March 15 fits: not used.
  CHECK(info.inferred_from.find("which its dateline ('PORT ELLIS, March 15 (Harbor Wire)') excludes: not used") !=
        std::string::npos);
  CHECK(info.inferred_earliest != "2024-03-04");
}

TEST_CASE("correlate: a wire dateline without its year in a corpus with no dated article stays unknown, and says so") {
  auto wire = wire_story(6, 20, "");
  wire.info.inferred_earliest = "not a day";  // as a hand-edited record may have it
  wire.claims.push_back(relative_claim("wire.txt", "statement", "Fenwick Mutual said on Tuesday that it was hacked.",
                                       "Tuesday"));
  auto odd = document("odd.txt");
  odd.info.published.month_day = MonthDay{13, 40};  // not a month and a day: ignored
  auto tl = correlate::correlate({wire, odd}, {});
  REQUIRE(tl);
  CHECK_FALSE(tl->documents[0].published.known());
  CHECK(tl->documents[0].inferred_from.find("no other article is dated: year unknown") != std::string::npos);
  CHECK_FALSE(tl->documents[1].published.known());
}

TEST_CASE("correlate: a wire dateline without its year takes the year of the burst of coverage it falls in") {
  auto make = [](std::vector<const char*> others) {
    std::vector<claims::DocumentClaims> docs;
    auto wire = document("wire.txt");
    wire.info.published.month_day = MonthDay{10, 17};
    wire.info.published.evidence = "CINCINNATI, Oct 17 (Tri-State News)";
    wire.claims.push_back(claim("wire.txt", "statement", "", "", "", timex::Precision::none));  // no weekday to fit
    docs.push_back(wire);
    int n = 0;
    for (const char* day : others) {
      const std::string id = "d" + std::to_string(n++) + ".txt";
      docs.push_back(document(id, day));
    }
    return correlate::correlate(docs, {});
  };
  // Coverage from September to December 2023, and an old story of 2022 (October 17 of 2022 and
  // 2024 are possible too): 2023 has most articles near it.
  auto tl = make({"2023-09-25", "2023-09-28", "2023-10-12", "2023-11-09", "2023-12-06", "2022-06-14"});
  REQUIRE(tl);
  REQUIRE(tl->documents[0].published.known());
  CHECK(tl->documents[0].published.value() == "2023-10-17");
  CHECK(tl->documents[0].inferred_from.find("more than any other") != std::string::npos);
  // Evenly spread: no year wins.
  auto even = make({"2022-10-01", "2023-10-01"});
  REQUIRE(even);
  CHECK_FALSE(even->documents[0].published.known());
}

TEST_CASE("render: an article dated only by a dateline without its year says so in its citations") {
  auto wire = wire_story(6, 20, "");
  wire.claims.push_back(claim("wire.txt", "intrusion", "2023-06-17", "2023-06-17", "2023-06-17", timex::Precision::day));
  auto tl = correlate::correlate({wire}, {});
  REQUIRE(tl);
  CHECK(render::text(*tl).find("--06-20 (year unknown)") != std::string::npos);
}
