// Rules for calendar dates written out: days, months, years, decades, quarters, halves,
// seasons, fiscal years, clock times.
#include <cctype>

#include "timex/parts.hpp"
#include "timex/rules_family.hpp"
#include "util/strings.hpp"

namespace timeline::timex {

using namespace std::literals;
namespace {

// Words before a bare four-digit number that make it a year ("in 2019", "since 1998").
bool year_context(const std::string& w) {
  static constexpr std::string_view k_words[] = {"in", "since", "until", "till", "by", "of", "from", "to", "during", "before",
                                        "after", "through", "throughout", "between", "and", "or", "early", "mid",
                                        "late", "circa", "around", "for", "year", "fiscal", "spring", "summer",
                                        "autumn", "fall", "winter", "end", "the", "than", "over", "into", "as",
                                        // determiners before a year used as an adjective: "a 1996 law", "its 1988 results"
                                        "a", "an", "that", "this", "its", "their", "his", "her", "our"};
  for (const std::string_view k : k_words)
    if (w == k) return true;
  return false;
}

// Optional ", YYYY" or " YYYY" after a day or month.
std::size_t optional_year(const Cursor& c, std::size_t k, Draft& d) {
  std::size_t skip = c.is(k, ",") ? 1 : 0;
  if (auto y = any_year_at(c, k + skip)) {
    d.year = y->value;
    return skip + y->length;
  }
  return 0;
}

// After a month and a spelled ordinal ("June third"): the end of the phrase, a year, or a word
// that starts a clause, so that "the June second round" and "March first-time buyers" stay months.
bool spelled_day_ends(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr || t->sentence != c.tok(0).sentence) return true;
  if (t->hyphen_before) return false;
  const unsigned char c0 = t->lower.empty() ? 0 : static_cast<unsigned char>(t->lower[0]);
  if (!std::isalpha(c0)) return true;
  static constexpr std::string_view k_words[] = {
      "the", "a",    "an",   "and",  "or",  "but",   "at",   "in",    "on",   "when", "after", "before",
      "to",  "that", "as",   "with", "by",  "until", "last", "this",  "next", "of",   "for",   "he",
      "she", "it",   "they", "we",   "was", "is",    "will", "would", "had",  "has"};
  for (const std::string_view w : k_words)
    if (t->lower == w) return true;
  return false;
}

std::optional<Match> month_day_year(const Cursor& c) {
  auto m = month_at(c, 0);
  if (!m) return std::nullopt;
  auto day = day_at(c, m->length);
  std::size_t day_length = 1;
  if (!day) {  // "June third", "March twenty-first", before a pause or a word that is no noun
    day = spelled_day_at(c, m->length);
    if (!day || !spelled_day_ends(c, m->length + day->length)) return std::nullopt;
    // "first" and "second" are adverbs too ("She finished in June second, behind Ruiz"): a day
    // only after "on", "by", "since", "until" or before a year.
    if (day->value <= 2) {
      const std::string_view before = c.i > 0 ? std::string_view(c.toks[c.i - 1].lower) : std::string_view();
      const bool dated = before == "on"sv || before == "by"sv || before == "since"sv || before == "until"sv;
      Draft probe;
      if (!dated && optional_year(c, m->length + day->length, probe) == 0) return std::nullopt;
    }
    day_length = day->length;
  }
  // "June 2019" is a month: a day is 1-2 digits.
  Draft d;
  d.month = m->value;
  d.day = day->value;
  std::size_t len = m->length + day_length;
  len += optional_year(c, len, d);
  if (!d.year) d.needs_year = true;
  d.rule = "<month> <day> [, <year>]";
  return Match{len, d};
}

std::optional<Match> day_month_year(const Cursor& c) {
  std::size_t k = c.is(0, "the") ? 1 : 0;
  auto day = day_at(c, k);
  std::size_t day_length = 1;
  if (!day && k == 1) {  // "the third of June", "the twenty-first of May 2024": "of" required
    day = spelled_day_at(c, k);
    if (!day || !c.is(k + day->length, "of")) return std::nullopt;
    day_length = day->length;
  }
  if (!day) return std::nullopt;
  k += day_length;
  if (c.is(k, "of")) ++k;
  auto m = month_at(c, k);
  if (!m) return std::nullopt;
  // "the 28th" needs "of"/a month; a plain "28 June" too. "the" only with an ordinal.
  if (c.is(0, "the") && c.tok(1).number) return std::nullopt;
  Draft d;
  d.day = day->value;
  d.month = m->value;
  k += m->length;
  k += optional_year(c, k, d);
  if (!d.year) d.needs_year = true;
  d.rule = "<day> [of] <month> [<year>]";
  return Match{k, d};
}

std::optional<Match> month_year(const Cursor& c) {
  auto m = month_at(c, 0);
  if (!m) return std::nullopt;
  std::size_t k = m->length;
  if (c.is(k, "of")) ++k;
  else if (c.is(k, ",")) ++k;
  auto y = any_year_at(c, k);
  if (!y) return std::nullopt;
  Draft d;
  d.month = m->value;
  d.year = y->value;
  d.rule = "<month> <year>";
  return Match{k + y->length, d};
}

// "the first Tuesday of October", "the last Friday in March 2024": a day of the month.
std::optional<Match> nth_weekday(const Cursor& c) {
  if (!c.is(0, "the")) return std::nullopt;
  int n = 0;
  if (c.is(1, "last"))
    n = -1;
  else if (auto ord = ordinal_at(c, 1))
    n = ord->value;
  if (n == 0) return std::nullopt;
  auto w = weekday_at(c, 2);
  if (!w || !(c.is(3, "of") || c.is(3, "in"))) return std::nullopt;
  auto m = month_at(c, 4);
  if (!m) return std::nullopt;
  std::size_t k = 4 + m->length;
  Draft d;
  d.month = m->value;
  d.nth_weekday = std::pair{n, w->value};
  if (auto y = any_year_at(c, k)) {
    d.year = y->value;
    k += y->length;
  } else {
    d.needs_year = true;
  }
  d.rule = "the <nth> <weekday> of <month> [<year>]";
  return Match{k, d};
}

std::optional<Match> month_alone(const Cursor& c) {
  auto m = month_at(c, 0);
  if (!m) return std::nullopt;
  if (const Tok* next = c.at(m->length); next != nullptr && next->capitalized && next->sentence == c.tok(0).sentence &&
                                         next->space_before && c.res.months.count(next->lower) == 0)
    return std::nullopt;  // "June Carraway": a name
  Draft d;
  d.month = m->value;
  d.needs_year = true;
  d.rule = "<month>";
  return Match{m->length, d};
}

// 2024-03-14, 2024/03/14 (no spaces inside). A glued hyphen joins tokens in the scanner
// (year, then month and day marked hyphen_before); a slash stays a token of its own.
std::optional<Match> iso_date(const Cursor& c) {
  auto y = year_at(c, 0);
  if (!y) return std::nullopt;
  const Tok* mo = nullptr;
  const Tok* da = nullptr;
  std::size_t length = 0;
  if (c.tok(1).hyphen_before && c.tok(2).hyphen_before) {
    mo = c.at(1);
    da = c.at(2);
    length = 3;
  } else if (c.is(1, "/") && c.is(3, "/") && !c.tok(1).space_before && !c.tok(2).space_before &&
             !c.tok(3).space_before && !c.tok(4).space_before) {
    mo = c.at(2);
    da = c.at(4);
    length = 5;
  }
  if (mo == nullptr || da == nullptr || mo->lower.size() != 2 || da->lower.size() != 2) return std::nullopt;
  const int m = digits_value(*mo), dd = digits_value(*da);
  if (m < 1 || m > 12 || dd < 1 || dd > 31) return std::nullopt;
  Draft d;
  d.year = y->value;
  d.month = m;
  d.day = dd;
  d.rule = "<yyyy>-<mm>-<dd>";
  return Match{length, d};
}

// 31.12.2018: one number token with two dots, day first (the European form that uses dots).
std::optional<Match> dotted_date(const Cursor& c) {
  const Tok& t = c.tok(0);
  const auto a = t.lower.find('.');
  const auto b = a == std::string::npos ? a : t.lower.find('.', a + 1);
  if (!t.number || a == std::string::npos || b == std::string::npos || t.lower.size() - b - 1 != 4 || a == 0 || a > 2 ||
      b - a - 1 == 0 || b - a - 1 > 2)
    return std::nullopt;
  const int day = digits_value(std::string_view(t.lower).substr(0, a));
  const int month = digits_value(std::string_view(t.lower).substr(a + 1, b - a - 1));
  const int year = digits_value(std::string_view(t.lower).substr(b + 1));
  if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1000) return std::nullopt;
  Draft d;
  d.year = year;
  d.month = month;
  d.day = day;
  d.rule = "<dd>.<mm>.<yyyy>";
  return Match{1, d};
}

// 06/28/2019 or 28/06/2019; when both readings are dates, month first (US), flagged ambiguous.
std::optional<Match> numeric_date(const Cursor& c) {
  const Tok* a = c.at(0);
  const Tok* s1 = c.at(1);
  const Tok* b = c.at(2);
  const Tok* s2 = c.at(3);
  if (a == nullptr || s1 == nullptr || b == nullptr || s2 == nullptr) return std::nullopt;
  if ((s1->lower != "/"sv && s1->lower != "."sv) || s2->lower != s1->lower || s1->space_before || b->space_before ||
      s2->space_before)
    return std::nullopt;
  auto y = year_at(c, 4);
  if (!y || c.tok(4).space_before) return std::nullopt;
  const int x = digits_value(*a), z = digits_value(*b);
  if (x < 1 || z < 1 || a->lower.size() > 2 || b->lower.size() > 2) return std::nullopt;
  Draft d;
  d.year = y->value;
  if (x <= 12 && z > 12 && z <= 31) {
    d.month = x;
    d.day = z;
  } else if (z <= 12 && x > 12 && x <= 31) {
    d.month = z;
    d.day = x;
  } else if (x <= 12 && z <= 12) {
    d.month = x;
    d.day = z;
    if (x != z) d.alternative_day_first = true;
  } else {
    return std::nullopt;
  }
  d.rule = "<mm>/<dd>/<yyyy>";
  return Match{5, d};
}

// "the year 2000"
std::optional<Match> the_year(const Cursor& c) {
  if (!c.is(0, "the") || !c.is(1, "year")) return std::nullopt;
  auto y = year_at(c, 2);
  if (!y) return std::nullopt;
  Draft d;
  d.year = y->value;
  d.rule = "the year <year>";
  return Match{3, d};
}

std::optional<Match> month_day_year(const Cursor& c);
std::optional<Match> day_month_year(const Cursor& c);

// "Monday, June 3, 2019": the weekday repeats what the date says. Abbreviated with its full
// stop too: "Thu., Feb. 13" (AP style).
std::optional<Match> weekday_date(const Cursor& c) {
  const auto w = c.res.weekdays.find(c.tok(0).lower);
  if (w == c.res.weekdays.end() || !c.tok(0).capitalized) return std::nullopt;
  std::size_t k = 1;
  if (c.tok(0).lower.size() <= 5 && c.is(1, ".") && c.at(1) != nullptr && !c.at(1)->space_before) k = 2;
  // "Sunday evening, March 12": the part of the day goes with the date.
  std::string part;
  if (const auto p = c.res.parts.find(c.tok(k).lower); p != c.res.parts.end() && c.same_sentence(k - 1)) {
    part = p->second;
    ++k;
  }
  if (c.is(k, ",")) ++k;
  auto m = month_day_year(c.from(k));
  if (!m) m = day_month_year(c.from(k));
  if (!m) return std::nullopt;
  if (!part.empty()) {
    m->draft.part = part;
    m->draft.type = Type::time;
  }
  m->draft.rule = "<weekday>, <date>";
  m->draft.stated_weekday = w->second;
  return Match{k + m->length, m->draft};
}

std::optional<Match> bare_year(const Cursor& c) {
  auto y = year_at(c, 0);
  if (!y) return std::nullopt;
  const Tok* t = c.at(0);
  if (y->value < 1800 || y->value > 2199) return std::nullopt;
  const Tok* prev = c.i > 0 ? &c.toks[c.i - 1] : nullptr;
  if (prev != nullptr && prev->sentence != t->sentence) prev = nullptr;
  const bool after_context = prev != nullptr && (year_context(prev->lower) || t->hyphen_before);
  if (!after_context && prev != nullptr) {
    // "Windows 2000", "Flight 2020", "$2019", "No. 1999": a name or a quantity, not a year.
    if (prev->capitalized && !prev->number) return std::nullopt;
    if (prev->lower == "$"sv || prev->lower == "#"sv || prev->lower == "no"sv || prev->lower == "number"sv ||
        prev->lower == "version"sv || prev->lower == "model"sv || prev->lower == "\xC2\xA3"sv || prev->lower == "\xE2\x82\xAC"sv)
      return std::nullopt;
  }
  if (!after_context) {
    // "2000 employees", "1999 %": a count of things.
    const Tok* next = c.at(1);
    if (next != nullptr && next->sentence == t->sentence) {
      if (next->lower == "%"sv || next->lower == "percent"sv) return std::nullopt;
      const std::string& w = next->lower;
      if (w.size() > 2 && w.back() == 's' && std::isalpha(static_cast<unsigned char>(w[0])) && !next->capitalized) return std::nullopt;
      if (next->lower == "-"sv || next->lower == ":"sv || next->lower == "/"sv) return std::nullopt;
    }
    if (prev == nullptr && (next == nullptr || next->lower != ","sv)) return std::nullopt;
  }
  Draft d;
  d.year = y->value;
  d.rule = "<year>";
  return Match{1, d};
}

// "the 1990s", "1990s", "the '90s", "the 2010s"
std::optional<Match> decade(const Cursor& c) {
  std::size_t k = c.is(0, "the") ? 1 : 0;
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  std::string w = t->lower;
  bool apostrophe = false;
  if ((w == "'"sv || w == "\xE2\x80\x99"sv) && c.at(k + 1) != nullptr) {
    apostrophe = true;
    ++k;
    w = c.tok(k).lower;
  }
  // "the sixties", "the nineties": the decades of the 1900s, said in words, after "the".
  static constexpr std::pair<std::string_view, int> k_spelled[] = {
      {"twenties", 192}, {"thirties", 193},  {"forties", 194},  {"fifties", 195},
      {"sixties", 196},  {"seventies", 197}, {"eighties", 198}, {"nineties", 199}};
  if (k == 1 && !apostrophe)
    for (const auto& [word, decade] : k_spelled)
      if (w == word) {
        Draft d;
        d.decade = decade;
        d.rule = "the <decade>s";
        return Match{2, d};
      }
  if (w.size() < 3 || w.back() != 's') return std::nullopt;
  const std::string digits = w.substr(0, w.size() - 1);
  for (const char ch : digits)
    if (!util::is_ascii_digit(ch)) return std::nullopt;
  Draft d;
  if (digits.size() == 4 && digits.back() == '0') {
    d.decade = std::stoi(digits) / 10;
  } else if (apostrophe && digits.size() == 2 && digits.back() == '0') {
    const int two = std::stoi(digits);
    d.decade = (two >= 30 ? 190 : 200) + two / 10;
  } else {
    return std::nullopt;
  }
  d.rule = "the <decade>s";
  return Match{k + 1, d};
}

// "the third quarter [of 2012]", "third-quarter", "Q1 2020", "the first half of 2020"
std::optional<Match> quarter_or_half(const Cursor& c) {
  Draft d;
  std::size_t k = c.is(0, "the") ? 1 : 0;
  if (const Tok* t = c.at(k); t != nullptr && t->lower.size() == 2 && (t->lower[0] == 'q' || t->lower[0] == 'h') &&
                              t->lower[1] >= '1' && t->lower[1] <= (t->lower[0] == 'q' ? '4' : '2')) {
    if (!t->capitalized) return std::nullopt;  // "Q1", "H2" are written in capitals
    if (t->lower[0] == 'q') d.quarter = t->lower[1] - '0';
    else d.half = t->lower[1] - '0';
    ++k;
  } else {
    bool fiscal = false;
    if (c.is(k, "fiscal")) {
      fiscal = true;
      ++k;
    }
    if (k == 1 && year_at(c, k) && ordinal_at(c, k + 1)) {  // "the 1988 third quarter"
      d.year = year_at(c, k)->value;
      ++k;
    }
    auto ord = ordinal_at(c, k);
    // "the last half of 1989" (with a year only: "the last half of the game" is not a date)
    if (!ord && k == 1 && c.is(k, "last") && c.is(k + 1, "half") && c.is(k + 2, "of") && any_year_at(c, k + 3))
      ord = Piece{2, 1};
    if (!ord) return std::nullopt;
    ++k;
    if (c.is(k, "fiscal")) ++k;
    if (c.is(k, "quarter")) d.quarter = ord->value;
    else if (c.is(k, "half") && ord->value <= 2) d.half = ord->value;
    else return std::nullopt;
    // "the third-quarter results": the article belongs to the noun; the adjective alone is the
    // expression (TimeML), found from the next word.
    if (c.is(0, "the") && c.tok(k).hyphen_before) return std::nullopt;
    ++k;
    (void)fiscal;
  }
  if (d.year) {
    // the year came first
  } else if (auto y = c.is(k, "of") ? any_year_at(c, k + 1) : std::nullopt) {
    d.year = y->value;
    k += 1 + y->length;
  } else if (auto y2 = any_year_at(c, k)) {
    d.year = y2->value;
    k += y2->length;
  } else if (c.is(k, "of") && c.is(k + 1, "fiscal") && year_at(c, k + 2)) {
    d.year = year_at(c, k + 2)->value;
    k += 3;
  }
  if (!d.year) d.needs_year = true;
  d.rule = d.quarter ? "the <ordinal> quarter [of <year>]" : "the <ordinal> half [of <year>]";
  return Match{k, d};
}

// "the week of March 6", "the week of 6 March 2000": the week that contains the day.
std::optional<Match> week_of(const Cursor& c) {
  if (!c.is(0, "the") || !c.is(1, "week") || !c.is(2, "of")) return std::nullopt;
  auto m = month_day_year(c.from(3));
  if (!m) m = day_month_year(c.from(3));
  if (!m) return std::nullopt;
  m->draft.week_of = true;
  m->draft.rule = "the week of <date>";
  return Match{3 + m->length, m->draft};
}

// "the morning of March 4", "the night of Oct. 4, 2001": that part of the day.
// "on the 14th", "by the 3rd": a day of the month the text is talking about (an ordinal after a
// preposition of time, closing the phrase: not "on the 14th floor", "the 14th of March").
std::optional<Match> ordinal_day(const Cursor& c) {
  if (!c.is(0, "the") || c.i == 0 || c.toks[c.i - 1].sentence != c.tok(0).sentence) return std::nullopt;
  const std::string_view before = c.toks[c.i - 1].lower;
  if (before != "on"sv && before != "by"sv && before != "until"sv && before != "since"sv) return std::nullopt;
  const std::string& word = c.tok(1).lower;
  if (word.size() < 3 || !util::is_ascii_digit(word[0]) || util::is_ascii_digit(word.back())) return std::nullopt;
  const auto day = day_at(c, 1);
  if (!day || !c.same_sentence(0)) return std::nullopt;
  if (const Tok* next = c.at(2); next != nullptr && next->sentence == c.tok(1).sentence && !next->lower.empty() &&
                                 std::isalpha(static_cast<unsigned char>(next->lower[0])) && next->lower != "and"sv &&
                                 next->lower != "or"sv && next->lower != "at"sv && next->lower != "when"sv)
    return std::nullopt;
  Draft d;
  d.day = day->value;
  d.day_of_month_named = true;
  d.rule = "the <nth>";
  return Match{2, d};
}

std::optional<Match> part_of_date(const Cursor& c) {
  if (!c.is(0, "the") || !c.is(2, "of")) return std::nullopt;
  const auto part = c.res.parts.find(c.tok(1).lower);
  if (part == c.res.parts.end()) return std::nullopt;
  auto m = month_day_year(c.from(3));
  if (!m) m = day_month_year(c.from(3));
  if (!m || m->draft.hour) return std::nullopt;
  m->draft.part = part->second;
  m->draft.type = Type::time;
  m->draft.rule = "the <part of day> of <date>";
  return Match{3 + m->length, m->draft};
}

// "the 1988 period", "the 1989 quarter", "the latest period", "the most recent period": the quarter
// (or half) under discussion, in that year; without one, the year, or the last quarter that ended.
std::optional<Match> discussed_period(const Cursor& c) {
  if (!c.is(0, "the")) return std::nullopt;
  Draft d;
  std::size_t k = 1;
  if (auto y = year_at(c, 1)) {
    d.year = y->value;
    k = 2;
  } else if (c.is(1, "latest") || c.is(1, "recent")) {
    k = 2;
  } else if (c.is(1, "most") && c.is(2, "recent")) {
    k = 3;
  } else {
    return std::nullopt;
  }
  if (!c.is(k, "period") && !(d.year && c.is(k, "quarter"))) return std::nullopt;
  if (c.is(k + 1, "of") || c.tok(k + 1).hyphen_before) return std::nullopt;  // "the latest period of growth"
  d.period_of_previous = true;
  if (!d.year) d.last_completed_quarter = true;
  d.rule = "the <year>|latest period";
  return Match{k + 1, d};
}

// "the quarter", "the latest quarter", "the most recent quarter": the last one that ended.
std::optional<Match> reporting_quarter(const Cursor& c) {
  if (!c.is(0, "the")) return std::nullopt;
  std::size_t k = 1;
  if (c.is(k, "latest") || c.is(k, "recent") || c.is(k, "past")) ++k;
  else if (c.is(k, "most") && c.is(k + 1, "recent")) k += 2;
  if (!c.is(k, "quarter")) return std::nullopt;
  if (c.is(k + 1, "of") || c.is(k + 1, "ended") || c.is(k + 1, "ending")) return std::nullopt;
  Draft d;
  d.last_completed_quarter = true;
  d.rule = "the [latest] quarter";
  return Match{k + 1, d};
}

// "the quarter ended Sept. 30", "the fiscal quarter ending June 30, 2019": a quarter the text does
// not number (TimeML YYYY-QX), the three months up to that day. The day is an expression of its own.
std::optional<Match> quarter_ending(const Cursor& c) {
  if (!c.is(0, "the")) return std::nullopt;
  const std::size_t k = c.is(1, "fiscal") ? 2 : 1;
  const bool ended = c.is(k + 1, "ended");
  if (!c.is(k, "quarter") || !(ended || c.is(k + 1, "ending"))) return std::nullopt;
  auto date = month_day_year(c.from(k + 2));
  if (!date) return std::nullopt;
  Draft d;
  d.month = date->draft.month;
  d.day = date->draft.day;
  d.year = date->draft.year;
  d.quarter_ending = true;
  d.direction = ended ? -1 : 0;  // a quarter that ended is behind the report; "ending": the nearest
  d.rule = "the quarter ended <date>";
  return Match{k + 1, d};
}

// "fiscal 2020", "fiscal year 2020", "FY2020", "FY 2020"
std::optional<Match> fiscal_year(const Cursor& c) {
  Draft d;
  std::size_t k = 0;
  if (c.is(0, "fiscal")) {
    k = 1;
    if (c.is(1, "year")) k = 2;
    auto y = year_at(c, k);
    if (!y) return std::nullopt;
    d.year = y->value;
    ++k;
  } else if (c.is(0, "fy") && year_at(c, 1)) {
    d.year = year_at(c, 1)->value;
    k = 2;
  } else if (const Tok* t = c.at(0); t != nullptr && t->lower.size() == 6 && t->lower.rfind("fy", 0) == 0) {
    const int v = digits_value(std::string_view(t->lower).substr(2));
    if (v < 1900 || v > 2199) return std::nullopt;
    d.year = v;
    k = 1;
  } else {
    return std::nullopt;
  }
  d.fiscal = true;
  d.rule = "fiscal <year>";
  return Match{k, d};
}

// "the fiscal year ending March 2021", "fiscal year ended June 30, 2019": a fiscal year named by
// the month it ends in.
std::optional<Match> fiscal_year_ending(const Cursor& c) {
  std::size_t k = c.is(0, "the") ? 1 : 0;
  if (c.is(k, "fiscal")) ++k;
  else if (!c.is(k, "financial")) return std::nullopt;
  else ++k;
  if (!c.is(k, "year")) return std::nullopt;
  ++k;
  if (!(c.is(k, "ending") || c.is(k, "ended") || c.is(k, "that") || c.is(k, "which"))) return std::nullopt;
  if (c.is(k, "that") || c.is(k, "which")) ++k;  // "that ends", "which ended"
  if (c.is(k, "ends") || c.is(k, "ended")) ++k;
  else if (c.is(k, "ending")) ++k;
  else return std::nullopt;
  if (c.is(k, "in")) ++k;
  auto m = month_at(c, k);
  if (!m) return std::nullopt;
  k += m->length;
  if (day_at(c, k)) ++k;
  if (c.is(k, ",")) ++k;
  auto y = year_at(c, k);
  if (!y) return std::nullopt;
  Draft d;
  d.fiscal = true;
  d.fiscal_end_month = m->value;
  d.year = y->value;
  d.rule = "the fiscal year ending <month> <year>";
  return Match{k + 1, d};
}

// "summer 2018", "the summer of 2018", "spring" (placed by tense)
std::optional<Match> season(const Cursor& c) {
  std::size_t k = c.is(0, "the") ? 1 : 0;
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  const auto it = c.res.seasons.find(t->lower);
  if (it == c.res.seasons.end()) return std::nullopt;
  Draft d;
  d.season = it->second;
  ++k;
  if (auto y = c.is(k, "of") ? any_year_at(c, k + 1) : std::nullopt) {
    d.year = y->value;
    k += 1 + y->length;
  } else if (auto y2 = any_year_at(c, k)) {
    d.year = y2->value;
    k += y2->length;
  } else {
    // A bare season word ("fall") is too often something else; only "the summer"/"in spring".
    const Tok* prev = c.i > 0 ? &c.toks[c.i - 1] : nullptr;
    if (!(c.is(0, "the") || (prev != nullptr && (prev->lower == "in"sv || prev->lower == "this"sv || prev->lower == "last"sv ||
                                                 prev->lower == "next"sv || prev->lower == "early"sv || prev->lower == "late"sv))))
      return std::nullopt;
    if (t->lower == "fall"sv && !c.is(0, "the") && !(prev != nullptr && prev->lower == "in"sv)) return std::nullopt;
    d.needs_year = true;
  }
  d.rule = "<season> [<year>]";
  return Match{k, d};
}

// A preposition that introduces a time of day right before the cursor: "at 4 in the morning".
bool clock_preposition_before(const Cursor& c) {
  if (c.i == 0 || c.toks[c.i - 1].sentence != c.tok(0).sentence) return false;
  static constexpr std::string_view k_words[] = {"at", "by", "until", "till", "about", "around", "after", "before", "from", "to", "since"};
  for (const std::string_view w : k_words)
    if (c.toks[c.i - 1].lower == w) return true;
  return false;
}

// "10:36 a.m.", "3 p.m.", "11:01 JST", "noon", "midnight"
std::optional<Match> clock(const Cursor& c) {
  Draft d;
  d.type = Type::time;
  std::size_t k = 0;
  if (c.is(0, "noon") || c.is(0, "midday") || c.is(0, "midnight")) {
    d.hour = c.is(0, "midnight") ? 0 : 12;
    d.minute = 0;
    d.rule = "<hh:mm> [a.m.|p.m.] [zone]";
    return Match{1, d};
  }
  const Tok* t = c.at(0);
  if (t == nullptr || !t->number) return std::nullopt;
  // "+04:00" is a UTC offset, not a time of day.
  if (c.i > 0 && !t->space_before && (c.toks[c.i - 1].lower == "+"sv || c.toks[c.i - 1].lower == "-"sv)) return std::nullopt;
  int h = -1, m = 0;
  const auto colon = t->lower.find(':');
  if (colon != std::string::npos) {
    h = digits_value(std::string_view(t->lower).substr(0, colon));
    if (t->lower.size() != colon + 3) return std::nullopt;  // two-digit minutes ("10:1" is odds, not a time)
    m = digits_value(std::string_view(t->lower).substr(colon + 1, 2));
  } else {
    h = digits_value(*t);
  }
  if (h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
  k = 1;
  // a.m. / p.m. / am / pm
  std::optional<bool> pm;
  auto meridiem = [&](std::size_t at, std::size_t& used) -> std::optional<bool> {
    const Tok* w = c.at(at);
    if (w == nullptr) return std::nullopt;
    if (w->lower == "am"sv || w->lower == "pm"sv) {
      used = 1;
      if (c.is(at + 1, ".") && !c.tok(at + 1).space_before) used = 2;
      return w->lower == "pm"sv;
    }
    if ((w->lower == "a"sv || w->lower == "p"sv) && c.is(at + 1, ".") && c.is(at + 2, "m") && c.is(at + 3, ".")) {
      used = 4;
      return w->lower == "p"sv;
    }
    return std::nullopt;
  };
  std::size_t used = 0;
  pm = meridiem(k, used);
  if (pm) {
    if (h < 1 || h > 12) return std::nullopt;
    if (*pm && h < 12) h += 12;
    if (!*pm && h == 12) h = 0;
    k += used;
  } else if (c.is(k, "in") && c.is(k + 1, "the") && h >= 1 && h <= 12 && c.same_sentence(k + 1) &&
             (colon != std::string::npos || t->lower.size() <= 2)) {
    // "3:30 in the afternoon", "9:15 in the morning", "4 in the morning" (a bare hour only there)
    const std::string_view part = c.tok(k + 2).lower;
    if (colon == std::string::npos && ((part != "afternoon"sv && part != "evening"sv && part != "morning"sv) || !clock_preposition_before(c)))
      return std::nullopt;  // "rose 4 in the morning" is a change in points
    if (part == "afternoon"sv || part == "evening"sv) {
      if (h < 12) h += 12;
      k += 3;
    } else if (part == "morning"sv) {
      if (h == 12) h = 0;
      k += 3;
    }
  } else if (colon == std::string::npos) {
    return std::nullopt;  // a bare number is not a time
  }
  // A zone abbreviation after the time is part of the expression (its offset is not in the value).
  if (const Tok* z = c.at(k); z != nullptr && z->lower.size() >= 2 && z->lower.size() <= 4) {
    static constexpr std::string_view k_zones[] = {"utc", "gmt", "jst", "kst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
                                          "pdt", "et", "pt", "ct", "mt", "bst", "cet", "cest", "ist", "sgt", "hkt",
                                          "aest", "aedt"};
    for (const std::string_view zone : k_zones)
      if (z->lower == zone && z->capitalized) {
        ++k;
        break;
      }
  }
  // "(UTC +04:00)", "UTC+8", "GMT -5": an offset written after the time belongs to it.
  {
    std::size_t j = k;
    const bool paren = c.is(j, "(");
    if (paren) ++j;
    if (c.is(j, "utc") || c.is(j, "gmt")) {
      ++j;
      if ((c.is(j, "+") || c.is(j, "-")) && c.at(j + 1) != nullptr && c.tok(j + 1).number) {
        j += 2;
        if (!paren || c.is(j, ")")) k = paren ? j + 1 : j;
      } else if (paren && c.is(j, ")")) {
        k = j + 1;
      } else if (!paren) {
        k = j;
      }
    }
  }
  // "2:30 a.m. local time": the zone said in words, as much part of the expression as "EST".
  if (c.is(k, "local") && c.is(k + 1, "time") && c.same_sentence(k)) k += 2;
  d.hour = h;
  d.minute = m;
  d.rule = "<hh:mm> [a.m.|p.m.] [zone]";
  return Match{k, d};
}

// A clock time followed by the day it falls on: "noon Thursday", "3 p.m. on Monday", "10 a.m. yesterday",
// "5 p.m. EST, Nov. 9", "9 a.m. on June 3, 2019".
std::optional<Match> clock_day(const Cursor& c) {
  auto time = clock(c);
  if (!time) return std::nullopt;
  std::size_t k = time->length;
  if (c.is(k, "on") || c.is(k, ",")) ++k;
  Draft d = time->draft;
  // The time on a date written after it (at `at`): "9 a.m. on June 3, 2019".
  auto on_date = [&](std::size_t at) -> std::optional<Match> {
    auto date = month_day_year(c.from(at));
    if (!date) date = day_month_year(c.from(at));
    if (!date) return std::nullopt;
    d.month = date->draft.month;
    d.day = date->draft.day;
    d.year = date->draft.year;
    d.needs_year = date->draft.needs_year;
    d.rule = "<time> <day>";
    return Match{at + date->length, d};
  };
  if (auto m = on_date(k)) return m;
  if (const auto w = c.res.weekdays.find(c.tok(k).lower); w != c.res.weekdays.end() && c.tok(k).capitalized && c.tok(k).lower.size() >= 6) {
    // "midnight on Saturday 9 March", "noon Friday, June 7": the date after the weekday is the day.
    if (auto m = on_date(c.is(k + 1, ",") ? k + 2 : k + 1)) return m;
    d.weekday = w->second;
  } else if (c.is(k, "the") &&
             (c.is(k + 1, "following") || c.is(k + 1, "next") || c.is(k + 1, "previous") || c.is(k + 1, "preceding")) &&
             (c.is(k + 2, "day") || c.is(k + 2, "morning") || c.is(k + 2, "afternoon") || c.is(k + 2, "evening") ||
              c.is(k + 2, "night"))) {
    // "at 04:15 the following morning": that time on the day after the one the text is talking about.
    d.shift_unit = "D";
    d.shift = (c.is(k + 1, "previous") || c.is(k + 1, "preceding")) ? -1 : 1;
    d.from_previous = true;
    d.rule = "<time> <day>";
    return Match{k + 3, d};
  } else if (c.is(k, "yesterday") || c.is(k, "today") || c.is(k, "tomorrow")) {
    d.shift_unit = "D";
    d.shift = c.is(k, "yesterday") ? -1 : c.is(k, "tomorrow") ? 1 : 0;
  } else {
    return std::nullopt;
  }
  d.rule = "<time> <day>";
  return Match{k + 1, d};
}

// "Christmas", "Thanksgiving Day", "New Year's Eve 2019"
std::optional<Match> holiday(const Cursor& c) {
  for (const auto& [phrase, rule] : c.res.holidays) {
    if (phrase.front() != c.tok(0).lower) continue;
    if (!c.tok(0).capitalized || !c.starts_with(phrase)) continue;
    Draft d;
    d.holiday = rule;
    std::size_t k = phrase.size();
    // "the Memorial Day holiday last year": the day in the year the DCT's year is moved to.
    const std::size_t after_word = c.is(k, "holiday") ? k + 1 : k;
    const int offset = c.is(after_word, "last") ? -1 : c.is(after_word, "next") ? 1 : c.is(after_word, "this") ? 0 : 2;
    if (c.is(k, ",") && year_at(c, k + 1)) ++k;
    if (auto y = year_at(c, k)) {
      d.year = y->value;
      ++k;
    } else if (offset != 2 && c.is(after_word + 1, "year")) {
      d.dct_year_offset = offset;
      k = after_word + 2;
      d.rule = "<holiday> last|this|next year";
      return Match{k, d};
    } else {
      d.needs_year = true;
    }
    // "over the Memorial Day weekend", "the Easter (holiday) weekend": the weekend next to the day.
    if (k == phrase.size() && (c.is(k, "weekend") || (c.is(k, "holiday") && c.is(k + 1, "weekend")))) {
      d.weekend = true;
      k += c.is(k, "holiday") ? 2 : 1;
      if (auto y = year_at(c, k)) {  // "the Thanksgiving weekend 2022"
        d.year = y->value;
        d.needs_year = false;
        ++k;
      }
    }
    d.rule = "<holiday> [<year>]";
    return Match{k, d};
  }
  return std::nullopt;
}

// Years said in words: "nineteen ninety-six", "two thousand one", "the year two thousand".
std::optional<Match> spelled_year(const Cursor& c) {
  const std::size_t k = c.is(0, "the") && c.is(1, "year") ? 2 : 0;
  Draft d;
  d.rule = "<spelled year>";
  if (auto y = spelled_year_at(c, k)) {
    d.year = y->value;
    return Match{k + y->length, d};
  }
  if (k == 2 && c.is(k, "two") && c.is(k + 1, "thousand")) {  // "the year two thousand"
    d.year = 2000;
    return Match{k + 2, d};
  }
  return std::nullopt;
}

// The ordinal of a century: "20th", "21st", "nineteenth", "twenty-first" (1 to 29) and its length.
std::optional<Piece> century_ordinal_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  const std::string& w = t->lower;
  if (w.size() >= 3 && w.size() <= 4 && util::is_ascii_digit(w[0])) {
    const std::string_view suffix = std::string_view(w).substr(w.size() - 2);
    const std::string_view digits = std::string_view(w).substr(0, w.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    int n = 0;
    for (const char ch : digits) {
      if (!util::is_ascii_digit(ch)) return std::nullopt;
      n = n * 10 + (ch - '0');
    }
    if (n < 1 || n > 29) return std::nullopt;
    return Piece{n, 1};
  }
  static constexpr std::pair<std::string_view, int> k_words[] = {
      {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},   {"thirteenth", 13},
      {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16}, {"seventeenth", 17},
      {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20}};
  for (const auto& [word, n] : k_words)
    if (w == word) return Piece{n, 1};
  if (w == "twenty"sv && c.tok(k + 1).hyphen_before) {  // "twenty-first"
    if (auto o = ordinal_at(c, k + 1)) return Piece{20 + o->value, 2};
  }
  return std::nullopt;
}

// "the 20th century", "the nineteenth century": the hundred years named by the first two digits
// (TIMEX3 "19"). Not "20th-century" as an adjective, nor "a 19th century house".
std::optional<Match> ordinal_century(const Cursor& c) {
  const std::size_t k = c.is(0, "the") ? 1 : 0;
  if (!c.is(k + 1, "century") && !c.is(k + 2, "century")) return std::nullopt;  // cheap test first
  auto n = century_ordinal_at(c, k);
  if (!n || !c.is(k + n->length, "century") || c.tok(k + n->length).hyphen_before) return std::nullopt;
  Draft d;
  d.century = n->value - 1;
  d.rule = "the <ordinal> century";
  return Match{k + n->length + 1, d};
}

}  // namespace

std::optional<Match> clock_at(const Cursor& c) { return clock(c); }

void add_calendar_rules(std::vector<Rule>& out) {
  out.push_back({"<holiday> [<year>]", holiday, k_holiday});
  out.push_back({"<spelled year>", spelled_year, k_the | k_count});
  out.push_back({"<yyyy>-<mm>-<dd>", iso_date, k_digit});
  out.push_back({"<mm>/<dd>/<yyyy>", numeric_date, k_digit});
  out.push_back({"<dd>.<mm>.<yyyy>", dotted_date, k_digit});
  out.push_back({"<weekday>, <date>", weekday_date, k_weekday});
  out.push_back({"the year <year>", the_year, k_the});
  out.push_back({"<month> <day> [, <year>]", month_day_year, k_month});
  out.push_back({"<day> [of] <month> [<year>]", day_month_year, k_the | k_digit});
  out.push_back({"<month> <year>", month_year, k_month});
  out.push_back({"the <nth> <weekday> of <month> [<year>]", nth_weekday, k_the});
  out.push_back({"the <decade>s", decade, k_the | k_digit | k_apostrophe});
  out.push_back({"the <ordinal> century", ordinal_century, k_the | k_digit | k_ordinal});
  out.push_back({"the <ordinal> quarter [of <year>]", quarter_or_half, k_the | k_fiscal | k_ordinal | k_period});
  out.push_back({"the [latest] quarter", reporting_quarter, k_the});
  out.push_back({"the quarter ended <date>", quarter_ending, k_the});
  out.push_back({"the week of <date>", week_of, k_the});
  out.push_back({"the <part of day> of <date>", part_of_date, k_the});
  out.push_back({"the <nth>", ordinal_day, k_the});
  out.push_back({"the <year>|latest period", discussed_period, k_the});
  out.push_back({"fiscal <year>", fiscal_year, k_fiscal});
  out.push_back({"the fiscal year ending <month> <year>", fiscal_year_ending, k_the | k_fiscal});
  out.push_back({"<season> [<year>]", season, k_the | k_season});
  out.push_back({"<hh:mm> [a.m.|p.m.] [zone]", clock, k_digit | k_noon});
  out.push_back({"<time> <day>", clock_day, k_digit | k_noon});
  out.push_back({"<year>", bare_year, k_digit});
  out.push_back({"<month>", month_alone, k_month});
}

}  // namespace timeline::timex
