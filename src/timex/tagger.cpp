// The tagger: scan tokens, take the best rule match at each place, resolve it against the
// DCT, the sentence's tense and the previous expression, left to right.
#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>

#include "timeline/timex.hpp"
#include "timex/parts.hpp"
#include "timex/resolve.hpp"
#include "timex/resources.hpp"
#include "timex/rules.hpp"
#include "timex/scanner.hpp"

namespace timeline::timex {

using namespace std::literals;

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

// The tense of the verb nearest to an expression: a cue word from tense_cues.tsv, or a regular
// past form ("-ed"). The nearest cue wins ("said Tuesday it will…" is a past Tuesday); when
// none is in the sentence, the tense is unknown.
struct Tense {
  std::string tense;
  std::size_t distance = 0;  ///< tokens between the cue and the expression
  bool deadline = false;     ///< "until Friday", "payable Dec. 15": a date set ahead
  bool event_past = false;   ///< a past verb other than a reporting one stands before it, in reach
  bool plan_in_past_perfect = false;  ///< the future cue is a plan told in the past perfect ("had been due to")
};

// Verbs of saying: their tense is the report's, not the reported event's ("said the offer
// expires Nov. 6" is a date ahead). Other past verbs place the event itself ("found it on 3 June").
bool reporting_verb(const std::string& w) {
  static constexpr std::string_view k_words[] = {"said", "says", "told", "announced", "reported", "added", "stated",
                                                 "noted", "confirmed", "disclosed", "explained", "indicated", "wrote"};
  for (const std::string_view k : k_words)
    if (w == k) return true;
  return false;
}

bool w_is(const Tok& t, std::string_view w) { return t.lower == w; }

// Whether a token can continue an expression ("the" is worth trying only before such a word).
bool can_continue(const Tok& t) { return t.inner || (!t.lower.empty() && t.lower[0] >= '0' && t.lower[0] <= '9'); }

char cue(const std::vector<Tok>& toks, std::size_t k, const Resources& res) {
  const Tok& t = toks[k];
  if (t.tense_phrases != nullptr) {
    for (const std::uint32_t index : *t.tense_phrases) {
      const auto& [phrase, tense] = res.tense_phrases[index];
      if (phrase.size() > k + 1) continue;
      bool match = true;
      for (std::size_t j = 0; j + 1 < phrase.size() && match; ++j) {
        const Tok& w = toks[k + 1 - phrase.size() + j];
        match = w.lower == phrase[j] && w.sentence == t.sentence;
      }
      if (match) return tense == 'n' ? '\0' : tense;  // "none": "as planned" tells no tense
    }
  }
  // A participle after "be"/"been" ("must be returned", "will be held") says nothing about the tense.
  const bool after_be = k > 0 && (toks[k - 1].lower == "be"sv || toks[k - 1].lower == "been"sv || toks[k - 1].lower == "being"sv);
  if (t.tense == 'f' || t.tense == 'd' || t.tense == 's' || t.tense == 'l') return t.tense;
  // An auxiliary before a future word is that future: "were planning", "was expected to", "is set to".
  if (t.tense == 'p' && k + 1 < toks.size() && toks[k + 1].tense == 'f' && toks[k + 1].sentence == t.sentence &&
      (w_is(t, "was") || w_is(t, "were") || w_is(t, "is") || w_is(t, "are")))
    return 0;
  if (t.tense == 'p') return after_be ? char{0} : 'p';
  const std::string& w = t.lower;
  if (w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 && !t.capitalized && !t.number && !after_be) {
    static constexpr std::string_view k_not_verbs[] = {"hundred", "united", "limited", "based", "need", "speed", "indeed", "seed", "breed", "proceed", "exceed",
                                              "succeed", "greed", "creed", "kindred", "sacred", "naked", "wicked", "rugged",
                                              "crooked", "infrared"};
    for (const std::string_view n : k_not_verbs)
      if (w == n) return 0;
    return 'p';
  }
  return 0;
}

// "were held up by Monday's outage", "was delayed by Tuesday's storm": "by" right after a past
// verb form introduces the agent (or a time already behind), not a deadline ahead.
bool passive_agent(const std::vector<Tok>& toks, const std::vector<char>& cues, std::size_t by) {
  if (toks[by].lower != "by"sv || by == 0) return false;
  std::size_t k = by - 1;
  const std::string& w = toks[k].lower;
  if (k > 0 && (w == "up"sv || w == "out"sv || w == "down"sv || w == "off"sv || w == "back"sv)) --k;  // "held up by"
  return toks[k].sentence == toks[by].sentence && cues[k] == 'p';
}

// "were fully restored by": an auxiliary of the passive (or the perfect) shortly before the
// participle before "by" at `by`.
bool passive_verb(const std::vector<Tok>& toks, std::size_t by) {
  static constexpr std::string_view k_auxiliaries[] = {"was", "were", "is", "are", "be", "been", "being",
                                                       "has", "have", "had", "get", "got"};
  for (std::size_t k = by - 1; k-- > 0 && by - k <= 4 && toks[k].sentence == toks[by].sentence;)
    for (const std::string_view a : k_auxiliaries)
      if (toks[k].lower == a) return true;
  return false;
}

// A past verb of the event itself: not a verb of saying, not "last" or "ago", and an "-ed" form
// only before an object or a preposition ("restored the service", not "preferred shares").
bool event_verb(const std::vector<Tok>& toks, std::size_t k) {
  const Tok& t = toks[k];
  if (reporting_verb(t.lower) || t.lower == "last"sv || t.lower == "ago"sv) return false;
  if (t.tense == 'p') return true;  // a past form from tense_cues.tsv ("found", "was")
  if (k + 1 >= toks.size() || toks[k + 1].sentence != t.sentence) return true;
  static constexpr std::string_view k_next[] = {"the", "a", "an", "it", "its", "his", "her", "their", "them", "him",
                                                "this", "that", "these", "those", "on", "in", "at", "to", "by", "up",
                                                "out", "down", "off", "back", "with", "from", "for", "into", "over", ","};
  for (const std::string_view w : k_next)
    if (toks[k + 1].lower == w) return true;
  return false;
}

// "had been due to expire Friday", "had been scheduled to close at noon Monday", "had planned to
// vote Tuesday": a plan told in the past perfect. For a weekday (a day of this week or the last)
// it was a day already behind the report; a month and day keeps the usual reading ("had been set
// to expire Nov. 6", published Nov. 2, is still ahead).
bool planned_in_past_perfect(const std::vector<Tok>& toks, std::size_t cue) {
  if (cue >= 1 && toks[cue - 1].sentence == toks[cue].sentence && toks[cue - 1].lower == "had"sv) return true;
  return cue >= 2 && toks[cue - 2].sentence == toks[cue].sentence && toks[cue - 1].lower == "been"sv &&
         toks[cue - 2].lower == "had"sv;
}

// "were down until Tuesday", "remained closed until Friday", "did not know until May 3": before
// "until" at `until`, a state the past tense tells lasted until the date, which is behind the
// report too. The nearest tense cue before it in the clause is a lasting verb (`lasting` in
// tense_cues.tsv, or a past form right after one: "remained closed"), or a past "was", "were",
// "did" with no participle between ("was postponed until March" is ahead). Not in reported speech
// ("said the road was closed until Monday": the speaker's present).
constexpr std::size_t k_reported_reach = 40;  // how far back a verb of saying makes it reported speech
bool lasted_until(const std::vector<Tok>& toks, const std::vector<char>& cues, std::size_t until,
                  const Resources& res) {
  const std::size_t sentence = toks[until].sentence;
  bool participle = false;
  bool lasting = false;  // told by a lasting verb
  for (std::size_t k = until; k-- > 0 && toks[k].sentence == sentence && until - k <= 10;) {
    const std::string& w = toks[k].lower;
    if (w == ","sv && k + 1 == until) continue;  // "went unnoticed for weeks, until 26 September"
    if (cues[k] == 'f' || cues[k] == 'd' || w == ","sv || w == "that"sv) return false;
    if (cues[k] == 'l') {
      lasting = true;
      break;
    }
    if (cues[k] == 'p') {
      if (k > 0 && cues[k - 1] == 'l') {  // "remained closed"
        lasting = true;
        break;
      }
      if (participle || (w != "was"sv && w != "were"sv && w != "did"sv)) return false;
      // "were to remain shut until Monday": a plan; "did not expect a decision until Friday":
      // "did" only before knowing ("did not know until May 3", "did not spot it until Friday")
      // or making known ("did not disclose the breach until March 3", "didn't confirm a
      // cyberattack until the following Monday"): a past told in the past, reported or not.
      if (k + 1 < toks.size() && toks[k + 1].lower == "to"sv) return false;
      if (w == "did"sv) {
        for (std::size_t j = k + 1; j < until && j <= k + 3; ++j)
          if (res.knowing.count(toks[j].lower) > 0 || res.telling.count(toks[j].lower) > 0) return true;
        return false;
      }
      break;
    }
    if (cues[k] == 0 && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) participle = true;
    if (k == 0 || until - k == 10) return false;
  }
  for (std::size_t k = until; k-- > 0 && toks[k].sentence == sentence && until - k <= k_reported_reach;)
    if (reporting_verb(toks[k].lower)) return false;
  // "The museum was shut until July 3, officials said": reported speech too. Not after a lasting
  // verb, whose past a verb of saying further on does not change ("went unnoticed until 26
  // September, when the chief executive was told").
  for (std::size_t k = until + 1;
       !lasting && k < toks.size() && toks[k].sentence == sentence && k - until <= k_reported_reach; ++k)
    if (reporting_verb(toks[k].lower)) return false;
  return true;
}

// How far (in tokens) a verb's tense reaches; beyond it the sentence does not say, and the
// resolver falls back on its defaults (the nearest date, a past weekday flagged ambiguous).
constexpr std::size_t k_tense_reach = 8;

// cues[k]: the tense token k signals (0 for none), computed once per document.
Tense tense_near(const std::vector<Tok>& toks, const std::vector<char>& cues, std::size_t first, std::size_t last,
                 const Resources& res) {
  const std::size_t sentence = toks[first].sentence;
  Tense best;
  // A deadline word right before the expression ("until Friday", "payable on Dec. 15", "as soon
  // as Tuesday") sets a date ahead, whatever the verb: "extended the offer until Nov. 6".
  // Unless a past perfect nearby has it done before then ("had filed reports by Wednesday").
  // (Before the date, twice the reach, over a list set off by commas — "had been made whole,
  // including fees and interest, by the end of June" — but not past a word of the future.)
  const auto past_perfect = [&] {
    for (std::size_t k = first; k-- > 0 && toks[k].sentence == sentence && first - k <= 2 * k_tense_reach;) {
      if (cues[k] == 'f') break;
      if (toks[k].lower == "had"sv) {
        if (first - k <= k_tense_reach) return true;
        if (k + 1 >= toks.size() || (cues[k + 1] != 'p' && toks[k + 1].lower != "been"sv)) return false;
        // (No verb of another clause between its participle and the date: "The regulator, which
        // had been criticised for its response, ordered the firm to fix it by the end of June".)
        // (Past a quotation mark: had been "made whole …".)
        std::size_t participle = toks[k + 1].lower == "been"sv ? k + 2 : k + 1;
        while (participle < first && (toks[participle].lower == "\""sv || toks[participle].lower == "\u201C"sv))
          ++participle;
        for (std::size_t j = participle + 1; j < first; ++j)
          if (cues[j] == 'p' || cues[j] == 'f') return false;
        return true;
      }
    }
    for (std::size_t k = last + 1; k < toks.size() && toks[k].sentence == sentence && k - last <= k_tense_reach; ++k)
      if (toks[k].lower == "had"sv) return true;
    return false;
  };
  // "the flaw dated back to August", "goes back to March", "back in June", "as far back as
  // May": looking back, whatever the verb.
  // (Not a date moved: "the hearing was pushed back to 12 May", "moved back to March".)
  const bool moved = first >= 3 && (toks[first - 3].lower == "pushed"sv || toks[first - 3].lower == "moved"sv ||
                                    toks[first - 3].lower == "put"sv || toks[first - 3].lower == "set"sv ||
                                    toks[first - 3].lower == "pulled"sv || toks[first - 3].lower == "kicked"sv);
  if (!moved && first >= 2 && toks[first - 2].sentence == sentence && toks[first - 2].lower == "back"sv &&
      (toks[first - 1].lower == "to"sv || toks[first - 1].lower == "in"sv || toks[first - 1].lower == "as"sv)) {
    bool ahead = false;  // "will be back in August"
    for (std::size_t k = first; k-- > 0 && toks[k].sentence == sentence && !ahead;) ahead = cues[k] == 'f';
    Tense back{"past", 1};
    if (ahead) back.tense = "future";
    back.event_past = !ahead;
    return back;
  }
  // "the March 4 ransomware attack", "its June outage": a date that names an incident (class
  // `incident` of clause_words.tsv, within three words after it) is behind the report, whatever
  // the verbs around it say ("will mark a year since the March 4 attack").
  // (Not after a word of the future or a deadline in reach: "will review the June 12 fire
  // inspection", "ahead of its Sunday outage for maintenance".)
  // "since" or "after" right before it still looks back ("will mark a year since the April 2 breach").
  bool ahead_in_reach = false;
  const bool looking_back = first >= 2 && toks[first - 2].sentence == sentence &&
                            (toks[first - 2].lower == "since"sv || toks[first - 2].lower == "after"sv);
  for (std::size_t k = first;
       k-- > 0 && toks[k].sentence == sentence && first - k <= k_tense_reach && !ahead_in_reach && !looking_back;)
    ahead_in_reach = cues[k] == 'f' || cues[k] == 'd';
  if (first > 0 && toks[first - 1].sentence == sentence && !ahead_in_reach) {
    const std::string& det = toks[first - 1].lower;
    if (det == "the"sv || det == "its"sv || det == "their"sv || det == "his"sv || det == "her"sv || det == "our"sv) {
      for (std::size_t k = last + 1; k < toks.size() && toks[k].sentence == sentence && k - last <= 3; ++k) {
        if (res.incidents.contains(toks[k].lower)) {
          Tense named{"past", k - last};
          named.event_past = true;
          return named;
        }
        if (toks[k].lower.empty() || std::ispunct(static_cast<unsigned char>(toks[k].lower[0])) != 0) break;
      }
    }
  }
  for (std::size_t k = first, gap = 0; k-- > 0 && toks[k].sentence == sentence && gap <= 1; ++gap) {
    if (cues[k] == 'd') {
      // "harvested data from March until August": the end of a range, as past as its verb.
      bool range_end = false;
      for (std::size_t j = k; j-- > 0 && k - j <= 4 && toks[j].sentence == sentence && !range_end;)
        range_end = toks[j].lower == "from"sv;
      if (range_end) break;
      // "held up by Monday's outage" (an agent that is a thing), "were fully restored by 23
      // March" (a passive verb: done by then); "everyone affected by the end of February", a
      // participle without an auxiliary, still sets a deadline.
      const bool possessive = last + 1 < toks.size() && toks[last + 1].sentence == sentence &&
                              (toks[last + 1].lower == "'s"sv || toks[last + 1].lower == "\u2019s"sv ||
                               toks[last + 1].lower == "'"sv || toks[last + 1].lower == "\u2019"sv);
      if (past_perfect() || (passive_agent(toks, cues, k) && (possessive || passive_verb(toks, k)))) break;
      if ((toks[k].lower == "until"sv || toks[k].lower == "till"sv) && lasted_until(toks, cues, k, res))
        return {"past", first - k};
      // "the first shimmer was installed as early as May 24": after a past verb, how early it was.
      if (toks[k].lower == "as"sv && k >= 3 && toks[k - 1].lower == "early"sv && toks[k - 2].lower == "as"sv &&
          cues[k - 3] == 'p')
        return {"past", first - k};
      return {"future", first - k, true};
    }
    if (cues[k] == 's') return {"past", first - k};  // "since March": a start already behind
    if (toks[k].lower != "on"sv && toks[k].lower != "at"sv && toks[k].lower != "in"sv) break;
  }
  std::size_t best_distance = SIZE_MAX;
  bool event_past = false;
  for (std::size_t k = first; k-- > 0 && toks[k].sentence == sentence && first - k <= k_tense_reach;) {
    if (cues[k] == 0 || cues[k] == 'd' || cues[k] == 's') continue;
    if (best_distance == SIZE_MAX) {
      best = {cues[k] == 'f' ? "future" : "past", first - k};
      best.plan_in_past_perfect = cues[k] == 'f' && planned_in_past_perfect(toks, k);
      best_distance = first - k;
    }
    if (cues[k] == 'f') break;
    if (cues[k] == 'p' && event_verb(toks, k)) {
      event_past = true;
      break;
    }
  }
  // Only a date attached to the clause by a preposition ("found it on 3 June") is the event's, and
  // only when nothing in the sentence looks ahead ("will redeem … on Oct. 31").
  if (event_past) {
    const std::string& before = toks[first - 1].lower;  // event_past implies first > 0
    if (before != "on"sv && before != "in"sv && before != "at"sv) event_past = false;
    for (std::size_t k = first; k-- > 0 && toks[k].sentence == sentence && event_past;)
      if (cues[k] == 'f') event_past = false;
    for (std::size_t k = last + 1; k < toks.size() && toks[k].sentence == sentence && event_past; ++k)
      if (cues[k] == 'f') event_past = false;
  }
  for (std::size_t k = last + 1;
       k < toks.size() && toks[k].sentence == sentence && k - last < best_distance && k - last <= k_tense_reach; ++k) {
    // "wrote to students on Oct. 7 that classes would resume": a verb after "that" is of the
    // clause the date's verb governs, when that verb came before the date.
    if (toks[k].lower == "that"sv && best_distance != SIZE_MAX) break;
    // "said it had reported the incident to the regulator on Friday, and would write to every
    // donor": after a comma and "and"/"but", a verb of the next clause; a past perfect before the
    // date (beyond reach) told of it.
    if (k >= last + 2 && (toks[k - 1].lower == "and"sv || toks[k - 1].lower == "but"sv) && toks[k - 2].lower == ","sv &&
        best_distance == SIZE_MAX) {
      bool perfect = false;
      // (A perfect: "had" before a past form, not the verb "had 3,000 customers".)
      for (std::size_t j = first; j-- > 0 && toks[j].sentence == sentence && !perfect;)
        perfect = toks[j].lower == "had"sv && j + 1 < toks.size() && cues[j + 1] == 'p';
      if (perfect) break;
    }
    if (cues[k] == 0 || cues[k] == 'd' || cues[k] == 's') continue;
    // "will begin shipping replacements on Monday, its chief executive said": the verb of
    // saying after a comma is the report's; the clause's own future verb before the date decides.
    if (best.tense == "future" && reporting_verb(toks[k].lower)) {
      bool comma = false;
      for (std::size_t j = last + 1; j < k && !comma; ++j) comma = toks[j].lower == ","sv;
      if (comma) break;
    }
    best = {cues[k] == 'f' ? "future" : "past", k - last};
    // "On May 29, the mayor walked out of the meeting and resigned": a date set before the
    // clause, with a comma, is when its past verb took place, however near ahead the day is,
    // unless something in the sentence looks ahead. The past verb is the clause's own: not one
    // of a relative clause or an aside ("On May 29, the firm that bought it last year holds
    // …"). Without the comma, a short subject between them ("On 14 August the attackers
    // wiped …") makes the same clause.
    const bool opens = first == 0 || toks[first - 1].sentence != sentence ||
                       ((first == 1 || toks[first - 2].sentence != sentence) &&
                        (toks[first - 1].lower == "on"sv || toks[first - 1].lower == "in"sv));
    bool own_verb = true;
    for (std::size_t j = last + 2; j < k && own_verb; ++j)
      own_verb = toks[j].lower != ","sv && toks[j].lower != "that"sv && toks[j].lower != "which"sv &&
                 toks[j].lower != "who"sv && toks[j].lower != "whose"sv;
    const bool fronted = last + 1 < toks.size() && (toks[last + 1].lower == ","sv || k - last <= 4);
    if (opens && own_verb && best.tense == "past" && fronted) {
      event_past = true;
      for (std::size_t j = last + 1; j < toks.size() && toks[j].sentence == sentence && event_past; ++j)
        if (cues[j] == 'f') event_past = false;
    }
    break;
  }
  best.event_past = event_past && best.tense == "past";
  return best;
}

// A month without a year that no verb in reach places ("In January, a week after the anniversary,
// … was shot", "will be named commander of the shuttle for a mission in December"): the tense of
// the nearest verb elsewhere in its sentence (not a verb of saying), a weaker cue than one in
// reach (its distance says so), used before the resolver falls back on the nearest occurrence.
Tense tense_in_sentence(const std::vector<Tok>& toks, const std::vector<char>& cues, std::size_t first, std::size_t last) {
  const std::size_t sentence = toks[first].sentence;
  // A verb of saying far from the date gives the report's tense, not the event's.
  const auto usable = [&](std::size_t k) { return cues[k] == 'f' || (cues[k] == 'p' && !reporting_verb(toks[k].lower)); };
  std::size_t before = SIZE_MAX, after = SIZE_MAX;
  for (std::size_t k = first; k-- > 0 && toks[k].sentence == sentence;)
    if (usable(k)) {
      before = k;
      break;
    }
  // "On May 20, Holcombe, its chief executive for eleven years, announced that he would retire":
  // a verb of saying after the date, before any other verb, is the one the date opens: what it
  // reports ("would retire") is of another time.
  // Only for a date that opens the sentence, and a verb of saying that is no aside ("In December,
  // the company said, it will open …" keeps the future).
  const bool opens = first <= 1 || toks[first - 2].sentence != sentence;
  for (std::size_t k = last + 1; k < toks.size() && toks[k].sentence == sentence && opens; ++k) {
    if (cues[k] == 'p' && reporting_verb(toks[k].lower)) {
      const bool aside = k + 1 < toks.size() && toks[k + 1].sentence == sentence && toks[k + 1].lower == ","sv;
      if (!aside && (before == SIZE_MAX || k - last < first - before)) return {"past", k - last};
      break;
    }
    if (usable(k)) {
      after = k;
      break;
    }
  }
  if (before == SIZE_MAX && after == SIZE_MAX) return {};
  const bool use_before = before != SIZE_MAX && (after == SIZE_MAX || first - before <= after - last);
  const std::size_t k = use_before ? before : after;
  return {cues[k] == 'f' ? "future" : "past", use_before ? first - k : k - last};
}

// The tokens after an expression that end it as the start of a range, before the other end:
// "to", "through", "until", "till" after "from"; "and" after "between"; a dash ("June–September",
// "May - July"), or a hyphen glued to the next word ("June-September"). Returns the number of
// connector tokens (0 for a glued hyphen), or nothing.
std::optional<std::size_t> range_connector(const std::vector<Tok>& toks, std::size_t first, std::size_t end) {
  if (end >= toks.size() || toks[end].sentence != toks[first].sentence) return std::nullopt;
  const Tok& t = toks[end];
  if (t.hyphen_before) return 0;
  if (t.lower == "-"sv || t.lower == "\xE2\x80\x93"sv || t.lower == "\xE2\x80\x94"sv) return 1;
  const std::string_view before = first > 0 && toks[first - 1].sentence == t.sentence ? std::string_view(toks[first - 1].lower)
                                                                                      : std::string_view();
  if (before == "between" && t.lower == "and"sv) return 1;
  if (before == "from" && (t.lower == "to"sv || t.lower == "through"sv || t.lower == "until"sv || t.lower == "till"sv)) return 1;
  return std::nullopt;
}

// A month (and day) without a year at one end of a range takes the year the other end states:
// "from mid-May through July 2017", "between May and July 2017", "May 3 to June 5, 2019" (the
// start in the year before when it falls later in the year: "from December to March 2017"), and
// "from July 2016 to March" (the end in the year after when it falls earlier).
// A month (and day) without a year after "effective" ('e'), or after "through" in a sentence that
// extends something ('x'): "named him chairman, effective Feb. 1" is announced close to the date,
// on either side, whatever the verb says of the announcement (the nearest Feb. 1); "extended the
// loans through January" puts the end ahead of the extension (the coming January), as
// "extended to" does. Weekdays keep their tense ("were let go effective Tuesday").
char extension_or_effective(const std::vector<Tok>& toks, std::size_t first) {
  if (first == 0 || toks[first - 1].sentence != toks[first].sentence) return 0;
  const std::string& before = toks[first - 1].lower;
  if (before == "effective"sv) return 'e';
  if (before != "through"sv && before != "thru"sv) return 0;
  for (std::size_t k = first - 1; k-- > 0 && toks[k].sentence == toks[first].sentence;)
    if (toks[k].lower.rfind("extend", 0) == 0) return 'x';
  return 0;
}

constexpr std::size_t k_story_sentences = 15;  // how far a past year's date sets the story's year
// How many sentences back the story's last day still anchors "the Monday" or "that Thursday".
constexpr std::size_t k_story_weekday_sentences = 2;
// … and how many when the story's day is more than k_story_recent_days behind the DCT (a retelling).
constexpr std::size_t k_story_weekday_far = 8;
constexpr int k_story_months = 4;              // and how many months on the story may go
constexpr long k_story_recent_days = 45;       // a date this near behind the DCT is the DCT's news
// How far behind the DCT a story's day written with its date still names the bare weekday of its
// name in the sentence after it.
constexpr long k_story_same_weekday_days = 13;
// Whether the last occurrence of the month (and day) on or before the DCT is at most
// k_story_recent_days behind it.
bool just_behind(const date::year_month_day& dct, int month, std::optional<int> day) {
  for (const int year : {static_cast<int>(dct.year()), static_cast<int>(dct.year()) - 1}) {
    const date::year_month_day d{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day.value_or(1))}};
    if (!d.ok() || date::sys_days{d} > date::sys_days{dct}) continue;
    return (date::sys_days{dct} - date::sys_days{d}).count() <= k_story_recent_days;
  }
  return false;
}
// How far behind the DCT the last occurrence of a bare month must begin for a month written with
// its year before it to set its year instead (a feature's story, not the news of recent months).
constexpr long k_far_month_days = 180;
bool month_far_behind(const date::year_month_day& dct, int month) {
  const int year =
      static_cast<int>(dct.year()) - (static_cast<unsigned>(month) > static_cast<unsigned>(dct.month()) ? 1 : 0);
  const date::year_month_day first{date::year{year}, date::month{static_cast<unsigned>(month)}, date::day{1}};
  return (date::sys_days{dct} - date::sys_days{first}).count() > k_far_month_days;
}
bool month_without_year(const Draft& d) { return d.needs_year && !d.year && d.month && !d.dct_year_offset && d.direction == 0; }
bool month_with_year(const Draft& d) { return d.year && !d.needs_year && d.month && !d.fiscal && d.holiday.empty(); }
int month_day_key(const Draft& d) { return *d.month * 100 + d.day.value_or(0); }

void year_from_range_end(const std::vector<Tok>& toks, std::size_t first, Match& m, const Resources& res) {
  const std::size_t end = first + m.length;
  const auto connector = range_connector(toks, first, end);
  if (!connector) return;
  const std::size_t other_first = end + *connector;
  if (other_first >= toks.size() || toks[other_first].sentence != toks[first].sentence) return;
  const auto other = match_at(Cursor{toks, other_first, res});
  if (!other || !month_with_year(other->draft)) return;
  m.draft.year = *other->draft.year - (month_day_key(m.draft) > month_day_key(other->draft) ? 1 : 0);
  m.draft.needs_year = false;
}

// Whether an expression's words state a year (four digits in a row).
bool states_year(std::string_view text) {
  std::size_t run = 0;
  for (const char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// "harvested data from March to August", neither end with its year: each was placed on its own,
// the start nearest the DCT ("March", published in January: the coming one), the end by the
// verb. The start is in the end's year (the year before when it falls later in the year).
void start_in_year_of_end(Timex& start, const Timex& end) {
  if (start.anchor != "dct" || end.anchor != "dct" || states_year(start.text) || states_year(end.text)) return;
  if (start.dct_offset || end.dct_offset) return;
  const bool month = start.precision == Precision::month, day = start.precision == Precision::day;
  if ((!month && !day) || start.value.size() != (month ? 7U : 10U) || end.value.size() < 7 ||
      (end.precision != Precision::month && end.precision != Precision::day) ||
      !std::isdigit(static_cast<unsigned char>(end.value[0])) ||
      !std::isdigit(static_cast<unsigned char>(start.value[0])))
    return;
  const int end_year = std::stoi(end.value.substr(0, 4));
  // Compared at the coarser of the two precisions: "from 10 March until the end of March" is one
  // March.
  const std::size_t n = std::min(start.value.size(), end.value.size()) - 5;
  const int year = start.value.substr(5, n) > end.value.substr(5, n) ? end_year - 1 : end_year;
  if (year == std::stoi(start.value.substr(0, 4))) return;
  const unsigned m = static_cast<unsigned>(std::stoi(start.value.substr(5, 2)));
  const date::year_month ym = date::year{year} / date::month{m};
  date::year_month_day first = ym / date::day{1};
  date::year_month_day last = ym / date::last;
  if (day) {
    first = last = ym / date::day{static_cast<unsigned>(std::stoi(start.value.substr(8, 2)))};
    if (!first.ok()) return;  // February 29 in a common year
  }
  start.value = fmt::format("{:04}{}", year, start.value.substr(4));
  start.earliest = date::format("%F", first);
  start.latest = date::format("%F", last);
  start.ambiguous = false;
  start.alternatives.clear();
}

// Ranges: two calendar expressions joined by "between … and", "from … to|until|through", or a
// dash ("2007-2019", "June–September"). Both ends keep their own values; each also gets the
// whole range, so a later stage can use "between October 2017 and April 2020" as one interval.
void link_ranges(std::string_view text, const std::vector<Tok>& toks,
                 const std::vector<std::pair<std::size_t, std::size_t>>& ends, std::vector<Timex>& out) {
  for (std::size_t a = 0; a + 1 < out.size(); ++a) {
    const std::size_t b = a + 1;
    // Both ends are dates of the calendar: "December 2023 – weeks earlier than the official
    // date" is an aside after a dash, not a range to a vague past.
    if (out[a].earliest.empty() || out[b].latest.empty() || out[b].earliest.empty() || out[a].type != Type::date ||
        out[b].type != Type::date)
      continue;
    auto [a_first, a_end] = ends[a];
    const auto [b_first, b_end] = ends[b];
    (void)b_end;
    if (toks[a_first].sentence != toks[b_first].sentence) continue;
    bool linked = false;
    const auto is = [&](std::size_t k, std::string_view w) { return k < toks.size() && toks[k].lower == w; };
    // The hedge of court papers, "in or about" / "on or about", before either end: "From in or
    // about March 2023 through in or about June 2023" (the "about" is in the expression).
    const auto hedge_before = [&](std::size_t first) {
      return first >= 2 && is(first - 1, "or") && (is(first - 2, "in") || is(first - 2, "on")) ? std::size_t{2} : 0;
    };
    const std::size_t a_open = a_first - hedge_before(a_first);
    const std::size_t gap = b_first - hedge_before(b_first) - a_end;
    a_first = a_open;
    if (gap == 0 && toks[b_first].hyphen_before) linked = true;  // 2007-2019 (hyphen glued)
    if (gap == 1) {
      const std::string_view between = text.substr(toks[a_end].span.begin, toks[a_end].span.size());
      if (between == "-" || between == "\xE2\x80\x93" || between == "\xE2\x80\x94") linked = true;  // June–September
      if (is(a_end, "and") && a_first > 0 && is(a_first - 1, "between")) linked = true;
      if ((is(a_end, "to") || is(a_end, "until") || is(a_end, "through") || is(a_end, "till")) && a_first > 0 &&
          is(a_first - 1, "from"))
        linked = true;
    }
    if (linked) start_in_year_of_end(out[a], out[b]);
    if (!linked || out[a].earliest > out[b].latest) continue;
    out[a].range = Timex::Range{out[a].earliest, out[b].latest, b};
    out[b].range = Timex::Range{out[a].earliest, out[b].latest, a};
    ++a;  // b is taken
  }
}

// The expression at [begin, end) of the text, with what resolving its draft gave (moved from r).
Timex make_timex(std::string_view text, std::size_t begin, std::size_t end, Resolved& r, const Draft& d) {
  Timex t;
  t.span = {begin, end};
  t.text = std::string(text.substr(begin, end - begin));
  t.type = r.type;
  t.value = std::move(r.value);
  t.mod = std::move(r.mod);
  t.earliest = std::move(r.earliest);
  t.latest = std::move(r.latest);
  t.precision = r.precision;
  t.anchor = std::move(r.anchor);
  t.rule = d.rule;
  t.ambiguous = r.ambiguous;
  t.alternatives = std::move(r.alternatives);
  t.dct_offset = d.dct_year_offset.has_value() || d.dct_week_offset.has_value();
  return t;
}

// A range connector between two day numbers of one month: a dash or a glued hyphen ("14-15
// March", "March 14–15"), "to", "through", "until", "till", "and", "or", "&". Returns its number
// of tokens (0 for a glued hyphen) and whether it joins a range (not "and"/"or").
struct DayJoint {
  std::size_t tokens = 0;
  bool range = false;
};
std::optional<DayJoint> day_joint(const std::vector<Tok>& toks, std::size_t at) {
  if (at >= toks.size()) return std::nullopt;
  const Tok& t = toks[at];
  if (t.hyphen_before && t.number) return DayJoint{0, true};
  const std::string& w = t.lower;
  if (w == "-"sv || w == "\xE2\x80\x93"sv || w == "\xE2\x80\x94"sv || w == "to"sv || w == "through"sv ||
      w == "until"sv || w == "till"sv)
    return DayJoint{1, true};
  if (w == "and"sv || w == "or"sv || w == "&"sv) return DayJoint{1, false};
  return std::nullopt;
}

// A bare day of the month: one or two digits, 1 to 31.
int bare_day(const Tok& t) {
  const int v = digits_value(t);
  return t.lower.size() <= 2 && v >= 1 && v <= 31 ? v : -1;
}

// After a month and day, "and 25", "or 25", "-25", "to 25" ending the phrase ("on April 24 and
// 25.", "March 14-15", "from May 3 to 5", "June 8–10, 2025"): the day of a second date in the same
// month, with the year that may follow it. Not before a noun or a clock's meridiem ("April 24 and 25
// people", "May 3 to 5 p.m."); a range runs forward.
struct SecondDay {
  int day = 0;
  std::size_t at = 0;       // the day's token
  std::size_t end = 0;      // past the day, or past its year
  std::optional<int> year;  // "June 8–10, 2025"
};
std::optional<SecondDay> second_day(const std::vector<Tok>& toks, std::size_t first, std::size_t end, const Draft& d,
                                    const Resources& res) {
  if (!d.month || !d.day || d.hour || !d.part.empty() || d.then_shift != 0 || d.week_of || d.quarter_ending ||
      end >= toks.size() || toks[end].sentence != toks[end - 1].sentence)
    return std::nullopt;
  const auto joint = day_joint(toks, end);
  if (!joint) return std::nullopt;
  // "to", "through", "until" join days only after "from" ("rose on March 6 to 14" is a count).
  const std::string& jw = toks[end].lower;
  if ((jw == "to"sv || jw == "through"sv || jw == "until"sv || jw == "till"sv) &&
      (first == 0 || toks[first - 1].lower != "from"sv))
    return std::nullopt;
  const std::size_t at = end + joint->tokens;
  if (at >= toks.size() || toks[at].sentence != toks[end - 1].sentence) return std::nullopt;
  const int v = bare_day(toks[at]);
  if (v < 1 || v == *d.day || (joint->range && v < *d.day)) return std::nullopt;
  // "from 14 March to 15 April": the day of another month, which the tagger reads on its own.
  if (const auto other = match_at(Cursor{toks, at, res}); other && (other->draft.hour || other->draft.month))
    return std::nullopt;
  SecondDay out{v, at, at + 1, std::nullopt};
  const Cursor after{toks, at + 1, res};
  if (!d.year && after.is(0, ",")) {
    if (const auto y = any_year_at(after, 1)) {
      out.year = y->value;
      out.end = at + 2 + y->length;
      return out;
    }
  }
  if (at + 1 < toks.size() && toks[at + 1].sentence == toks[at].sentence) {
    const Tok& next = toks[at + 1];
    const std::string& w = next.lower;
    const unsigned char c0 = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
    if (w == "%"sv || w == "$"sv || w == ":"sv || w == "/"sv || next.hyphen_before || next.number) return std::nullopt;
    // After "and"/"or", any word may be what the number counts; after a range, only units do
    // ("March 14-15 the network was down", not "March 14-15 percent").
    static constexpr std::array<std::string_view, 3> k_units{"percent", "per", "times"};
    if (std::isalnum(c0) && (!joint->range || std::find(k_units.begin(), k_units.end(), w) != k_units.end()))
      return std::nullopt;
  }
  return out;
}

// Before a day and month ("14-15 March", "from 3 to 5 May", "between 14 and 16 March", "on 3 and
// 4 May"): the first day, a date of its own in the same month. Returns its token index and day.
// A range runs forward; "and"/"or" only after "between" or "on", "to"/"through"/"until" only after
// "from", so that counts before a date ("aged 3 to 5 May", "scored 2 and 3 May") stay numbers.
std::optional<std::pair<std::size_t, int>> first_day(const std::vector<Tok>& toks, std::size_t first, const Draft& d) {
  if (!d.month || !d.day || d.hour || !d.part.empty() || d.then_shift != 0 || d.week_of || d.quarter_ending ||
      bare_day(toks[first]) != *d.day || first < 1)
    return std::nullopt;
  const std::size_t sentence = toks[first].sentence;
  std::size_t day_at = 0;
  bool range = false;
  if (toks[first].hyphen_before) {
    day_at = first - 1;
    range = true;
  } else {
    if (first < 2) return std::nullopt;
    const auto joint = day_joint(toks, first - 1);
    if (!joint || joint->tokens != 1) return std::nullopt;
    day_at = first - 2;
    range = joint->range;
    const std::string& w = toks[first - 1].lower;
    const std::string_view before = day_at > 0 && toks[day_at - 1].sentence == sentence
                                        ? std::string_view(toks[day_at - 1].lower)
                                        : std::string_view();
    if (w == "to"sv || w == "through"sv || w == "until"sv || w == "till"sv) {
      if (before != "from"sv) return std::nullopt;
    } else if (!range && before != "between"sv && before != "on"sv) {
      return std::nullopt;
    }
  }
  if (toks[day_at].sentence != sentence || toks[day_at].hyphen_before) return std::nullopt;
  const int v = bare_day(toks[day_at]);
  if (v < 1 || v == *d.day || (range && v > *d.day)) return std::nullopt;
  return std::pair{day_at, v};
}

}  // namespace

Result<std::vector<Timex>> tag(std::string_view text, const Context& context) {
  auto res = resources_for(context.lexicon);
  if (!res) return Error{res.error()};
  std::vector<Tok> toks = scan(text);
  for (auto& t : toks) classify(t, **res);
  std::vector<char> cues(toks.size());
  for (std::size_t k = 0; k < toks.size(); ++k) cues[k] = cue(toks, k, **res);
  Anchors anchors;
  anchors.fiscal_year_start_month = context.fiscal_year_start_month;
  if (context.dct) {
    const auto ymd = date::year{context.dct->year} / date::month{static_cast<unsigned>(context.dct->month)} /
                     date::day{static_cast<unsigned>(context.dct->day)};
    if (ymd.ok()) anchors.dct = ymd;
  }
  std::vector<Timex> out;
  std::vector<std::pair<std::size_t, std::size_t>> ends;  // token span of each expression
  std::optional<Draft> previous_draft;                     // the draft of the last expression
  std::optional<std::size_t> previous_sentence;            // the sentence of anchors.previous
  std::size_t expressions_since_story_day = 0;             // expressions tagged after the story's last day
  bool previous_month_written = false;                     // … or is a month written with its year
  std::optional<std::size_t> previous_day_sentence;        // the sentence of anchors.previous_day
  bool story_day_written = false;  // the story's day was written as a date ("Saturday, Sept. 2")
  std::optional<std::size_t> story_day_sentence;           // … or of a day counted from one since
  std::optional<std::pair<Point, std::size_t>> last_day;   // the expression just before, a day, and its sentence
  for (std::size_t i = 0; i < toks.size();) {
    if (toks[i].starts == 0) {
      ++i;
      continue;
    }
    // Openers that are common words start an expression only before a word that can continue
    // one ("the third quarter", "a year ago"; not "the company", "a report").
    if ((toks[i].starts & k_opener) != 0 && (i + 1 >= toks.size() || !can_continue(toks[i + 1]))) {
      ++i;
      continue;
    }
    auto m = match_at(Cursor{toks, i, **res});
    if (!m) {
      ++i;
      continue;
    }
    const bool year_written = m->draft.year.has_value();
    if (month_without_year(m->draft)) {
      if (previous_draft && month_with_year(*previous_draft) && !ends.empty() &&
          range_connector(toks, ends.back().first, ends.back().second) &&
          ends.back().second + *range_connector(toks, ends.back().first, ends.back().second) == i) {
        m->draft.year = *previous_draft->year + (month_day_key(m->draft) < month_day_key(*previous_draft) ? 1 : 0);
        m->draft.needs_year = false;
      } else {
        year_from_range_end(toks, i, *m, **res);
      }
    }
    // "June 8–10, 2025": the year after the second day is the first's too.
    const auto second = second_day(toks, i, i + m->length, m->draft, **res);
    if (second && second->year && m->draft.needs_year) {
      m->draft.year = second->year;
      m->draft.needs_year = false;
    }
    Tense tense = tense_near(toks, cues, i, i + m->length - 1, **res);
    const char cue = month_without_year(m->draft) && !m->draft.weekday ? extension_or_effective(toks, i) : 0;
    if (cue == 'e') tense = {};                      // "effective Feb. 1": the nearest, whatever the verb
    if (cue == 'x') tense = {"future", 1, true};     // "extended the loans through January": the coming one
    if (cue == 0 && tense.tense.empty() && month_without_year(m->draft) && !m->draft.weekday)
      tense = tense_in_sentence(toks, cues, i, i + m->length - 1);
    // "told customers in February 2022 that the skimming had started on 11 January": a month
    // without a year told in the past, after a month with a year other than the DCT's in the
    // same sentence, is in that year ("joined in July 1997, will join on March 12" is not).
    // (Not a weekday that day is not in that year: "between November 18 and December 9, 2024 …
    // fixed on Friday, January 10" is 2025.)
    if (month_without_year(m->draft) && tense.tense == "past" && previous_draft && month_with_year(*previous_draft) &&
        previous_sentence && *previous_sentence == toks[i].sentence && anchors.dct &&
        *previous_draft->year != static_cast<int>(anchors.dct->year()) &&
        !(m->draft.stated_weekday && m->draft.day &&
          !weekday_fits(*previous_draft->year, *m->draft.month, *m->draft.day, *m->draft.stated_weekday))) {
      int year = *previous_draft->year;
      // Told after it, and earlier in the calendar, it is the next year's when that is not after
      // the DCT ("ran from 18 November to 9 December 2024 and that it closed the hole on 10
      // January" is the January after); not when told as before it ("had started on 11 January").
      if (previous_draft->month && month_day_key(m->draft) < month_day_key(*previous_draft) && !ends.empty()) {
        // (A date of the report is after what it tells: "said in October 2021 that the fault was
        // found on September 30".)
        const std::size_t said = ends.back().first;
        bool before = (said >= 1 && reporting_verb(toks[said - 1].lower)) ||
                      (said >= 2 && reporting_verb(toks[said - 2].lower) &&
                       (toks[said - 1].lower == "in"sv || toks[said - 1].lower == "on"sv));
        for (std::size_t k = ends.back().second; k < i && !before; ++k)
          before = toks[k].lower == "had"sv || toks[k].lower == "before"sv || toks[k].lower == "earlier"sv ||
                   toks[k].lower == "started"sv || toks[k].lower == "began"sv || toks[k].lower == "begun"sv ||
                   toks[k].lower == "since"sv || toks[k].lower == "first"sv || toks[k].lower == "originally"sv;
        const date::year_month_day next{date::year{year + 1}, date::month{static_cast<unsigned>(*m->draft.month)},
                                        date::day{static_cast<unsigned>(m->draft.day.value_or(1))}};
        if (!before && next.ok() && date::sys_days{next} <= date::sys_days{*anchors.dct}) ++year;
      }
      m->draft.year = year;
      m->draft.needs_year = false;
    }
    // Story time: "The flood reached Ostby on Thursday, 2 June 2022 … On 9 June the river fell
    // …": a month (and day) without a year told in the past, a few sentences after a date of
    // an earlier year than the DCT's and not before it in that year, is in that year (a feature
    // telling a past year's story), not the one the DCT would give.
    // The story is told from a day ("on Thursday, 2 June 2022"), or from a date this rule placed,
    // and goes on within a few months of it: an older date named in passing ("a treaty signed in
    // June 1994", "joined the board on April 9, 2011" eight months before) does not reset the year
    // of what follows. (The last day named, past a year named in passing: "… on Sunday, 14
    // August 2016; its builder had gone bust in 1988. On the evening of 2 October, …" is 2016.)
    bool story = false;
    // (Or, for a month without its day, from a month written with its year right before: "found
    // the flaw in October 2023 … When the paper reported on the thefts in early December" is
    // December 2023; "the intruders had got in during mid-April 2024 … Nothing was known on 3
    // June" is the DCT's June.)
    // Only when the DCT's reading would be more than half a year behind it: the news of recent
    // months names a bare month ("bought the lender in January 2024 … In April hackers broke
    // in", published June 2025, is this April); a feature telling an old story does.
    const bool chained =
        (anchors.previous_of_story || (previous_month_written && !m->draft.day && m->draft.month && anchors.dct &&
                                       month_far_behind(*anchors.dct, *m->draft.month))) &&
        anchors.previous && anchors.previous->precision == Precision::month;
    const std::optional<Point>& told = chained ? anchors.previous : anchors.previous_day;
    const std::optional<std::size_t>& told_in = chained ? previous_sentence : previous_day_sentence;
    if (month_without_year(m->draft) && !m->draft.weekday && tense.tense == "past" && told && anchors.dct && told_in &&
        toks[i].sentence - *told_in <= k_story_sentences && told->year < static_cast<int>(anchors.dct->year())) {
      const int months_on = *m->draft.month - told->month;
      // "In June" after "2 June 2022" is that June too: a month alone is compared by month.
      const bool not_before = m->draft.day ? month_day_key(m->draft) >=
                                                 told->month * 100 + (told->precision >= Precision::day ? told->day : 0)
                                           : months_on >= 0;
      // Not a date just behind the DCT, the news of the article's weeks ("fined it on Jan. 12,
      // 2024 … said on March 10", published 15 March 2025, is this March 10).
      if (not_before && months_on <= k_story_months && !just_behind(*anchors.dct, *m->draft.month, m->draft.day)) {
        m->draft.year = told->year;
        m->draft.needs_year = false;
        story = true;
      }
    }
    // "the Monday", "that Thursday" are of the story's days only when its last day was named a
    // sentence or two before (a "before 14 February" in a quotation paragraphs up is no story).
    // (A day counted from it, "The next morning", carries the story on.)
    // A story of weeks ago, retold ("In the early hours of Saturday 18 March last year …"), goes on
    // for a few paragraphs: its day anchors further on, while no other expression ("the following
    // fortnight") has moved the story on.
    const bool old_story =
        anchors.story_day && anchors.dct && expressions_since_story_day == 0 &&
        (date::sys_days{*anchors.dct} - date::sys_days{to_ymd(*anchors.story_day)}).count() > k_story_recent_days;
    if (m->draft.of_story &&
        (!anchors.story_day || !story_day_sentence ||
         toks[i].sentence - *story_day_sentence > (old_story ? k_story_weekday_far : k_story_weekday_sentences)))
      m->draft.of_story = false;
    // "first detected the intrusion late on Saturday, Sept. 2 … 'unusual activity was identified
    // late Saturday evening'": a bare weekday, in the sentence after the story's day written with
    // its date, that falls on that day's weekday is that day (the DCT's reading would be another
    // day of the same name, a week or two on).
    if (m->draft.weekday && m->draft.direction == 0 && !m->draft.of_story && !m->draft.month &&
        !m->draft.dct_week_offset && anchors.story_day && anchors.story_day->precision >= Precision::day &&
        story_day_sentence && toks[i].sentence == *story_day_sentence + 1 && story_day_written && anchors.dct &&
        tense.tense == "past") {
      const auto told_day = date::sys_days{to_ymd(*anchors.story_day)};
      const long behind = (date::sys_days{*anchors.dct} - told_day).count();
      if (behind > 0 && behind <= k_story_same_weekday_days &&
          static_cast<int>(date::weekday{told_day}.iso_encoding()) == *m->draft.weekday)
        m->draft.of_story = true;
    }
    // "Radio had been restored on the Monday", after the story's Thursday: a past perfect tells a
    // day before the story's, the last such weekday on or before it.
    if (m->draft.of_story)
      for (std::size_t k = i; k-- > 0 && toks[k].sentence == toks[i].sentence && i - k <= k_tense_reach;) {
        if (cues[k] == 'f') break;
        if (toks[k].lower == "had"sv) {
          m->draft.story_before = true;
          break;
        }
      }
    // "Over the bank holiday, from the Friday evening to the Sunday, the tills had been raided
    // …": a fronted weekday (a few words open the sentence before it, no verb among them) before
    // a main clause in the past perfect ("had" and a participle), too, when no verb in the past
    // and no word that opens another clause comes between: "On the Monday, staff found the
    // machines had been emptied" and "On the Monday the bank had no comment" are the Monday after.
    // (Not the end of a range, "to the Monday", on or after its start; nor a deadline, "by the
    // Sunday afternoon the company had put out a statement".)
    const auto range_end = [&] {
      std::size_t k = i;
      if (k > 0 && toks[k - 1].lower == "the"sv) --k;
      if (k == 0 || toks[k - 1].sentence != toks[i].sentence) return false;
      const std::string& w = toks[k - 1].lower;
      return w == "to"sv || w == "through"sv || w == "till"sv || w == "until"sv || w == "and"sv || w == "by"sv;
    };
    // Fronted: a few words open the sentence before it, none of them a verb.
    const auto past_form = [&](std::size_t k) {
      const std::string& w = toks[k].lower;
      return cues[k] == 'p' || cues[k] == 'f' || (!toks[k].capitalized && w.size() >= 4 && w.ends_with("ed"));
    };
    const auto fronted = [&] {
      std::size_t words = 0;
      for (std::size_t k = i; k-- > 0 && toks[k].sentence == toks[i].sentence;) {
        if (past_form(k) || ++words > k_tense_reach) return false;
      }
      return true;
    };
    // "had been raided", "had emptied": a past perfect, not "had no comment".
    const auto perfect_at = [&](std::size_t k) {
      if (toks[k].lower != "had"sv || k + 1 >= toks.size() || toks[k + 1].sentence != toks[k].sentence) return false;
      const std::string& next = toks[k + 1].lower;
      return next == "been"sv || next.ends_with("ed") || next.ends_with("en");
    };
    if (m->draft.of_story && !m->draft.story_before && !range_end() && fronted())
      for (std::size_t k = i + m->length;
           k < toks.size() && toks[k].sentence == toks[i].sentence && k - i <= k_tense_reach + m->length; ++k) {
        const std::string& w = toks[k].lower;
        if (perfect_at(k)) {
          m->draft.story_before = true;
          break;
        }
        if (past_form(k) || w == "had"sv || w == "that"sv || w == "when"sv || w == "which"sv || w == "who"sv ||
            w == "as"sv || w == "after"sv || w == "before"sv || w == "until"sv || w == "while"sv || w == "because"sv)
          break;
      }
    // "The story really starts eleven days earlier. On February 9, a vice president signed …":
    // a month and day the expression just before (a sentence back at most, however it was
    // placed) gave with its year, in a story of a past year, is that day.
    if (!story && month_without_year(m->draft) && m->draft.day && !m->draft.weekday && last_day && anchors.dct &&
        toks[i].sentence - last_day->second <= 1 && last_day->first.month == *m->draft.month &&
        last_day->first.day == *m->draft.day && last_day->first.year < static_cast<int>(anchors.dct->year())) {
      m->draft.year = last_day->first.year;
      m->draft.needs_year = false;
    }
    if (tense.plan_in_past_perfect && m->draft.weekday && !m->draft.month) tense.tense = "past";
    anchors.tense = tense.tense;
    anchors.tense_distance = tense.distance;
    anchors.deadline = tense.deadline;
    anchors.event_past = tense.event_past;
    anchors.sentences_since_previous = previous_sentence ? toks[i].sentence - *previous_sentence : SIZE_MAX;
    // A year taken from another date ("between November 18 and December 9, 2024, … fixed on
    // Friday, January 10") yields to the weekday the text gives the day: the year next to it in
    // which the day is that weekday.
    if (!year_written && m->draft.year && m->draft.stated_weekday && m->draft.day && m->draft.month)
      m->draft.year = year_of_weekday(*m->draft.year, *m->draft.month, *m->draft.day, *m->draft.stated_weekday);
    auto r = resolve(m->draft, anchors);
    if (!r) {
      ++i;
      continue;
    }
    Timex t = make_timex(text, toks[i].span.begin, toks[i + m->length - 1].span.end, *r, m->draft);
    // The anchor for "a year earlier" is the last expression placed on its own (absolute, or
    // from the DCT): repeated "a year earlier"s in a report compare with the same period,
    // they do not go back a year each time.
    // A clock time put on the publication day for want of a date ("at 5 p.m.") names no day.
    const bool clock_on_dct = m->draft.hour && !m->draft.month && !m->draft.weekday && m->draft.shift_unit.empty() &&
                              m->draft.holiday.empty() && !m->draft.year && !m->draft.keep_dct_day;
    if (!r->point && t.type == Type::date && t.anchor != "previous" && m->draft.month && m->draft.day &&
        !m->draft.year) {
      // "Nov. 22" without a year to place it: the next "two days later" counts from it, not from
      // an older expression.
      anchors.previous.reset();
      anchors.previous_day.reset();
      anchors.previous_month_day = {static_cast<unsigned>(*m->draft.month), static_cast<unsigned>(*m->draft.day)};
      previous_sentence = toks[i].sentence;
    }
    // The story's day: every day named or counted ("The next morning", "the Wednesday"), not a
    // clock time put on the publication day.
    if (r->point && (t.type == Type::date || t.type == Type::time) && r->point->precision >= Precision::day &&
        (t.anchor != "previous" || previous_day_sentence) && !clock_on_dct) {
      story_day_sentence = toks[i].sentence;
      anchors.story_day = r->point;
      expressions_since_story_day = 0;
      story_day_written = m->draft.month && m->draft.day && !m->draft.from_previous;
    } else if (!story_day_sentence || toks[i].sentence != *story_day_sentence) {
      ++expressions_since_story_day;  // (not "last year" beside the day itself)
    }
    if (r->point && t.type == Type::date && r->point->precision == Precision::day)
      last_day = std::pair{*r->point, toks[i].sentence};
    else if (r->point)
      last_day.reset();
    if (r->point && (t.type == Type::date || t.type == Type::time) && t.anchor != "previous" && !clock_on_dct) {
      anchors.previous_month_day.reset();
      anchors.previous = r->point;
      previous_month_written =
          !story && month_with_year(m->draft) && !m->draft.day && !m->draft.dct_year_offset && m->draft.direction == 0;
      if (r->point->precision >= Precision::day) {
        anchors.previous_day = r->point;
        previous_day_sentence = toks[i].sentence;
      }
      anchors.previous_year_back = m->draft.shift_unit == "Y" && m->draft.shift == -1 && !m->draft.from_previous;
      anchors.previous_of_story = story;
      previous_sentence = toks[i].sentence;
      if (r->point->precision == Precision::quarter || r->point->precision == Precision::half)
        anchors.previous_period = r->point;
    }
    // The year each month was last named with, for "that November".
    if (m->draft.month && r->point && r->point->precision >= Precision::month && r->point->precision != Precision::week)
      anchors.month_year[r->point->month] = r->point->year;
    // "14-15 March", "from 3 to 5 May": the first day is a date of its own, in the same month
    // and year (the day before the month was passed over as a number).
    if (const auto day = first_day(toks, i, m->draft); day && (ends.empty() || ends.back().second <= day->first)) {
      Draft other = m->draft;
      other.day = day->second;
      if (auto r0 = resolve(other, anchors)) {
        out.push_back(make_timex(text, toks[day->first].span.begin, toks[day->first].span.end, *r0, other));
        ends.push_back({day->first, day->first + 1});
      }
    }
    out.push_back(std::move(t));
    ends.push_back({i, i + m->length});
    previous_draft = m->draft;
    i += m->length;
    // "April 24 and 25", "March 14-15": the second day is a date of its own, in the same month
    // and year.
    if (second) {
      Draft other = m->draft;
      other.day = second->day;
      if (auto r2 = resolve(other, anchors)) {
        out.push_back(make_timex(text, toks[second->at].span.begin, toks[second->end - 1].span.end, *r2, other));
        ends.push_back({second->at, second->end});
        previous_draft = other;
        i = second->end;
      }
    }
  }
  link_ranges(text, toks, ends, out);
  return out;
}

}  // namespace timeline::timex
