#pragma once
/// Figures: amounts in a sentence ("nearly 12,500 files", "¥45 billion ($330 million)",
/// "200MB", "12%"), their qualifier as an interval, their unit, what they count, and the
/// rate and period they refer to. A compatibility relation tells later stages whether two
/// figures state the same measure, and whether they agree.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "timeline/segment.hpp"
#include "timeline/text.hpp"
#include "timeline/timex.hpp"

namespace timeline::figures {

enum class Kind { count, money, size, percent };
const char* to_string(Kind k);

/// One amount in one unit.
struct Amount {
  double value = 0;       ///< as written, scale applied: "1.2 million" → 1200000; sizes in bytes
  double low = 0;         ///< the interval the qualifier allows ("more than 8,000" → [8000, +inf))
  double high = 0;        ///< +infinity when open above
  Text unit;              ///< ISO 4217 for money ("JPY"), "B" for sizes, "%" for percents, "" for counts
};

/// One figure.
struct Figure {
  ByteSpan span;                 ///< bytes into the tagged text, qualifier to counted noun
  Text text;                     ///< as written, whitespace runs (line breaks, tabs) collapsed to one space
  Kind kind = Kind::count;
  Text qualifier;                ///< the qualifier as written, lower-cased ("nearly", "more than"); "" for none
  Amount amount;
  std::optional<Amount> converted;  ///< the same amount in another currency ("50 billion yen ($412 million)")
  Text size_convention;          ///< sizes only: "decimal" (1 MB = 10^6 B, the default) or "binary" (MiB)
  Text counted;                  ///< what is counted, as written: "pieces of information", "files with defence-related information"
  Text counted_head;             ///< its normalised head from the lexicon: "file", "record", "person", "item" …; "" when none
  Text counted_class;            ///< the head's class for comparing ("data item" for files, records and pieces of information); "" when none
  Text rate;                     ///< "year", "month", "week", "day" for "a year", "annually", "per month"; "" for none
  Text period;                   ///< TIMEX3 value of the period it refers to ("2020", "FY2020"); "" for none
  std::optional<std::size_t> period_timex;  ///< index of that expression in the timexes given to tag()
};

/// What two figures are to each other.
enum class Relation {
  different_measure,  ///< not the same thing counted (unit, counted head, rate or period differ)
  agree,              ///< same measure, intervals overlap
  disagree            ///< same measure, intervals disjoint
};
const char* to_string(Relation r);

struct Context {
  const Lexicon* lexicon = nullptr;                     ///< nullptr: built-in data
  const std::vector<timex::Timex>* timexes = nullptr;   ///< the text's temporal expressions (offsets into the same text), for periods
  const std::vector<segment::Token>* tokens = nullptr;  ///< segment::tokenize(text), when the caller made it (nullptr: made here)
  const std::string* lower = nullptr;                   ///< util::to_lower_ascii(text), when the caller made it (nullptr: made here)
};

/// The figures of `text`, in order; offsets are into `text`. Never invents a figure for
/// something that is not an amount (years, dates, times, "COVID-19", "Windows 2000", phone numbers).
Result<std::vector<Figure>> tag(std::string_view text, const Context& context);

/// Whether two figures measure the same thing and, if so, whether their values agree.
Relation compare(const Figure& a, const Figure& b);

/// A key equal for figures of the same measure (kind, unit, counted head, rate, period), for grouping.
/// A count that names nothing ("3.2 million", "more than 8,000") is a measure of its own for each
/// value: nothing says two such numbers count the same thing, so they never make a conflict.
std::string measure_key(const Figure& f);

}  // namespace timeline::figures
