#include "timex/resources.hpp"
#include "timex/rules.hpp"
#include "lexicon/compiled.hpp"

#include <algorithm>
#include <charconv>

#include "util/strings.hpp"

namespace timeline::timex {
namespace {

std::vector<std::string> words(const std::string& phrase) {
  std::vector<std::string> out;
  const std::string lower = util::to_lower_ascii(phrase);  // split() returns views into it
  for (const auto w : util::split(lower, ' '))
    if (!w.empty()) out.emplace_back(w);
  return out;
}

// Longer phrases first, so "at the moment" wins over "at".
template <typename T>
void longest_first(std::vector<std::pair<std::vector<std::string>, T>>& v) {
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

Result<Resources> compile(const Lexicon& lex) {
  Resources r;
  auto table = [&](std::string_view name) { return lex.table(name); };
  for (const auto& [name, target] : {std::pair{"en/months", &r.months}, std::pair{"en/weekdays", &r.weekdays}}) {
    auto t = table(name);
    if (!t) return Error{t.error()};
    for (const auto& row : (*t)->rows) {
      int v = 0;
      const std::string& f = row.field(1);
      const auto [p, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
      if (ec != std::errc() || p != f.data() + f.size()) return Error{(*t)->error_at(row, "expected a number, got '" + f + "'")};
      (*target)[util::to_lower_ascii(row.field(0))] = v;
    }
  }
  auto numbers = table("en/numbers");
  if (!numbers) return Error{numbers.error()};
  for (const auto& row : (*numbers)->rows) {
    const std::string& v = row.field(1);
    if (v == "X") {
      r.numbers[row.field(0)] = std::nullopt;
      continue;
    }
    int n = 0;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || p != v.data() + v.size()) return Error{(*numbers)->error_at(row, "expected a number or X, got '" + v + "'")};
    r.numbers[row.field(0)] = n;
  }
  auto units = table("en/time_units");
  if (!units) return Error{units.error()};
  for (const auto& row : (*units)->rows) {
    static const std::vector<std::string> k_units{"Y", "Q", "M", "W", "D", "H", "MIN", "S", "DE", "CE"};
    std::string unit = row.field(1);
    int multiple = 1;
    std::size_t digits = 0;
    while (digits < unit.size() && unit[digits] >= '0' && unit[digits] <= '9') ++digits;
    if (digits > 0) {
      multiple = std::stoi(unit.substr(0, digits));
      unit = unit.substr(digits);
    }
    if (std::find(k_units.begin(), k_units.end(), unit) == k_units.end() || multiple < 1)
      return Error{(*units)->error_at(row, "unknown unit '" + row.field(1) + "'")};
    r.units[row.field(0)] = {unit, multiple};
  }
  auto seasons = table("en/seasons");
  if (!seasons) return Error{seasons.error()};
  for (const auto& row : (*seasons)->rows) {
    if (row.field(1) == "season") r.seasons[row.field(0)] = row.field(2);
    else if (row.field(1) == "part") r.parts[row.field(0)] = row.field(2);
    else return Error{(*seasons)->error_at(row, "unknown kind '" + row.field(1) + "' (expected season|part)")};
  }
  auto tense = table("en/tense_cues");
  if (!tense) return Error{tense.error()};
  for (const auto& row : (*tense)->rows) {
    if (row.field(1) != "future" && row.field(1) != "past" && row.field(1) != "deadline" && row.field(1) != "since" &&
        row.field(1) != "none" && row.field(1) != "lasting")
      return Error{(*tense)->error_at(
          row, "unknown tense '" + row.field(1) + "' (expected future|past|deadline|since|lasting|none)")};
    auto phrase = words(row.field(0));
    if (phrase.empty()) return Error{(*tense)->error_at(row, "empty cue")};
    if (phrase.size() == 1 && row.field(1) == "none")
      return Error{(*tense)->error_at(row, "'none' is for phrases that hold a cue word (\"as planned\")")};
    if (phrase.size() == 1) r.tense[phrase.front()] = row.field(1);
    else r.tense_phrases.emplace_back(std::move(phrase), row.field(1)[0]);
  }
  // The claims stage reads the same classes: one list of words for both.
  auto clause = table("en/clause_words");
  if (!clause) return Error{clause.error()};
  for (const auto& row : (*clause)->rows)
    for (const auto cls : util::split(row.field(1), ',')) {
      if (cls == "awareness") r.knowing.insert(util::to_lower_ascii(row.field(0)));
      if (cls == "telling") r.telling.insert(util::to_lower_ascii(row.field(0)));
      if (cls == "incident") r.incidents.insert(util::to_lower_ascii(row.field(0)));
    }
  auto tw = table("en/time_words");
  if (!tw) return Error{tw.error()};
  for (const auto& row : (*tw)->rows) {
    const std::string& m = row.field(1);
    const bool day = m.size() >= 4 && m.rfind("day", 0) == 0 &&
                     ((m[3] == '+' || m[3] == '-') ? m.size() > 4 : (m.size() == 7 && m.substr(3, 2) == "0:"));
    if (!day && m != "PRESENT_REF" && m != "PAST_REF" && m != "FUTURE_REF")
      return Error{(*tw)->error_at(row, "meaning must be day±N, day0:MO|AF|EV|NI or PRESENT_REF|PAST_REF|FUTURE_REF, got '" + m + "'")};
    r.time_words.emplace_back(words(row.field(0)), m);
  }
  auto sets = table("en/sets");
  if (!sets) return Error{sets.error()};
  for (const auto& row : (*sets)->rows) r.sets.emplace_back(words(row.field(0)), row.field(1));
  auto mods = table("en/time_modifiers");
  if (!mods) return Error{mods.error()};
  for (const auto& row : (*mods)->rows) {
    const std::string& applies = row.field(1);
    if (applies != "part" && applies != "amount" && applies != "point")
      return Error{(*mods)->error_at(row, "unknown target '" + applies + "' (expected part|amount|point)")};
    r.modifiers.emplace_back(words(row.field(0)), Modifier{applies, row.field(2)});
  }
  auto holidays = table("en/holidays");
  if (!holidays) return Error{holidays.error()};
  for (const auto& row : (*holidays)->rows) {
    std::string name = row.field(0);
    for (std::size_t p = name.find("'s"); p != std::string::npos; p = name.find("'s", p + 3)) name.insert(p, " ");
    for (std::size_t p = name.find("s'"); p != std::string::npos; p = name.find("s'", p + 3)) name.insert(p + 1, " ");
    const std::string& rule = row.field(1);
    const bool fixed = rule.size() == 5 && rule[2] == '-';
    const bool nth = std::count(rule.begin(), rule.end(), '-') == 2;
    const bool easter = rule.rfind("easter", 0) == 0;
    if (!fixed && !nth && !easter)
      return Error{(*holidays)->error_at(row, "rule must be MM-DD, N-W-MM[+D] or easter±N, got '" + rule + "'")};
    r.holidays.emplace_back(words(name), rule);
    r.holiday_starts.insert(r.holidays.back().first.front());
  }
  longest_first(r.holidays);
  // Words inside expressions, so that a frequent opener ("the", "a", "last") is only tried
  // before one of them: the rules' own words, then every lexicon word.
  for (const char* w :
       {"the",         "last",         "this",      "next",      "past",        "coming",     "previous",   "current",
        "that",        "every",        "each",      "per",       "a",           "an",         "fiscal",     "fy",
        "earlier",     "later",        "recent",    "noon",      "midday",      "midnight",   "for",        "year",
        "'",           "\xE2\x80\x99", "first",     "second",    "third",       "fourth",     "1st",        "2nd",
        "3rd",         "4th",          "q1",        "q2",        "q3",          "q4",         "h1",         "h2",
        "consecutive", "latest",       "most",      "full",      "calendar",    "whole",      "entire",     "same",
        "following",   "preceding",    "final",     "weekend",   "half",        "period",     "ago",        "before",
        "after",       "now",          "hence",     "future",    "moment",      "present",    "days",       "beginning",
        "start",       "middle",       "end",       "of",        "to",          "and",        "month",      "week",
        "quarter",     "decade",       "century",   "level",     "results",     "tenth",      "eleventh",   "twelfth",
        "thirteenth",  "fourteenth",   "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "twenty",      "twenties",     "thirties",  "forties",   "fifties",     "sixties",    "seventies",  "eighties",
        "nineties",    "corresponding", "comparable", "additional", "extra", "further"})
    r.inner.insert(w);
  for (const auto* list : {&r.time_words, &r.sets, &r.holidays})
    for (const auto& [p, v] : *list)
      for (const auto& w : p) r.inner.insert(w);
  for (const auto& [p, v] : r.modifiers)
    for (const auto& w : p) r.inner.insert(w);
  for (const auto* m : {&r.months, &r.weekdays})
    for (const auto& [w, v] : *m) r.inner.insert(w);
  for (const auto& [w, v] : r.numbers) r.inner.insert(w);
  for (const auto& [w, v] : r.units) r.inner.insert(w);
  for (const auto& [w, v] : r.seasons) r.inner.insert(w);
  for (const auto& [w, v] : r.parts) r.inner.insert(w);
  longest_first(r.time_words);
  longest_first(r.sets);
  longest_first(r.modifiers);
  for (std::size_t k = 0; k < r.time_words.size(); ++k) r.time_word_index[r.time_words[k].first.front()].push_back(k);
  for (std::size_t k = 0; k < r.sets.size(); ++k) r.set_index[r.sets[k].first.front()].push_back(k);
  for (std::size_t k = 0; k < r.modifiers.size(); ++k) r.modifier_index[r.modifiers[k].first.front()].push_back(k);
  index_starts(r);  // last: it reads the indexes above
  return r;
}

}  // namespace

bool Resources::can_continue(const std::string& lower) const {
  if (lower.empty()) return false;
  if (lower[0] >= '0' && lower[0] <= '9') return true;
  return inner.count(lower) != 0;
}

Result<const Resources*> resources_for(const Lexicon* lexicon) { return lexicon::compiled(lexicon, &compile); }

}  // namespace timeline::timex
