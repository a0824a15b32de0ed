#pragma once
// Day strings (YYYY-MM-DD) as the claim and correlation stages use them: comparable as text,
// converted to days only for arithmetic.
#include <optional>
#include <string>
#include <string_view>

#include "timeline/timex.hpp"

namespace timeline::dates {

std::string iso_day(int year, int month, int day);
/// Days since 1970-01-01, or nothing for a malformed or impossible date.
std::optional<long> to_days(std::string_view day);
std::string from_days(long days);
/// b - a in days (0 when either is malformed).
long days_between(std::string_view a, std::string_view b);
/// The day moved by n days ("" when malformed).
std::string add_days(std::string_view day, long n);

}  // namespace timeline::dates

namespace timeline::claims {

/// An expression counted from a publication date the text does not have ("last year", "on
/// Monday", "two weeks ago" in an undated article): its value is a placeholder (XXXX, XXXX-WXX-1)
/// that is not a month or day of an unknown year.
bool unresolved_relative(const timex::Timex& t);

}  // namespace timeline::claims
