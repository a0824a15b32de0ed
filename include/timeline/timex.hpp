#pragma once
/// Temporal expressions: found in text, normalised to TIMEX3 values and intervals against the
/// publication date (the DCT), with their precision, modifiers and anchor.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::timex {

enum class Type { date, time, duration, set };
const char* to_string(Type t);

/// How fine a value is: the unit of its last known field.
enum class Precision { none, century, decade, year, half, quarter, season, month, week, day, part_of_day, hour, minute };
const char* to_string(Precision p);

/// One temporal expression.
struct Timex {
  ByteSpan span;                 ///< bytes into the tagged text
  std::string text;
  Type type = Type::date;
  std::string value;             ///< TIMEX3: 2024-03-14, 2020-Q1, P6M, PRESENT_REF, XXXX-XX-XX …
  std::string mod;               ///< TIMEX3 mod: START, MID, END, APPROX, BEFORE, MORE_THAN … ("" for none)
  std::string earliest, latest;  ///< interval of days it may denote (YYYY-MM-DD; "" when open or unknown)
  Precision precision = Precision::none;
  std::string anchor;            ///< "dct", "previous" (an earlier expression), "" for absolute values
  std::string rule;              ///< the rule that matched (for messages and --explain)
  bool ambiguous = false;        ///< another reading exists (see alternatives)
  /// Its year counts from the DCT by a stated offset ("July last year", "Friday last week"):
  /// without a DCT the year is unknown, and no other article's year for the month fits it.
  bool dct_offset = false;
  std::vector<std::string> alternatives;
  /// When this expression is one end of a range ("between October 2017 and April 2020",
  /// "from 2011 to 2016", "2007-2019", "June–September"): the whole range's days, and the
  /// index (in the tagger's output) of the other end.
  struct Range {
    std::string earliest, latest;
    std::size_t other = 0;
  };
  std::optional<Range> range;
};

/// The reference the relative expressions are resolved against.
struct Context {
  std::optional<LocalDateTime> dct;  ///< publication date; none: relative values stay X-placeholders
  int fiscal_year_start_month = 1;   ///< 1 = calendar-aligned fiscal years (the default)
  const Lexicon* lexicon = nullptr;  ///< nullptr: built-in data
};

/// Tags `text` (one document). Sentences are found inside (for tense); offsets are into `text`.
Result<std::vector<Timex>> tag(std::string_view text, const Context& context);

}  // namespace timeline::timex
