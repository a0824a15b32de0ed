#include "claims/dates.hpp"
#include "timeline/claims.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include "util/strings.hpp"

namespace timeline::dates {

std::string iso_day(int year, int month, int day) { return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day); }

std::optional<long> to_days(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!util::is_ascii_digit(s[i])) return std::nullopt;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const unsigned m = static_cast<unsigned>((s[5] - '0') * 10 + (s[6] - '0'));
  const unsigned d = static_cast<unsigned>((s[8] - '0') * 10 + (s[9] - '0'));
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<long>(date::sys_days{ymd}.time_since_epoch().count());
}

std::string from_days(long days) {
  const date::year_month_day ymd{date::sys_days{date::days{days}}};
  return iso_day(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
}

long days_between(std::string_view a, std::string_view b) {
  const auto x = to_days(a), y = to_days(b);
  return x && y ? *y - *x : 0;
}

std::string add_days(std::string_view day, long n) {
  const auto d = to_days(day);
  return d ? from_days(*d + n) : std::string();
}

}  // namespace timeline::dates

namespace timeline::claims {

bool is_partial_date(std::string_view v) {
  if (v.size() != 7 && v.size() != 10) return false;
  if (v.substr(0, 5) != "XXXX-" || !util::is_ascii_digit(v[5]) || !util::is_ascii_digit(v[6])) return false;
  return v.size() == 7 || (v[7] == '-' && util::is_ascii_digit(v[8]) && util::is_ascii_digit(v[9]));
}

bool unresolved_relative(const timex::Timex& t) {
  if (t.anchor != "dct" || t.value.empty() || t.value[0] != 'X') return false;
  if (t.dct_offset) return true;  // "in July last year": no other article's July fits it
  // A bare clock time ("03:18", often a video's length) says nothing of the day; one on a
  // weekday ("at about 2:40 a.m. on Sunday", XXXX-WXX-7T02:40) names it.
  if (t.type == timex::Type::time) return t.value.rfind("XXXX-WXX-", 0) == 0;
  return t.type == timex::Type::date && !is_partial_date(t.value);
}

}  // namespace timeline::claims
