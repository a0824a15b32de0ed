// Runs data/examples/claims/claims.tsv: each listed claim (kind and date) must come out of the
// text, and no listed kind may come out with another date.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "support/data.hpp"
#include "timeline/claims.hpp"
#include "timeline/extract.hpp"
#include "timeline/load.hpp"
#include "timeline/segment.hpp"

using namespace timeline;

namespace {

Document make_document(const std::string& text, const std::string& dct) {
  Document doc;
  doc.id = doc.path = "example.txt";
  doc.body = text;
  if (dct != "none") {
    auto pd = load::parse_date_text(dct, Lexicon::builtin());
    if (pd) doc.published = *pd;
  }
  segment::segment(doc);
  return doc;
}

std::vector<std::string> split_entries(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const auto pos = s.find(" ; ", start);
    out.push_back(s.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) return out;
    start = pos + 3;
  }
}

struct Want {
  std::string kind, value, basis;
  bool negated = false;
  bool absent = false;        // "!kind": the text must yield no claim of that kind
  std::optional<bool> other;  // "other": about another company than the subject; "own": not
};

std::vector<Want> parse(const std::string& expected) {
  std::vector<Want> out;
  if (expected == "none") return out;
  for (const auto& part : split_entries(expected)) {
    std::istringstream in(part);
    Want w;
    in >> w.kind;
    if (w.kind.starts_with("!")) {
      w.kind.erase(0, 1);
      w.absent = true;
      out.push_back(w);
      continue;
    }
    in >> w.value;
    if (w.value == "-") w.value.clear();
    std::string extra;
    while (in >> extra) {
      if (extra.rfind("basis=", 0) == 0) w.basis = extra.substr(6);
      if (extra == "negated") w.negated = true;
      if (extra == "other" || extra == "own") w.other = extra == "other";
    }
    out.push_back(w);
  }
  return out;
}

}  // namespace

TEST_CASE("claims: every example of data/examples/claims yields its kinds and dates") {
  const auto table = test::examples("claims/claims.tsv");
  REQUIRE(table.rows.size() >= 30);
  std::size_t failures = 0;
  std::string report;  // every failing example, printed once (a passing assertion would clear an UNSCOPED_INFO)
  for (const auto& row : table.rows) {
    const Document doc = make_document(row.field(0), row.field(1));
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    std::string got;
    for (const auto& c : claims->claims)
      got += fmt::format(" [{} {} basis={}{}{}]", c.kind, c.time->value.empty() ? "-" : c.time->value, c.time->basis,
                         c.negated ? " negated" : "", c.about_other ? " other" : "");
    const auto want = parse(row.field(2));
    std::string problems;
    if (row.field(2) == "none" && !claims->claims.empty()) problems = "expected no claim";
    for (const auto& w : want) {
      if (w.absent) {
        for (const auto& c : claims->claims)
          if (c.kind == w.kind) problems += fmt::format(" unexpected {};", w.kind);
        continue;
      }
      bool found = false;
      std::string misdated;
      for (const auto& c : claims->claims) {
        if (c.kind != w.kind) continue;
        if (c.time->value != w.value) {
          // Another trigger of the same kind may be undated in the same text, or dated otherwise
          // when the text tells two such acts; one must agree.
          if (!c.time->value.empty() && !w.value.empty())
            misdated += fmt::format(" {} dated {} not {};", w.kind, c.time->value, w.value);
          continue;
        }
        if (!w.basis.empty() && c.time->basis != w.basis) continue;
        if (w.negated && !c.negated) continue;
        if (w.other && c.about_other != *w.other) continue;
        found = true;
      }
      if (!found) problems += misdated;
      if (!found)
        problems +=
            fmt::format(" missing {} {}{}{};", w.kind, w.value.empty() ? "-" : w.value,
                        w.basis.empty() ? "" : " basis=" + w.basis, w.other ? (*w.other ? " other" : " own") : "");
    }
    if (!problems.empty()) {
      ++failures;
      report += fmt::format("\n{}:{} got:{}", test::where(table, row), problems, got);
    }
  }
  INFO(report);
  CHECK(failures == 0);
}

TEST_CASE("claims: an undated article is bounded by the dates it names - not by those still to come") {
  struct Case {
    const char* text;
    const char* earliest_from;  // the inferred lower bound lies in [earliest_from, earliest_to]
    const char* earliest_to;
    const char* named;      // the reason names this
    const char* not_named;  // and not this ("" for no check)
  };
  const Case cases[] = {
      // Six months after 2021-03-03, give or take the length of the months counted.
      {"Dunmore Mills has disclosed a data breach that occurred more than six months ago. "
       "Intruders first broke into its payroll network on the 3rd of March 2021, the company said.",
       "2021-08-30", "2021-09-06", "more than six months ago", ""},
      // A date in a clause that looks ahead bounds nothing.
      {"Hackers broke into the Fenwick College enrolment portal in March 2023, the college said. "
       "Applications for entry in September 2024 could still be sent by post.",
       "2023-03-31", "2023-03-31", "March 2023", "September 2024"},
  };
  for (const auto& t : cases) {
    const Document doc = make_document(t.text, "none");
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    const auto& info = claims->info;
    INFO(t.text << "\n" << info.inferred_from);
    CHECK(info.inferred_earliest >= t.earliest_from);
    CHECK(info.inferred_earliest <= t.earliest_to);
    CHECK(info.inferred_latest.empty());
    CHECK(info.inferred_from.find(t.named) != std::string::npos);
    if (*t.not_named) CHECK(info.inferred_from.find(t.not_named) == std::string::npos);
  }
}

TEST_CASE("claims: an undated lead that says today and names the day gives it as the publication day") {
  struct Case {
    const char* text;
    int month, day, weekday;  // the day the lead names (weekday 0: none named)
    const char* bound;        // inferred earliest and latest ("" when the year is left to find)
  };
  const std::vector<Case> cases = {
      {"Customers of Brandvik Telecom must approve SIM changes in its app under rules that took effect today "
       "(Monday 31 March). The operator also added a 24-hour hold.",
       3, 31, 1, ""},
      {"The chief executive of Harlow Water apologized tonight. \"I am sorry,\" she told the board's meeting on "
       "Tuesday, April 9.",
       4, 9, 2, ""},
      {"Harlow Water restored its billing portal today, April 9, 2024, after three weeks offline.", 4, 9, 0,
       "2024-04-09"},
  };
  for (const auto& t : cases) {
    INFO(t.text);
    const Document doc = make_document(t.text, "none");
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    const auto& info = claims->info;
    INFO(info.inferred_from);
    REQUIRE(info.published.month_day);
    CHECK(info.published.month_day->month == t.month);
    CHECK(info.published.month_day->day == t.day);
    CHECK(info.published.month_day->weekday == t.weekday);
    CHECK(info.published.month_day->lead);
    CHECK(info.inferred_earliest == t.bound);
    CHECK(info.inferred_latest == t.bound);
    CHECK(info.inferred_from.find("the lead says") != std::string::npos);
  }
  // A day named later in the article is not the publication day.
  const Document later = make_document(
      "Harlow Water said today that its portal is back. The utility first noticed the attack on its network in "
      "March. Investigators said the intruders left on Tuesday, April 9.",
      "none");
  auto claims = claims::extract(later, extract::tag_document(later));
  REQUIRE(claims);
  CHECK_FALSE(claims->info.published.month_day);
}

TEST_CASE("claims: a dated act far below the lead is background - not the article's reporting date") {
  // Published Thursday 2024-03-14: the lead's news is of that day; the March 5 statement of the
  // sixth paragraph is what the company had said before.
  const Document doc = make_document(
      "Corvell Freight said it had raised its count of affected customers to 11,500.\n\n"
      "The company said the attackers had taken data from some customer networks.\n\n"
      "Its shares fell in early trading, traders said.\n\n"
      "Analysts said the revision would weigh on the stock.\n\n"
      "The company said the earlier number counted only some servers.\n\n"
      "On March 5, the company said it had no evidence that customer data had been accessed.\n\n"
      "Corvell also said it had hired a second forensic firm.",
      "2024-03-14");
  auto claims = claims::extract(doc, extract::tag_document(doc));
  REQUIRE(claims);
  std::vector<std::string> last;
  for (const auto& c : claims->claims)
    if (c.sentence == 6 && c.kind == "statement") last.push_back(c.time->value.str());
  CHECK(last == std::vector<std::string>{"2024-03-14"});
}

TEST_CASE("claims: a finding in the lead's second paragraph is the day's news - not one further down") {
  // Published Wednesday 2025-03-19; the lead dates the fine to Tuesday.
  const Document doc = make_document(
      "The regulator fined Brenmoor Water 2 million euros on Tuesday.\n\n"
      "In its final decision, the regulator found that the attackers had used a contractor's password.\n\n"
      "Shares in the utility rose in early trading.\n\n"
      "In an earlier review, the regulator found that backups were kept offline.",
      "2025-03-19");
  auto claims = claims::extract(doc, extract::tag_document(doc));
  REQUIRE(claims);
  std::vector<std::string> findings;
  for (const auto& c : claims->claims)
    if (c.kind == "finding") findings.push_back(std::to_string(c.sentence) + " " + c.time->value.str());
  CHECK(findings == std::vector<std::string>{"1 2025-03-18", "3 "});

  // In the third paragraph, an authority's finding that opens the sentence still is.
  auto third = [](const std::string& opening) {
    const Document d = make_document(
        "The regulator fined Brenmoor Water 2 million euros on Tuesday.\n\n"
        "Shares in the utility rose in early trading.\n\n" +
            opening + " found that backups were kept online.",
        "2025-03-19");
    auto cl = claims::extract(d, extract::tag_document(d));
    REQUIRE(cl);
    for (const auto& c : cl->claims)
      if (c.kind == "finding") return c.time->value.str();
    return std::string("no claim");
  };
  CHECK(third("The Data Protection Commission") == "2025-03-18");
  CHECK(third("An engineer at the utility") == "");
}

TEST_CASE(
    "claims: the company telling its incident in the story's second paragraph under a headline is its disclosure") {
  auto kind_of_third = [](const std::string& top) {
    const Document d =
        make_document(top +
                          "The Dunmere-based company said on Monday that the outage was caused by a ransomware "
                          "attack.\n\nDrivers were sent home.",
                      "2024-03-12");
    auto cl = claims::extract(d, extract::tag_document(d));
    REQUIRE(cl);
    for (const auto& c : cl->claims)
      if (c.trigger.str() == "said") return c.kind.str() + " " + std::to_string(c.sentence);
    return std::string("no claim");
  };
  // A headline and a standfirst end without a full stop: the story's second paragraph is its lead.
  CHECK(kind_of_third("Pellby Couriers admits ransomware attack\n\n"
                      "Parcel deliveries halted across the region\n\n"
                      "Pellby Couriers has halted deliveries at all 38 depots.\n\n") == "disclosure 3");
  // Two paragraphs of story above it, it is background.
  CHECK(kind_of_third("Pellby Couriers has halted deliveries at all 38 depots.\n\n"
                      "Parcels are piling up at its hub.\n\n"
                      "Retailers have moved their orders.\n\n") == "statement 3");
}

TEST_CASE("claims: a present perfect is the day's news at the top of an article - background deep in a feature") {
  const std::string act = "Corvell Freight has notified about 40,000 customers.";
  auto disclosure_date = [](const Document& doc, std::size_t sentence) {
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    for (const auto& c : claims->claims)
      if (c.sentence == sentence && c.kind == "disclosure") return c.time->value.str();
    return std::string("no claim");
  };
  CHECK(disclosure_date(make_document(act, "2024-03-14"), 0) == "2024-03-14");
  std::string feature;
  for (int i = 1; i <= 20; ++i) feature += fmt::format("The dock workers met for the {}th time.\n\n", i);
  feature += act;
  CHECK(disclosure_date(make_document(feature, "2024-03-14"), 20).empty());
  // Likewise an announced act under an undated "said": "police said they had opened an investigation".
  const std::string opened = "Police said they had opened an investigation.";
  auto investigation_date = [](const Document& doc, std::size_t sentence) {
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    for (const auto& c : claims->claims)
      if (c.sentence == sentence && c.kind == "investigation") return c.time->value.str();
    return std::string("no claim");
  };
  CHECK(investigation_date(make_document(opened, "2024-03-14"), 0) == "2024-03-14");
  std::string deep;
  for (int i = 1; i <= 20; ++i) deep += fmt::format("The dock workers met for the {}th time.\n\n", i);
  CHECK(investigation_date(make_document(deep + opened, "2024-03-14"), 20).empty());
}

TEST_CASE("claims: an act dated by its telling takes the day a sentence pointing back at it gives") {
  // Published Wednesday 2025-10-01; "said on Tuesday" dates the arrest's telling to 2025-09-30.
  auto lawsuit_days = [](const std::string& text) {
    const Document doc = make_document(text, "2025-10-01");
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    std::vector<std::string> days;
    for (const auto& c : claims->claims)
      if (c.kind == "lawsuit") days.push_back(c.time->value.str());
    return days;
  };
  const std::string told =
      "Police have arrested a 17-year-old over the Corlin Bank hack, the cybercrime unit said on Tuesday.";
  // "The suspect was detained … on Monday" points back: the arrest was on Monday.
  CHECK(lawsuit_days(told + " The suspect was detained at home on Monday morning.") ==
        std::vector<std::string>{"2025-09-29", "2025-09-29"});
  // "A second group sued … on Monday" tells another act: the arrest keeps the day it was told.
  CHECK(lawsuit_days(told + " A second group of customers sued the bank on Monday.") ==
        std::vector<std::string>{"2025-09-30", "2025-09-29"});
  // A day more than three days before is another act, even when the sentence points back.
  CHECK(lawsuit_days(told + " The suspect was detained at home on Sept. 20.") ==
        std::vector<std::string>{"2025-09-30", "2025-09-20"});
  // A lead dated only by the article's day: the next sentence tells its act, whatever its first word.
  CHECK(lawsuit_days("A foundation representing customers has filed a collective action against Corlin Bank. "
                     "Its lawyers said they served the writ of summons on Tuesday.") ==
        std::vector<std::string>{"2025-09-30", "2025-09-30"});
  // Unless that sentence opens on another act: the lead keeps the article's day.
  CHECK(lawsuit_days("Shareholders have sued Corlin Bank over its accounts. "
                     "A second group of investors sued Corlin Bank on Monday in Delaware.") ==
        std::vector<std::string>{"2025-10-01", "2025-09-29"});
}

TEST_CASE("claims: an act added with also takes the date of the act told just before it") {
  // Published Friday 2024-08-09. Well below the lead, "also barred" adds to Wednesday's penalty.
  auto sanction = [](const std::string& tail) {
    std::string text;
    for (int i = 1; i <= 4; ++i) text += fmt::format("Ferry crews in Olsby voted for the {}th time.\n\n", i);
    const Document doc = make_document(text + tail, "2024-08-09");
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    for (const auto& c : claims->claims)
      if (c.kind == "sanction") return c.time->value.str() + " " + c.time->basis.str();
    return std::string("no claim");
  };
  const std::string penalty = "On Wednesday the gaming authority fined Halvard Lotteries 900,000 kroner.\n\n";
  CHECK(sanction(penalty + "It also barred the operator from taking new players for a month.") ==
        "2024-08-07 previous");
  // (A present perfect near the top is the day's news already: the day of the report, Wednesday.)
  CHECK(sanction(penalty + "The authority has also barred the operator from taking new players.")
            .starts_with("2024-08-07 "));
  // Without "also", after a penalty dated only by its year, or for what may come or came before,
  // the act is not dated by that penalty.
  CHECK(sanction(penalty + "It barred the operator from taking new players for a month.") == " unknown");
  CHECK(sanction("In 2021 the gaming authority fined Halvard Lotteries 900,000 kroner.\n\n"
                 "It also barred the operator from taking new players for a month.") == " unknown");
  CHECK(
      sanction(penalty + "The authority may also have barred the operator from taking new players.").find("previous") ==
      std::string::npos);
  CHECK(sanction(penalty + "Years earlier the authority had also barred the operator from advertising.")
            .find("previous") == std::string::npos);
  // Nor what goes on ("is also investigating"), nor another's act: the two sentences name no
  // actor in common.
  auto investigation = [](const std::string& text) {
    std::string filler;
    for (int i = 1; i <= 4; ++i) filler += fmt::format("Ferry crews in Olsby voted for the {}th time.\n\n", i);
    const Document doc = make_document(filler + text, "2024-08-09");
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    for (const auto& c : claims->claims)
      if (c.kind == "investigation") return c.time->value.str() + " " + c.time->basis.str();
    return std::string("no claim");
  };
  CHECK(investigation(penalty + "The data commissioner is also investigating.") == " unknown");
  CHECK(investigation("On Wednesday the financial authority fined Halvard Bank 900,000 kroner.\n\n"
                      "Brenmoor Insurance also opened an investigation into its own ticket sales.") == " unknown");
  CHECK(investigation("On Wednesday the financial authority fined Halvard Bank 900,000 kroner.\n\n"
                      "Halvard Bank also opened an investigation into its own ticket sales.") == "2024-08-07 previous");
}

TEST_CASE("claims: a capitalised word that opens a line of a header can name an event - not mid-line") {
  auto kinds = [](const std::string& text) {
    const Document doc = make_document(text, "2025-03-03");
    auto claims = claims::extract(doc, extract::tag_document(doc));
    REQUIRE(claims);
    std::string out;
    for (const auto& c : claims->claims) out += c.kind + " ";
    return out;
  };
  // A regulator's summary lists the order on its own line, title-cased.
  CHECK(
      kinds("1. HOLLIN SAVINGS BANK, Tarrin\n   Consent Order - Order No. 2025-11\n   Date of order: February 4, 2025")
          .find("sanction") != std::string::npos);
  // Inside a line a capitalised word is a name: the "Consent Order Review Board" meets.
  CHECK(kinds("Members of the Tarrin Consent Order Review Board met in Kelby.").find("sanction") == std::string::npos);
}

TEST_CASE("claims: an article with a publication date gets no inferred bounds") {
  const Document doc = make_document("Intruders broke into the network on the 3rd of March 2021.", "2021-10-01");
  auto claims = claims::extract(doc, extract::tag_document(doc));
  REQUIRE(claims);
  CHECK(claims->info.inferred_earliest.empty());
  CHECK(claims->info.inferred_from.empty());
}

TEST_CASE("claims: a clause word of an unknown class is refused with its file and line") {
  const auto dir = std::filesystem::temp_directory_path() / "timeline-clause-words-test";
  std::filesystem::remove_all(dir);
  std::filesystem::copy(std::string(TIMELINE_SOURCE_DIR) + "/data/lexicon", dir,
                        std::filesystem::copy_options::recursive);
  {
    std::ofstream out(dir / "en" / "clause_words.tsv", std::ios::app);
    out << "whereas\tboundary,conjunction\n";
  }
  auto lexicon = Lexicon::from_directory(dir);
  REQUIRE(lexicon);
  auto k = claims::kinds(&*lexicon);
  REQUIRE_FALSE(k);
  CHECK(k.error().find("clause_words.tsv:") != std::string::npos);
  CHECK(k.error().find("unknown word class 'conjunction'") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("claims: a trigger form with a stray wildcard or brace is refused with its file and line") {
  const auto dir = std::filesystem::temp_directory_path() / "timeline-trigger-forms-test";
  auto refused = [&](const std::string& form) {
    std::filesystem::remove_all(dir);
    std::filesystem::copy(std::string(TIMELINE_SOURCE_DIR) + "/data/lexicon", dir,
                          std::filesystem::copy_options::recursive);
    {
      std::ofstream out(dir / "en" / "events.tsv", std::ios::app);
      out << form << "\tinvestigation\tevent\tverb\n";
    }
    auto lexicon = Lexicon::from_directory(dir);
    REQUIRE(lexicon);
    auto k = claims::kinds(&*lexicon);
    std::filesystem::remove_all(dir);
    REQUIRE_FALSE(k);
    CHECK(k.error().find("events.tsv:") != std::string::npos);
    return k.error();
  };
  CHECK(refused("* firm was hired").find("cannot begin or end with '*'") != std::string::npos);
  CHECK(refused("{hired,retained firm").find("'{' without '}'") != std::string::npos);
  CHECK(refused("{hired,,retained} a firm").find("an empty alternative") != std::string::npos);
  CHECK(refused("hired{a,the} firm").find("a brace inside a word") != std::string::npos);
}
