#include "timex/rules.hpp"

#include "timex/rules_family.hpp"

namespace timeline::timex {
namespace {

const std::vector<Rule>& table() {
  static const std::vector<Rule> all = [] {
    std::vector<Rule> v;
    add_calendar_rules(v);
    add_relative_rules(v);
    return v;
  }();
  return all;
}

std::optional<Match> plain_match(const Cursor& c) {
  std::optional<Match> best;
  const unsigned starts = c.tok(0).starts;
  for (const auto& rule : table()) {
    if ((rule.starts & starts) == 0) continue;
    auto m = rule.fn(c);
    if (!m || m->length == 0) continue;
    // Never cross a sentence boundary.
    if (c.toks[c.i + m->length - 1].sentence != c.toks[c.i].sentence) continue;
    if (!best || m->length > best->length) best = std::move(m);
  }
  return best;
}

bool is_point(const Draft& d) {
  return d.type != Type::duration && d.type != Type::set && d.ref.empty();
}

}  // namespace

std::span<const Rule> rules() { return table(); }

void classify(Tok& t, const Resources& res) {
  const std::string& w = t.lower;
  if (w.empty()) return;
  unsigned s = (w[0] >= '0' && w[0] <= '9') ? k_digit : 0u;
  if (w.size() == 6 && w.rfind("fy", 0) == 0) s |= k_fiscal;  // FY2020
  const auto it = res.word_starts.find(w);
  if (it != res.word_starts.end()) {
    s |= it->second.any | (t.capitalized ? it->second.capitalized : 0u);
    t.tense = it->second.tense;
    t.inner = it->second.inner;
    if (!it->second.tense_phrases.empty()) t.tense_phrases = &it->second.tense_phrases;
  }
  t.starts = s;
}

void index_starts(Resources& res) {
  auto any = [&](const std::string& w, unsigned bits) { res.word_starts[w].any |= bits; };
  auto cap = [&](const std::string& w, unsigned bits) { res.word_starts[w].capitalized |= bits; };
  for (const auto& [w, v] : res.months) cap(w, k_month);
  for (const auto& [w, v] : res.weekdays) cap(w, k_weekday);
  for (const auto& w : res.holiday_starts) cap(w, k_holiday);
  any("the", k_the);
  for (const auto& [w, v] : res.numbers) any(w, k_count);
  for (const auto& [w, v] : res.units) any(w, k_unit);
  for (const char* w : {"last", "this", "next", "past", "coming", "previous", "current"}) any(w, k_relative);
  for (const auto& [w, v] : res.time_word_index) any(w, k_time_word);
  for (const auto& [w, v] : res.set_index) any(w, k_set_word);
  for (const char* w : {"every", "each", "per", "a", "an", "once", "twice"}) any(w, k_set_word);
  for (const auto& [w, v] : res.seasons) any(w, k_season);
  for (const char* w : {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"}) any(w, k_ordinal);
  for (const char* w : {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty"})
    any(w, k_ordinal);   // centuries
  any("half", k_count);  // "half a year"
  for (const char* w : {"fiscal", "fy", "financial"}) any(w, k_fiscal);
  for (const char* w : {"q1", "q2", "q3", "q4", "h1", "h2"}) any(w, k_period);
  any("that", k_that);
  any("earlier", k_earlier);
  any("later", k_earlier);
  any("recent", k_recent);
  for (const char* w : {"noon", "midday", "midnight"}) any(w, k_noon);
  any("year", k_year_word);
  any("'", k_apostrophe);
  any("\xE2\x80\x99", k_apostrophe);
  for (const auto& [w, v] : res.modifier_index) any(w, k_modifier);
  for (const char* w : {"the", "a", "an", "that", "this", "last", "next", "each", "every", "per", "for", "some", "over",
                        "about", "around"})
    any(w, k_opener);
  for (const auto& [w, tense] : res.tense) res.word_starts[w].tense = tense[0];  // 'f', 'p', 'd', 's'
  for (std::size_t k = 0; k < res.tense_phrases.size(); ++k)
    res.word_starts[res.tense_phrases[k].first.back()].tense_phrases.push_back(static_cast<std::uint32_t>(k));
  for (const auto& w : res.inner) res.word_starts[w].inner = true;
}

std::optional<Match> match_at(const Cursor& c) {
  std::optional<Match> best = plain_match(c);
  // "the mid-1990s", "the early 2000s": an article before a part modifier belongs to the expression.
  const std::size_t article = c.is(0, "the") ? 1 : 0;
  static const std::vector<std::size_t> k_none;
  const auto here = c.res.modifier_index.find(c.tok(0).lower);
  const auto after = article ? c.res.modifier_index.find(c.tok(1).lower) : c.res.modifier_index.end();
  // The modifiers starting here, then those starting after the article (no copy: this runs often).
  const std::vector<std::size_t>& first = here != c.res.modifier_index.end() ? here->second : k_none;
  const std::vector<std::size_t>& second = after != c.res.modifier_index.end() ? after->second : k_none;
  for (std::size_t n = 0; n < first.size() + second.size(); ++n) {
    const std::size_t index = n < first.size() ? first[n] : second[n - first.size()];
    const auto& [phrase, modifier] = c.res.modifiers[index];
    std::size_t lead = 0;
    if (!c.starts_with(phrase)) {
      if (article == 0 || modifier.applies != "part" || !c.from(1).starts_with(phrase)) continue;
      lead = 1;
    }
    const std::size_t len = lead + phrase.size();
    auto inner = plain_match(c.from(len));
    if (!inner) continue;
    Draft d = inner->draft;
    if (modifier.applies == "part") {
      if (!is_point(d) || !d.mod.empty()) continue;
      d.mod = modifier.mod;
    } else {  // amount: on durations; on "… ago" it bounds the point
      if (d.type == Type::duration) {
        d.mod = modifier.mod;
      } else if (!d.shift_unit.empty() && !d.shift_unit_only && !d.from_previous) {
        const bool past = d.shift < 0;
        if (modifier.mod == "MORE_THAN" || modifier.mod == "EQUAL_OR_MORE") d.point_mod = past ? "BEFORE" : "AFTER";
        else if (modifier.mod == "LESS_THAN" || modifier.mod == "EQUAL_OR_LESS") d.point_mod = past ? "AFTER" : "BEFORE";
        else d.mod = "APPROX";
        if (!d.point_mod.empty()) d.mod = d.point_mod;
      } else if (modifier.mod == "APPROX" && is_point(d) && d.mod.empty()) {
        d.mod = "APPROX";  // "around 1960"
      } else {
        continue;
      }
    }
    if (!best || len + inner->length > best->length) best = Match{len + inner->length, d};
  }
  // "the next two years or so", "a decade or so": "or so" approximates the expression before it,
  // and TimeML counts it in (mod APPROX), when it closes the phrase ("a year or so ago" is the
  // rule of "ago").
  if (best && c.is(best->length, "or") && c.is(best->length + 1, "so") && c.same_sentence(best->length - 1) &&
      c.same_sentence(best->length) && !c.is(best->length + 2, "ago") &&
      !c.is(best->length + 2, "earlier") && !c.is(best->length + 2, "later")) {
    best->length += 2;
    if (best->draft.mod.empty()) best->draft.mod = "APPROX";
  }
  return best;
}

}  // namespace timeline::timex
