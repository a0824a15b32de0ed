#pragma once
// Anchoring: turns a rule's draft into a TIMEX3 value and an interval, against the
// publication date (DCT), the sentence's tense, or the previous expression.
#include <cstdint>
#include <optional>
#include <string>

#include "timex/calendar.hpp"
#include "timex/draft.hpp"

namespace timeline::timex {

struct Anchors {
  std::optional<date::year_month_day> dct;
  std::string tense;               ///< "past", "future", or "" when the sentence does not say
  std::size_t tense_distance = 0;  ///< tokens between the expression and the verb that gave the tense
  bool deadline = false;           ///< a deadline word just before it ("until", "payable"): a date ahead
  bool event_past = false;         ///< a past verb of the event (not of saying) before it: "found it on 3 June"
  std::optional<Point> previous;   ///< the last expression with a calendar value
  std::optional<Point> previous_day;  ///< the last such expression that names a day (or a time of one)
  std::optional<Point> story_day;     ///< the last day named or counted from one ("the next morning")
  bool previous_year_back = false;       ///< previous is itself the year before the DCT ("last year", "a year ago")
  bool previous_of_story = false;        ///< previous took its year from the story ("in early December")
  std::optional<Point> previous_period;  ///< the last quarter or half named (the period a report is about)
  /// The last expression named a month and day without a known year ("Nov. 22" in an article
  /// without a publication date): "two days later" counts from it, its year unknown too.
  std::optional<std::pair<unsigned, unsigned>> previous_month_day;
  int month_year[13] = {};               ///< the year each month (1-12) was last named with, 0 for none
  std::size_t sentences_since_previous = SIZE_MAX;  ///< sentences between it and this expression
  int fiscal_year_start_month = 1;
};

struct Resolved {
  Type type = Type::date;
  std::string value, mod, earliest, latest, anchor;
  Precision precision = Precision::none;
  bool ambiguous = false;
  std::vector<std::string> alternatives;
  std::optional<Point> point;  ///< the calendar point, for later "a year earlier"
};

/// The resolved expression, or nothing when the draft names no real date (February 30).
std::optional<Resolved> resolve(const Draft& d, const Anchors& a);

}  // namespace timeline::timex
