#pragma once
// Calendar points at a precision (a day, a month, a quarter …): arithmetic, TIMEX3 value
// strings and day intervals. All pure functions of their arguments (no clock, no zone).
#include <date/date.h>

#include <optional>
#include <string>

#include "timeline/timex.hpp"

namespace timeline::timex {

struct Point {
  Precision precision = Precision::day;
  int year = 0;
  int month = 1;     ///< 1-12
  int day = 1;       ///< 1-31
  int quarter = 0;   ///< 1-4 for quarter precision
  int half = 0;      ///< 1-2 for half precision
  std::string season;  ///< SP SU FA WI for season precision
  int decade = 0;    ///< 199 for the 1990s
};

date::year_month_day to_ymd(const Point& p);  ///< the first day of p
/// Whether day `day` of `month` in `year` is the weekday `wd` (1=Mon … 7=Sun).
bool weekday_fits(int year, int month, int day, int wd);
/// `year`, or the year next to it in which day `day` of `month` is the weekday `wd` ("Friday,
/// January 10" placed in 2024 is in 2025); `year` when neither neighbour fits.
int year_of_weekday(int year, int month, int day, int wd);
Point day_point(const date::year_month_day& ymd);
Point truncate(const Point& p, Precision precision);     ///< the coarser point containing p
Point shift(const Point& p, const std::string& unit, int n);  ///< p moved by n units ("Y","Q","M","W","D","DE")
Precision unit_precision(const std::string& unit);

std::string value_of(const Point& p);                    ///< 2024-03-14, 2024-03, 2024-Q1, 2024-W11, 199 …
/// The first and last day p covers.
std::pair<date::year_month_day, date::year_month_day> interval_of(const Point& p);
std::string iso(const date::year_month_day& ymd);
/// [first, last] narrowed to its first, middle or last third for START, MID, END.
std::pair<date::year_month_day, date::year_month_day> narrow(std::pair<date::year_month_day, date::year_month_day> range,
                                                             const std::string& mod);

}  // namespace timeline::timex
