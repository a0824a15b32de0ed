#include "timex/parts.hpp"

#include "util/strings.hpp"

namespace timeline::timex {

using namespace std::literals;
namespace {

// Words before "May"/"March" that make them months ("in May", "since March", "early May").
bool month_context(const std::string& w) {
  static constexpr std::string_view k_words[] = {
      "in",   "since",   "until", "till",    "by",         "of",     "early",     "mid",    "late",
      "last", "next",    "this",  "through", "throughout", "before", "after",     "during", "from",
      "to",   "between", "and",   "or",      "on",         "end",    "beginning", "start",  "middle"};
  for (const std::string_view k : k_words)
    if (w == k) return true;
  return false;
}

// "3", "21st": a day of the month as it stands before a month name.
bool is_day_number(std::string_view w) {
  std::size_t n = 0;
  while (n < w.size() && util::is_ascii_digit(w[n])) ++n;
  if (n == 0 || n > 2) return false;
  const std::string_view suffix = w.substr(n);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  const int v = n == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
  return v >= 1 && v <= 31;
}

}  // namespace

std::optional<Piece> month_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr || !t->capitalized) return std::nullopt;
  const auto it = c.res.months.find(t->lower);
  if (it == c.res.months.end()) return std::nullopt;
  std::size_t len = 1;
  const bool full = t->lower.size() > 4 || t->lower == "june"sv || t->lower == "july"sv || t->lower == "may"sv;
  const Tok* next = c.at(k + 1);
  const Tok* prev = (c.i + k) > 0 ? &c.toks[c.i + k - 1] : nullptr;
  // "on 3 May", "the 21st March", "26 Sep": a capitalised name right after a day number is the
  // month (the modal is lower-case there).
  const bool day_before = prev != nullptr && prev->sentence == t->sentence && is_day_number(prev->lower);
  if (!full && next != nullptr && next->lower == "."sv && !next->space_before) {
    ++len;
  } else if (!full) {
    // "Jan" without a period is only a month when a number follows ("Jan 20") or a day number
    // comes right before it ("26 Sep", as chronologies write it).
    if ((next == nullptr || !next->number) && !day_before) return std::nullopt;
  }
  if (t->lower == "may"sv || t->lower == "march"sv) {
    const Tok* after = c.at(k + len);
    const bool number_next = after != nullptr && after->number && after->sentence == t->sentence;
    const bool context_before = prev != nullptr && prev->sentence == t->sentence && month_context(prev->lower);
    // A chronology's item: "- May – Man arrested", "March: the council votes" (capitalised,
    // opening the line or after its bullet, a dash or colon after it).
    const bool opens =
        prev == nullptr || prev->sentence != t->sentence || prev->lower == "-"sv || prev->lower == "\xE2\x80\xA2"sv;
    const bool item = t->capitalized && opens && after != nullptr && after->sentence == t->sentence &&
                      (after->lower == "\xE2\x80\x93"sv || after->lower == "\xE2\x80\x94"sv || after->lower == ":"sv ||
                       (after->lower == "-"sv && after->space_before && prev != nullptr && prev->lower == "-"sv));
    if (!number_next && !context_before && !day_before && !item) return std::nullopt;
  }
  return Piece{it->second, len};
}

std::optional<Piece> day_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  std::string digits;
  std::string suffix;
  for (const char ch : t->lower) {
    if (util::is_ascii_digit(ch) && suffix.empty())
      digits += ch;
    else
      suffix += ch;
  }
  if (digits.empty() || digits.size() > 2) return std::nullopt;
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  const int v = std::stoi(digits);
  if (v < 1 || v > 31) return std::nullopt;
  return Piece{v, 1};
}

std::optional<Piece> year_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr || t->lower.size() != 4) return std::nullopt;
  const int v = digits_value(*t);
  if (v < 1000 || v > 2999) return std::nullopt;
  return Piece{v, 1};
}

std::optional<Piece> any_year_at(const Cursor& c, std::size_t k) {
  if (auto y = year_at(c, k)) return y;
  return spelled_year_at(c, k);
}

std::optional<Piece> spelled_year_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr || t->number) return std::nullopt;
  const auto first = c.res.numbers.find(t->lower);
  if (first == c.res.numbers.end() || !first->second) return std::nullopt;
  if (c.is(k, "two") && c.is(k + 1, "thousand")) {
    std::size_t len = 2;
    if (c.is(k + len, "and")) ++len;
    // "two thousand one"; a bare "two thousand" is a number of things
    auto n = count_at(c, k + len);
    if (!n || n->value <= 0 || n->value >= 100 || c.tok(k + len).lower == "a"sv || c.tok(k + len).number)
      return std::nullopt;
    return Piece{2000 + n->value, len + n->length};
  }
  if (*first->second < 11 || *first->second > 20) return std::nullopt;
  auto rest = count_at(c, k + 1);
  if (!rest || rest->value < 10 || rest->value > 99 || c.tok(k + 1).number) return std::nullopt;
  return Piece{*first->second * 100 + rest->value, 1 + rest->length};
}

std::optional<Piece> count_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  if (t->number) {
    const int v = digits_value(*t);
    if (v < 0 || v > 100000) return std::nullopt;
    return Piece{v, 1};
  }
  const auto it = c.res.numbers.find(t->lower);
  if (it == c.res.numbers.end()) return std::nullopt;
  if (!it->second) {
    // "a few", "a couple of"
    return Piece{-1, 1};
  }
  int v = *it->second;
  std::size_t len = 1;
  if (t->lower == "a"sv || t->lower == "an"sv) {
    if (c.is(k + 1, "few")) return Piece{-1, 2};
    if (c.is(k + 1, "couple") && c.is(k + 2, "of")) return Piece{2, 3};
    if (c.is(k + 1, "dozen")) return Piece{12, 2};
  }
  if (t->lower == "couple"sv) {
    if (!c.is(k + 1, "of")) return std::nullopt;
    return Piece{2, 2};
  }
  // "twenty-five", "twenty five"
  if (v >= 20 && v <= 90 && v % 10 == 0) {
    if (const Tok* n = c.at(k + 1)) {
      const auto u = c.res.numbers.find(n->lower);
      if (u != c.res.numbers.end() && u->second && *u->second >= 1 && *u->second <= 9 && n->lower != "a"sv &&
          n->lower != "an"sv) {
        v += *u->second;
        ++len;
      }
    }
  }
  return Piece{v, len};
}

std::optional<UnitPiece> unit_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  const auto it = c.res.units.find(t->lower);
  if (it == c.res.units.end()) return std::nullopt;
  const bool plural = t->lower.back() == 's' || t->lower == "centuries"sv;
  return UnitPiece{it->second.unit, plural, 1, it->second.multiple};
}

std::optional<Piece> ordinal_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  static const std::pair<const char*, int> k_ordinals[] = {{"first", 1}, {"1st", 1}, {"second", 2}, {"2nd", 2},
                                                           {"third", 3}, {"3rd", 3}, {"fourth", 4}, {"4th", 4}};
  for (const auto& [w, v] : k_ordinals)
    if (t->lower == w) return Piece{v, 1};
  return std::nullopt;
}

std::optional<Piece> spelled_day_at(const Cursor& c, std::size_t k) {
  static const std::pair<std::string_view, int> k_days[] = {
      {"first", 1},      {"second", 2},       {"third", 3},       {"fourth", 4},      {"fifth", 5},
      {"sixth", 6},      {"seventh", 7},      {"eighth", 8},      {"ninth", 9},       {"tenth", 10},
      {"eleventh", 11},  {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}};
  auto word = [&](std::size_t at) -> int {
    const Tok* t = c.at(at);
    if (t == nullptr) return 0;
    for (const auto& [w, v] : k_days)
      if (t->lower == w) return v;
    return 0;
  };
  const Tok* t = c.at(k);
  if (t == nullptr) return std::nullopt;
  // "twenty-first", "thirty first": tens and a unit ordinal.
  if ((t->lower == "twenty"sv || t->lower == "thirty"sv) && c.at(k + 1) != nullptr) {
    std::size_t u = k + 1;
    if (c.is(u, "-")) ++u;
    const int unit = word(u);
    const int v = (t->lower == "twenty"sv ? 20 : 30) + unit;
    if (unit >= 1 && unit <= 9 && v <= 31) return Piece{v, u - k + 1};
    return std::nullopt;
  }
  if (const int v = word(k)) return Piece{v, 1};
  return std::nullopt;
}

std::optional<Piece> weekday_at(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr || !t->capitalized || t->lower.size() < 6) return std::nullopt;  // full names only
  const auto it = c.res.weekdays.find(t->lower);
  if (it == c.res.weekdays.end()) return std::nullopt;
  return Piece{it->second, 1};
}

}  // namespace timeline::timex
