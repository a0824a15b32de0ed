// Expectations for `timeline check`: round trip, drift lines, and errors that name the spot.
#include <catch2/catch.hpp>

#include "render/support.hpp"
#include "timeline/expectation.hpp"

using namespace timeline;

TEST_CASE("expectation: written and read back unchanged - no drift against itself") {
  const auto tl = test::sample_timeline();
  const auto x = render::expectation(tl, true, false);
  const auto text = render::to_text(x);
  const auto back = render::parse_expectation(text, "expected.json");
  REQUIRE(back.ok());
  CHECK(render::to_text(*back) == text);
  CHECK(render::compare(*back, x).empty());
  CHECK(text.find("\"schema\": \"timeline-expect/1\"") != std::string::npos);
}

TEST_CASE("expectation: missing and new events - moved dates - new and vanished conflicts") {
  const auto tl = test::sample_timeline();
  auto want = render::expectation(tl, false, false);
  auto got = want;
  got.events[2].date = "2024-03-15";                   // the intrusion moved
  got.events[2].conflicts.clear();                     // and its conflict vanished
  got.events.erase(got.events.begin() + 4);            // the finding is gone
  got.events.push_back({"lawsuit", "2024-05", "", {{"date", "", {"2024-05", "2024-06"}}}, {}});
  const auto drift = render::compare(want, got);
  CHECK(drift == std::vector<std::string>{
                     "~ date moved: intrusion from 2024-03-14 to 2024-03-15",
                     "- vanished conflict on intrusion 2024-03-15: date: 2024-03-14 vs 2024-04",
                     "- missing event: finding 2024-04",
                     "+ new event: lawsuit 2024-05",
                     "+ new conflict on lawsuit 2024-05: date: 2024-05 vs 2024-06",
                 });
}

TEST_CASE("expectation: a malformed file names the file - the place - the problem") {
  auto err = [](const std::string& text) {
    const auto r = render::parse_expectation(text, "samples/x/expected.json");
    REQUIRE_FALSE(r.ok());
    return r.error();
  };
  CHECK(err("{\"schema\": \"timeline-expect/1\",").rfind("samples/x/expected.json: not valid JSON: parse error at line 1", 0) == 0);
  CHECK(err("[]") == "samples/x/expected.json: expected a JSON object with \"schema\": \"timeline-expect/1\", got array");
  CHECK(err("{\"schema\": \"timeline/1\", \"events\": []}") ==
        "samples/x/expected.json: schema: expected \"timeline-expect/1\", got \"timeline/1\"");
  CHECK(err("{\"schema\": \"timeline-expect/1\"}") == "samples/x/expected.json: missing field 'events'");
  CHECK(err(R"({"schema": "timeline-expect/1", "events": [{"kind": "fine"}]})") ==
        "samples/x/expected.json: events[0]: missing field 'date' (null for an undated event)");
  CHECK(err(R"({"schema": "timeline-expect/1", "events": [{"kind": "fine", "date": 2024}]})") ==
        "samples/x/expected.json: events[0].date: expected a string or null, got number");
  CHECK(err(R"({"schema": "timeline-expect/1", "events": [{"knd": "fine", "date": null}]})") ==
        "samples/x/expected.json: events[0]: unknown field 'knd' (known: kind, date, summary, conflicts, figures)");
  CHECK(err(R"({"schema": "timeline-expect/1", "events": [{"kind": "fine", "date": null, "conflicts": [{"field": "when", "values": []}]}]})") ==
        "samples/x/expected.json: events[0].conflicts[0].field: expected \"date\", \"figure\" or \"claim\", got \"when\"");
  CHECK(err(R"({"schema": "timeline-expect/1", "compare": {"figures": "yes"}, "events": []})") ==
        "samples/x/expected.json: compare.figures: expected true or false");
}
