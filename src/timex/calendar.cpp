#include "timex/calendar.hpp"

#include <date/iso_week.h>

namespace timeline::timex {

using date::year_month_day;

namespace {
// Zero-padded decimal digits, without fmt: values are formatted for every expression found.
void put(std::string& out, int value, int width) {
  char buf[12];
  int n = 0;
  unsigned v = value < 0 ? static_cast<unsigned>(-value) : static_cast<unsigned>(value);
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0 && n < 11);
  if (value < 0) out.push_back('-');
  for (int k = n; k < width; ++k) out.push_back('0');
  while (n > 0) out.push_back(buf[--n]);
}
}  // namespace

bool weekday_fits(int year, int month, int day, int wd) {
  const date::year_month_day ymd =
      date::year{year} / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)};
  return ymd.ok() && date::weekday{date::sys_days{ymd}} == date::weekday{static_cast<unsigned>(wd % 7)};
}

int year_of_weekday(int year, int month, int day, int wd) {
  if (weekday_fits(year, month, day, wd)) return year;
  for (const int y : {year + 1, year - 1})
    if (weekday_fits(y, month, day, wd)) return y;
  return year;
}

date::year_month_day to_ymd(const Point& p) {
  switch (p.precision) {
    case Precision::quarter: return date::year{p.year} / date::month{static_cast<unsigned>(3 * p.quarter - 2)} / 1;
    case Precision::half: return date::year{p.year} / date::month{static_cast<unsigned>(6 * p.half - 5)} / 1;
    case Precision::decade: return date::year{p.decade * 10} / 1 / 1;
    case Precision::century: return date::year{p.year} / 1 / 1;
    default: return date::year{p.year} / date::month{static_cast<unsigned>(p.month)} / date::day{static_cast<unsigned>(p.day)};
  }
}

Point day_point(const year_month_day& ymd) {
  Point p;
  p.precision = Precision::day;
  p.year = static_cast<int>(ymd.year());
  p.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  p.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return p;
}

Point truncate(const Point& p, Precision precision) {
  Point out = p;
  out.precision = precision;
  switch (precision) {
    case Precision::quarter:
      if (p.precision != Precision::quarter) out.quarter = (p.month - 1) / 3 + 1;
      break;
    case Precision::half:
      if (p.precision != Precision::half) out.half = (p.month - 1) / 6 + 1;
      break;
    case Precision::decade: out.decade = p.year / 10; break;
    case Precision::week: {
      // ISO week: keep the day; value_of writes the week.
      break;
    }
    default: break;
  }
  return out;
}

Precision unit_precision(const std::string& unit) {
  if (unit == "Y") return Precision::year;
  if (unit == "Q") return Precision::quarter;
  if (unit == "M") return Precision::month;
  if (unit == "W") return Precision::week;
  if (unit == "DE") return Precision::decade;
  if (unit == "CE") return Precision::century;
  return Precision::day;
}

Point shift(const Point& p, const std::string& unit, int n) {
  if (p.precision == Precision::decade && (unit == "DE" || unit == "Y")) {
    Point out = p;
    out.decade += unit == "DE" ? n : n / 10;
    return out;
  }
  if (p.precision == Precision::quarter && (unit == "Q" || unit == "Y")) {
    Point out = p;
    int index = p.year * 4 + (p.quarter - 1) + (unit == "Q" ? n : 4 * n);
    out.year = index / 4;
    out.quarter = index % 4 + 1;
    return out;
  }
  if (p.precision == Precision::half && unit == "Y") {
    Point out = p;
    out.year += n;
    return out;
  }
  if (p.precision == Precision::season && unit == "Y") {
    Point out = p;
    out.year += n;
    return out;
  }
  const year_month_day start = to_ymd(p);
  year_month_day moved = start;
  if (unit == "Y") moved = start + date::years{n};
  else if (unit == "DE") moved = start + date::years{10 * n};
  else if (unit == "CE") moved = start + date::years{100 * n};
  else if (unit == "Q") moved = start + date::months{3 * n};
  else if (unit == "M") moved = start + date::months{n};
  else if (unit == "W") moved = year_month_day{date::sys_days{start} + date::days{7 * n}};
  else if (unit == "D") moved = year_month_day{date::sys_days{start} + date::days{n}};
  if (!moved.ok()) moved = moved.year() / moved.month() / date::last;  // Jan 31 + 1 month
  Point out = day_point(moved);
  out.precision = p.precision;
  if (p.precision == Precision::quarter) out.quarter = (out.month - 1) / 3 + 1;
  if (p.precision == Precision::half) out.half = (out.month - 1) / 6 + 1;
  if (p.precision == Precision::decade) out.decade = out.year / 10;
  out.season = p.season;
  return out;
}

std::string value_of(const Point& p) {
  std::string out;
  out.reserve(12);
  switch (p.precision) {
    case Precision::century: put(out, p.year / 100, 2); break;
    case Precision::decade: put(out, p.decade, 3); break;
    case Precision::year: put(out, p.year, 4); break;
    case Precision::half:
      put(out, p.year, 4);
      out += "-H";
      put(out, p.half, 1);
      break;
    case Precision::quarter:
      put(out, p.year, 4);
      out += "-Q";
      put(out, p.quarter, 1);
      break;
    case Precision::season:
      put(out, p.year, 4);
      out += '-';
      out += p.season;
      break;
    case Precision::month:
      put(out, p.year, 4);
      out += '-';
      put(out, p.month, 2);
      break;
    case Precision::week: {
      const iso_week::year_weeknum_weekday w{date::sys_days{to_ymd(p)}};
      put(out, static_cast<int>(w.year()), 4);
      out += "-W";
      put(out, static_cast<int>(static_cast<unsigned>(w.weeknum())), 2);
      break;
    }
    default:
      put(out, p.year, 4);
      out += '-';
      put(out, p.month, 2);
      out += '-';
      put(out, p.day, 2);
      break;
  }
  return out;
}

std::pair<year_month_day, year_month_day> interval_of(const Point& p) {
  const auto y = date::year{p.year};
  switch (p.precision) {
    case Precision::century: return {date::year{p.year / 100 * 100} / 1 / 1, date::year{p.year / 100 * 100 + 99} / 12 / 31};
    case Precision::decade: return {date::year{p.decade * 10} / 1 / 1, date::year{p.decade * 10 + 9} / 12 / 31};
    case Precision::year: return {y / 1 / 1, y / 12 / 31};
    case Precision::half:
      return {y / date::month{static_cast<unsigned>(6 * p.half - 5)} / 1,
              year_month_day{y / date::month{static_cast<unsigned>(6 * p.half)} / date::last}};
    case Precision::quarter:
      return {y / date::month{static_cast<unsigned>(3 * p.quarter - 2)} / 1,
              year_month_day{y / date::month{static_cast<unsigned>(3 * p.quarter)} / date::last}};
    case Precision::season: {
      // Meteorological seasons; winter Y runs from December of Y-1 to February of Y.
      if (p.season == "SP") return {y / 3 / 1, y / 5 / 31};
      if (p.season == "SU") return {y / 6 / 1, y / 8 / 31};
      if (p.season == "FA") return {y / 9 / 1, y / 11 / 30};
      return {date::year{p.year - 1} / 12 / 1, year_month_day{y / 2 / date::last}};
    }
    case Precision::month:
      return {y / date::month{static_cast<unsigned>(p.month)} / 1,
              year_month_day{y / date::month{static_cast<unsigned>(p.month)} / date::last}};
    case Precision::week: {
      const date::sys_days d{to_ymd(p)};
      const date::weekday wd{d};
      const auto monday = d - (wd - date::Monday);
      return {year_month_day{monday}, year_month_day{monday + date::days{6}}};
    }
    default: return {to_ymd(p), to_ymd(p)};
  }
}

std::string iso(const year_month_day& ymd) {
  std::string out;
  out.reserve(10);
  put(out, static_cast<int>(ymd.year()), 4);
  out += '-';
  put(out, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
  out += '-';
  put(out, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
  return out;
}

std::pair<year_month_day, year_month_day> narrow(std::pair<year_month_day, year_month_day> range, const std::string& mod) {
  const date::sys_days a{range.first}, b{range.second};
  const auto days = (b - a).count() + 1;
  if (days < 3) return range;
  const auto third = date::days{days / 3};
  if (mod == "START") return {range.first, year_month_day{a + third - date::days{1}}};
  if (mod == "MID") return {year_month_day{a + third}, year_month_day{b - third}};
  if (mod == "END") return {year_month_day{b - third + date::days{1}}, range.second};
  return range;
}

}  // namespace timeline::timex
