#pragma once
/// Expectations for `timeline check`: the part of a timeline a CI run guards (events by kind
/// and date, their conflicts, optionally figures), read from and written to a JSON file
/// (docs/expectations.md), and compared with a built timeline as a readable list of drifts.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/correlate.hpp"
#include "timeline/result.hpp"

namespace timeline::render {

struct ExpectedConflict {
  std::string field;                ///< "date" | "figure" | "claim"
  std::string measure;              ///< figures: the measure in dispute
  std::vector<std::string> values;  ///< the sides' values, sorted
  bool operator==(const ExpectedConflict&) const = default;
};

struct ExpectedFigures {
  std::string measure;
  bool agree = true;
  std::vector<std::string> values;  ///< the figures as written, sorted
  bool operator==(const ExpectedFigures&) const = default;
};

struct ExpectedEvent {
  std::string kind;
  std::string date;     ///< the event's date value; "" for an undated event (null in the file)
  std::string summary;  ///< for readers of the file; never compared
  std::vector<ExpectedConflict> conflicts;
  std::vector<ExpectedFigures> figures;  ///< compared only when the file asks for figures
};

struct Expectation {
  bool figures = false;  ///< compare each event's figures too
  bool related = false;  ///< compare the related (off-topic) events too
  std::vector<ExpectedEvent> events;
  std::vector<ExpectedEvent> related_events;
};

/// What the timeline gives for an expectation with these settings.
Expectation expectation(const correlate::Timeline& timeline, bool figures, bool related);

/// Reads an expectation file's text; an error names `name`, the place in the file and the
/// problem ("expected.json: events[3].date: expected a string or null").
Result<Expectation> parse_expectation(std::string_view text, const std::string& name);

/// The file's text: pretty-printed JSON with a stable order, ending in "\n".
std::string to_text(const Expectation& e);

/// The drifts from `expected` to `actual`, one line each ("- missing event: …", "+ new event: …",
/// "~ date moved: …"); empty when they match.
std::vector<std::string> compare(const Expectation& expected, const Expectation& actual);

}  // namespace timeline::render
