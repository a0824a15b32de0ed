#pragma once
// A small hand-made timeline for the renderer tests: every kind of date, a conflict, a revised
// claim, and article text that tries to break out of each format.
#include "timeline/correlate.hpp"

namespace timeline::test {

inline claims::Claim claim(const std::string& doc, const std::string& text, const std::string& kind) {
  claims::Claim c;
  c.document = doc;
  c.text = text;
  c.kind = kind;
  c.trigger = kind;
  c.chain = {"Outlet of " + doc};
  c.origin = doc;
  return c;
}

inline correlate::Event event(const std::string& id, const std::string& kind, const std::string& value,
                              const std::string& earliest, const std::string& latest, timex::Precision p,
                              std::vector<std::size_t> claims, const std::string& summary) {
  correlate::Event e;
  e.id = id;
  e.kind = kind;
  e.date = {value, earliest, latest, p};
  e.date_rationale = "the most specific date of two independent sources";
  e.summary = summary;
  e.claims = std::move(claims);
  e.origins = e.claims.size();
  return e;
}

inline correlate::Timeline sample_timeline() {
  correlate::Timeline tl;
  claims::DocumentInfo a, b;
  a.id = a.path = "a.txt";
  a.outlet = "The <b>Daily</b> | News";
  b.id = b.path = "b.md";
  b.inferred_earliest = "2024-03-20";
  tl.documents = {a, b};
  tl.skipped = {{"notes.tsv", "unsupported file type '.tsv'"}};
  tl.claims = {
      claim("a.txt", "Hackers broke in on March 14, 2024 <script>alert('x')</script>.", "intrusion"),
      claim("b.md", "=HYPERLINK(\"http://evil.example\",\"click\") the breach happened in April 2024.", "intrusion"),
      claim("a.txt", "The utility said no data was taken | *none* [at all].", "statement"),
      claim("b.md", "The regulator found data was taken, \"about 40,000\" records.", "finding"),
      claim("a.txt", "The firm was founded around 2019.", "other"),
      claim("b.md", "It had been warned before 20 January 2020.", "other"),
      claim("a.txt", "An audit followed.", "investigation"),
      claim("b.md", "The review ended late in July.", "investigation"),
  };
  tl.claims[4].time.edit().mod = "APPROX";
  tl.claims[1].negated = false;
  tl.claims[2].negated = true;
  auto intrusion = event("intrusion-2024-03-14", "intrusion", "2024-03-14", "2024-03-14", "2024-03-14",
                         timex::Precision::day, {0, 1}, "Intrusion: Hackers broke in <script>alert('x')</script>");
  intrusion.sources = {"a.txt", "b.md"};
  correlate::Conflict conflict;
  conflict.field = "date";
  conflict.values = {{"2024-03-14", {"a.txt"}, {0}, 1, {}}, {"2024-04", {"b.md"}, {1}, 1, {}}};
  conflict.resolution = "2024-03-14";
  conflict.rationale = "a day is more specific than a month";
  intrusion.conflicts = {conflict};
  auto statement = event("statement-2024-W12", "statement", "2024-W12", "2024-03-18", "2024-03-24",
                         timex::Precision::week, {2}, "Statement: no data was taken | *none*");
  statement.sources = {"a.txt"};
  statement.revised = {2};
  auto finding = event("finding-2024-04", "finding", "2024-04", "2024-04-01", "2024-04-30", timex::Precision::month,
                       {3}, "Finding: -data was taken");
  finding.sources = {"b.md"};
  auto founded = event("other-2019", "other", "2019", "2019-01-01", "2019-12-31", timex::Precision::year, {4},
                       "Other: founded around 2019");
  founded.sources = {"a.txt"};
  auto warned = event("other-before", "other", "2020-01-20", "", "2020-01-20", timex::Precision::day, {5},
                      "Other: warned before 20 January 2020");
  warned.sources = {"b.md"};
  auto review = event("investigation-2024-07", "investigation", "2024-07", "2024-07-21", "2024-07-31",
                      timex::Precision::month, {7}, "Investigation: the review ended late in July");
  review.sources = {"b.md"};
  auto audit = event("investigation-undated", "investigation", "", "", "", timex::Precision::none, {6},
                     "Investigation: an audit followed");
  audit.sources = {"a.txt"};
  tl.events = {founded, warned, intrusion, statement, finding, review, audit};
  return tl;
}

}  // namespace timeline::test
