#include "timex/resolve.hpp"

#include <fmt/format.h>

#include <climits>
#include <cstdlib>

namespace timeline::timex {

using namespace std::literals;
namespace {

using date::year_month_day;

// --- Policies: small, named, each with its reason. ------------------------------------------

// News reports mostly what happened: without a cue, a bare weekday or month is the most recent
// one, and the reading is flagged ambiguous with the other direction as its alternative.
int direction_from_tense(const std::string& tense) { return tense == "future" ? 1 : -1; }

// The weekday `wd` (1=Mon) nearest the DCT in `dir` (-1 on/before, +1 on/after; strict when
// `strict`, as for "last Friday" / "next Friday").
year_month_day place_weekday(year_month_day dct, int wd, int dir, bool strict) {
  const date::sys_days d{dct};
  const date::weekday target{static_cast<unsigned>(wd % 7)};
  if (dir < 0) {
    auto back = date::weekday{d} - target;  // days since the last such weekday
    if (strict && back.count() == 0) back = date::days{7};
    return year_month_day{d - back};
  }
  auto fwd = target - date::weekday{d};
  if (strict && fwd.count() == 0) fwd = date::days{7};
  return year_month_day{d + fwd};
}

// A month (and day) without a year: the nearest occurrence on the tense's side of the DCT.
std::optional<int> place_year_of_month(year_month_day dct, int month, std::optional<int> day, int dir, bool strict) {
  const int y = static_cast<int>(dct.year());
  const int dm = static_cast<int>(static_cast<unsigned>(dct.month()));
  const int dd = static_cast<int>(static_cast<unsigned>(dct.day()));
  const int key = month * 100 + day.value_or(day ? 0 : (dir < 0 ? 1 : 31));
  const int now = dm * 100 + (day ? dd : (strict ? 0 : dd));
  if (dir < 0) {
    if (!day) return (strict ? month < dm : month <= dm) ? y : y - 1;
    return key <= now ? y : y - 1;
  }
  if (!day) return (strict ? month > dm : month >= dm) ? y : y + 1;
  return key >= now ? y : y + 1;
}

// A past verb this close (in tokens) decides even for a date just ahead of the DCT.
constexpr std::size_t k_adjacent = 2;
// A future verb further than this (in tokens) does not carry a date just behind the DCT a year on.
constexpr std::size_t k_far_tense = 6;
// How far ahead of the DCT a month and day is read as the coming one despite a past verb
// further away in the sentence: deadlines and schedules reported before they happen.
constexpr long k_near_future_days = 45;
// How far behind the DCT a date after a deadline word ("by", "until") is still the one meant.
constexpr long k_recent_deadline_days = 14;

// News reports mostly what has happened: without a tense, a coming month must be this much
// nearer than the past one to be meant ("in March", published in early November: last March;
// published in mid-December: the coming one).
constexpr long k_past_bias_days = 150;

// The year that puts the month (and day) nearest the DCT, either side (the past favoured by
// k_past_bias_days).
int nearest_year(year_month_day dct, int month, std::optional<int> day) {
  const int y = static_cast<int>(dct.year());
  int best = y;
  long best_gap = LONG_MAX;
  for (int candidate = y - 1; candidate <= y + 1; ++candidate) {
    const year_month_day first = date::year{candidate} / date::month{static_cast<unsigned>(month)} /
                                 date::day{static_cast<unsigned>(day.value_or(1))};
    const year_month_day last = day ? first : year_month_day{date::year{candidate} / date::month{static_cast<unsigned>(month)} / date::last};
    const date::sys_days t{dct};
    long gap = 0;
    if (date::sys_days{last} < t) gap = (t - date::sys_days{last}).count();
    else if (date::sys_days{first} > t) gap = (date::sys_days{first} - t).count() + k_past_bias_days;
    if (gap < best_gap) {
      best_gap = gap;
      best = candidate;
    }
  }
  return best;
}

// Western Easter Sunday (the anonymous Gregorian algorithm).
year_month_day easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return date::year{y} / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)};
}

// The day a holiday rule names in year y: "12-25", "4-4-11" (4th Thursday of November),
// "4-4-11+1" (the day after it), "last-1-05" (last Monday of May), "easter-2".
year_month_day holiday_in(const std::string& rule, int y) {
  if (rule.rfind("easter", 0) == 0) {
    const int offset = rule.size() > 6 ? std::stoi(rule.substr(6)) : 0;
    return year_month_day{date::sys_days{easter(y)} + date::days{offset}};
  }
  if (rule.size() == 5 && rule[2] == '-')
    return date::year{y} / date::month{static_cast<unsigned>(std::stoi(rule.substr(0, 2)))} /
           date::day{static_cast<unsigned>(std::stoi(rule.substr(3)))};
  const auto first_dash = rule.find('-');
  const auto second_dash = rule.find('-', first_dash + 1);
  const std::string nth = rule.substr(0, first_dash);
  const auto wd = date::weekday{static_cast<unsigned>(std::stoi(rule.substr(first_dash + 1, second_dash - first_dash - 1)) % 7)};
  const auto month = date::month{static_cast<unsigned>(std::stoi(rule.substr(second_dash + 1)))};
  // "4-4-11+1": the day after the 4th Thursday of November (Black Friday).
  const auto plus = rule.find('+', second_dash);
  const date::days after{plus == std::string::npos ? 0 : std::stoi(rule.substr(plus + 1))};
  if (nth == "last"sv) return year_month_day{date::sys_days{date::year{y} / month / wd[date::last]} + after};
  return year_month_day{date::sys_days{date::year{y} / month / wd[static_cast<unsigned>(std::stoi(nth))]} + after};
}

// Quarters and halves without a year: the most recent one (with that number) that has begun.
int place_year_of_period(year_month_day dct, int first_month) {
  const int y = static_cast<int>(dct.year());
  return first_month <= static_cast<int>(static_cast<unsigned>(dct.month())) ? y : y - 1;
}

// Fiscal years: with a start in January they are calendar years. Otherwise a fiscal year that
// starts in the first half of the year is named after the year it starts in (Japan, the UK:
// fiscal 2020 = April 2020 – March 2021), one that starts in the second half after the year it
// ends in (US federal, Australia: FY2020 = October 2019 – September 2020).
std::pair<year_month_day, year_month_day> fiscal_interval(int year, int start_month) {
  if (start_month <= 1) return {date::year{year} / 1 / 1, date::year{year} / 12 / 31};
  const int first_year = start_month <= 6 ? year : year - 1;
  const year_month_day first = date::year{first_year} / date::month{static_cast<unsigned>(start_month)} / 1;
  const year_month_day next = first + date::years{1};
  return {first, year_month_day{date::sys_days{next} - date::days{1}}};
}

std::string placeholder(Precision p, const Draft& d) {
  switch (p) {
    case Precision::decade: return "XXX";
    case Precision::year: return "XXXX";
    case Precision::quarter: return d.quarter ? fmt::format("XXXX-Q{}", *d.quarter) : "XXXX-QX";
    case Precision::half: return d.half ? fmt::format("XXXX-H{}", *d.half) : "XXXX-HX";
    case Precision::season: return "XXXX-" + (d.season.empty() ? std::string("XX") : d.season);
    case Precision::month: return d.month ? fmt::format("XXXX-{:02d}", *d.month) : "XXXX-XX";
    case Precision::week: return d.weekend ? "XXXX-WXX-WE" : "XXXX-WXX";
    default:
      if (d.weekday) return fmt::format("XXXX-WXX-{}", *d.weekday);
      if (d.month && d.day) return fmt::format("XXXX-{:02d}-{:02d}", *d.month, *d.day);
      return "XXXX-XX-XX";
  }
}

std::string time_suffix(const Draft& d) {
  if (d.hour) return fmt::format("T{:02d}:{:02d}", *d.hour, d.minute.value_or(0));
  if (!d.part.empty()) return "T" + d.part;
  return {};
}

// The calendar point a draft names, or nothing when it needs an anchor that is missing.
struct Placed {
  std::optional<Point> point;
  Precision precision = Precision::none;
  std::string anchor;
  std::optional<year_month_day> exact;  ///< the exact day for "more than six months ago"
  bool ambiguous = false;
  std::optional<Point> alternative;
  bool invalid = false;
};

// "the first Tuesday of October 2023" (n = 1), "the last Friday in March" (n = -1).
std::optional<year_month_day> nth_weekday_of(int year, int month, std::pair<int, int> nth) {
  const date::weekday wd{static_cast<unsigned>(nth.second % 7)};
  const date::year_month ym = date::year{year} / date::month{static_cast<unsigned>(month)};
  if (nth.first < 0) return year_month_day{date::sys_days{ym / wd[date::last]}};
  const date::year_month_weekday day = ym / wd[static_cast<unsigned>(nth.first)];
  if (!day.ok()) return std::nullopt;
  return year_month_day{date::sys_days{day}};
}

// How many sentences back the day being talked about still dates a clock time without a date
// ("Police arrived on Friday. ... The fire was out by 10 p.m.").
constexpr std::size_t k_clock_day_reach = 2;

Placed place(const Draft& d, const Anchors& a) {
  Placed out;
  // "the 1988 period", "the latest period": the quarter or half the report is about.
  if (d.period_of_previous && a.previous_period) {
    Point p = *a.previous_period;
    if (d.year) p.year = *d.year;
    else if (d.dct_year_offset && a.dct)
      p.year = static_cast<int>(a.dct->year()) + *d.dct_year_offset;
    out.point = p;
    out.precision = p.precision;
    out.anchor = "previous";
    return out;
  }
  // "that November": the November the text named before, else the month in the year of the
  // expression before it; with neither, a month like any other.
  if (d.year_of_previous && d.month) {
    int year = a.month_year[*d.month];
    if (year == 0 && a.previous && a.previous->precision >= Precision::year && a.previous->precision != Precision::week)
      year = a.previous->year;
    if (year != 0) {
      Point p;
      p.precision = Precision::month;
      p.year = year;
      p.month = *d.month;
      out.point = p;
      out.precision = p.precision;
      out.anchor = "previous";
      return out;
    }
  }
  if (!d.holiday.empty() && d.year) {
    out.point = day_point(holiday_in(d.holiday, *d.year));
    out.precision = Precision::day;
    return out;
  }
  // Absolute, with a year.
  if (d.year && !d.needs_year) {
    Point p;
    p.year = *d.year;
    if (d.day && d.month) {
      const year_month_day ymd = date::year{*d.year} / date::month{static_cast<unsigned>(*d.month)} /
                                 date::day{static_cast<unsigned>(*d.day)};
      if (!ymd.ok()) {
        out.invalid = true;
        return out;
      }
      p = day_point(ymd);
      if (d.alternative_day_first) {
        const year_month_day alt = date::year{*d.year} / date::month{static_cast<unsigned>(*d.day)} /
                                   date::day{static_cast<unsigned>(*d.month)};
        if (alt.ok()) {
          out.ambiguous = true;
          out.alternative = day_point(alt);
        }
      }
    } else if (d.month && d.nth_weekday) {
      const auto day = nth_weekday_of(*d.year, *d.month, *d.nth_weekday);
      if (!day) {
        out.invalid = true;
        return out;
      }
      p = day_point(*day);
    } else if (d.month) {
      p.precision = Precision::month;
      p.month = *d.month;
    } else if (d.quarter) {
      p.precision = Precision::quarter;
      p.quarter = *d.quarter;
    } else if (d.half) {
      p.precision = Precision::half;
      p.half = *d.half;
    } else if (!d.season.empty()) {
      p.precision = Precision::season;
      p.season = d.season;
    } else {
      p.precision = Precision::year;
    }
    out.point = p;
    out.precision = p.precision;
    return out;
  }
  if (d.century) {
    Point p;
    p.precision = Precision::century;
    p.year = *d.century * 100;
    out.point = p;
    out.precision = p.precision;
    return out;
  }
  if (d.decade) {
    Point p;
    p.precision = Precision::decade;
    p.decade = *d.decade;
    p.year = *d.decade * 10;
    out.point = p;
    out.precision = p.precision;
    return out;
  }

  // "on the 14th": that day of the month named last (of the DCT's month when none was named: the
  // last such day in a past sentence, the next in a future one, else the DCT's month).
  if (d.day_of_month_named) {
    out.precision = Precision::day;
    std::optional<year_month_day> month;
    if (a.previous && a.previous->precision >= Precision::month && a.previous->precision != Precision::week) {
      month = to_ymd(truncate(*a.previous, Precision::month));
      out.anchor = "previous";
    } else if (a.dct) {
      const int dct_day = static_cast<int>(static_cast<unsigned>(a.dct->day()));
      int moved = 0;
      if (a.tense == "past" && *d.day > dct_day) moved = -1;
      if (a.tense == "future" && *d.day < dct_day) moved = 1;
      month = year_month_day{a.dct->year() / a.dct->month() / 1} + date::months{moved};
      out.anchor = "dct";
    }
    if (!month) return out;  // no month to put it in: XXXX-XX-XX
    const year_month_day ymd = month->year() / month->month() / date::day{static_cast<unsigned>(*d.day)};
    if (!ymd.ok()) {
      out.invalid = true;
      return out;
    }
    out.point = day_point(ymd);
    return out;
  }
  // Relative: what precision it will have, even when no anchor can place it.
  if (!d.holiday.empty()) out.precision = Precision::day;
  else if (d.weekend) out.precision = Precision::week;
  else if (d.weekday) out.precision = Precision::day;
  else if (d.last_completed_quarter) out.precision = Precision::quarter;
  else if (!d.shift_unit.empty())
    out.precision = d.from_previous && a.previous && a.previous->precision > unit_precision(d.shift_unit)
                        ? a.previous->precision
                        : unit_precision(d.shift_unit);
  else if (d.day && d.month) out.precision = Precision::day;
  else if (d.month) out.precision = Precision::month;
  else if (d.quarter) out.precision = Precision::quarter;
  else if (d.half) out.precision = Precision::half;
  else if (!d.season.empty()) out.precision = Precision::season;
  else if (d.hour) out.precision = Precision::day;

  // "Profit rose in the third quarter from a year ago": after a reporting period (quarter or
  // half), "a year ago" is that period a year before, not the DCT's year.
  const bool period_comparison = !d.from_previous && !d.shift_unit_only && d.shift_unit == "Y" && d.shift == -1 &&
                                 a.previous && (a.previous->precision == Precision::quarter || a.previous->precision == Precision::half);
  // "Net was $5 million last year … the year-earlier results": after an expression that is already
  // the year before the report ("last year", "a year ago"), "a year earlier" is that same
  // comparison period, not the year before it.
  if (d.from_previous && a.previous && a.previous_year_back && d.shift_unit == "Y" && d.shift == -1) {
    out.point = *a.previous;
    out.precision = a.previous->precision;
    out.anchor = "previous";
    return out;
  }
  // "the previous Friday", "the following Monday": the weekday before (after) the day named last.
  if (d.from_previous && d.weekday) {
    if (a.previous_day && a.previous_day->precision >= Precision::day) {
      out.point = day_point(place_weekday(to_ymd(*a.previous_day), *d.weekday, d.direction, true));
      out.anchor = "previous";
      return out;
    }
    // With no day named before, the weekday before (after) the report, as "last Friday".
  } else if ((d.from_previous || period_comparison) && a.previous) {
    Point base = *a.previous;
    // "nine days later", "the following day": counted from the last day the text named, even when
    // a coarser expression came in between ("hacked on March 3, 2019, its worst breach of 2019;
    // nine days later …" is March 12).
    // (Not past a month the story has moved on to: "found the flaw in October 2023 … When the
    // paper reported on the thefts in early December, … opened an investigation that week", an
    // article dated June 2025 above, is a week of December 2023, not of the dateline's June.)
    if (d.from_previous && (d.shift_unit == "D" || d.shift_unit == "W") && base.precision < Precision::day &&
        a.previous_day &&
        (!a.previous_of_story || (a.previous_day->year == base.year && a.previous_day->month == base.month)))
      base = *a.previous_day;
    // "In 2019 … two days later": days after a year or a month name no day; the text only says
    // it was still about then.
    if (d.from_previous && !d.unit_precision && (d.shift_unit == "D" || d.shift_unit == "W") &&
        base.precision < Precision::week) {
      out.point = base;
      out.precision = base.precision;
      out.anchor = "previous";
      return out;
    }
    // "the year-ago quarter" after "the quarter ended Sept. 30": the quarter under discussion.
    if (d.as_quarter && base.precision > Precision::quarter)
      base = a.previous_period && a.previous_period->precision == Precision::quarter
                 ? *a.previous_period
                 : truncate(base, Precision::quarter);
    const Precision unit = unit_precision(d.shift_unit);
    Point moved = shift(base, d.shift_unit, d.shift);
    if (unit > base.precision || (d.unit_precision && unit < base.precision)) moved = truncate(moved, unit);
    out.point = moved;
    out.precision = moved.precision;
    out.anchor = "previous";
    return out;
  }
  if (d.needs_previous) {
    out.invalid = true;  // "that year" with nothing before it: not a temporal expression here
    return out;
  }
  // A clock time without a date is on the day being talked about, when one was named just before.
  // Not a day still ahead of the report for a time told in the past ("cancel hearings on
  // Wednesday. Staff arriving shortly before 7:30 a.m. found …" is the publication day).
  const bool ahead_of_past = a.dct && a.previous && a.tense == "past" && a.previous->precision == Precision::day &&
                             date::sys_days{to_ymd(*a.previous)} > date::sys_days{*a.dct};
  if (d.hour && !d.month && !d.weekday && d.shift_unit.empty() && d.holiday.empty() && a.previous &&
      a.previous->precision == Precision::day && a.sentences_since_previous <= k_clock_day_reach && !ahead_of_past) {
    out.point = *a.previous;
    out.anchor = "previous";
    return out;
  }
  out.anchor = "dct";
  if (!a.dct) return out;  // relative to a publication date that is not known: placeholders
  const year_month_day dct = *a.dct;
  const Point today = day_point(dct);
  const int tense_dir = direction_from_tense(a.tense);

  if (d.dct_year_offset && (d.quarter || d.half || d.last_completed_quarter)) {  // "next year's first quarter"
    Point p;
    if (d.last_completed_quarter) {
      p = shift(shift(truncate(today, Precision::quarter), "Q", -1), "Y", *d.dct_year_offset);
    } else {
      p.precision = d.quarter ? Precision::quarter : Precision::half;
      p.quarter = d.quarter.value_or(0);
      p.half = d.half.value_or(0);
      p.year = static_cast<int>(dct.year()) + *d.dct_year_offset;
    }
    out.point = p;
    out.precision = p.precision;
    return out;
  }
  if (d.dct_year_offset && d.month) {
    Point p;
    p.year = static_cast<int>(dct.year()) + *d.dct_year_offset;
    p.month = *d.month;
    p.precision = Precision::month;
    if (d.day) {
      const year_month_day ymd = date::year{p.year} / date::month{static_cast<unsigned>(*d.month)} /
                                 date::day{static_cast<unsigned>(*d.day)};
      if (!ymd.ok()) {
        out.invalid = true;
        return out;
      }
      p = day_point(ymd);
    }
    out.point = p;
    out.precision = p.precision;
    return out;
  }
  if (d.dct_week_offset && d.weekday) {
    // The weekday of the ISO week (Monday first) of the DCT, moved by the offset.
    const date::sys_days t{dct};
    const auto monday = t - (date::weekday{t} - date::Monday) + date::days{7 * *d.dct_week_offset};
    out.point = day_point(year_month_day{monday + date::days{*d.weekday - 1}});
    out.precision = Precision::day;
    return out;
  }
  if (!d.holiday.empty() && d.dct_year_offset) {  // "Christmas last year"
    out.point = day_point(holiday_in(d.holiday, static_cast<int>(dct.year()) + *d.dct_year_offset));
    out.precision = Precision::day;
    return out;
  }
  if (!d.holiday.empty()) {
    // Like a month and day without a year: the tense's side, else the nearest occurrence.
    const date::sys_days t{dct};
    std::optional<year_month_day> best;
    const int y = static_cast<int>(dct.year());
    const bool decided = !a.tense.empty();
    long best_gap = LONG_MAX;
    for (int candidate = y - 1; candidate <= y + 1; ++candidate) {
      const year_month_day day = holiday_in(d.holiday, candidate);
      const long gap = (date::sys_days{day} - t).count();
      if (decided && a.tense == "future" && gap < 0) continue;
      if (decided && a.tense == "past" && gap > 0) continue;
      if (!best || std::labs(gap) < best_gap) {
        best = day;
        best_gap = std::labs(gap);
      }
    }
    out.point = day_point(*best);
    return out;
  }
  if (d.weekend) {
    // The weekend of a week: "this" = the DCT's week; "last" = the week before; "the weekend"
    // = the one just past (the DCT's own on a Saturday or Sunday), or the coming one in a
    // future sentence.
    const unsigned wd = date::weekday{date::sys_days{dct}}.iso_encoding();
    int weeks = 0;
    if (d.direction == -1) weeks = -1;
    else if (d.direction == 1) weeks = 1;
    else if (d.direction == 0) weeks = (tense_dir < 0 && wd < 6) ? -1 : 0;
    out.point = truncate(shift(today, "W", weeks), Precision::week);
    return out;
  }
  // "on the Monday morning", after the story named Sunday 2 March: the first Monday on or after
  // the day named last (in the past perfect, "had been restored on the Monday", the last one on
  // or before it), when that day is behind the report (else as a bare weekday).
  if (d.weekday && d.of_story && a.story_day && a.story_day->precision >= Precision::day) {
    const year_month_day day = place_weekday(to_ymd(*a.story_day), *d.weekday, d.story_before ? -1 : 1, false);
    if (date::sys_days{day} < date::sys_days{dct}) {
      out.point = day_point(day);
      out.anchor = "previous";
      return out;
    }
  }
  if (d.weekday) {
    const bool strict = d.direction != 0;
    const int dir = d.direction != 0 ? d.direction : tense_dir;
    out.point = day_point(place_weekday(dct, *d.weekday, dir, strict));
    if (d.direction == 0 && a.tense.empty()) {
      const Point other = day_point(place_weekday(dct, *d.weekday, -dir, false));
      if (value_of(other) != value_of(*out.point)) {
        out.ambiguous = true;
        out.alternative = other;
      }
    }
    return out;
  }
  if (d.last_completed_quarter) {
    Point q = truncate(today, Precision::quarter);
    out.point = shift(q, "Q", -1);
    return out;
  }
  if (!d.shift_unit.empty()) {
    // Hours and minutes move within the publication day: the day itself.
    const bool clock_unit = d.shift_unit == "H" || d.shift_unit == "MIN" || d.shift_unit == "S";
    const year_month_day exact = to_ymd(shift(today, clock_unit ? "D" : d.shift_unit, clock_unit ? 0 : d.shift));
    out.exact = exact;
    out.point = truncate(day_point(exact), out.precision);
    return out;
  }
  if (d.needs_year) {
    if (d.quarter || d.half) {
      Point p;
      p.precision = d.quarter ? Precision::quarter : Precision::half;
      p.quarter = d.quarter.value_or(0);
      p.half = d.half.value_or(0);
      p.year = place_year_of_period(dct, d.quarter ? 3 * *d.quarter - 2 : 6 * *d.half - 5);
      out.point = p;
      return out;
    }
    if (!d.season.empty()) {
      Point p;
      p.precision = Precision::season;
      p.season = d.season;
      const int y = static_cast<int>(dct.year());
      if (d.direction == 2) p.year = y;
      else if (d.direction == 3) {  // "this past spring": the last one that has begun
        p.year = y;
        if (date::sys_days{interval_of(p).first} > date::sys_days{dct}) p.year = y - 1;
      } else if (d.direction == -1)
        p.year = y - 1;
      else if (d.direction == 1) p.year = y + 1;
      else {
        p.year = y;
        const auto range = interval_of(p);
        if (tense_dir < 0 && date::sys_days{range.first} > date::sys_days{dct}) p.year = y - 1;
        if (tense_dir > 0 && date::sys_days{range.second} < date::sys_days{dct}) p.year = y + 1;
      }
      out.point = p;
      return out;
    }
    if (d.month) {
      const bool strict = d.direction != 0;
      const int dir = d.direction != 0 ? d.direction : tense_dir;
      auto year = d.direction == 2 ? std::optional<int>{static_cast<int>(dct.year())}
                                   : place_year_of_month(dct, *d.month, d.day, dir, strict);
      // A future verb anywhere in the sentence decides; a past one only nearby (a report "said"
      // at the start of a long sentence says little about a date at its end).
      if (d.direction == 0 && a.tense.empty()) year = nearest_year(dct, *d.month, d.day);
      // A deadline just passed is still the one meant ("by Jan. 14", published Jan. 15).
      if (d.direction == 0 && a.deadline && d.day) {
        const int past_year = *place_year_of_month(dct, *d.month, d.day, -1, false);
        const year_month_day past = date::year{past_year} / date::month{static_cast<unsigned>(*d.month)} /
                                    date::day{static_cast<unsigned>(*d.day)};
        if (past.ok() && (date::sys_days{dct} - date::sys_days{past}).count() <= k_recent_deadline_days) year = past_year;
      }
      // A date just ahead of the DCT is the coming one ("the offer had been set to expire Nov. 6",
      // published Nov. 2), unless a past verb stands right beside it ("said Nov. 6") or a past verb
      // of the event itself leads to it ("found it on 3 June", published 1 June: last June).
      if (d.direction == 0 && a.tense == "past" && a.tense_distance > k_adjacent && !a.event_past) {
        const int y = static_cast<int>(dct.year());
        for (int candidate : {y, y + 1}) {
          const year_month_day first = date::year{candidate} / date::month{static_cast<unsigned>(*d.month)} /
                                       date::day{static_cast<unsigned>(d.day.value_or(1))};
          const auto ahead = (date::sys_days{first} - date::sys_days{dct}).count();
          if (first.ok() && ahead > 0 && ahead <= k_near_future_days) year = candidate;
        }
      }
      // A date just behind the DCT is the past one when the future verb stands far from it ("- 14
      // March: the gang claims the attack; the authority says it will not pay", published 5 April).
      if (d.direction == 0 && a.tense == "future" && a.tense_distance > k_far_tense && d.day) {
        const int past_year = *place_year_of_month(dct, *d.month, d.day, -1, false);
        const year_month_day past = date::year{past_year} / date::month{static_cast<unsigned>(*d.month)} /
                                    date::day{static_cast<unsigned>(*d.day)};
        if (past.ok() && (date::sys_days{dct} - date::sys_days{past}).count() <= k_near_future_days) year = past_year;
      }
      // "Friday, January 10" names its year by its weekday: the year next to the one placed
      // in which that day is that weekday (2025, not 2024, for a Friday).
      if (d.stated_weekday && d.day) year = year_of_weekday(*year, *d.month, *d.day, *d.stated_weekday);
      Point p;
      p.year = *year;
      p.month = *d.month;
      if (d.day) {
        const year_month_day ymd = date::year{*year} / date::month{static_cast<unsigned>(*d.month)} /
                                   date::day{static_cast<unsigned>(*d.day)};
        if (!ymd.ok()) {
          out.invalid = true;
          return out;
        }
        p = day_point(ymd);
      } else if (d.nth_weekday) {
        const auto day = nth_weekday_of(*year, *d.month, *d.nth_weekday);
        if (!day) {
          out.invalid = true;
          return out;
        }
        p = day_point(*day);
      } else {
        p.precision = Precision::month;
      }
      out.point = p;
      if (d.direction == 0 && a.tense.empty()) {
        const auto other_year = place_year_of_month(dct, *d.month, d.day, -dir, false);
        if (*other_year != *year) {
          Point o = p;
          o.year = *other_year;
          out.ambiguous = true;
          out.alternative = o;
        }
      }
      return out;
    }
  }
  if (d.hour || !d.part.empty()) {  // a clock time or a part of the publication day
    out.point = today;
    return out;
  }
  return out;
}

// "the quarter ended Sept. 30": the text does not number the quarter (a fiscal one may not be a
// calendar quarter), so the value is YYYY-QX, the year of its last day; the interval is the three
// months up to that day. A day without a year is placed as a past date ("ended") or the nearest.
void quarter_ending(const Draft& d, const Anchors& a, Resolved& r) {
  r.type = Type::date;
  r.precision = Precision::quarter;
  std::optional<int> year = d.year;
  if (!year && a.dct) {
    r.anchor = "dct";
    year = d.direction < 0 ? place_year_of_month(*a.dct, *d.month, d.day, -1, false) : nearest_year(*a.dct, *d.month, d.day);
  }
  if (!year) {
    r.value = "XXXX-QX";
    return;
  }
  r.value = fmt::format("{}-QX", *year);
  const year_month_day last = date::year{*year} / date::month{static_cast<unsigned>(*d.month)} /
                              date::day{static_cast<unsigned>(d.day.value_or(1))};
  if (last.ok()) {
    r.latest = iso(last);
    const date::year_month_day_last month_end{last.year(), date::month_day_last{last.month()}};
    if (last == year_month_day{month_end}) {  // Sept. 30: July, August and September
      r.earliest = iso(year_month_day{last.year() / last.month() / 1} - date::months{2});
    } else {  // Aug. 26: from May 27
      year_month_day back = last - date::months{3};
      if (!back.ok()) back = year_month_day{date::year_month_day_last{back.year(), date::month_day_last{back.month()}}};
      r.earliest = iso(year_month_day{date::sys_days{back} + date::days{1}});
    }
  }
}

}  // namespace

std::optional<Resolved> resolve(const Draft& d, const Anchors& a) {
  Resolved r;
  if (d.quarter_ending && d.month) {
    quarter_ending(d, a, r);
    return r;
  }
  r.type = d.type;
  r.mod = d.mod;
  if (!d.fixed.empty()) {
    r.value = d.fixed;
    return r;
  }
  if (!d.ref.empty()) {
    r.value = d.ref;
    r.anchor = "dct";
    if (a.dct) {
      const std::string day = iso(*a.dct);
      if (d.ref != "FUTURE_REF") r.latest = day;
      if (d.ref != "PAST_REF") r.earliest = day;
    }
    return r;
  }
  // "discovered it on Nov. 22 and reported it two days later", the year unknown: Nov. 24 of that
  // year (unknown still when the days cross into another year).
  if (d.from_previous && !a.previous && a.previous_month_day && d.shift != 0 &&
      (d.shift_unit == "D" || d.shift_unit == "W")) {
    const auto [month, day] = *a.previous_month_day;
    const int year = month == 2 && day == 29 ? 2000 : 2001;  // any year that has the day
    const year_month_day base = date::year{year} / date::month{month} / date::day{day};
    const year_month_day moved{date::sys_days{base} + date::days{d.shift * (d.shift_unit == "W" ? 7 : 1)}};
    r.precision = Precision::day;
    r.anchor = "previous";
    r.value = moved.year() == base.year() ? fmt::format("XXXX-{:02d}-{:02d}", static_cast<unsigned>(moved.month()),
                                                        static_cast<unsigned>(moved.day()))
                                          : "XXXX-XX-XX";
    return r;
  }
  Placed placed = place(d, a);
  if (placed.invalid) return std::nullopt;
  if (d.weekend && !d.holiday.empty() && placed.point && placed.point->precision == Precision::day) {
    // A holiday's weekend: the one before a Monday holiday, the one it falls in, else the next.
    const date::sys_days day{to_ymd(*placed.point)};
    const unsigned wd = date::weekday{day}.iso_encoding();
    const int to_saturday = wd == 1 ? -2 : wd == 7 ? -1 : 6 - static_cast<int>(wd);
    placed.point = truncate(day_point(year_month_day{day + date::days{to_saturday}}), Precision::week);
    placed.precision = Precision::week;
    placed.alternative.reset();
    placed.exact.reset();
  }
  if (d.then_weekday != 0 && placed.point && placed.point->precision == Precision::day) {
    // "the Tuesday after <date>": step a day at a time to the first such weekday.
    Point p = *placed.point;
    do {
      p = shift(p, "D", d.then_shift);
    } while (!weekday_fits(p.year, p.month, p.day, d.then_weekday));
    placed.point = p;
    placed.alternative.reset();
    placed.exact.reset();
  } else if (d.then_weekday != 0) {
    placed.point.reset();  // a weekday next to a day the text does not place
    placed.precision = Precision::day;
  } else if (d.then_shift != 0 && placed.point) {  // "the day before <date>"
    placed.point = shift(*placed.point, d.then_unit, d.then_shift);
    placed.alternative.reset();
    placed.exact.reset();
  }
  if (d.week_of) {  // "the week of March 6"
    if (placed.point) placed.point = truncate(*placed.point, Precision::week);
    placed.precision = Precision::week;
    placed.ambiguous = false;
    placed.alternative.reset();
  }
  r.precision = placed.precision;
  r.anchor = placed.anchor;
  r.ambiguous = placed.ambiguous;
  const std::string suffix = time_suffix(d);
  // TIMEX3: a value with a time of day (a clock time or a part of the day) is a TIME.
  r.type = suffix.empty() ? (r.type == Type::time ? Type::date : r.type) : Type::time;
  if (!placed.point) {
    r.value = placeholder(placed.precision, d) + suffix;
    return r;
  }
  const Point& p = *placed.point;
  r.point = p;
  r.value = value_of(p) + (p.precision == Precision::day ? suffix : std::string()) + (d.weekend ? "-WE" : "");
  if (d.weekend) {
    const auto week = interval_of(p);
    r.earliest = iso(year_month_day{date::sys_days{week.second} - date::days{1}});
    r.latest = iso(week.second);
    return r;
  }
  if (!suffix.empty()) r.precision = d.hour ? Precision::minute : Precision::part_of_day;
  if (placed.alternative) r.alternatives.push_back(value_of(*placed.alternative) + suffix);
  auto range = d.fiscal && d.year ? fiscal_interval(*d.year, a.fiscal_year_start_month) : interval_of(p);
  if (d.fiscal_end_month && d.year) {
    // The twelve months up to the end of the named month.
    const year_month_day end{date::year{*d.year} / date::month{static_cast<unsigned>(*d.fiscal_end_month)} / date::last};
    const year_month_day start = year_month_day{date::year{*d.year} / date::month{static_cast<unsigned>(*d.fiscal_end_month)} / 1} -
                                 date::months{11};
    range = {start, end};
    // Named like "fiscal YYYY" under the same convention (see fiscal_interval).
    const int start_month = *d.fiscal_end_month % 12 + 1;
    r.value = std::to_string(start_month == 1 ? *d.year : start_month <= 6 ? *d.year - 1 : *d.year);
  }
  if (d.mod == "START" || d.mod == "MID" || d.mod == "END") range = narrow(range, d.mod);
  r.earliest = iso(range.first);
  r.latest = iso(range.second);
  if (!d.point_mod.empty() && placed.exact) {
    // "more than six months ago": open towards the past, ending at the exact day.
    if (d.point_mod == "BEFORE") {
      r.earliest.clear();
      r.latest = iso(*placed.exact);
    } else {
      r.earliest = iso(*placed.exact);
      r.latest.clear();
    }
  }
  return r;
}

}  // namespace timeline::timex
