// The tagger: scan tokens, take the best rule match at each place, resolve it against the
// DCT, the sentence's tense and the previous expression, left to right.
#include <date/date.h>

#include "timeline/timex.hpp"
#include "timex/resolve.hpp"
#include "timex/resources.hpp"
#include "timex/rules.hpp"
#include "timex/scanner.hpp"

namespace timeline::timex {

const char* to_string(Type t) {
  switch (t) {
    case Type::date: return "DATE";
    case Type::time: return "TIME";
    case Type::duration: return "DURATION";
    case Type::set: return "SET";
  }
  return "DATE";
}

const char* to_string(Precision p) {
  switch (p) {
    case Precision::none: return "none";
    case Precision::century: return "century";
    case Precision::decade: return "decade";
    case Precision::year: return "year";
    case Precision::half: return "half";
    case Precision::quarter: return "quarter";
    case Precision::season: return "season";
    case Precision::month: return "month";
    case Precision::week: return "week";
    case Precision::day: return "day";
    case Precision::part_of_day: return "part_of_day";
    case Precision::hour: return "hour";
    case Precision::minute: return "minute";
  }
  return "none";
}

namespace {

// The sentence's tense from its cue words: future wins (a future cue is rarer and decisive).
std::vector<std::string> sentence_tenses(const std::vector<Tok>& toks, const Resources& res) {
  std::vector<std::string> tense;
  for (const auto& t : toks) {
    if (t.sentence >= tense.size()) tense.resize(t.sentence + 1);
    const auto it = res.tense.find(t.lower);
    if (it == res.tense.end()) continue;
    std::string& s = tense[t.sentence];
    if (it->second == "future") s = "future";
    else if (s.empty()) s = "past";
  }
  return tense;
}

}  // namespace

Result<std::vector<Timex>> tag(std::string_view text, const Context& context) {
  auto res = resources_for(context.lexicon);
  if (!res) return Error{res.error()};
  const std::vector<Tok> toks = scan(text);
  const std::vector<std::string> tenses = sentence_tenses(toks, **res);
  Anchors anchors;
  anchors.fiscal_year_start_month = context.fiscal_year_start_month;
  if (context.dct) {
    const auto ymd = date::year{context.dct->year} / date::month{static_cast<unsigned>(context.dct->month)} /
                     date::day{static_cast<unsigned>(context.dct->day)};
    if (ymd.ok()) anchors.dct = ymd;
  }
  std::vector<Timex> out;
  for (std::size_t i = 0; i < toks.size();) {
    auto m = match_at(Cursor{toks, i, **res});
    if (!m) {
      ++i;
      continue;
    }
    anchors.tense = toks[i].sentence < tenses.size() ? tenses[toks[i].sentence] : std::string();
    auto r = resolve(m->draft, anchors);
    if (!r) {
      ++i;
      continue;
    }
    Timex t;
    t.span = {toks[i].span.begin, toks[i + m->length - 1].span.end};
    t.text = std::string(text.substr(t.span.begin, t.span.size()));
    t.type = r->type;
    t.value = r->value;
    t.mod = r->mod;
    t.earliest = r->earliest;
    t.latest = r->latest;
    t.precision = r->precision;
    t.anchor = r->anchor;
    t.rule = m->draft.rule;
    t.ambiguous = r->ambiguous;
    t.alternatives = r->alternatives;
    if (r->point && (t.type == Type::date || t.type == Type::time)) anchors.previous = r->point;
    out.push_back(std::move(t));
    i += m->length;
  }
  return out;
}

}  // namespace timeline::timex
