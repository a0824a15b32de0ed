#pragma once
// Readers for the pieces rules are made of: a month name, a day of month, a year, a count,
// a unit. Each returns the value and the number of tokens it used, or nothing.
#include <optional>
#include <string>

#include "timex/rules.hpp"

namespace timeline::timex {

struct Piece {
  int value = 0;
  std::size_t length = 0;
};

/// "June", "Jan.", "Sept." (capitalised; "May" and "March" only where a date is plausible).
std::optional<Piece> month_at(const Cursor& c, std::size_t k);
/// "28", "28th", "1st" (1-31).
std::optional<Piece> day_at(const Cursor& c, std::size_t k);
/// A four-digit year 1000-2999 ("2019").
std::optional<Piece> year_at(const Cursor& c, std::size_t k);
/// A year in digits or in words, where a calendar form expects one ("October nineteen eighty-six").
std::optional<Piece> any_year_at(const Cursor& c, std::size_t k);
/// A year said in words, as broadcast transcripts write them: "nineteen ninety-six",
/// "two thousand one" (a bare "two thousand" is a number, not a year).
std::optional<Piece> spelled_year_at(const Cursor& c, std::size_t k);
/// A count: "six", "6", "twenty-five", "a", "several" (value -1 = unspecified).
std::optional<Piece> count_at(const Cursor& c, std::size_t k);
/// A unit word: "years" → "Y"; `plural` tells whether the word was plural.
struct UnitPiece {
  std::string unit;
  bool plural = false;
  std::size_t length = 0;
  int multiple = 1;  ///< units that are several of another ("fortnight" = 2 weeks)
};
std::optional<UnitPiece> unit_at(const Cursor& c, std::size_t k);
/// An ordinal 1-4 for quarters and halves: "first", "1st", "third".
std::optional<Piece> ordinal_at(const Cursor& c, std::size_t k);
/// A day of the month spelled as an ordinal word: "third", "eleventh", "twenty-first" (1–31).
std::optional<Piece> spelled_day_at(const Cursor& c, std::size_t k);
/// A weekday name (full, capitalised).
std::optional<Piece> weekday_at(const Cursor& c, std::size_t k);

}  // namespace timeline::timex
