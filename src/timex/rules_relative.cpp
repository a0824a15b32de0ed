// Rules for expressions relative to the publication date or to another expression:
// weekdays, "yesterday", "last year", "two years ago", "six months later", durations and sets.
#include <cctype>

#include "timex/parts.hpp"
#include "timex/rules_family.hpp"

namespace timeline::timex {

using namespace std::literals;
namespace {

// TIMEX3 duration values. Decades and centuries are written in years (P20Y, P100Y), as
// TimeBank annotates them; an unknown count stays X in its own unit (PXDE is not used: PXY).
std::string duration_value(const std::string& unit, int count) {
  if (unit == "DE" || unit == "CE") {
    if (count < 0) return "PXY";
    return "P" + std::to_string(count * (unit == "DE" ? 10 : 100)) + "Y";
  }
  const std::string n = count < 0 ? "X" : std::to_string(count);
  if (unit == "H") return "PT" + n + "H";
  if (unit == "MIN") return "PT" + n + "M";
  if (unit == "S") return "PT" + n + "S";
  return "P" + n + unit;
}

// n and a half units: the half in the next smaller unit (P2Y6M, PT1H30M, P3DT12H).
std::string half_duration_value(const std::string& unit, int count) {
  const std::string n = std::to_string(count);
  if (unit == "Y") return "P" + (count > 0 ? n + "Y" : std::string()) + "6M";
  if (unit == "DE") return "P" + std::to_string(count * 10 + 5) + "Y";
  if (unit == "CE") return "P" + std::to_string(count * 100 + 50) + "Y";
  if (unit == "Q") return "P" + std::to_string(count * 3) + "M15D";
  if (unit == "M") return "P" + (count > 0 ? n + "M" : std::string()) + "15D";
  if (unit == "W") return "P" + std::to_string(count * 7 + 3) + "DT12H";
  if (unit == "D") return "P" + (count > 0 ? n + "D" : std::string()) + "T12H";
  if (unit == "H") return "PT" + (count > 0 ? n + "H" : std::string()) + "30M";
  if (unit == "MIN") return "PT" + (count > 0 ? n + "M" : std::string()) + "30S";
  return duration_value(unit, count);
}

// A part of the day after a day expression: "Friday morning", "yesterday afternoon".
std::size_t part_of_day(const Cursor& c, std::size_t k, Draft& d) {
  const Tok* t = c.at(k);
  if (t == nullptr) return 0;
  const auto it = c.res.parts.find(t->lower);
  if (it == c.res.parts.end()) return 0;
  d.part = it->second;
  return 1;
}

// "[last|next|this|on] Friday [morning]"
std::optional<Match> weekday(const Cursor& c) {
  Draft d;
  std::size_t k = 0;
  if (c.is(0, "last") || c.is(0, "past")) {
    d.direction = -1;
    k = 1;
  } else if (c.is(0, "next") || c.is(0, "coming")) {
    d.direction = 1;
    k = 1;
  } else if (c.is(0, "this") && c.is(1, "past")) {  // "this past Friday"
    d.direction = -1;
    k = 2;
  } else if (c.is(0, "this")) {
    k = 1;
  } else if (c.is(0, "the") && (c.is(1, "previous") || c.is(1, "preceding") || c.is(1, "following"))) {
    // "the previous Friday", "the following Monday": counted from the day the text is talking
    // about, not from the report ("down 4.5% from the previous Friday").
    d.direction = c.is(1, "following") ? 1 : -1;
    d.from_previous = true;
    k = 2;
  }
  auto w = weekday_at(c, k);
  if (!w) return std::nullopt;
  // "The Friday Group", "Sunday Times": a weekday before a capitalised word is a name.
  if (const Tok* next = c.at(k + 1); next != nullptr && next->capitalized && next->sentence == c.tok(k).sentence &&
                                     c.res.months.count(next->lower) == 0 && c.res.parts.count(next->lower) == 0)
    return std::nullopt;
  d.weekday = w->value;
  // "SGT confirmed the incident on the Monday morning", "That Thursday, the charity reported
  // it": after "the" or "that", the weekday of the days the story tells (the first on or after
  // the day it named last), not of the report's week.
  // ("that" only as a determiner: opening the sentence or after a preposition, "on that
  // Thursday"; not "officials warned that Friday's deadline could slip".)
  if (k == 0 && c.i > 0 && c.toks[c.i - 1].sentence == c.tok(0).sentence) {
    const std::string& det = c.toks[c.i - 1].lower;
    const bool opens = c.i == 1 || c.toks[c.i - 2].sentence != c.tok(0).sentence;
    const std::string_view before = opens ? std::string_view() : std::string_view(c.toks[c.i - 2].lower);
    d.of_story = det == "the" ||
                 (det == "that" && (opens || before == "on" || before == "by" || before == "until" ||
                                    before == "from" || before == "since" || before == "after" || before == "before"));
  }
  ++k;
  k += part_of_day(c, k, d);
  // "Friday at 3 p.m.", "Thursday at noon": the time of that day.
  if (d.part.empty() && c.is(k, "at")) {
    if (auto time = clock_at(c.from(k + 1))) {
      d.hour = time->draft.hour;
      d.minute = time->draft.minute;
      k += 1 + time->length;
    }
  }
  d.rule = "[last|next] <weekday> [<part of day>]";
  return Match{k, d};
}

// A phrase of time_words.tsv: today, yesterday, now, recently …
std::optional<Match> time_word(const Cursor& c) {
  const auto candidates = c.res.time_word_index.find(c.tok(0).lower);
  if (candidates == c.res.time_word_index.end()) return std::nullopt;
  for (const std::size_t index : candidates->second) {
    const auto& [phrase, meaning] = c.res.time_words[index];
    if (!c.starts_with(phrase)) continue;
    // "Times Today", "Good Morning Now": a capitalised time word after a capitalised word is a name.
    if (c.tok(0).capitalized && c.i > 0 && c.toks[c.i - 1].capitalized && c.toks[c.i - 1].sentence == c.tok(0).sentence)
      continue;
    std::size_t len = phrase.size();
    // "the past two months" is a duration, not "the past".
    if (meaning == "PAST_REF" && phrase.back() == "past" && (count_at(c, len) || unit_at(c, len))) continue;
    Draft d;
    if (meaning.rfind("day", 0) == 0) {
      if (meaning.size() > 4 && meaning[4] == ':') {  // day0:NI
        d.shift_unit = "D";
        d.shift = 0;
        d.part = meaning.substr(5);
        // "mid-afternoon yesterday": the part of that day.
        if (c.is(len, "yesterday") || c.is(len, "tomorrow") || c.is(len, "today")) {
          d.shift = c.is(len, "yesterday") ? -1 : c.is(len, "tomorrow") ? 1 : 0;
          ++len;
        }
      } else {
        d.shift_unit = "D";
        d.shift = std::stoi(meaning.substr(3));
        len += part_of_day(c, len, d);
      }
    } else {
      // "current" before a noun is an adjective TimeBank still marks; "now" alone too.
      d.ref = meaning;
    }
    d.rule = "<time word>";
    return Match{len, d};
  }
  return std::nullopt;
}

// "this morning", "last night"
std::optional<Match> this_part_of_day(const Cursor& c) {
  if (!c.is(0, "this") && !c.is(0, "last")) return std::nullopt;
  Draft d;
  if (part_of_day(c, 1, d) == 0) return std::nullopt;
  d.shift_unit = "D";
  d.shift = c.is(0, "last") ? -1 : 0;
  if (c.is(0, "last") && d.part != "NI") return std::nullopt;  // "last morning" is not an expression
  d.rule = "this <part of day>";
  return Match{2, d};
}

// The token before the cursor is an opening quotation mark (a straight or curly double quote, "``").
bool after_opening_quote(const Cursor& c) {
  if (c.i == 0) return false;
  const std::string& w = c.toks[c.i - 1].lower;
  return w == "\""sv || w == "`"sv || w == "``"sv || w == "\xE2\x80\x9C"sv;  // "``" comes as two "`"
}

// The token before the cursor is a modal verb, in the same sentence ("will", "could", "may" …).
bool after_modal(const Cursor& c) {
  if (c.i == 0 || c.toks[c.i - 1].sentence != c.tok(0).sentence) return false;
  static constexpr std::string_view k_modals[] = {"will", "would", "could", "may", "might", "can", "shall", "should", "'ll"};
  for (const std::string_view m : k_modals)
    if (c.toks[c.i - 1].lower == m) return true;
  return false;
}

// "last year", "this week", "next month", "the current quarter", "last summer", "last November"
std::optional<Match> relative_unit(const Cursor& c) {
  int shift = 0;
  std::size_t k = 0;
  // "this past spring", "this past March": the last one (units excepted: "this past year" is a span).
  const bool this_past = c.is(0, "this") && c.is(1, "past");
  if (this_past) {
    shift = -1;
    k = 1;
  } else if (c.is(0, "last"))
    shift = -1;
  else if (c.is(0, "next") || c.is(0, "coming")) shift = 1;
  else if (c.is(0, "this") || c.is(0, "current")) shift = 0;
  else if (c.is(0, "the") && (c.is(1, "current") || c.is(1, "coming"))) {
    shift = c.is(1, "coming") ? 1 : 0;
    k = 1;
  } else if (const std::size_t latest = c.is(1, "latest") ? 2 : (c.is(1, "most") && c.is(2, "recent")) ? 3 : 0;
             c.is(0, "the") && latest > 0 && c.is(latest, "fiscal") && c.is(latest + 1, "year")) {
    // "the latest fiscal year", "the most recent fiscal year": the last one that has ended.
    shift = -1;
    k = latest - 1;
  } else {
    return std::nullopt;
  }
  ++k;
  Draft d;
  // "the current fiscal year", "last fiscal year": the year named as the DCT's (see fiscal years).
  const std::size_t fiscal = c.is(k, "fiscal") && c.is(k + 1, "year") ? 1 : 0;
  k += fiscal;
  if (auto u = unit_at(c, k); u && !this_past && !u->plural && u->unit != "H" && u->unit != "MIN" && u->unit != "S") {
    // "ABC's \"This Week\"": capitalised words right after an opening quotation mark are a title.
    if (c.tok(k).capitalized && c.tok(0).capitalized && after_opening_quote(c)) return std::nullopt;
    d.shift_unit = u->unit;
    d.shift = shift;
    d.shift_unit_only = true;
    d.rule = "last|this|next <unit>";
    return Match{k + 1, d};
  }
  if (fiscal) return std::nullopt;
  if (const Tok* t = c.at(k); t != nullptr) {
    if (auto it = c.res.seasons.find(t->lower); it != c.res.seasons.end()) {
      d.season = it->second;
      d.needs_year = true;
      d.direction = this_past ? 3 : shift == 0 ? 2 : shift;  // 2: the season of the DCT's year; 3: the last one begun
      d.rule = "last|this|next <season>";
      return Match{k + 1, d};
    }
  }
  if (auto m = month_at(c, k)) {
    d.month = m->value;
    d.needs_year = true;
    d.direction = shift == 0 ? 2 : shift;  // "this September": the DCT's year
    d.rule = "last|this|next <month>";
    std::size_t len = k + m->length;
    // "last Oct. 23", "next March 5": that day of the month, in the year the word picks.
    if (auto day = day_at(c, len)) {
      d.day = day->value;
      ++len;
    }
    return Match{len, d};
  }
  return std::nullopt;
}

// "next year's first quarter", "this year's second half", "last year's quarter": a quarter or half
// of the year named from the DCT; without a number, the quarter under discussion.
std::optional<Match> relative_year_period(const Cursor& c) {
  if (!c.is(2, "'s") && !c.is(3, "'s")) return std::nullopt;  // cheap test first: this runs at every "the"
  auto year = relative_unit(c);
  if (!year || year->draft.shift_unit != "Y" || !c.is(year->length, "'s")) return std::nullopt;
  std::size_t k = year->length + 1;
  Draft d;
  d.dct_year_offset = year->draft.shift;
  if (auto ord = ordinal_at(c, k)) {
    if (c.is(k + 1, "quarter"))
      d.quarter = ord->value;
    else if (c.is(k + 1, "half") && ord->value <= 2)
      d.half = ord->value;
    else
      return std::nullopt;
    k += 2;
  } else if (c.is(k, "quarter") || c.is(k, "period")) {
    d.period_of_previous = true;
    d.last_completed_quarter = true;
    ++k;
  } else {
    return std::nullopt;
  }
  d.rule = "last|this|next year's <period>";
  return Match{k, d};
}

// "the same period last year", "the corresponding quarter a year ago", "the comparable period a
// year earlier": the period under discussion (a quarter or half), a year before it.
std::optional<Match> same_period_year_back(const Cursor& c) {
  if (!c.is(0, "the") || !(c.is(1, "same") || c.is(1, "corresponding") || c.is(1, "comparable")) ||
      !(c.is(2, "period") || c.is(2, "quarter")))
    return std::nullopt;
  Draft d;
  if (c.is(3, "last") && c.is(4, "year")) {
    d.dct_year_offset = -1;
    d.period_of_previous = true;
    d.last_completed_quarter = true;
  } else if ((c.is(3, "a") || c.is(3, "one")) && c.is(4, "year") && (c.is(5, "ago") || c.is(5, "earlier"))) {
    d.shift_unit = "Y";
    d.shift = -1;
    d.from_previous = true;
    d.as_quarter = c.is(2, "quarter");
  } else {
    return std::nullopt;
  }
  d.rule = "the same period last year";
  return Match{d.from_previous ? 6u : 5u, d};
}

bool ends_clause(const Cursor& c, std::size_t k);

// "by year-end", "at year end": the end of the DCT's year, as "the end of the year" (the one just
// ended after "since"). Only as a noun after a preposition, closing the phrase: "year-end
// results" is an adjective.
std::optional<Match> year_end(const Cursor& c) {
  // "by year-end", "at year end", "by year's end"
  const std::size_t possessive = c.is(1, "'s") && c.same_sentence(0) ? 1 : 0;
  if (!c.is(0, "year") || !c.is(1 + possessive, "end") || c.i == 0 || !ends_clause(c, 2 + possessive)) return std::nullopt;
  const Tok& before = c.toks[c.i - 1];
  if (before.sentence != c.tok(0).sentence) return std::nullopt;
  static constexpr std::string_view k_prepositions[] = {"by",     "at",      "around", "until",  "till",
                                                        "before", "after",   "since",  "toward", "towards",
                                                        "near",   "through", "from",   "to"};
  bool preposition = false;
  for (const std::string_view w : k_prepositions) preposition = preposition || before.lower == w;
  if (!preposition) return std::nullopt;
  Draft d;
  d.shift_unit = "Y";
  d.shift = before.lower == "since"sv ? -1 : 0;
  d.shift_unit_only = true;
  d.mod = "END";
  d.rule = "[by] year-end";
  return Match{2 + possessive, d};
}

// Nothing more of the clause follows: punctuation, the end, or a conjunction.
bool ends_clause(const Cursor& c, std::size_t k) {
  const Tok* t = c.at(k);
  if (t == nullptr || t->sentence != c.toks[c.i].sentence) return true;
  if (!t->number && !t->lower.empty() && !std::isalpha(static_cast<unsigned char>(t->lower[0]))) return t->lower != "'s"sv;
  return t->lower == "and"sv || t->lower == "but"sv || t->lower == "when"sv || t->lower == "that"sv || t->lower == "as"sv;
}

// "two years ago", "a year earlier", "six months later", "three days from now"
std::optional<Match> ago(const Cursor& c) {
  std::size_t k = 0;
  int count = 1;
  if (auto n = count_at(c, 0)) {
    count = n->value;
    k = n->length;
  }
  // "two and a half years ago", "a year and a half later": in months.
  bool half = false;
  const auto and_a_half = [&](std::size_t at) { return c.is(at, "and") && c.is(at + 1, "a") && c.is(at + 2, "half"); };
  if (k > 0 && count > 0 && and_a_half(k)) {
    half = true;
    k += 3;
  }
  auto u = unit_at(c, k);
  if (!u) return std::nullopt;
  if (k == 0 && u->plural) count = -1;  // "years ago": an unspecified number
  if (count > 0) count *= u->multiple;
  k += u->length;
  if (!half && count == 1 && !u->plural && and_a_half(k)) {
    half = true;
    k += 3;
  }
  if (half && u->unit != "Y") return std::nullopt;  // only years halve into whole months
  // "a week or so ago": the approximation sits between the amount and "ago".
  const bool or_so = c.is(k, "or") && c.is(k + 1, "so") && !c.is(k + 2, "or");
  if (or_so) k += 2;
  // "from a year-earlier $7 million": the article belongs to the amount; the adjective
  // "year-earlier" is the expression (see year_ago_compound).
  if ((c.is(0, "a") || c.is(0, "an")) && c.tok(k).hyphen_before) return std::nullopt;
  Draft d;
  d.shift_unit = u->unit;
  if (c.is(k, "ago") && count > 0 && !half && !or_so && (u->unit == "Y" || u->unit == "M") && c.is(k + 1, "this") &&
      (c.is(k + 2, "week") || c.is(k + 2, "month")) && c.same_sentence(k + 2) &&
      !(u->unit == "M" && c.is(k + 2, "month"))) {
    // "Two years ago this week": this week, that many years back (the week of the day a year
    // unit back: the anniversary's week).
    Draft w;
    w.shift_unit = c.is(k + 2, "week") ? "W" : "M";
    w.shift_unit_only = true;
    w.then_unit = u->unit;
    w.then_shift = -count;
    w.rule = "<n> <unit> ago this week|month";
    return Match{k + 3, w};
  }
  if (c.is(k, "ago") || (c.is(k, "before") && c.is(k + 1, "now"))) {
    d.shift = -1;
    k += c.is(k, "ago") ? 1 : 2;
  } else if (c.is(k, "from") && c.is(k + 1, "now")) {
    d.shift = 1;
    k += 2;
  } else if ((c.is(k, "before") || c.is(k, "after")) && !ends_clause(c, k + 1)) {
    return std::nullopt;  // "twenty years after the war": a duration, then a preposition
  } else if (c.is(k, "earlier") || c.is(k, "before") || c.is(k, "prior")) {
    d.shift = -1;
    d.from_previous = true;
    ++k;
  } else if (c.is(k, "later") || c.is(k, "after") || c.is(k, "afterwards") || c.is(k, "hence")) {
    d.shift = 1;
    d.from_previous = true;
    ++k;
  } else {
    return std::nullopt;
  }
  if (count < 0) {
    d.ref = d.shift < 0 ? "PAST_REF" : "FUTURE_REF";
    d.shift_unit.clear();
  } else if (half) {
    d.shift_unit = "M";
    d.shift *= count * 12 + 6;
  } else {
    d.shift *= count;
  }
  if (or_so) {
    if (d.shift_unit.empty()) return std::nullopt;  // "years or so ago": nothing to approximate
    d.mod = "APPROX";
  }
  d.rule = "<n> <unit> ago|earlier|later";
  return Match{k, d};
}

// "the day before last Friday's vote", "two weeks after March 3", "a year before the 2019
// election": a date, moved. The date is any expression placed on its own (not one read from
// the previous expression, not a duration).
std::optional<Match> shifted_date(const Cursor& c) {
  std::size_t k = 0;
  int count = 1;
  // "the Tuesday after Memorial Day", "the Friday before Easter": the first such weekday after
  // (before) a day.
  if (c.is(0, "the")) {
    if (auto w = weekday_at(c, 1)) {  // (a weekday is no unit: nothing below reads "the Friday")
      std::size_t j = 1 + w->length;
      int dir = 0;
      if (c.is(j, "before") || (c.is(j, "prior") && c.is(j + 1, "to")))
        dir = -1;
      else if (c.is(j, "after") || c.is(j, "following"))
        dir = 1;
      else
        return std::nullopt;
      j += c.is(j, "prior") ? 2 : 1;
      if (!c.same_sentence(j - 1)) return std::nullopt;
      // "the Tuesday after the Memorial Day holiday", "after America's Memorial Day holiday"
      if (c.is(j, "the"))
        ++j;
      else if (c.at(j) != nullptr && c.at(j)->capitalized && c.is(j + 1, "'s"))
        j += 2;
      auto inner = match_at(c.from(j));
      if (!inner) return std::nullopt;
      const Draft& base = inner->draft;
      const bool names_day = (base.month && base.day) || !base.holiday.empty();
      if (base.type != Type::date || !names_day || !base.fixed.empty() || !base.ref.empty() || base.from_previous ||
          base.needs_previous || base.then_shift != 0 || base.hour || !base.part.empty() || base.weekend)
        return std::nullopt;
      Draft d = base;
      d.then_unit = "D";
      d.then_shift = dir;
      d.then_weekday = w->value;
      d.rule = "the <weekday> before|after <date>";
      return Match{j + inner->length, d};
    }
  }
  if (c.is(0, "the")) {
    k = 1;
  } else if (auto n = count_at(c, 0); n && n->value > 0) {
    count = n->value;
    k = n->length;
  } else {
    return std::nullopt;
  }
  auto u = unit_at(c, k);
  if (!u || (k == 1 && c.is(0, "the") && u->plural) || u->unit == "H" || u->unit == "MIN" || u->unit == "S")
    return std::nullopt;
  k += u->length;
  int dir = 0;
  if (c.is(k, "before") || (c.is(k, "prior") && c.is(k + 1, "to"))) dir = -1;
  else if (c.is(k, "after")) dir = 1;
  else return std::nullopt;
  k += c.is(k, "prior") ? 2 : 1;
  if (!c.same_sentence(k - 1)) return std::nullopt;
  auto inner = match_at(c.from(k));
  if (!inner) return std::nullopt;
  const Draft& base = inner->draft;
  if (base.type != Type::date || !base.fixed.empty() || !base.ref.empty() || base.from_previous ||
      base.needs_previous || base.then_shift != 0 || base.shift_unit_only || base.weekend)
    return std::nullopt;
  Draft d = base;
  d.then_unit = u->unit;
  d.then_shift = dir * count * u->multiple;
  d.rule = "<n> <unit> before|after <date>";
  return Match{k + inner->length, d};
}

// "the following day", "the next week", "the previous year", "the day before"
std::optional<Match> following(const Cursor& c) {
  if (!c.is(0, "the")) return std::nullopt;
  Draft d;
  // "the next morning", "the following night", "the previous evening": that part of the day after
  // (before) the day being talked about.
  if ((c.is(1, "following") || c.is(1, "next") || c.is(1, "previous") || c.is(1, "preceding")) &&
      part_of_day(c, 2, d) == 1) {
    d.shift_unit = "D";
    d.shift = (c.is(1, "previous") || c.is(1, "preceding")) ? -1 : 1;
    d.from_previous = true;
    d.unit_precision = true;
    d.rule = "the following <unit>";
    return Match{3, d};
  }
  if ((c.is(1, "following") || c.is(1, "next") || c.is(1, "previous") || c.is(1, "preceding")) && unit_at(c, 2) &&
      !unit_at(c, 2)->plural) {
    d.shift_unit = unit_at(c, 2)->unit;
    d.shift = (c.is(1, "previous") || c.is(1, "preceding")) ? -1 : 1;
    d.from_previous = true;
    d.unit_precision = true;
    d.rule = "the following <unit>";
    return Match{3, d};
  }
  // "the day after" alone refers back; "the day after New Year's Day" is a preposition before a date.
  if (unit_at(c, 1) && !unit_at(c, 1)->plural && (c.is(2, "before") || c.is(2, "after")) &&
      (c.at(3) == nullptr || (!c.tok(3).number && !c.tok(3).capitalized && c.tok(3).lower != "the"sv))) {
    d.shift_unit = unit_at(c, 1)->unit;
    d.shift = c.is(2, "before") ? -1 : 1;
    d.from_previous = true;
    d.rule = "the following <unit>";
    return Match{3, d};
  }
  return std::nullopt;
}

// "that year", "that month", "the same day": the unit of the expression just mentioned.
std::optional<Match> that_unit(const Cursor& c) {
  std::size_t k = 0;
  if (c.is(0, "that")) k = 1;
  else if (c.is(0, "the") && c.is(1, "same")) k = 2;
  else return std::nullopt;
  auto u = unit_at(c, k);
  if (!u || u->plural || u->unit == "H" || u->unit == "MIN" || u->unit == "S") return std::nullopt;
  Draft d;
  d.shift_unit = u->unit;
  d.shift = 0;
  d.from_previous = true;
  d.unit_precision = true;
  d.needs_previous = true;
  d.rule = "that <unit>";
  return Match{k + 1, d};
}

// "that November", "that same June": a month the text has already named, in the year it was
// named with ("closed in November 2019 … that November" is 2019-11, not the last November).
std::optional<Match> that_month(const Cursor& c) {
  if (!c.is(0, "that")) return std::nullopt;
  const std::size_t k = c.is(1, "same") ? 2 : 1;
  auto m = month_at(c, k);
  if (!m) return std::nullopt;
  if (day_at(c, k + m->length) || any_year_at(c, k + m->length)) return std::nullopt;  // "that June 3 meeting": a date of its own
  Draft d;
  d.month = m->value;
  d.needs_year = true;
  d.year_of_previous = true;
  d.rule = "that <month>";
  return Match{k + m->length, d};
}

// "last weekend", "this weekend", "the weekend"
std::optional<Match> weekend(const Cursor& c) {
  Draft d;
  const std::size_t k = c.is(0, "this") && c.is(1, "past") ? 1 : 0;  // "this past weekend"
  if (c.is(k, "last") || c.is(k, "past"))
    d.direction = -1;
  else if (c.is(0, "next") || c.is(0, "coming")) d.direction = 1;
  else if (c.is(0, "this")) d.direction = 2;
  else if (c.is(0, "the")) d.direction = 0;
  else return std::nullopt;
  if (!c.is(k + 1, "weekend")) return std::nullopt;
  d.weekend = true;
  d.rule = "<this|last> weekend";
  return Match{k + 2, d};
}

// "six months", "the past three years", "the first nine months", "two-year", "several weeks"
std::optional<Match> duration(const Cursor& c) {
  std::size_t k = 0;
  bool determiner = false;
  if (c.is(0, "the") && (c.is(1, "past") || c.is(1, "last") || c.is(1, "next") || c.is(1, "first") ||
                         c.is(1, "final") || c.is(1, "coming") || c.is(1, "previous"))) {
    k = 2;
    determiner = true;
  } else if (c.is(0, "the") && count_at(c, 1) && c.tok(1).lower != "a"sv && c.tok(1).lower != "an"sv) {
    k = 1;  // "the nine months"
    determiner = true;
  } else if ((c.is(0, "past") || c.is(0, "last") || c.is(0, "next")) && count_at(c, 1) && count_at(c, 1)->value != 1) {
    k = 1;
  } else if (c.is(0, "coming") && c.i > 0 && c.toks[c.i - 1].sentence == c.tok(0).sentence) {
    // "in coming months", "over coming weeks": as "the coming months", after a preposition.
    const std::string_view before = c.toks[c.i - 1].lower;
    if (before == "in"sv || before == "over"sv || before == "during"sv || before == "within"sv) {
      const auto u = unit_at(c, 1);
      if (!u || !u->plural) return std::nullopt;
      Draft v;
      v.ref = "FUTURE_REF";
      v.rule = "the coming <units>";
      return Match{1 + u->length, v};
    }
  }
  // "half a year", "half an hour"
  bool half = false;
  std::optional<Piece> n;
  if (k == 0 && c.is(0, "half") && (c.is(1, "a") || c.is(1, "an"))) {
    n = Piece{0, 2};
    half = true;
  } else {
    n = count_at(c, k);
  }
  int count = 1;
  if (n) {
    count = n->value;
    k += n->length;
  } else if (!determiner) {
    return std::nullopt;
  }
  // "2 1/2 years", "two and a half years"
  if (n && !half && count >= 0) {
    if (c.is(k, "1") && c.is(k + 1, "/") && c.is(k + 2, "2") && !c.tok(k + 1).space_before && !c.tok(k + 2).space_before) {
      half = true;
      k += 3;
    } else if (c.is(k, "\xC2\xBD")) {
      half = true;
      k += 1;
    } else if (c.is(k, "and") && c.is(k + 1, "a") && c.is(k + 2, "half")) {
      half = true;
      k += 3;
    }
  }
  bool run = false;  // "two consecutive quarters", "an additional year": a run of units, never a fraction
  if (n && (c.is(k, "consecutive") || c.is(k, "straight") || c.is(k, "successive") || c.is(k, "more") ||
            c.is(k, "full") || c.is(k, "additional") || c.is(k, "extra") || c.is(k, "further"))) {
    ++k;
    run = true;
  }
  auto u = unit_at(c, k);
  if (!u) return std::nullopt;
  // "three quarters of the staff" is a fraction; "several quarters of losses", "two consecutive
  // quarters of growth" are periods (a fraction has a number, and no "consecutive").
  if (c.is(k + 1, "of") && u->unit == "Q" && !run && !(n && n->value < 0)) return std::nullopt;
  // "CBS's \"60 Minutes\"", "``48 Hours''": a capitalised unit right after an opening quotation
  // mark is a programme's name, as "This Week" is.
  if (n && c.tok(k).capitalized && after_opening_quote(c)) return std::nullopt;
  if (n && n->value >= 1000 && !u->plural) return std::nullopt;  // "the 1988 second quarter": a year, not a count
  // "a year-earlier $7 million", "a year-ago loss": the adjective "year-earlier" (year_ago_compound).
  if (c.tok(k + 1).hyphen_before && (c.is(k + 1, "earlier") || c.is(k + 1, "ago"))) return std::nullopt;
  // "two-year" (adjective, singular after a hyphen) or "two years"; "a year" is one year.
  const bool hyphenated = c.tok(k).hyphen_before;
  if (hyphenated && determiner && !(c.is(1, "past") || c.is(1, "last") || c.is(1, "next") || c.is(1, "first")))
    return std::nullopt;  // "the three-week strike": the adjective alone is the expression
  if (hyphenated && !n) return std::nullopt;  // "the last-minute deal": no count, an adjective
  if (!n && u->plural) {
    // "the first hours of the war", "the final days": an unknown number of units.
    if (c.is(1, "first") || c.is(1, "final")) {
      Draft v;
      v.type = Type::duration;
      v.fixed = duration_value(u->unit, -1);
      v.rule = "<n> <unit>";
      return Match{k + u->length, v};
    }
    // "the coming years", "the past few weeks" without a count: a vague reference.
    Draft v;
    v.ref = (c.is(1, "coming") || c.is(1, "next")) ? "FUTURE_REF" : "PAST_REF";
    v.rule = "the coming <units>";
    return Match{k + 1, v};
  }
  // "a three hour meeting": a singular unit after a count is an adjective too when a noun follows.
  const bool noun_follows = c.at(k + 1) != nullptr && c.tok(k + 1).sentence == c.tok(k).sentence && !c.tok(k + 1).capitalized &&
                            !c.tok(k + 1).lower.empty() && std::isalpha(static_cast<unsigned char>(c.tok(k + 1).lower[0])) &&
                            c.tok(k + 1).lower != "and"sv && c.tok(k + 1).lower != "or"sv && c.tok(k + 1).lower != "of"sv;
  if (n && n->value > 1 && !u->plural && !hyphenated && !noun_follows) return std::nullopt;
  // "a second hearing", "a second term": the ordinal, not a duration of one second.
  if (u->unit == "S" && !u->plural && c.is(k, "second") && noun_follows && !c.is(k + 1, "later") &&
      !c.is(k + 1, "earlier") && !c.is(k + 1, "ago") && !c.is(k + 1, "before") && !c.is(k + 1, "after") &&
      !c.is(k + 1, "too") && !c.is(k + 1, "longer"))
    return std::nullopt;
  if (n && n->value == 1 && u->plural && !half) return std::nullopt;
  k += u->length;
  if (c.is(k, "old")) return std::nullopt;  // "two-year-old" is an age
  // "a three-day-long meeting" is one adjective; in "a day-long meeting" the article is not part
  // of "day-long" (the rule "<unit>-long").
  if (c.is(k, "long") && c.tok(k).hyphen_before) {
    if (!hyphenated) return std::nullopt;
    ++k;
  }
  // "a year and a half"
  if (!half && count == 1 && c.is(k, "and") && c.is(k + 1, "a") && c.is(k + 2, "half")) {
    half = true;
    k += 3;
  }
  // "Islam will one day be the second religion": after a modal, "one day" is some day ahead.
  if (k == 2 && c.is(0, "one") && u->unit == "D" && !u->plural && after_modal(c)) {
    Draft v;
    v.ref = "FUTURE_REF";
    v.rule = "<n> <unit>";
    return Match{k, v};
  }
  Draft d;
  d.type = Type::duration;
  d.fixed = half && count >= 0 ? half_duration_value(u->unit, count * u->multiple)
                               : duration_value(u->unit, count < 0 ? count : count * u->multiple);
  d.rule = "<n> <unit>";
  return Match{k, d};
}

// "for years", "recent years", "in recent weeks": an unspecified number of units.
std::optional<Match> vague_duration(const Cursor& c) {
  std::size_t k = 0;
  if (c.is(0, "recent")) k = 1;
  auto u = unit_at(c, k);
  if (!u || !u->plural) return std::nullopt;
  const Tok* prev = c.i > 0 ? &c.toks[c.i - 1] : nullptr;
  // "for years", "within weeks", "waited months", "lasted days": after a preposition of time or a verb.
  auto verb_like = [](const std::string& w) {
    return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
  };
  if (k == 0 && !(prev != nullptr && prev->sentence == c.tok(0).sentence &&
                  (prev->lower == "for"sv || prev->lower == "within"sv || prev->lower == "took"sv || prev->lower == "takes"sv ||
                   prev->lower == "take"sv || prev->lower == "spent"sv || verb_like(prev->lower))))
    return std::nullopt;
  Draft d;
  d.type = Type::duration;
  d.fixed = duration_value(u->unit, -1);
  d.rule = "for <units>";
  return Match{k + 1, d};
}

// "a day-long meeting", "a year-long inquiry", "the decades-long dispute": an adjective of length,
// a DURATION as TimeML marks "two-year"; a plural unit is an unknown number of them (PXY).
std::optional<Match> unit_long(const Cursor& c) {
  auto u = unit_at(c, 0);
  if (!u || !c.is(u->length, "long") || !c.tok(u->length).hyphen_before || c.tok(0).hyphen_before) return std::nullopt;
  Draft d;
  d.type = Type::duration;
  d.fixed = duration_value(u->unit, u->plural ? -1 : u->multiple);
  d.rule = "<unit>-long";
  return Match{u->length + 1, d};
}

// daily, every year, each month, every Monday
std::optional<Match> set(const Cursor& c) {
  const auto candidates = c.res.set_index.find(c.tok(0).lower);
  for (const std::size_t index : candidates != c.res.set_index.end() ? candidates->second : std::vector<std::size_t>{}) {
    const auto& [phrase, value] = c.res.sets[index];
    if (!c.starts_with(phrase)) continue;
    // "daily newspaper", "quarterly earnings": an adjective before a noun is not a SET.
    if (phrase.size() == 1 && phrase[0].size() > 2 && phrase[0].substr(phrase[0].size() - 2) == "ly" && phrase[0] != "annually") {
      const Tok* next = c.at(1);
      // A preposition after it makes it an adverb ("gather daily outside the house"), unless it
      // starts a compound adjective ("quarterly after-tax profit").
      static constexpr std::string_view k_ok[] = {"in",      "on",      "at",     "for",    "and",     "or",
                                                  "to",      "by",      "from",   "since",  "until",   "as",
                                                  "basis",   "outside", "inside", "during", "through", "throughout",
                                                  "with",    "across",  "near",   "into",   "after",   "before",
                                                  "without", "under",   "around", "except"};
      const Tok* before = c.i > 0 ? &c.toks[c.i - 1] : nullptr;
      const bool after_article = before != nullptr && (before->lower == "a"sv || before->lower == "an"sv);
      if (!after_article && next != nullptr && next->sentence == c.toks[c.i].sentence && !next->lower.empty() &&
          std::isalpha(static_cast<unsigned char>(next->lower[0]))) {
        bool allowed = false;
        for (const std::string_view w : k_ok) allowed = allowed || next->lower == w;
        if (!allowed || c.tok(2).hyphen_before) continue;
      }
    }
    Draft d;
    d.type = Type::set;
    d.fixed = value;
    d.rule = "every <unit>";
    return Match{phrase.size(), d};
  }
  // "twice a year", "once a month": the frequency belongs to the set, as TimeML marks it.
  if ((c.is(0, "once") || c.is(0, "twice")) && (c.is(1, "a") || c.is(1, "an") || c.is(1, "per") || c.is(1, "each")))
    if (auto u = unit_at(c, 2); u && !u->plural) {
      Draft d;
      d.type = Type::set;
      d.fixed = duration_value(u->unit, u->multiple);
      d.rule = "every <unit>";
      return Match{2 + u->length, d};
    }
  // "$412 million a year", "200 cases per month": a rate after an amount.
  if ((c.is(0, "a") || c.is(0, "an") || c.is(0, "per")) && c.i > 0) {
    const Tok& prev = c.toks[c.i - 1];
    static constexpr std::string_view k_amounts[] = {"million", "billion", "trillion", "thousand", "hundred", "dollars", "yen",
                                            "euros", "pounds", "percent", "%", "times", "cases", "people"};
    bool amount = prev.number || c.is(0, "per");
    for (const std::string_view a : k_amounts) amount = amount || prev.lower == a;
    if (auto u = unit_at(c, 1); amount && u && !u->plural && prev.sentence == c.tok(0).sentence) {
      Draft d;
      d.type = Type::set;
      d.fixed = duration_value(u->unit, u->multiple);
      d.rule = "every <unit>";
      return Match{2, d};
    }
  }
  if (c.is(0, "every")) {
    if (auto n = count_at(c, 1); n && n->value > 1)
      if (auto u = unit_at(c, 1 + n->length); u && u->plural) {
        Draft d;
        d.type = Type::set;
        d.fixed = duration_value(u->unit, n->value);
        d.rule = "every <unit>";
        return Match{2 + n->length, d};
      }
  }
  if ((c.is(0, "every") || c.is(0, "each")) && weekday_at(c, 1)) {
    Draft d;
    d.type = Type::set;
    d.fixed = "XXXX-WXX-" + std::to_string(weekday_at(c, 1)->value);
    d.rule = "every <unit>";
    return Match{2, d};
  }
  // "every July", "each December": that month of every year.
  if (c.is(0, "every") || c.is(0, "each"))
    if (auto m = month_at(c, 1); m && c.tok(1).capitalized) {
      Draft d;
      d.type = Type::set;
      d.fixed = std::string(m->value < 10 ? "XXXX-0" : "XXXX-") + std::to_string(m->value);
      d.rule = "every <unit>";
      return Match{1 + m->length, d};
    }
  return std::nullopt;
}

// "earlier this year", "later this month": the unit itself.
std::optional<Match> earlier_this(const Cursor& c) {
  if (!(c.is(0, "earlier") || c.is(0, "later"))) return std::nullopt;
  const std::size_t k = (c.is(1, "in") && c.is(2, "the")) ? 3 : 1;
  Draft d;
  if (k == 3) {
    auto u = unit_at(c, 3);
    if (!u || u->plural) return std::nullopt;
    d.shift_unit = u->unit;
    d.shift_unit_only = true;
    d.rule = "earlier this <unit>";
    return Match{4, d};
  }
  auto inner = relative_unit(c.from(1));
  if (!inner || !inner->draft.shift_unit_only) return std::nullopt;
  inner->draft.rule = "earlier this <unit>";
  return Match{1 + inner->length, inner->draft};
}

// "the year-ago quarter", "the year-earlier period", "year-ago": the same period a year before
// the one just mentioned.
std::optional<Match> year_ago_compound(const Cursor& c) {
  std::size_t k = c.is(0, "the") ? 1 : 0;
  if (!c.is(k, "year") || !(c.is(k + 1, "ago") || c.is(k + 1, "earlier")) || !c.tok(k + 1).hyphen_before)
    return std::nullopt;
  k += 2;
  Draft d;
  if (ordinal_at(c, k) && c.is(k + 1, "quarter")) {
    k += 2;
  } else if (c.is(k, "quarter")) {
    d.as_quarter = true;
    k += 1;
  } else if (c.is(k, "period")) {
    k += 1;
  } else if (k == 3) {
    // "the year-ago" alone is not an expression; before another noun ("the year-ago results")
    // the adjective alone is, as TimeML marks it.
    return std::nullopt;
  }
  d.shift_unit = "Y";
  d.shift = -1;
  d.from_previous = true;
  d.rule = "the year-ago <period>";
  return Match{k, d};
}

// "the year" / "the full year": the DCT's year; "the year ended Sept. 30" / "the fiscal year ending
// June 30": a period of one year (a DURATION, as in financial reports).
std::optional<Match> the_year_ref(const Cursor& c) {
  if (!c.is(0, "the")) return std::nullopt;
  std::size_t k = 1;
  const bool qualified = c.is(1, "full") || c.is(1, "fiscal") || c.is(1, "calendar") || c.is(1, "whole") || c.is(1, "entire");
  if (qualified) ++k;
  if (!c.is(k, "year")) return std::nullopt;
  Draft d;
  if (c.is(k + 1, "ended") || c.is(k + 1, "ending") || c.is(k + 1, "ends") || c.is(k + 1, "through") ||
      (c.is(1, "fiscal") && !c.is(k + 1, "'s"))) {
    d.type = Type::duration;
    d.fixed = "P1Y";
  } else {
    if (c.tok(k + 1).hyphen_before) return std::nullopt;  // "the year-ago quarter"
    d.shift_unit = "Y";
    d.shift = 0;
    d.shift_unit_only = true;
  }
  d.rule = "the [full] year";
  return Match{k + 1, d};
}

// "June last year", "March of this year", "Friday last week", "Monday next week".
std::optional<Match> in_relative_period(const Cursor& c) {
  Draft d;
  std::size_t k = 0;
  if (auto m = month_at(c, 0)) {
    d.month = m->value;
    k = m->length;
    if (auto day = day_at(c, k)) {  // "June 5 last year"
      d.day = day->value;
      ++k;
    }
  } else if (auto w = weekday_at(c, 0)) {
    d.weekday = w->value;
    k = 1;
  } else {
    return std::nullopt;
  }
  if (c.is(k, "of")) ++k;
  auto period = relative_unit(c.from(k));
  if (!period || !period->draft.shift_unit_only) return std::nullopt;
  const std::string& unit = period->draft.shift_unit;
  if (d.month && unit == "Y") d.dct_year_offset = period->draft.shift;
  else if (d.weekday && unit == "W") d.dct_week_offset = period->draft.shift;
  else return std::nullopt;
  d.rule = "<month|weekday> last|this|next <year|week>";
  return Match{k + period->length, d};
}

}  // namespace

void add_relative_rules(std::vector<Rule>& out) {
  out.push_back({"<month|weekday> last|this|next <year|week>", in_relative_period, k_month | k_weekday});
  out.push_back({"the [full] year", the_year_ref, k_the});
  out.push_back({"the year-ago <period>", year_ago_compound, k_the | k_year_word});
  out.push_back({"[by] year-end", year_end, k_year_word});
  out.push_back({"[last|next] <weekday> [<part of day>]", weekday, k_relative | k_weekday | k_the});
  out.push_back({"<time word>", time_word, k_time_word});
  out.push_back({"this <part of day>", this_part_of_day, k_relative});
  out.push_back({"last|this|next <unit>", relative_unit, k_relative | k_the});
  out.push_back({"last|this|next year's <period>", relative_year_period, k_relative | k_the});
  out.push_back({"the same period last year", same_period_year_back, k_the});
  out.push_back({"earlier this <unit>", earlier_this, k_earlier});
  out.push_back({"<n> <unit> ago|earlier|later", ago, k_count | k_digit | k_unit});
  out.push_back({"<n> <unit> before|after <date>", shifted_date, k_the | k_count | k_digit});
  out.push_back({"the following <unit>", following, k_the});
  out.push_back({"that <unit>", that_unit, k_that | k_the});
  out.push_back({"that <month>", that_month, k_that});
  out.push_back({"<this|last> weekend", weekend, k_relative | k_the});
  out.push_back({"every <unit>", set, k_set_word});  // before durations: "$3 million a year" is a rate
  out.push_back({"<n> <unit>", duration, k_the | k_relative | k_count | k_digit});
  out.push_back({"for <units>", vague_duration, k_recent | k_unit});
  out.push_back({"<unit>-long", unit_long, k_unit});
}

}  // namespace timeline::timex
