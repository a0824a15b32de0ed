#pragma once
// What a rule produces: an underspecified temporal value, typed (HeidelTime's "UNDEF-…"
// strings, as a struct). Only resolve.cpp anchors drafts to the publication date.
#include <optional>
#include <string>

#include "timeline/timex.hpp"

namespace timeline::timex {

struct Draft {
  Type type = Type::date;
  // Calendar fields the text states.
  std::optional<int> year, month, day, quarter, half, week, decade, century;
  std::string season;  ///< SP SU FA WI
  std::string part;    ///< part of day: MO AF EV NI
  std::optional<int> hour, minute;

  // What still has to be placed on the calendar.
  std::optional<int> weekday;  ///< 1-7: a named weekday to place
  /// 1-7: the weekday written with a date ("Friday, January 10"), which names its year when the
  /// text does not.
  std::optional<int> stated_weekday;
  int direction = 0;           ///< -1 "last" (strictly before), +1 "next" (strictly after), 0 by tense; 2, 3 below
  // (seasons and months: 2 "this", the DCT's year; seasons: 3 "this past", the last one begun)
  bool needs_year = false;     ///< month/day/quarter/half/season without a year: place by tense/nearest
  std::string shift_unit;      ///< "Y","Q","M","W","D","DE","H","MIN": offset of `shift` units …
  int shift = 0;
  bool shift_unit_only = false;  ///< "this/last/next <unit>": the value is that whole unit
  bool from_previous = false;    ///< … from the previous expression ("a year earlier") instead of the DCT
  /// "the first Tuesday of October": the n-th such weekday of the month (-1: the last), {n, weekday}.
  std::optional<std::pair<int, int>> nth_weekday;
  bool of_story = false;                ///< "on the Monday", "that Thursday": a weekday of the days the text tells
  bool story_before = false;  ///< … told in the past perfect ("had been restored on the Monday"): on or before it
  bool last_completed_quarter = false;  ///< "the quarter", "the latest quarter"
  bool keep_dct_day = false;     ///< the DCT day itself ("today", "this morning")
  bool as_quarter = false;       ///< from_previous: "the year-ago quarter" is a quarter (the one under discussion)
  bool unit_precision = false;   ///< from_previous: the result has the unit's precision ("the following week")
  bool needs_previous = false;   ///< only meaningful after another expression ("that year")
  bool year_of_previous = false; ///< "that November": the month in the year the text last named it
  bool weekend = false;          ///< a weekend: YYYY-Www-WE
  std::optional<int> dct_year_offset;  ///< "June last year": the month in the DCT's year moved by this
  std::optional<int> dct_week_offset;  ///< "Friday last week": the weekday in the DCT's week moved by this
  std::string holiday;           ///< a named day's rule ("12-25", "4-4-11", "easter-2"), placed in a year
  bool fiscal = false;           ///< a fiscal year ("fiscal 2020"): its interval follows the fiscal start
  std::optional<int> fiscal_end_month;  ///< "the fiscal year ending March 2021": the month it ends (year = its end year)
  bool alternative_day_first = false;  ///< 03/04/2020: also reads as 3 April
  bool week_of = false;          ///< "the week of March 6": the week that contains the day
  bool period_of_previous = false;  ///< "the 1988 period", "the latest period": the quarter or half under discussion
  bool day_of_month_named = false;  ///< "on the 14th": that day of the month being talked about
  bool quarter_ending = false;   ///< "the quarter ended Sept. 30": an unnumbered quarter (YYYY-QX) ending on month/day

  std::string then_unit;  ///< "the day before <date>": once placed, the date moved by then_shift units
  int then_shift = 0;
  int then_weekday = 0;  ///< "the Tuesday after <date>": with then_shift ±1, the first such weekday after/before it

  std::string ref;       ///< PRESENT_REF / PAST_REF / FUTURE_REF
  std::string fixed;     ///< a finished value (durations, sets)
  std::string mod;       ///< TIMEX3 mod
  std::string point_mod; ///< BEFORE/AFTER from "more than … ago"
  const char* rule = "";
};

}  // namespace timeline::timex
