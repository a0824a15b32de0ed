// Claims: triggers from the event lexicon, each tied to the temporal expression
// of its clause.
#include <algorithm>
#include <limits>

#include "claims/dates.hpp"
#include "claims/infer.hpp"
#include "claims/triggers.hpp"
#include "timeline/claims.hpp"
#include "timeline/segment.hpp"
#include "timeline/sources.hpp"
#include "util/strings.hpp"

namespace timeline::claims {

using namespace std::string_view_literals;  // "x"sv: comparisons without strlen
namespace {

struct Found {
  std::size_t first = 0, last = 0;  // token indexes, inclusive
  const Trigger* trigger = nullptr;
};

struct Expr {
  const timex::Timex* timex = nullptr;
  std::size_t first = 0, last = 0;
  bool fronted = false;  // opens the sentence before a comma: "In 2019, …", "Two weeks later, on 21 February, …"
};

// A date the claim can use: resolved ("2018-03-14", "2018-03"), or a month or day whose year
// the text does not give ("XXXX-07-29" in an undated article: the correlator may complete it),
// or, in an article without a publication date, one counted from that date ("last year",
// "on Monday"): the correlator may date the article from the others and resolve it then.
bool usable(const timex::Timex& t, bool undated) {
  if (t.type != timex::Type::date && t.type != timex::Type::time) return false;
  if (is_partial_date(t.value)) return true;
  if (undated && unresolved_relative(t)) return true;
  if (t.value.size() < 4 || !util::is_ascii_digit(t.value[0])) return false;
  return !t.earliest.empty() || !t.latest.empty();
}

Time time_of(const timex::Timex& t) {
  Time time;
  time.value = t.type == timex::Type::time ? t.value.substr(0, 10) : t.value;
  time.earliest = t.earliest;
  time.latest = t.latest;
  time.precision = t.precision > timex::Precision::day ? timex::Precision::day : t.precision;
  time.mod = t.mod;
  time.text = t.text;
  time.basis = "expression";
  if (unresolved_relative(t)) {  // nothing known until the article is dated
    time.value.clear();
    time.earliest.clear();
    time.latest.clear();
    time.precision = timex::Precision::none;
    time.basis = "relative";
    return time;
  }
  if (is_partial_date(t.value)) {  // no interval until a year is found
    time.earliest.clear();
    time.latest.clear();
    return time;
  }
  // The event spans the range; its date is where it starts. (The far end, read only by a "when"
  // clause right after it, is that day alone.)
  if (t.range && t.earliest == t.range->earliest) {
    time.earliest = t.range->earliest;
    time.latest = t.range->latest;
    time.mod = "RANGE";
  }
  return time;
}

Time day_time(const std::string& day, std::string basis, std::string text = {}) {
  Time t;
  t.value = day;
  t.earliest = day;
  t.latest = day;
  t.precision = timex::Precision::day;
  t.basis = std::move(basis);
  t.text = std::move(text);
  return t;
}

// "The fund, which says it bought shares between February 2022 and March 2024, filed the
// complaint": the clause of the word at `first` opens with a relative word. A date (or a
// reporting verb) inside a relative clause that closes before a trigger does not date it.
bool opens_relative(std::size_t first, const std::vector<std::string>& lower, const Triggers& tr) {
  std::size_t k = first;
  while (k > 0 && !tr.is(lower[k - 1], k_boundary)) --k;
  return k > 0 && tr.is(lower[k - 1], k_relative);
}

// The longest opening phrase ("In a filing with the securities regulator on Monday, …") whose
// last date is fronted, in tokens.
constexpr std::size_t k_max_opening = 12;
// The longest label before a colon the sentence opens after ("UPDATE, 11:12 p.m.:"), in tokens.
constexpr std::size_t k_max_label = 8;

// The longest aside in parentheses passed over between a date and its trigger, in tokens.
constexpr std::size_t k_max_aside = 8;
// How far after a verb of saying the phrase of how it was said may end in its date ("said in an
// interview with broadcaster Kanal Nord on Monday"), in tokens.
constexpr std::size_t k_said_reach = 14;
// How close after the event a "when" still tells the event's own time, in tokens.
constexpr std::size_t k_near_when = 4;
// How far after "when" (right after a date) the trigger of its clause may be, in tokens.
constexpr std::size_t k_when_reach = 8;
// How far into a participle clause set off after a noun trigger its date may be, in tokens.
constexpr std::size_t k_participle_reach = 10;
// The most words between an act and the comma of an apposition that restates it ("made 2FA
// mandatory for all card holders, a change …").
constexpr std::size_t k_restating_reach = 6;
// How many words after a trigger, in its clause, the company it happened to may be named.
constexpr std::size_t k_other_reach = 6;

bool is_double_quote(std::string_view w) { return w == "\""sv || w == "\u201C"sv || w == "\u201D"sv; }

// "$", "£", "€", "¥": the sign of an amount, a word of it rather than punctuation.
bool is_currency_sign(std::string_view w) {
  return w == "$"sv || w == "\u00A3"sv || w == "\u20AC"sv || w == "\u00A5"sv;
}

// The sentences of an article's top, where a present perfect tells the day's news.
constexpr std::size_t k_news_sentences = 15;
// How far into a sentence its subject's name may begin and still open it ("The ", "Italy's ").
constexpr std::size_t k_opening_bytes = 8;

// A noun trigger that is no verb trigger's object.
constexpr std::size_t k_not_object = std::numeric_limits<std::size_t>::max();

// A word that reads as a verb form: an "-ed" past or participle, or also an "-ing" form, that is
// not one of the words of class `not-verb` in clause_words.tsv ("hundred", "limited", "morning").
bool verb_form(const std::string& w, const Triggers& tr, bool ing = true) {
  return w.size() > 4 && (w.ends_with("ed") || (ing && w.ends_with("ing"))) && !tr.is(w, k_not_verb);
}

// How far a temporal expression is from a trigger, in tokens, with a toll for
// each clause boundary between them; an expression usually follows its verb
// ("discovered on June 28").
double cost(const Expr& x, const Found& f, const std::vector<std::string>& lower, std::size_t object_gap,
            const Triggers& tr) {
  const bool before = x.last < f.first;
  const std::size_t a = before ? x.last + 1 : f.last + 1;
  const std::size_t b = before ? f.first : x.first;
  if (!before && x.first <= f.last) return 0;  // overlapping
  // "the attack, which began on Sunday, had been contained": a relative clause right after a
  // noun trigger, its verb and the date's preposition, says when that event took place.
  if (!before && f.trigger->noun) {
    std::size_t k = a;
    if (k < b && lower[k] == ","sv) ++k;
    if (k < b && lower[k] == "which"sv && b - k <= 3) {
      bool plain = true;
      for (std::size_t j = k + 1; j < b && plain; ++j) plain = !tr.is(lower[j], k_boundary) && lower[j] != ","sv;
      if (plain) return 1.5;
    }
  }
  // The words between them and the clause boundaries among those, passing over a short aside
  // in parentheses: "fined it €2.1 million (about $2.3 million) on Tuesday".
  std::size_t words = 0, boundaries = 0;
  bool cause = false;  // a word of class `cause` between them ("… Tuesday over a breach")
  bool ahead = false;  // a word of class `future` between the trigger and a date after it
  for (std::size_t k = a; k < b; ++k) {
    if (lower[k] == "("sv) {
      std::size_t close = k + 1;
      while (close < b && close <= k + k_max_aside && lower[close] != ")"sv && lower[close] != "("sv) ++close;
      if (close < b && lower[close] == ")"sv) {
        k = close;
        continue;
      }
    }
    // A short quoted phrase without a verb is one word of the object, no clause: "detected
    // \"anomalous bulk downloads\" from its systems on Monday 11 April".
    if (is_double_quote(lower[k]) && k + 1 < b) {
      std::size_t close = k + 1;
      while (close < b && close <= k + k_max_aside && !is_double_quote(lower[close]) &&
             !tr.is(lower[close], k_boundary) && !verb_form(lower[close], tr, false) &&
             !tr.is(lower[close], k_perfect | k_past_perfect | k_future))
        ++close;
      if (close < b && close > k + 1 && is_double_quote(lower[close])) {
        ++words;
        k = close;
        continue;
      }
    }
    // A name set off by commas right after a noun trigger is its aside, inner commas and all:
    // "The complaint, Delacroix v. Corvane Systems, LLC, was filed Monday".
    if (lower[k] == ","sv && k == a && !before && f.trigger->noun) {
      // (A name has no verb: "In a statement, the bank said all customers had been made whole,
      // including fees, by June" sets off a clause.)
      std::size_t close = k;
      for (std::size_t c = k + 1; c < b && c <= k + k_max_aside + 4; ++c) {
        if (lower[c] == ","sv)
          close = c;
        else if (tr.is(lower[c], k_boundary | k_perfect | k_past_perfect | k_future) || lower[c] == "said"sv ||
                 lower[c] == "says"sv)
          break;
      }
      if (close != k) {
        k = close;
        continue;
      }
    }
    // An apposition set off by commas is an aside too: "detected ransomware on servers running
    // ScripNet, its in-house prescription platform, early Sunday"; so is a phrase an aside word
    // opens: "finished moving all remote access, including that of suppliers, onto … in April".
    // (Not a clause: "According to the notice, the company finished moving …, including …".)
    // (An aside word's phrase may end a quotation: "made whole, including bank charges" by May.)
    if (lower[k] == ","sv && k + 1 < b && tr.is(lower[k + 1], k_determiner | k_aside)) {
      std::size_t close = k + 2;
      // ("and" and "or" join the words of a list inside it: "including fees and interest".)
      // (A verb form right after the opener is an adjective: "its automated prescription platform".)
      while (close < b && close <= k + k_max_aside &&
             (!tr.is(lower[close], k_boundary) || lower[close] == "and"sv || lower[close] == "or"sv) &&
             (close == k + 2 || !verb_form(lower[close], tr, false)))
        ++close;
      if (close < b && (lower[close] == ","sv || (is_double_quote(lower[close]) && tr.is(lower[k + 1], k_aside)))) {
        k = close;
        continue;
      }
    }
    ++words;
    const unsigned classes = tr.classes(lower[k]);
    if ((classes & k_boundary) != 0) ++boundaries;
    cause = cause || (classes & k_cause) != 0;
    // "had agreed to conduct one and expected to report later this year": a date after a word
    // of the future that follows the trigger is of what is still to come.
    // (Not "may", which is also the month: "… in May and said on 3 June".)
    if (!before && !f.trigger->report && (classes & k_future) != 0 && lower[k] != "may"sv) ahead = true;
  }
  double c = static_cast<double>(words);
  // "In 2019, the bank agreed to pay …": a date fronted before a comma dates the main clause.
  const bool fronted = before && x.fronted;
  if (fronted) {
    // The first event after it, however long the subject; not one inside an aside the subject
    // opens with a comma ("Four days later the radio station, citing people familiar with the
    // inquiry, reported …": the report, not the inquiry).
    std::size_t commas = 0;
    for (std::size_t k = a; k < b; ++k)
      if (lower[k] == ","sv && k != x.last + 1) ++commas;
    return 1 + c / 10 + (commas % 2 == 1 ? 1.0 : 0.0);
  }
  c += 4 * static_cast<double>(boundaries) + (ahead ? 8.0 : 0.0);
  // A reporting verb takes the date right next to it ("said Friday", "said on Friday"); one
  // further away belongs to what was said.
  if (f.trigger->report && c > 1) c += 3;
  if (before) {
    // "on May 14 to tighten": an infinitive is an intention, not what the date is about.
    if (!f.trigger->noun && f.first > 0 && lower[f.first - 1] == "to"sv) c += 3;
    if (boundaries > 0 && opens_relative(x.first, lower, tr)) c += 8;
    // "The criminals who crippled the court this spring first broke into the network on Feb.
    // 12": a date after the verb of a relative clause ends that clause; the verb after it is
    // the main clause's, which the date does not reach.
    if (boundaries == 0 && !f.trigger->noun && opens_relative(x.first, lower, tr)) {
      std::size_t r = x.first;
      while (r > 0 && !tr.is(lower[r - 1], k_boundary)) --r;
      for (std::size_t k = r; k < x.first; ++k)
        if (verb_form(lower[k], tr, false)) {
          c += 8;
          break;
        }
    }
    // "fined it €3.1 million Tuesday over a card-skimming attack": the noun is what the act
    // before the date is about; the date is that act's.
    if (f.trigger->noun && cause) c += 8;
    return c * 2 + 1;
  }
  // "disclosed the breach on Tuesday", "learned of the hack in November", "reported the contents
  // of the leak on Thursday": the date goes to the verb rather than to its object.
  // A long object with no verb nor clause boundary in it ("first gained access to the email
  // account of a member of its accounts payable team on 28 January") weighs less per word.
  if (!f.trigger->noun) {
    if (c >= 10 && boundaries == 0 && !ahead) {
      bool verb = false;
      for (std::size_t k = a; k < b && !verb; ++k) verb = verb_form(lower[k], tr);
      if (!verb) c = 10 + (c - 10) / 2;
    }
    return c;
  }
  if (object_gap == k_not_object) return c + 0.5;
  return c + std::max(3.5, static_cast<double>(object_gap) + 2.5);
}

// The sentence as a record cites it: whole, unless it is a page of text without full stops,
// which is cut (the offsets still point at all of it).
constexpr std::size_t k_max_cited_bytes = 2000;
std::string cited(std::string_view sentence) { return util::preview(sentence, k_max_cited_bytes); }

// "had gained access", "had been breached": an event already over at the time of the
// sentence's main event.
bool past_perfect(const Found& f, const std::vector<std::string>& lower, const Triggers& tr) {
  if (f.first >= 1 && tr.is(lower[f.first - 1], k_past_perfect)) return true;
  return f.first >= 2 && tr.is(lower[f.first - 2], k_past_perfect) && tr.is(lower[f.first - 1], k_between_had);
}

bool numeral(std::string_view lower, const Triggers& tr) {
  return (!lower.empty() && util::is_ascii_digit(lower[0])) || tr.is(lower, k_numeral);
}

// A verb trigger after a determiner or a number is a noun: "all 50 states", "48 U.S. states",
// "the reports", "several charges".
bool used_as_noun(std::size_t k, const std::vector<segment::Token>& tokens, const std::vector<std::string>& lower,
                  const Document& doc, const Triggers& tr) {
  if (k == 0) return false;
  const auto& before = lower[k - 1];
  if (numeral(before, tr) || tr.is(before, k_determiner | k_quantifier)) return true;
  // A number, then capitalised words or an abbreviation ("48 U.S. states", "50 EU states").
  for (std::size_t back = 1; back <= 4 && back < k; ++back) {
    const std::string_view word = doc.text(tokens[k - back].span);
    if (word.empty() || !(util::is_ascii_upper(word[0]) || word == ".")) return false;
    if (numeral(lower[k - back - 1], tr)) return true;
  }
  return false;
}

// "a decision published on Tuesday": a verb that is not a trigger, right before the expression
// (or before its preposition), is what the expression dates; the events further away are not.
bool dated_by_other_verb(const Expr& x, const std::vector<std::string>& lower, const std::vector<Found>& found,
                         const Triggers& tr) {
  if (x.first == 0) return false;
  // "handled last month's attack", "the March intrusion": the expression modifies a noun.
  for (const auto& f : found)
    if (f.first > x.last && f.first - x.last <= 3) return false;
  std::size_t k = x.first - 1;
  if (k > 0 && tr.is(lower[k], k_preposition)) --k;
  const std::string& w = lower[k];
  if (w.size() < 5 || !w.ends_with("ed") || tr.is(w, k_not_verb)) return false;
  if (!std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return false;
  // "In a forensic update published last Tuesday, the group said …": the publication of the
  // document an opening phrase names is how the main clause's act was made.
  if (x.fronted && (w == "published"sv || w == "released"sv || w == "issued"sv || w == "posted"sv || w == "sent"sv))
    return false;
  auto in_trigger = [&](std::size_t t) {
    return std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.first <= t && t <= f.last; });
  };
  if (in_trigger(k)) return false;
  // "The complaint, filed Wednesday in federal court, …": a participle set off after a noun
  // trigger says when that event took place.
  if (k >= 2 && lower[k - 1] == ","sv && in_trigger(k - 2)) return false;
  // "an investigation was launched in May": the verb says when the event before it began. A
  // reporting verb before a verb of its own clause ("had been created") does not own it: "The
  // report said the account had been created in 2019" dates the creation, not the saying; but
  // "said in a video posted on Friday" is the saying's.
  const bool finite = k > 0 && (lower[k - 1] == "been"sv || lower[k - 1] == "was"sv || lower[k - 1] == "were"sv ||
                                lower[k - 1] == "had"sv || lower[k - 1] == "has"sv || lower[k - 1] == "have"sv);
  auto owns = [&](std::size_t t) {
    return std::any_of(found.begin(), found.end(),
                       [&](const Found& f) { return f.first <= t && t <= f.last && !(finite && f.trigger->report); });
  };
  // An aside set off by commas between them is passed over: "The complaint, Delacroix v.
  // Corvane Systems, LLC, was filed Monday" (the farthest comma in reach opens it).
  std::size_t words = 0;
  for (std::size_t t = k; t-- > 0 && words < 8; ++words) {
    if (lower[t] == ","sv) {
      std::size_t opening = t;
      for (std::size_t c = t; c-- > 0 && t - c <= k_max_aside + 4;) {
        if (lower[c] == ","sv)
          opening = c;
        else if (tr.is(lower[c], k_boundary))
          break;
      }
      if (opening == t) break;  // a lone comma ends the clause
      t = opening;
      continue;
    }
    if (tr.is(lower[t], k_boundary)) break;
    if (owns(t)) return false;
  }
  return true;
}

// "emailed out that warning the following day": a noun trigger after a demonstrative, as the
// object of a verb, points back to an event already told: it makes no claim (the dates of its
// clause are the verb's act, not that event's).
bool anaphoric_object(const Found& f, const std::vector<std::string>& lower, const Triggers& tr) {
  if (!f.trigger->noun || f.first < 2 || !tr.is(lower[f.first - 1], k_demonstrative)) return false;
  const std::string& before = lower[f.first - 2];
  return !before.empty() && util::is_ascii_lower(before[0]) && !tr.is(before, k_boundary | k_preposition | k_function);
}

// "a 2016 security incident", "the March audit": a year, month or day between a determiner and a
// word modifies the noun phrase it opens. It dates that noun, a trigger or not, and no verb of the
// clause ("a jury convicted him of covering up a 2016 security incident").
bool modifies_noun(const Expr& x, const std::vector<segment::Token>& tokens, const std::vector<std::string>& lower,
                   const Document& doc, const Triggers& tr) {
  if (x.first == 0 || x.last + 1 >= tokens.size() || !tr.is(lower[x.first - 1], k_determiner)) return false;
  const std::string_view first = doc.text(tokens[x.first].span);
  if (first.empty() || !(util::is_ascii_digit(first[0]) || util::is_ascii_upper(first[0]))) return false;
  const std::string_view next = doc.text(tokens[x.last + 1].span);
  return tokens[x.last + 1].kind == segment::TokenKind::word && !next.empty() && util::is_ascii_lower(next[0]) &&
         !tr.is(lower[x.last + 1], k_function | k_boundary);
}

// "would publish its conclusions", "plans to appeal", "is expected to announce": an act still to
// come, which neither the reporting date nor the sentence's reporting verb dates.
bool future(const Found& f, const std::vector<std::string>& lower, const Triggers& tr) {
  for (std::size_t back = 1; back <= 4 && back <= f.first; ++back) {
    if (tr.is(lower[f.first - back], k_boundary)) return false;
    // "should have been told", "would have known": a modal perfect looks back, not ahead.
    if (tr.is(lower[f.first - back], k_future)) return !(back > 1 && tr.is(lower[f.first - back + 1], k_perfect));
  }
  return false;
}

// "applications for entry in September 2024 could still be submitted": a date in a clause that
// looks ahead (a word of class `future` between the clause boundaries around it) names a time
// the article may precede, so it bounds no publication date.
bool in_future_clause(const Expr& x, const std::vector<std::string>& lower, const Triggers& tr) {
  for (std::size_t k = x.first; k-- > 0 && !tr.is(lower[k], k_boundary);)
    if (tr.is(lower[k], k_future)) return true;
  for (std::size_t k = x.last + 1; k < lower.size() && !tr.is(lower[k], k_boundary); ++k)
    if (tr.is(lower[k], k_future)) return true;
  return false;
}

// "days after the operator admitted", "since it disclosed the breach": a clause of what came
// before the sentence's news, which neither its reporting verb nor the reporting date dates.
bool in_earlier_clause(const Found& f, const std::vector<std::string>& lower, const Triggers& tr) {
  for (std::size_t back = 1; back <= 10 && back <= f.first; ++back) {
    if (tr.is(lower[f.first - back], k_anterior)) return true;
    if (tr.is(lower[f.first - back], k_boundary)) return false;
  }
  return false;
}

// "did not realise it had been breached until footage appeared on 18 September", "was unaware
// of the intrusion until 3 May": the date after "until" is when the event became known (the
// discovery's). The awareness word, negated, stands shortly before the trigger in its clause
// ("that" may join them); "until" stands between the trigger and the date. A word of telling
// instead ("did not confirm a cyberattack until the following Monday") makes the date the
// disclosure's. Returns the kind of the act so dated, or nothing.
std::string_view known_until(const Found& f, std::size_t date_first, const std::vector<std::string>& lower,
                             const Triggers& tr) {
  if (date_first <= f.last) return {};
  // The incident told as over ("it had been breached", "the intrusion"), not as going on ("the
  // hackers were still stealing data until 3 May": the until is the stealing's).
  const std::string& word = lower[f.last];
  if (word.size() > 4 && word.ends_with("ing")) return {};
  if (!f.trigger->noun && !past_perfect(f, lower, tr) &&
      !(f.first > 0 &&
        (lower[f.first - 1] == "been"sv || lower[f.first - 1] == "was"sv || lower[f.first - 1] == "were"sv)))
    return {};
  bool until = false, unnoticed = false;
  for (std::size_t k = f.last + 1; k < date_first && !until; ++k) {
    until = tr.is(lower[k], k_until);
    // "The intrusion went unnoticed for more than five weeks, until 26 September": a word both
    // of awareness and negative ("unnoticed", "undetected") between the incident and "until".
    unnoticed = unnoticed || (tr.is(lower[k], k_awareness) && tr.is(lower[k], k_negative));
  }
  if (!until) return {};
  if (unnoticed) return "discovery"sv;
  for (std::size_t back = 1; back <= 8 && back <= f.first; ++back) {
    const std::size_t k = f.first - back;
    if (tr.is(lower[k], k_awareness | k_telling)) {
      const bool aware = tr.is(lower[k], k_awareness);
      for (std::size_t n = 0; n <= 2 && n <= k; ++n) {
        if (!tr.is(lower[k - n], k_negative)) continue;
        if (aware) return "discovery"sv;
        // Telling only in the past ("did not confirm … until Monday"; "would not confirm it until
        // its inquiry ends on Friday" is ahead).
        for (std::size_t b = 0; b <= 1 && b + n <= k; ++b) {
          const std::string& aux = lower[k - n - b];
          if (aux == "did"sv || aux == "had"sv || aux == "didn't"sv || aux == "hadn't"sv || aux == "didn"sv ||
              aux == "hadn"sv)
            return "disclosure"sv;
        }
        return {};
      }
      return {};
    }
    if (tr.is(lower[k], k_boundary) && lower[k] != "that"sv) return {};
  }
  return {};
}

// "Police have arrested a 17-year-old, the unit said on Tuesday. The suspect was detained on
// Monday morning …": an act dated only by when it was told (basis report or reporting-date) is
// the act the next sentences date to a day shortly before, when they name one of its kind. The
// day they give is its date. Not for statements and media reports, which recur day to day.
constexpr std::size_t k_narrowing_sentences = 2;
constexpr std::size_t k_quote_reach = 12;  // sentences an apology looks back for its quotation's opening
bool points_back(std::string_view sentence) {
  const auto space = sentence.find(' ');
  const std::string first = util::to_lower_ascii(sentence.substr(0, space));
  return first == "the"sv || first == "he"sv || first == "she"sv || first == "they"sv || first == "it"sv ||
         first == "this"sv || first == "that"sv;
}
// "A second group of investors sued …", "Separately, the regulator fined …": a sentence that opens
// on another act, not on the one just told.
bool tells_another(std::string_view sentence) {
  const auto space = sentence.find_first_of(" ,");
  const std::string first = util::to_lower_ascii(sentence.substr(0, space));
  return first == "a"sv || first == "an"sv || first == "another"sv || first == "separately"sv || first == "also"sv ||
         first == "meanwhile"sv || first == "elsewhere"sv || first == "in"sv;
}
constexpr long k_narrowing_days = 3;
constexpr std::size_t k_narrowing_claims = 64;  // claims looked at after it (a page-long sentence has many)
void narrow_reported_acts(std::vector<Claim>& claims, const Triggers& tr) {
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    const KindInfo* k = tr.kind(c.kind.str());
    if (k == nullptr || k->once || c.kind == "statement"sv || c.kind == "media-report"sv || c.negated) continue;
    if ((c.time->basis != "report" && c.time->basis != "reporting-date") ||
        c.time->precision != timex::Precision::day || c.time->earliest.empty())
      continue;
    for (std::size_t j = i + 1;
         j < claims.size() && j - i <= k_narrowing_claims && claims[j].sentence <= c.sentence + k_narrowing_sentences;
         ++j) {
      const Claim& d = claims[j];
      if (d.sentence == c.sentence || d.kind != c.kind || d.negated || d.time->basis != "expression" ||
          d.time->precision != timex::Precision::day || d.time->earliest.empty())
        continue;
      // The later sentence points back at the act ("The suspect was detained …", "He was
      // detained …"); "A second group sued …", "Engineers restored email …" tell another act.
      // Right after a lead that only the article's day dates ("A foundation has filed a
      // collective action …" then "It said it served the writ on Tuesday"), the next sentence
      // tells that act whatever its first word.
      const bool next_to_lead = c.time->basis == "reporting-date" && d.sentence == c.sentence + 1 && c.sentence == 0 &&
                                !tells_another(d.text.str());
      if (!points_back(d.text.str()) && !next_to_lead) continue;
      const long before = dates::days_between(d.time->earliest.str(), c.time->earliest.str());
      if (before < 1 || before > k_narrowing_days) continue;
      c.time = d.time;
      break;
    }
  }
}

// "The regulator also ordered yearly audits": an act of a kind made public
// by its announcement that the sentence adds with "also" (right before the verb, or with its
// auxiliary) and dates no other way was announced with the act told last before it, a few
// sentences up ("fined the bank $2.6 million on Tuesday"): it takes that act's date.
constexpr std::uint32_t k_also_sentences = 8;
bool added_with_also(const Claim& c) {
  if (c.trigger_span.begin < c.span.begin) return false;
  // "is also investigating": what goes on, not an act done with the one told before.
  const std::string_view trigger = c.trigger.str();
  if (const auto space = trigger.find(' '); trigger.substr(0, space).ends_with("ing")) return false;
  const std::string before = util::to_lower_ascii(c.text.str().substr(0, c.trigger_span.begin - c.span.begin));
  // The words before the trigger, last first: "also", maybe after or before an auxiliary.
  std::vector<std::string_view> words;
  for (std::size_t end = before.size(); end > 0 && words.size() < 3;) {
    while (end > 0 && before[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && before[start - 1] != ' ') --start;
    if (start == end) break;
    words.push_back(std::string_view(before).substr(start, end - start));
    end = start;
  }
  // Not a plan or a possibility ("may also sue", "also will pay"), nor an act done before ("had
  // also sued"): only what was done with the act told before.
  static constexpr std::string_view k_not[] = {"will",   "would", "may",   "might", "could", "can",
                                               "should", "must",  "shall", "had",   "to",    "'ll"};
  bool also = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    for (const std::string_view n : k_not)
      if (words[k] == n) return false;
    if (words[k] == "also"sv) {
      also = true;
      if (k + 1 < words.size())
        for (const std::string_view n : k_not)
          if (words[k + 1] == n) return false;
      break;
    }
    if (words[k] != "has"sv && words[k] != "have"sv) return false;
  }
  return also;
}
void date_added_acts(std::vector<Claim>& claims, const Triggers& tr) {
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.time->known() || c.negated || c.hedged || !tr.announced.count(c.kind.str()) || !added_with_also(c)) continue;
    for (std::size_t j = i; j-- > 0;) {
      const Claim& d = claims[j];
      if (d.sentence + k_also_sentences < c.sentence) break;
      if (d.sentence == c.sentence || d.negated || !d.time->known() || d.time->precision < timex::Precision::day)
        continue;
      const KindInfo* k = tr.kind(d.kind.str());
      if (k == nullptr || k->once || d.kind == "statement"sv || d.kind == "media-report"sv) continue;
      // Another's act: "The court fined the bank on Tuesday. … The regulator also ordered …"
      // adds nothing to the court's day when the two sentences name no actor in common.
      const bool shared_actor =
          c.actors.empty() || d.actors.empty() || std::any_of(c.actors.begin(), c.actors.end(), [&](const Text& a) {
            return std::find(d.actors.begin(), d.actors.end(), a) != d.actors.end();
          });
      if (!shared_actor) break;
      c.time = d.time;
      c.time.edit().basis = "previous";  // dated by the act it adds to, in another sentence
      break;
    }
  }
}

// Whether the tokens in [from, to) are plain words of one clause: no punctuation, no clause boundary.
bool plain_words(const std::vector<segment::Token>& tokens, const std::vector<std::string>& lower, std::size_t from,
                 std::size_t to, const Triggers& tr) {
  for (std::size_t k = from; k < to; ++k)
    if (tokens[k].kind == segment::TokenKind::punct || tr.is(lower[k], k_boundary)) return false;
  return true;
}

// "Arrenta on Tuesday rejected the claims, a day after the hotel group ended its contract": an
// act in a clause that opens, after a comma, with a count of days or weeks and "after" ("before")
// is that many days before (after) the day of the clause it hangs on ("hours after": the same
// day). Only for a trigger the clause gives no date of its own, within a few words of "after".
// "The admission comes nine days after …": what "comes" now is the news of the reporting
// day, the day counted from when the sentence names none.
constexpr std::size_t k_counted_reach = 8;
// How far a subject of names joined by commas and "and" may reach, in tokens.
constexpr std::size_t k_counted_names_reach = 20;
// Words at most between the act a placing verb places and the verb ("The confirmation came").
constexpr std::size_t k_subject_reach = 3;
// Words between "since" or "after" and a date that make them a clause of its own, not a phrase.
constexpr std::size_t k_clause_words = 4;
template <class Words>
std::vector<Time> counted_days(const Words& sw, const std::vector<segment::Token>& tokens, ByteSpan span,
                               const std::vector<timex::Timex>& timexes, std::size_t first_timex, const Triggers& tr,
                               const std::string& reporting, const std::string& previous_day) {
  const auto& lower = sw.lower;
  std::vector<Time> out(sw.found.size());
  auto token_at = [&](std::size_t byte) {
    return static_cast<std::size_t>(std::partition_point(tokens.begin(), tokens.end(),
                                                         [&](const segment::Token& t) { return t.span.end <= byte; }) -
                                    tokens.begin());
  };
  // The spans of days: tagged durations ("a day", "three weeks") and "hours"/"minutes".
  struct Span {
    std::size_t first, last;
    long days;
    std::string text;
  };
  std::vector<Span> spans;
  for (std::size_t x = first_timex; x < timexes.size() && timexes[x].span.begin < span.end; ++x) {
    const auto& t = timexes[x];
    // Not a count said to be approximate ("more than five weeks after", "nearly three weeks after").
    if (t.type != timex::Type::duration || !t.mod.empty() || t.value.size() < 3 || t.value[0] != 'P') continue;
    const char unit = t.value.back();
    if (unit != 'D' && unit != 'W') continue;
    long n = 0;
    for (std::size_t i = 1; i + 1 < t.value.size(); ++i) {
      if (!util::is_ascii_digit(t.value[i])) {
        n = -1;
        break;
      }
      n = n * 10 + (t.value[i] - '0');
      if (n > 1000) break;
    }
    if (n <= 0 || n > 1000) continue;
    const std::size_t first = token_at(t.span.begin), last = token_at(t.span.end - 1);
    if (first >= tokens.size() || last >= tokens.size()) continue;
    spans.push_back({first, last, unit == 'W' ? 7 * n : n, t.text});
  }
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (lower[k] == "hours"sv || lower[k] == "minutes"sv) spans.push_back({k, k, 0, lower[k]});
  for (const Span& d : spans) {
    const std::size_t word = d.last + 1;
    if (word >= lower.size() || d.first == 0) continue;
    const long sign = lower[word] == "after"sv ? -1 : lower[word] == "before"sv ? 1 : 0;
    if (sign == 0) continue;
    std::size_t opening = d.first - 1;  // ", just two days after"
    if (lower[opening] == "just"sv || lower[opening] == "only"sv || lower[opening] == "barely"sv) {
      if (opening == 0) continue;
      --opening;
    }
    // After a comma (", a day after …"), or after the verb that places the clause's act ("The
    // confirmation came a day after the blog first reported it").
    if (lower[opening] != ","sv && lower[opening] != "came"sv && lower[opening] != "comes"sv &&
        lower[opening] != "arrived"sv)
      continue;
    // The day of the clause it hangs on ("Shares fell on Monday, hours after …"): the last day
    // named before it.
    std::string anchor;
    for (const Expr& e : sw.exprs) {
      if (e.last >= opening) break;
      const auto& t = *e.timex;
      if (t.precision == timex::Precision::day && !t.earliest.empty() && t.earliest == t.latest) anchor = t.earliest;
    }
    if (anchor.empty() && lower[opening] == "comes"sv) anchor = reporting;
    // "Last Friday the county shut off e-recording. That decision came a day after …": a subject
    // a demonstrative opens points back at the act of the sentence before, whose day it counts from.
    if (anchor.empty() && opening != 0 && lower[opening] != ","sv && opening <= 1 + k_subject_reach &&
        tr.is(lower[0], k_demonstrative))
      anchor = previous_day;
    const bool placing_verb = lower[opening] != ","sv;
    // The words between "after" and the act: plain words, or a subject of names that commas
    // and "and" join ("a day after the state Attorney General, Celia Okonkwo-Bright, and the
    // district attorney announced …": words, commas and determiners, no verb form, no clause
    // boundary, no other punctuation).
    auto subject_of_names = [&](std::size_t from, std::size_t to) {
      if (to - from > k_counted_names_reach) return false;
      for (std::size_t k = from; k < to; ++k) {
        if (lower[k] == ","sv || lower[k] == "and"sv || lower[k] == "&"sv || tr.is(lower[k], k_determiner)) continue;
        if (tokens[k].kind == segment::TokenKind::punct || verb_form(lower[k], tr, false) ||
            tr.is(lower[k], k_boundary))
          return false;
      }
      return true;
    };
    for (std::size_t f = 0; f < sw.found.size(); ++f) {
      const Found& g = sw.found[f];
      if (g.first <= word) continue;
      if (!((g.first <= word + k_counted_reach && plain_words(tokens, lower, word + 1, g.first, tr)) ||
            subject_of_names(word + 1, g.first)))
        break;
      if (sw.attached[f] == nullptr) {
        if (anchor.empty()) break;
        const std::string day = dates::add_days(anchor, sign * d.days);
        if (!day.empty()) out[f] = day_time(day, "expression", d.text + " " + lower[word]);
      } else if (placing_verb) {
        // "The confirmation came two days after the Sentinel first reported on Tuesday": the act
        // the verb places (its subject, right before it) is counted from the day the other has.
        const auto& t = *sw.attached[f]->timex;
        if (t.precision != timex::Precision::day || t.earliest.empty() || t.earliest != t.latest) break;
        // The head of the subject: its first trigger ("Confirmation of the breach came …" is the
        // confirmation's), an act made public, not the incident, and not later than the report.
        std::optional<std::size_t> head;
        for (std::size_t s = f; s-- > 0;) {
          const Found& subject = sw.found[s];
          if (subject.last >= opening) continue;
          if (head ? subject.last + 1 + k_subject_reach < sw.found[*head].first
                   : subject.last + k_subject_reach < opening)
            break;
          if (!plain_words(tokens, lower, subject.last + 1, head ? sw.found[*head].first : opening, tr)) break;
          head = s;
        }
        const KindInfo* head_kind = head ? tr.kind(sw.found[*head].trigger->kind) : nullptr;
        if (head && sw.attached[*head] == nullptr && head_kind != nullptr && !head_kind->once) {
          const std::string day = dates::add_days(t.earliest, -sign * d.days);
          if (!day.empty() && (reporting.empty() || day <= reporting))
            out[*head] = day_time(day, "expression", d.text + " " + lower[word] + " " + t.text);
        }
      }
      break;
    }
  }
  return out;
}

// "until the end of the year", "by March 1", "no later than Friday": a word of a deadline right
// before the expression (or before its article).
bool deadline_word(std::size_t first, const std::vector<std::string>& lower) {
  for (std::size_t back = 1; back <= 2 && back <= first; ++back) {
    const std::string& w = lower[first - back];
    if (w == "until"sv || w == "by"sv || w == "before"sv || w == "than"sv || w == "till"sv) return true;
    if (w != "the"sv) return false;
  }
  return false;
}

// "could be accessed before Christmas", "opened an investigation just before Christmas": a date
// after "before" ("prior to", "ahead of") bounds the act, it does not date it. Right before it
// ("just", "shortly", "days", "hours"), the act falls in the week before the day; otherwise
// anywhere before it. The claim keeps the month of its last possible day (as "more than six
// months ago" does) and says BEFORE.
// A day only: a clock time keeps its day ("shortly before midnight on Saturday 9 March").
void before_bound(Time& time, const timex::Timex& t, std::size_t first, const std::vector<std::string>& lower) {
  if (first == 0 || time.earliest.empty() || t.precision != timex::Precision::day) return;
  std::size_t k = first;
  if (lower[k - 1] == "the"sv && k >= 2) --k;
  bool before = lower[k - 1] == "before"sv;
  std::size_t signal = k - 1;
  if (!before && k >= 2 && lower[k - 1] == "to"sv && lower[k - 2] == "prior"sv) before = true, signal = k - 2;
  if (!before && k >= 2 && lower[k - 1] == "of"sv && lower[k - 2] == "ahead"sv) before = true, signal = k - 2;
  if (!before) return;
  const bool close = signal > 0 && (lower[signal - 1] == "just"sv || lower[signal - 1] == "shortly"sv ||
                                    lower[signal - 1] == "days"sv || lower[signal - 1] == "hours"sv ||
                                    lower[signal - 1] == "moments"sv || lower[signal - 1] == "minutes"sv ||
                                    lower[signal - 1] == "immediately"sv);
  // "on or before 5 March" includes the day.
  const bool or_on = signal >= 2 && lower[signal - 1] == "or"sv && lower[signal - 2] == "on"sv;
  const std::string last = or_on ? time.earliest.str() : dates::add_days(time.earliest.str(), -1);
  if (last.empty()) return;
  time.latest = last;
  time.earliest = close ? dates::add_days(time.earliest.str(), -7) : std::string();
  time.value = last.substr(0, 7);
  time.precision = timex::Precision::month;
  time.mod = "BEFORE";
}

// "would not say whether any of the money had been recovered": a trigger in a clause a word of
// class `question` opens, no clause boundary between them.
constexpr std::size_t k_question_reach = 12;
bool asked(const Found& f, const std::vector<std::string>& lower, const Triggers& tr) {
  for (std::size_t k = f.first; k-- > 0 && f.first - k <= k_question_reach;) {
    if (tr.is(lower[k], k_question)) return true;
    if (tr.is(lower[k], k_boundary)) return false;
  }
  return false;
}

bool has_perfect(const Found& f, const std::vector<std::string>& lower, const Triggers& tr) {
  for (std::size_t back = 1; back <= 2 && back <= f.first; ++back)
    if (tr.is(lower[f.first - back], k_perfect)) return true;
  return false;
}

}  // namespace

Result<DocumentClaims> extract(const Document& doc, const extract::Mentions& mentions, const Lexicon* lexicon) {
  auto trig = triggers(lexicon);
  if (!trig) return Error{trig.error()};
  const Triggers& tr = **trig;

  DocumentClaims out;
  DocumentInfo& info = out.info;
  info.id = doc.id;
  info.path = doc.path;
  info.outlet = doc.outlet;
  info.title = doc.title;
  info.published = doc.published;
  if (mentions.actors.main_subject && *mentions.actors.main_subject < mentions.actors.entities.size()) {
    const auto& e = mentions.actors.entities[*mentions.actors.main_subject];
    info.subject = e.key;
    info.subject_name = e.name;
  }

  // The reporting date: publication, moved to the date of a dated report ("said
  // Friday").
  std::string reporting;
  if (doc.published.local)
    reporting = dates::iso_day(doc.published.local->year, doc.published.local->month, doc.published.local->day);
  const std::string published_day = reporting;

  // Organisations the article names as the subject's party to the incident ("its surveying
  // contractor, Brackwater Property Services"; a word of class `party` with "its", "their",
  // "our" or a possessive before it, right before a mention): a sentence about them ("laptops
  // stolen from a Brackwater employee's car") is still about the incident.
  std::vector<bool> party(mentions.actors.entities.size(), false);
  for (const auto& m : mentions.actors.mentions) {
    if (m.entity >= party.size() || m.kind != actors::Kind::organisation) continue;
    const std::size_t from = m.span.begin > 80 ? m.span.begin - 80 : 0;
    std::string before(doc.text({static_cast<std::uint32_t>(from), m.span.begin}));
    util::lower_ascii(before);
    std::vector<std::string_view> w;
    for (const auto part : util::split(before, ' '))
      if (!part.empty()) w.push_back(part);
    if (w.empty()) continue;
    std::string_view role = w.back();
    if (role.ends_with(",")) role.remove_suffix(1);
    if (!tr.is(std::string(role), k_party)) continue;
    for (std::size_t j = w.size() - 1; j-- > 0 && w.size() - 1 - j <= 3;)
      if (w[j] == "its"sv || w[j] == "their"sv || w[j] == "our"sv || w[j].ends_with("'s"sv) ||
          w[j].ends_with("\u2019s"sv)) {
        party[m.entity] = true;
        break;
      }
  }

  // Latest absolute date the text names: a lower bound for an undated document.
  std::string latest_named, latest_named_text;

  // Two passes: the first finds the reporting date (a dated act anywhere in the
  // article dates the lede that announces it), the second makes the claims.
  std::string latest_act;
  // The lead: the first four paragraphs that tell events (a headline and a standfirst count when
  // the body holds them: then two paragraphs of story). Only there is a dated public act the
  // article's news; further down it is background ("On March 5, the company had said …").
  constexpr std::size_t k_lead_paragraphs = 4;
  // Each paragraph's place in the story: how many paragraphs before it are story. A headline and
  // a standfirst the body holds on top ("Courier admits ransomware attack") end without a full
  // stop, so the story's first two paragraphs are 0 and 1 under them too; below the story's first
  // paragraph every paragraph counts (a feature's "What happened" subheading too).
  std::vector<std::size_t> story_place(doc.paragraphs.size(), 0);
  for (std::size_t p = 0, told = 0; p < doc.paragraphs.size(); ++p) {
    story_place[p] = told;
    auto text = doc.text(doc.paragraphs[p]);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' || text.back() == '\r'))
      text.remove_suffix(1);
    // A closing quotation mark ends a sentence too: ASCII, or ’ ” (E2 80 99, E2 80 9D).
    const bool ends =
        !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?' || text.back() == '"' ||
                          text.back() == '\'' || text.ends_with("\xE2\x80\x99") || text.ends_with("\xE2\x80\x9D"));
    if (told > 0 || ends) ++told;
  }
  std::size_t telling_paragraphs = 0;
  std::optional<std::size_t> last_telling;
  // Each sentence's tokens and their lower-case forms, its triggers and
  // expressions, made in the first pass and read again in the second.
  struct Words {
    std::vector<segment::Token> tokens;
    std::vector<std::string> lower;
    std::vector<Found> found;
    std::vector<Expr> exprs;
    std::vector<const Expr*> attached;  // the expression of each trigger (into `exprs`), if any
    std::vector<Time> counted;          // else a day counted from the clause it hangs on ("a day after …")
    std::vector<Expr> range_ends;       // the far ends of ranges, which only a "when" after them reads
    std::size_t first_timex = 0;        // the sentence's first expression in the mentions
    const Expr* report_time = nullptr;  // the date of the sentence's reporting verb
    bool has_report = false;
    std::vector<std::size_t> object_gap;  // of each noun trigger that is a verb trigger's object, or k_not_object
  };
  // "… a day after the attorney general announced a joint criminal investigation": what a counted
  // speech act announces (its object, of a kind made public by its announcement) is dated with it.
  auto spread_counted = [&](Words& sw) {
    for (std::size_t f = 1; f < sw.found.size() && f < sw.object_gap.size(); ++f) {
      const KindInfo* k = tr.kind(sw.found[f - 1].trigger->kind);
      if (sw.counted[f].value.empty() && !sw.counted[f - 1].value.empty() && sw.attached[f] == nullptr &&
          sw.object_gap[f] != k_not_object && k != nullptr && (k->speech || sw.found[f - 1].trigger->report) &&
          tr.announced.count(sw.found[f].trigger->kind))
        sw.counted[f] = sw.counted[f - 1];
    }
  };
  std::vector<Words> sentence_words(doc.sentences.size());
  // Sentences inside a direct quotation (the sources tagger tells; one that spans sentences
  // marks them all).
  std::vector<bool> quoted(doc.sentences.size(), false);
  for (std::size_t si = 0; si < doc.sentences.size() && si < mentions.attributions.size(); ++si)
    quoted[si] = mentions.attributions[si].quoted;
  for (int pass = 0; pass < 2; ++pass) {
    const bool emit = pass == 1;
    if (emit && !latest_act.empty()) reporting = latest_act;
    std::size_t next_timex = 0, next_figure = 0, next_actor = 0;
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& sentence = doc.sentences[si];
      const ByteSpan span = sentence.span;
      Words& sw = sentence_words[si];
      // The day the sentences just before name last (one day: "Last Friday the county shut off
      // …"), at most two sentences back.
      auto previous_day = [&](std::size_t s) {
        std::string day;
        for (std::size_t back = 1; back <= 2 && back <= s && day.empty(); ++back)
          for (const Expr& e : sentence_words[s - back].exprs) {
            const auto& t = *e.timex;
            if (t.precision == timex::Precision::day && !t.earliest.empty() && t.earliest == t.latest) day = t.earliest;
          }
        return day;
      };
      if (pass == 0) {
        sw.tokens = segment::tokenize(doc.text(span), span.begin);
        sw.lower.reserve(sw.tokens.size());
        for (const auto& t : sw.tokens) sw.lower.push_back(util::to_lower_ascii(doc.text(t.span)));
        // "the penalty against the Calderholm Blood and Plasma Service on Tuesday": an "and"
        // inside a name is part of it, not a clause boundary a date cannot reach across.
        const auto& am = mentions.actors.mentions;
        auto m = std::partition_point(am.begin(), am.end(), [&](const auto& x) { return x.span.end <= span.begin; });
        for (std::size_t k = 0; k < sw.tokens.size() && m != am.end(); ++k) {
          while (m != am.end() && m->span.end <= sw.tokens[k].span.begin) ++m;
          if (m != am.end() && sw.lower[k] == "and"sv && m->span.begin < sw.tokens[k].span.begin &&
              sw.tokens[k].span.end < m->span.end)
            sw.lower[k] = "&";
        }
      }
      const std::vector<segment::Token>& tokens = sw.tokens;
      const std::vector<std::string>& lower = sw.lower;

      // What does not depend on the pass (triggers, expressions and what each is attached
      // to) is found in the first pass and read again in the second.
      auto& found = sw.found;
      auto& exprs = sw.exprs;
      auto& attached = sw.attached;
      auto& report_time = sw.report_time;
      auto& has_report = sw.has_report;
      // The reporting date the first pass found (a report dated "yesterday") is the day a count
      // from "comes" starts from.
      if (pass == 1 && reporting != published_day && std::find(lower.begin(), lower.end(), "comes") != lower.end()) {
        sw.counted = counted_days(sw, tokens, span, mentions.timexes, sw.first_timex, tr, reporting, previous_day(si));
        spread_counted(sw);
      }
      if (pass == 0) {
        // Triggers, longest match first, left to right.
        for (std::size_t k = 0; k < tokens.size();) {
          // A capitalised word inside a sentence is a name ("the United States"), not a verb;
          // also after a possessive's apostrophe ("the County Employees' Retirement System").
          // A word that opens a title-cased line of a header is capitalised as a first word is
          // ("HOLLIN SAVINGS BANK, Tarrin" then "Consent Order - Order No. 11" on the next line):
          // every word of the line is capitalised but short grammar words, and it ends on no full
          // stop. A name at the start of a wrapped line of prose stays a name.
          const std::string_view original = doc.text(tokens[k].span);
          bool opens_line =
              k > 0 && doc.text({tokens[k - 1].span.end, tokens[k].span.begin}).find('\n') != std::string_view::npos;
          for (std::size_t j = k; opens_line && j < tokens.size(); ++j) {
            if (j > k && doc.text({tokens[j - 1].span.end, tokens[j].span.begin}).find('\n') != std::string_view::npos)
              break;
            const std::string_view w = doc.text(tokens[j].span);
            const bool grammar = w.size() <= 2 || w == "and"sv || w == "the"sv || w == "for"sv || w == "with"sv;
            if (tokens[j].kind != segment::TokenKind::punct && !grammar && util::is_ascii_alpha(w[0]) &&
                !util::is_ascii_upper(w[0]))
              opens_line = false;
            const bool last =
                j + 1 == tokens.size() ||
                doc.text({tokens[j].span.end, tokens[j + 1].span.begin}).find('\n') != std::string_view::npos;
            if (last && (w == "."sv || w == "!"sv || w == "?"sv)) opens_line = false;
          }
          const bool name_like =
              k > 0 && !opens_line && !original.empty() && util::is_ascii_upper(original[0]) &&
              (tokens[k - 1].kind != segment::TokenKind::punct || lower[k - 1] == "'"sv || lower[k - 1] == "\u2019"sv);
          // (A name can still open a phrase that names no event: "the Baltic states".)
          const auto it = tr.by_first.find(lower[k]);
          const Trigger* hit = nullptr;
          std::size_t hit_end = k + 1;  // one past the trigger's last token
          if (it != tr.by_first.end()) {
            // A quotation mark inside the phrase does not break it: had found "no evidence"; a "*"
            // stands for a few words, not punctuation or a clause boundary; a currency sign is part
            // of an amount ("paid $1.4 million to settle a complaint").
            const auto quote = [&](std::size_t i) { return is_double_quote(lower[i]); };
            const auto fills = [&](std::size_t i) {
              return (tokens[i].kind != segment::TokenKind::punct || is_currency_sign(lower[i])) &&
                     !tr.is(lower[i], k_boundary);
            };
            for (const auto& cand : it->second) {
              if (name_like && cand.kind != "none"sv) continue;
              const std::size_t at = match(cand, lower, k, quote, fills);
              if (at != std::string::npos) {
                hit = &cand;
                hit_end = at;
                break;
              }
            }
          }
          // "the harvesting had been going on since July": a gerund of an intrusion names it, as a
          // noun would; other verb triggers after a determiner are nouns of another sense ("the
          // reports").
          // A verb of several words with a preposition after a number is no noun: "£511,600 sent to
          // the same account".
          const bool phrase_after_number =
              hit != nullptr && hit_end > k + 1 && k > 0 && numeral(lower[k - 1], tr) &&
              (lower[k + 1] == "to"sv || lower[k + 1] == "into"sv || tr.is(lower[k + 1], k_preposition));
          if (hit != nullptr && !hit->noun && !phrase_after_number && used_as_noun(k, tokens, lower, doc, tr) &&
              !(hit->kind == "intrusion"sv && hit_end == k + 1 && lower[k].ends_with("ing")))
            hit = nullptr;
          // "…, the Courier can reveal": an outlet's own scoop is told by its name, right before
          // (a list of books "can reveal" their readers' health is no report).
          if (hit != nullptr && hit->report && hit->kind == "media-report"sv) {
            const std::string_view before = k > 0 ? doc.text(tokens[k - 1].span) : std::string_view();
            if (before.empty() || !util::is_ascii_upper(before[0])) hit = nullptr;
          }
          if (hit == nullptr) {
            ++k;
            continue;
          }
          // "emailed out that warning": an event already told, not a new one.
          const Found f{k, hit_end - 1, hit};
          if (!hit->blocks && !anaphoric_object(f, lower, tr)) found.push_back(f);
          k = hit_end;
        }
        // "the report said", "the report found": a document already named speaks. It is the
        // source of what follows, not a media report of its own.
        {
          std::size_t kept = 0;
          for (std::size_t i = 0; i < found.size(); ++i) {
            const Found& f = found[i];
            const bool speaks = i + 1 < found.size() && f.trigger->kind == "media-report"sv && f.trigger->noun &&
                                f.first > 0 && tr.is(lower[f.first - 1], k_determiner | k_demonstrative) &&
                                found[i + 1].first == f.last + 1 &&
                                (found[i + 1].trigger->report || found[i + 1].trigger->kind == "finding"sv);
            if (!speaks) found[kept++] = f;
          }
          found.resize(kept);
        }

        // "UPDATE, 11:12 p.m.: Late Tuesday, the agency disabled …", "Correction: On Monday, …": a
        // label closed by a colon near the sentence's start; the sentence opens after it.
        std::size_t opening = 0;
        for (std::size_t k = 1; k < lower.size() && k <= k_max_label; ++k)
          if (lower[k] == ":"sv) {
            if (k + 1 < lower.size()) opening = k + 1;
            break;
          }
        // Temporal expressions of the sentence, as token ranges.
        while (next_timex < mentions.timexes.size() && mentions.timexes[next_timex].span.begin < span.begin)
          ++next_timex;
        for (std::size_t x = next_timex; x < mentions.timexes.size() && mentions.timexes[x].span.begin < span.end;
             ++x) {
          const auto& t = mentions.timexes[x];
          if (!usable(t, !doc.published.known())) continue;
          Expr e{&t, tokens.size(), 0};
          const auto first = std::partition_point(
              tokens.begin(), tokens.end(), [&](const segment::Token& tok) { return tok.span.end <= t.span.begin; });
          for (auto it = first; it != tokens.end() && it->span.begin < t.span.end; ++it) {
            const auto k = static_cast<std::size_t>(it - tokens.begin());
            e.first = std::min(e.first, k);
            e.last = std::max(e.last, k);
          }
          if (e.first > e.last) continue;
          // The start of a range is fronted as the whole range is ("Between June 2 and June 4,
          // 2024, the party caused …").
          std::size_t tail = e.last;
          if (t.range && t.range->other > x && t.range->other < mentions.timexes.size()) {
            const auto end_at = mentions.timexes[t.range->other].span.end;
            for (std::size_t k = e.last + 1; k < tokens.size() && tokens[k].span.end <= end_at; ++k) tail = k;
          }
          // "In a letter sent to members on Tuesday and a notice on its website, the bank
          // said …": an opening phrase that goes on after its date with "and" and another thing
          // ends at its comma.
          if (tail + 2 < lower.size() && lower[tail + 1] == "and"sv && tr.is(lower[tail + 2], k_determiner) &&
              opening < e.first && lower[opening] == "in"sv && e.first <= opening + k_max_opening) {
            for (std::size_t k = tail + 3; k < lower.size() && k <= tail + 10; ++k) {
              if (lower[k] == ","sv) {
                tail = k - 1;
                break;
              }
              if (tr.is(lower[k], k_boundary) || tokens[k].kind == segment::TokenKind::punct) break;
            }
          }
          // The far end of a range: its start speaks for it; only a "when" clause right after
          // it reads it ("between 29 January and 11 February, when they deployed ransomware").
          if (t.range && t.range->other < x) {
            sw.range_ends.push_back(e);
            continue;
          }
          // Fronted: at most one word before it, or right after a fronted expression and its comma
          // ("Two weeks later, on 21 February, the company admitted …"); a comma after it, or the
          // colon of a chronology's entry ("- 11 March: the operator confirms the attack").
          if (tail + 1 < lower.size() &&
              (lower[tail + 1] == ","sv || ((e.first <= 1 || (e.first >= opening && e.first <= opening + 1)) &&
                                            (lower[tail + 1] == ":"sv || lower[tail + 1] == "\u2013"sv ||
                                             lower[tail + 1] == "\u2014"sv || lower[tail + 1] == "-"sv)))) {
            bool after_fronted = !exprs.empty() && exprs.back().fronted && exprs.back().last < e.first &&
                                 e.first - exprs.back().last <= 3;
            for (std::size_t k = exprs.empty() ? 0 : exprs.back().last + 1; after_fronted && k < e.first; ++k)
              after_fronted = lower[k] == ","sv || tr.is(lower[k], k_preposition);
            // "In a filing with the regulator on Monday, the company confirmed …": the date ends an
            // opening phrase that a preposition starts and no clause boundary breaks.
            bool opening_phrase = e.first <= opening + k_max_opening && opening < e.first &&
                                  tr.is(lower[opening], k_preposition | k_cause | k_anterior | k_opener);
            for (std::size_t k = opening + 1; k < e.first && opening_phrase; ++k)
              opening_phrase = !tr.is(lower[k], k_boundary);
            // "Then, in June of last year, the bureau announced …": an adverb of the story's order,
            // its comma and a preposition before it.
            bool after_sequence = e.first <= opening + 4 && opening < e.first && tr.is(lower[opening], k_sequence);
            for (std::size_t k = opening + 1; k < e.first && after_sequence; ++k)
              after_sequence = lower[k] == ","sv || tr.is(lower[k], k_preposition);
            e.fronted = e.first <= 1 || (e.first >= opening && e.first <= opening + 1) || after_fronted ||
                        opening_phrase || after_sequence;
          } else if (e.last + 2 < lower.size() &&
                     (e.first == opening || (e.first == opening + 1 && tr.is(lower[opening], k_preposition) &&
                                             !tr.is(lower[opening], k_anterior | k_until))) &&
                     (util::is_ascii_upper(doc.text(tokens[e.last + 1].span).front()) ||
                      tr.is(lower[e.last + 1], k_determiner))) {
            // "Four days later Halvern Radio, citing people familiar with the inquiry, reported …",
            // "In September 2024 the Information Rights Commissioner published its provisional
            // findings …": a sentence that opens on its time, without a comma, then its subject.
            e.fronted = true;
          } else if (e.last + 2 < lower.size() && lower[e.last + 1] == "that"sv && e.first >= 2 &&
                     e.first <= opening + 6) {
            // "But it was not until February 2024 that the company conceded …", "It was only in
            // May that …": a cleft puts the date of the clause after "that" before it.
            std::size_t k = opening;
            if (k < e.first && tr.is(lower[k], k_boundary) && lower[k] != "that"sv) ++k;  // "But", "And"
            if (k + 1 < e.first && lower[k] == "it"sv &&
                (lower[k + 1] == "was"sv || lower[k + 1] == "is"sv || lower[k + 1] == "wasn't"sv)) {
              bool cleft = true;
              for (std::size_t j = k + 2; j < e.first && cleft; ++j)
                cleft = lower[j] == "not"sv || lower[j] == "until"sv || lower[j] == "till"sv || lower[j] == "only"sv ||
                        lower[j] == "just"sv || tr.is(lower[j], k_preposition);
              e.fronted = cleft;
            }
          }
          exprs.push_back(e);
          if (t.anchor.empty() && t.precision >= timex::Precision::month && !t.latest.empty() &&
              (latest_named.empty() || t.latest > latest_named) && !in_future_clause(e, lower, tr)) {
            latest_named = t.latest;
            latest_named_text = t.text;
          }
        }

        // Each expression goes to one trigger: the noun it modifies ("the January
        // 2020 attack"), else the nearest in its clause. Each trigger keeps its
        // nearest expression.
        attached.assign(found.size(), nullptr);
        std::vector<double> attached_cost(found.size(), std::numeric_limits<double>::max());
        std::vector<bool> modifier(found.size(), false);  // the date modifies the noun: "its Sept. 12 statement"
        // A noun trigger right after a verb trigger is its object ("learned of the hack", "reported
        // the contents of the leak"): the words between them, or k_not_object.
        std::vector<std::size_t> object_gap(found.size(), k_not_object);
        std::size_t event_triggers = 0;
        for (std::size_t f = 0; f < found.size(); ++f) {
          if (!found[f].trigger->report) ++event_triggers;
          // ("said the attack began on Sunday": a subject and its verb is no object.)
          if (f == 0 || !found[f].trigger->noun || found[f].trigger->clause || found[f - 1].trigger->noun) continue;
          const std::size_t gap = found[f].first - found[f - 1].last - 1;
          bool of = false;  // "the contents of the leak", "details of the breach"
          for (std::size_t k = found[f - 1].last + 1; k < found[f].first; ++k) of = of || lower[k] == "of"sv;
          bool close = gap <= 3 || (of && gap <= 5);
          for (std::size_t k = found[f - 1].last + 1; k < found[f].first && close; ++k)
            close = tokens[k].kind != segment::TokenKind::punct;
          if (close) object_gap[f] = gap;
        }
        // Only triggers near an expression compete for it (a sentence may be a whole page of
        // text without full stops); the first trigger after a fronted date and a sentence's only
        // event are always candidates.
        constexpr std::size_t k_window = 48;
        // "The review, published on Wednesday by the authority, also found that …": the date of a
        // publication participle set off after the sentence's subject is the main verb's, when
        // that verb (a speech act) follows right after the closing comma.
        // So is "In a letter to customers, sent on Monday and seen by the Review, the chief
        // executive said …": the letter is how the saying was made, its subject after the comma.
        std::size_t published_main = found.size();
        std::size_t published_from = 0, published_to = 0;  // the participle clause, in tokens
        const bool in_opening = lower.size() > 5 && lower[0] == "in"sv && tr.is(lower[1], k_determiner);
        if (!found.empty() && lower.size() > 4 && (tr.is(lower[0], k_determiner) || in_opening)) {
          std::size_t open = in_opening ? 2 : 1;
          while (open < lower.size() && open <= 8 && lower[open] != ","sv) ++open;
          if (open + 1 < lower.size() && open <= (in_opening ? 8U : 6U) &&
              (lower[open + 1] == "published"sv || lower[open + 1] == "released"sv || lower[open + 1] == "issued"sv ||
               lower[open + 1] == "unveiled"sv ||
               (in_opening &&
                (lower[open + 1] == "sent"sv || lower[open + 1] == "posted"sv || lower[open + 1] == "dated"sv)))) {
            std::size_t close = open + 2;
            while (close < lower.size() && close <= open + 25 && lower[close] != ","sv) ++close;
            const std::size_t reach = in_opening ? 8 : 3;
            for (std::size_t g = 0; g < found.size() && close < lower.size() && lower[close] == ","sv; ++g) {
              if (found[g].first <= close) continue;
              const KindInfo* gk = tr.kind(found[g].trigger->kind);
              bool plain = true;  // no clause boundary between the comma and the verb
              for (std::size_t k = close + 1; k < found[g].first && plain; ++k) plain = !tr.is(lower[k], k_boundary);
              if (found[g].first - close <= reach && plain && gk != nullptr &&
                  (gk->speech || found[g].trigger->report)) {
                published_main = g;
                published_from = open + 1;
                published_to = close;
              }
              break;
            }
          }
        }
        for (const auto& x : exprs) {
          if (published_main < found.size() && x.first > published_from && x.last < published_to) {
            if (attached[published_main] == nullptr) {
              attached[published_main] = &x;
              attached_cost[published_main] = 0;
            }
            continue;
          }
          if (dated_by_other_verb(x, lower, found, tr)) continue;
          const bool noun_modifier = modifies_noun(x, tokens, lower, doc, tr);
          std::size_t best = found.size();
          double best_cost = std::numeric_limits<double>::max();
          const auto lo = std::partition_point(found.begin(), found.end(),
                                               [&](const Found& f) { return f.last + k_window < x.first; });
          const auto after =
              std::partition_point(found.begin(), found.end(), [&](const Found& f) { return f.first <= x.last; });
          std::vector<std::size_t> candidates;
          for (auto it = lo; it != found.end() && it->first <= x.last + k_window; ++it)
            candidates.push_back(static_cast<std::size_t>(it - found.begin()));
          if (after != found.end()) candidates.push_back(static_cast<std::size_t>(after - found.begin()));
          if (event_triggers == 1)
            for (std::size_t f = 0; f < found.size(); ++f)
              if (!found[f].trigger->report) candidates.push_back(f);
          std::sort(candidates.begin(), candidates.end());
          candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
          for (const std::size_t f : candidates) {
            double c = cost(x, found[f], lower, object_gap[f], tr);
            // "confirmed the attack on Friday": a date right after a reporting verb's object
            // is the verb's, as it would be right after the verb.
            if (found[f].trigger->report && f + 1 < found.size() && object_gap[f + 1] != k_not_object &&
                found[f + 1].last < x.first && x.first - found[f + 1].last <= 2)
              c = std::max(0.0, c - 3);
            // "staff found the intruders had entered the network on May 3": the date is the
            // discovery's; the past perfect only says the access came before it. ("In a
            // statement, the university said the criminals had first gained access … on 28
            // January": a statement named by its noun is no such act.)
            if (past_perfect(found[f], lower, tr)) {
              bool main_event_before = false;
              for (std::size_t g = f; g-- > 0 && found[g].last + k_window >= found[f].first && !main_event_before;)
                main_event_before = !found[g].trigger->report && !past_perfect(found[g], lower, tr) &&
                                    found[g].trigger->kind != found[f].trigger->kind &&
                                    !(found[g].trigger->noun && found[g].trigger->kind == "statement"sv);
              if (main_event_before) c += 6;
            }
            if (found[f].trigger->noun && found[f].first > x.last && found[f].first - x.last <= 3) {
              bool words_only = true;
              for (std::size_t k = x.last + 1; k < found[f].first; ++k)
                words_only = words_only && tokens[k].kind != segment::TokenKind::punct && !tr.is(lower[k], k_function);
              if (words_only) c = -1;  // a date that modifies the noun
            }
            if (noun_modifier && c >= 0) continue;  // it modifies a noun that is not this trigger
            if (c < best_cost) {
              best_cost = c;
              best = f;
            }
          }
          // Far away, an expression still dates the sentence's only event ("Hackers stole the
          // names … of 50 million riders around the world in October 2016").
          // Not from inside a relative clause, though ("…, who has run the company since 2018").
          bool only_event = event_triggers == 1 && best < found.size() && !found[best].trigger->report;
          if (only_event && best_cost >= 12) {
            const std::size_t a = std::min(found[best].last, x.last), b = std::max(found[best].first, x.first);
            // Nor into a clause of what came before the dated act: "launched a bounty programme
            // on Feb. 1, weeks after researchers exposed the flaw".
            // Nor, after it, into a clause of its own time ("… when it went public in March").
            // (A "when" right after the event's object tells its own time: "disclosed the breach when
            // it published its results on March 3".)
            bool far_when = false;
            for (std::size_t k = found[best].last + 1; k < x.first && !far_when; ++k)
              far_when = tr.is(lower[k], k_subordinate) && k - found[best].last > k_near_when;
            // Nor, after it, past a word of the future ("… and expected to report later this year").
            const unsigned blocking = x.last < found[best].first ? k_relative | k_anterior
                                      : far_when                 ? k_relative | k_subordinate | k_future
                                                                 : k_relative | k_future;
            for (std::size_t k = a; k < b && only_event; ++k) only_event = !tr.is(lower[k], blocking);
            if (x.last < found[best].first && opens_relative(x.first, lower, tr)) only_event = false;
            // Nor, after it, into a clause of what came before it ("the first time the board has
            // suspended a certification since it took over vendor oversight in 2011": four words
            // or more between; "since at least late January", "since the start of 2011" still date it).
            for (std::size_t k = found[best].last + 1; k < x.first && only_event; ++k) {
              if (!tr.is(lower[k], k_anterior)) continue;
              std::size_t words = 0;
              for (std::size_t j = k + 1; j < x.first; ++j)
                if (tokens[j].kind != segment::TokenKind::punct) ++words;
              if (words >= k_clause_words) only_event = false;
            }
            // Nor, for an act of speech, into the clause a "that" right after it opens, past that
            // clause's own verb ("found that the firm had kept passport scans, in some cases since
            // 2009": the keeping's date). (Noticing "that screens had frozen shortly after 3 a.m."
            // is an act of that time.)
            const KindInfo* best_kind = tr.kind(found[best].trigger->kind);
            if (only_event && best_kind != nullptr && best_kind->speech && x.first > found[best].last + 1 &&
                lower[found[best].last + 1] == "that"sv)
              for (std::size_t k = found[best].last + 2; k < x.first && only_event; ++k)
                only_event = !verb_form(lower[k], tr, false) && !tr.is(lower[k], k_perfect | k_past_perfect);
            // Nor into an apposition after it: "hired a security chief, a post that had been vacant
            // since March, …" (a comma and a determiner open it, and no comma closes it before the date).
            if (x.first > found[best].last) {
              bool inside = false;
              for (std::size_t k = found[best].last + 1; k + 1 < x.first; ++k) {
                if (lower[k] == ","sv) inside = tr.is(lower[k + 1], k_determiner);
              }
              if (inside) only_event = false;
            }
          }
          // A trigger keeps its nearest expression; a date of the calendar ("on Aug. 19, 2023")
          // beats one counted from another ("last fall", "two weeks later") at a similar distance.
          const double rank = best_cost + (x.timex->anchor.empty() ? 0.0 : 3.0);
          if (best < found.size() && (best_cost < 12 || only_event) && rank < attached_cost[best]) {
            attached[best] = &x;
            attached_cost[best] = rank;
            modifier[best] = best_cost < 0;
          }
        }

        // "filed earlier this month, on April 2": a date right after the attached one and a comma
        // (and "on"/"in"), more precise and inside it, says which day it was.
        for (std::size_t f = 0; f < found.size(); ++f) {
          const Expr* x = attached[f];
          if (x == nullptr) continue;
          for (const Expr& y : exprs) {
            if (y.first <= x->last || y.first > x->last + 3 || x->last + 1 >= lower.size() ||
                lower[x->last + 1] != ","sv)
              continue;
            bool plain = true;
            for (std::size_t k = x->last + 2; k < y.first && plain; ++k)
              plain = lower[k] == "on"sv || lower[k] == "in"sv;
            const auto& a = *x->timex;
            const auto& b = *y.timex;
            if (plain && b.precision > a.precision && !a.earliest.empty() && !b.earliest.empty() &&
                a.earliest <= b.earliest && b.latest <= a.latest) {
              attached[f] = &y;
              break;
            }
          }
        }

        // "On Monday, the cooperative described the problem as an outage and said it had no
        // evidence …": a verb of saying joined by "and" (or "but") to the main clause a fronted
        // date dates is said that day too, when no date stands between them.
        for (const Expr& x : exprs) {
          if (!x.fronted) continue;
          for (std::size_t f = 0; f < found.size(); ++f) {
            const Found& r = found[f];
            if (r.first <= x.last + 1 || !r.trigger->report || attached[f] != nullptr) continue;
            if (lower[r.first - 1] != "and"sv && lower[r.first - 1] != "but"sv) continue;
            const bool date_between = std::any_of(exprs.begin(), exprs.end(), [&](const Expr& y) {
              return &y != &x && y.first > x.last && y.first < r.first;
            });
            if (!date_between) {
              attached[f] = &x;
              attached_cost[f] = 0;
            }
          }
        }

        // "The scheme unraveled on or about June 14, 2023, when the security team noticed …": a
        // "when" right after a date opens a clause of that time; its first trigger takes the date
        // when nothing nearer dates it.
        for (const auto* list : {&exprs, &sw.range_ends})
          for (const Expr& x : *list) {
            std::size_t when = x.last + 1;
            if (when < lower.size() && lower[when] == ","sv) ++when;
            if (when >= lower.size() || lower[when] != "when"sv) continue;
            for (std::size_t f = 0; f < found.size(); ++f) {
              if (found[f].first <= when) continue;
              const bool plain =
                  found[f].first - when <= k_when_reach && plain_words(tokens, lower, when + 1, found[f].first, tr);
              // (Also over a date further back: "between 29 January and 11 February, when they
              // deployed ransomware" is the 11th.)
              if (plain && (attached[f] == nullptr || attached[f]->last < x.first) && !found[f].trigger->report) {
                attached[f] = &x;
                attached_cost[f] = 0;
              }
              break;
            }
          }

        // "The indictment, returned by a federal grand jury in Huntsville on Jan. 24 and kept under
        // seal until this week, charges …": a participle clause set off after a noun trigger says
        // when that event took place; its first date is the noun's.
        for (std::size_t f = 0; f < found.size(); ++f) {
          const Found& n = found[f];
          if (!n.trigger->noun || attached[f] != nullptr || n.last + 2 >= lower.size() || lower[n.last + 1] != ","sv)
            continue;
          const std::string& participle = lower[n.last + 2];
          if (participle.size() < 5 || !participle.ends_with("ed") || tr.is(participle, k_not_verb) ||
              tokens[n.last + 2].kind == segment::TokenKind::punct)
            continue;
          for (const Expr& x : exprs) {
            if (x.first <= n.last + 2) continue;
            // Not past a verb of its own inside the clause ("joined by investors holding shares in
            // 2019", "imposed under rules adopted in 2018": those dates are the inner verb's).
            bool own_verb = false;
            for (std::size_t k = n.last + 3; k < x.first && !own_verb; ++k) own_verb = verb_form(lower[k], tr);
            const bool inside = !own_verb && x.first - (n.last + 2) <= k_participle_reach &&
                                plain_words(tokens, lower, n.last + 3, x.first, tr);
            if (inside && std::find(attached.begin(), attached.end(), &x) == attached.end()) {
              attached[f] = &x;
              attached_cost[f] = 0;
            }
            break;
          }
        }

        // "made two-factor sign-in mandatory for all card holders, a change introduced on June 3":
        // an apposition whose noun restates the act (clause_words "restating"), then a verb that
        // puts it into effect ("enacting"), dates that act when the act has no date of its own.
        for (std::size_t f = 0; f < found.size(); ++f) {
          const Found& n = found[f];
          if (attached[f] != nullptr || n.trigger->report) continue;
          std::size_t comma = n.last + 1;
          while (comma < lower.size() && comma <= n.last + k_restating_reach &&
                 tokens[comma].kind != segment::TokenKind::punct && !tr.is(lower[comma], k_boundary))
            ++comma;
          if (comma + 3 >= lower.size() || lower[comma] != ","sv ||
              (lower[comma + 1] != "a"sv && lower[comma + 1] != "an"sv) || !tr.is(lower[comma + 2], k_restating))
            continue;
          std::size_t verb = comma + 3;
          if (lower[verb] == "that"sv || lower[verb] == "which"sv) ++verb;
          if (verb + 1 < lower.size() && verb > comma + 3 && (lower[verb] == "was"sv || lower[verb] == "were"sv))
            ++verb;
          if (verb >= lower.size() || !tr.is(lower[verb], k_enacting)) continue;
          for (const Expr& x : exprs) {
            if (x.first <= verb) continue;
            if (x.first - verb <= k_participle_reach && plain_words(tokens, lower, verb + 1, x.first, tr) &&
                std::find(attached.begin(), attached.end(), &x) == attached.end()) {
              attached[f] = &x;
              attached_cost[f] = 0;
            }
            break;
          }
        }

        // "As soon as we became aware of the fraud, on Monday 3 March, we asked our bank to recall
        // the payment": the acts of the clause after an "as soon as" clause and its comma were
        // done when it says, when they have no date of their own.
        for (std::size_t k = 0; k + 3 < lower.size(); ++k) {
          if (lower[k] != "as"sv || lower[k + 1] != "soon"sv || lower[k + 2] != "as"sv) continue;
          // ("as soon as possible", "as soon as practicable": no clause of a time.)
          if (lower[k + 3] == "possible"sv || lower[k + 3] == "practicable"sv || lower[k + 3] == "feasible"sv) break;
          // Its dated act is inside the clause, before the clause's first comma; a date set off
          // by commas of its own ("…aware of the fraud, on Monday 3 March, we …") ends it.
          std::size_t comma = k + 3;
          while (comma < lower.size() && lower[comma] != ","sv) ++comma;
          std::size_t g = found.size();
          for (std::size_t h = 0; h < found.size(); ++h)
            if (found[h].first > k + 2 && found[h].last < comma && attached[h] != nullptr &&
                !found[h].trigger->report) {
              g = h;
              break;
            }
          if (g == found.size() || attached[g]->first < found[g].first) break;
          comma = std::max(found[g].last, attached[g]->last) + 1;
          while (comma < lower.size() && lower[comma] != ","sv) ++comma;
          for (std::size_t f = g + 1; f < found.size(); ++f)
            if (found[f].first > comma && attached[f] == nullptr && !found[f].trigger->report &&
                found[f].first - comma <= k_when_reach) {
              attached[f] = attached[g];
              attached_cost[f] = attached_cost[g];
            }
          break;
        }

        // "who was fined £2,800 when he was sentenced on 11 March", "disclosed the breach when it
        // published its results on March 3": an undated act followed closely by "when" and a clause
        // whose act is dated happened then.
        for (std::size_t f = 0; f < found.size(); ++f) {
          if (attached[f] != nullptr || found[f].trigger->report) continue;
          std::size_t when = found[f].last + 1;
          while (when < lower.size() && when - found[f].last <= k_near_when && lower[when] != "when"sv &&
                 !tr.is(lower[when], k_boundary))  // (an amount's "£" is no boundary; a comma is)
            ++when;
          if (when >= lower.size() || lower[when] != "when"sv || when - found[f].last > k_near_when) continue;
          // The first date of the "when" clause, with no clause boundary before it.
          for (const Expr& x : exprs) {
            if (x.first <= when) continue;
            if (x.first - when <= k_when_reach && plain_words(tokens, lower, when + 1, x.first, tr)) {
              attached[f] = &x;
              attached_cost[f] = 0;
            }
            break;
          }
        }

        // "The regulator confirmed the investigation on Thursday": an undated act that a dated
        // speech act has as its object was made public then.
        for (std::size_t f = 1; f < found.size(); ++f) {
          const Found& verb = found[f - 1];
          const KindInfo* k = tr.kind(verb.trigger->kind);
          if (object_gap[f] == k_not_object || attached[f] != nullptr || attached[f - 1] == nullptr ||
              modifier[f - 1] || k == nullptr || !(k->speech || verb.trigger->report) ||
              !tr.announced.count(found[f].trigger->kind))
            continue;
          // "said its forensic investigation had found …": the noun is the subject of what was
          // said (a verb follows it), not the object of the saying.
          if (f + 1 < found.size() && !found[f + 1].trigger->noun && found[f + 1].first - found[f].last <= 3)
            continue;
          attached[f] = attached[f - 1];
          attached_cost[f] = attached_cost[f - 1];
        }
        sw.first_timex = next_timex;
        sw.counted = counted_days(sw, tokens, span, mentions.timexes, next_timex, tr, reporting, previous_day(si));
        sw.object_gap = object_gap;
        spread_counted(sw);

        // "Ekdahl said in an interview with broadcaster Kanal Nord on Monday", "acknowledged in a
        // letter to the committee dated Tuesday": the phrase after a speech act tells how and when
        // it was made; its date is the act's, however long the phrase.
        for (std::size_t f = 0; f < found.size(); ++f) {
          const KindInfo* sk = tr.kind(found[f].trigger->kind);
          if (attached[f] != nullptr || found[f].last + 2 >= lower.size() ||
              !(found[f].trigger->report || (sk != nullptr && sk->speech)))
            continue;
          std::size_t at = found[f].last + 1;
          // "apologised to councillors at a committee hearing on November 7": whom it was said
          // to (a few words) may come before how.
          if (lower[at] == "to"sv)
            for (std::size_t k = at + 1; k < lower.size() && k <= at + 4; ++k) {
              if (tokens[k].kind == segment::TokenKind::punct) break;
              if ((lower[k] == "in"sv || lower[k] == "at"sv || lower[k] == "during"sv) && k + 1 < lower.size()) {
                at = k;
                break;
              }
            }
          if (at + 1 >= lower.size()) continue;
          const bool how = (lower[at] == "in"sv || lower[at] == "at"sv || lower[at] == "during"sv) &&
                           tr.is(lower[at + 1], k_determiner);
          for (std::size_t x = 0; how && x < exprs.size(); ++x) {
            const Expr& e = exprs[x];
            if (e.first <= at + 1) continue;
            if (e.first - at > k_said_reach) break;
            bool ahead = false;  // "said in a letter the team will move … in 2027": what was said
            for (std::size_t k = at + 2; k < e.first && !ahead; ++k) ahead = tr.is(lower[k], k_future);
            ahead =
                ahead || (!published_day.empty() && !e.timex->earliest.empty() && e.timex->earliest > published_day);
            // The date of the occasion named in the phrase ("at a committee hearing on November
            // 7": a noun trigger) is the act's too.
            bool free = true;
            for (std::size_t g = 0; g < found.size() && free; ++g)
              free = attached[g] != &e || (found[g].trigger->noun && found[g].first > at && found[g].last < e.first);
            if (!ahead && plain_words(tokens, lower, at + 2, e.first, tr) && free) attached[f] = &e;
            break;
          }
        }

        // The date of the sentence's reporting verb, if it has one.
        // (Not a statement named as what an act is about: "apologized for the company's initial
        // statement on Saturday" is no report made on Saturday by the sentence.)
        auto object_of_preposition = [&](const Found& t) {
          if (!t.trigger->noun) return false;
          for (std::size_t k = t.first, back = 0; k-- > 0 && back < 4; ++back) {
            const std::string& w = lower[k];
            if (w == "for"sv || w == "over"sv || w == "about"sv) return true;
            if (tokens[k].kind == segment::TokenKind::punct || tr.is(w, k_boundary)) return false;
          }
          return false;
        };
        for (std::size_t f = 0; f < found.size(); ++f) {
          if (!found[f].trigger->report || object_of_preposition(found[f])) continue;
          has_report = true;
          // Not a reporting verb inside a relative clause ("the fund, which says it bought shares
          // in February 2022, filed the complaint").
          if (attached[f] != nullptr && report_time == nullptr && !opens_relative(found[f].first, lower, tr))
            report_time = attached[f];
          // "she said at the June 12 hearing": said at an occasion its date names, said that day.
          if (report_time == nullptr && f + 1 < found.size() && found[f + 1].trigger->noun &&
              attached[f + 1] != nullptr && modifier[f + 1] && attached[f + 1]->first > found[f].last &&
              attached[f + 1]->first - found[f].last <= 3) {
            const std::size_t at = found[f].last + 1;
            bool occasion = lower[at] == "at"sv || lower[at] == "during"sv;
            for (std::size_t k = at + 1; k < attached[f + 1]->first && occasion; ++k)
              occasion = tr.is(lower[k], k_determiner);
            if (occasion) report_time = attached[f + 1];
          }
        }
        // Else a dated public act of the sentence dates the others: "On July 22, 2019, the
        // regulator announced that the company agreed to pay …" dates the settlement too.
        // Not one told after the undated reporting verb and a comma ("has told the exchange that
        // 41,200 customers were affected, more than three times the 12,000 it disclosed last
        // month"): an earlier act the news is weighed against.
        std::optional<std::size_t> undated_report;  // the first token after the sentence's first undated reporting verb
        for (std::size_t f = 0; f < found.size() && !undated_report; ++f)
          if (found[f].trigger->report && attached[f] == nullptr) undated_report = found[f].last + 1;
        auto after_comma = [&](std::size_t first) {
          if (!undated_report || first < *undated_report) return false;
          for (std::size_t k = *undated_report; k < first; ++k)
            if (tokens[k].kind == segment::TokenKind::punct && doc.text(tokens[k].span) == ","sv) return true;
          return false;
        };
        for (std::size_t f = 0; f < found.size() && report_time == nullptr; ++f) {
          const KindInfo* k = tr.kind(found[f].trigger->kind);
          // Not the date of a noun ("found that its Sept. 12 statement was inaccurate").
          if (attached[f] != nullptr && k != nullptr && k->speech && !modifier[f] &&
              !opens_relative(found[f].first, lower, tr) && !after_comma(found[f].first) &&
              !object_of_preposition(found[f]))
            report_time = attached[f];
          // "In yesterday's statement the company said … and apologised": the dated statement an
          // opening phrase names is how the sentence's acts of speech were made.
          else if (attached[f] != nullptr && k != nullptr && k->speech && modifier[f] && found[f].trigger->noun &&
                   lower[opening] == "in"sv && found[f].first <= opening + 4 && found[f].last + 1 < lower.size() &&
                   (lower[found[f].last + 1] == ","sv || tr.is(lower[found[f].last + 1], k_determiner) ||
                    util::is_ascii_upper(doc.text(tokens[found[f].last + 1].span).front())))
            report_time = attached[f];
        }
        // A dated public act of the last days in the lead ("said Friday", "released its
        // findings on December 24") is the news the article reports: later
        // undated statements share its date.
        if (!found.empty() && last_telling != sentence.paragraph) {
          ++telling_paragraphs;
          last_telling = sentence.paragraph;
        }
        for (std::size_t f = 0; f < found.size() && !published_day.empty() && telling_paragraphs <= k_lead_paragraphs;
             ++f) {
          const KindInfo* k = tr.kind(found[f].trigger->kind);
          // (A time of the publication day counts as that day: "in a statement issued this
          // afternoon".)
          if (attached[f] == nullptr || modifier[f] || k == nullptr || !(k->speech || found[f].trigger->report) ||
              object_of_preposition(found[f]))
            continue;
          const auto& t = *attached[f]->timex;
          const bool day = t.precision == timex::Precision::day ||
                           (t.precision > timex::Precision::day && t.earliest == published_day);
          if (day && !t.earliest.empty() && t.earliest <= published_day &&
              dates::days_between(t.earliest, published_day) <= k_lead_act_days && t.earliest > latest_act)
            latest_act = t.earliest;
        }
      }
      if (!emit) continue;

      // Sentence-level facts shared by its claims.
      std::vector<figures::Figure> figs;
      while (next_figure < mentions.figures.size() && mentions.figures[next_figure].span.begin < span.begin)
        ++next_figure;
      for (std::size_t k = next_figure; k < mentions.figures.size() && mentions.figures[k].span.begin < span.end; ++k)
        figs.push_back(mentions.figures[k]);
      std::vector<std::string> actor_keys;
      bool about_subject = false;
      std::vector<std::size_t> other_orgs;  // where other companies are named (byte offsets)
      const auto& am = mentions.actors.mentions;
      while (next_actor < am.size() && am[next_actor].span.begin < span.begin) ++next_actor;
      for (std::size_t k = next_actor; k < am.size() && am[k].span.begin < span.end; ++k) {
        if (am[k].entity >= mentions.actors.entities.size()) continue;
        const auto& key = mentions.actors.entities[am[k].entity].key;
        if (std::find(actor_keys.begin(), actor_keys.end(), key) == actor_keys.end()) actor_keys.push_back(key);
        if (mentions.actors.main_subject && am[k].entity == *mentions.actors.main_subject)
          about_subject = true;
        else if (mentions.actors.entities[am[k].entity].kind == actors::Kind::organisation && !party[am[k].entity])
          other_orgs.push_back(am[k].span.begin);
      }
      // The sentence opens on an authority ("The Commission found that …").
      const bool authority_opens = next_actor < am.size() && am[next_actor].span.begin < span.end &&
                                   am[next_actor].span.begin <= span.begin + k_opening_bytes &&
                                   am[next_actor].entity < mentions.actors.entities.size() &&
                                   mentions.actors.entities[am[next_actor].entity].kind == actors::Kind::government;
      // A sentence about another company ("Target's 2013 breach", "hackers broke into Target's
      // network") is not about the incident: the company is named before the trigger or right
      // after it in its clause. One named further on ("logged in on 12 May, using the password of
      // an employee at a contractor") is not the one the event happened to.
      auto about_other = [&](const Found& f) {
        if (about_subject) return false;
        for (const std::size_t at : other_orgs) {
          if (at < tokens[f.last].span.end) return true;
          std::size_t k = f.last + 1;
          for (std::size_t n = 0; k < tokens.size() && tokens[k].span.begin < at && n <= k_other_reach; ++k, ++n)
            if (tokens[k].kind == segment::TokenKind::punct || tr.is(lower[k], k_boundary)) break;
          if (k < tokens.size() && tokens[k].span.begin >= at) return true;
        }
        return false;
      };
      std::vector<std::string> chain, markers;
      bool hedged = false, negated = false, retracted = false;
      std::string origin = "document:" + doc.id;
      if (si < mentions.attributions.size()) {
        const auto& a = mentions.attributions[si];
        for (const auto& s : a.chain) chain.push_back(s.name);
        for (const auto& m : a.markers) {
          markers.push_back(m.text);
          hedged = hedged || m.kind == "hedge"sv;
          negated = negated || m.kind == "negation"sv;
          retracted = retracted || m.kind == "retraction"sv;
        }
        origin = sources::origin(a, doc, mentions.actors);
      }
      // "An earlier version of this article said the order was issued on 5 March": the sentence
      // tells an error the article corrects; it makes no claim and counts no figure.
      if (retracted) figs.clear();

      bool government_speaker = false, media_speaker = false, subject_speaker = false, states_act = false;
      if (si < mentions.attributions.size() && !mentions.attributions[si].chain.empty()) {
        const auto& chain_of = mentions.attributions[si].chain;
        const auto& speaker = chain_of.back();
        const bool known = speaker.entity && *speaker.entity < mentions.actors.entities.size();
        government_speaker = known && mentions.actors.entities[*speaker.entity].kind == actors::Kind::government;
        subject_speaker = known && mentions.actors.main_subject && *speaker.entity == *mentions.actors.main_subject;
        // A medium other than the article's own ("the Daily Courier reported Thursday"), also
        // when it cites its own source ("the Courier reported on Monday, citing a person familiar").
        for (std::size_t k = 1; k < chain_of.size() && !media_speaker; ++k)
          media_speaker = chain_of[k].entity && *chain_of[k].entity < mentions.actors.entities.size() &&
                          mentions.actors.entities[*chain_of[k].entity].kind == actors::Kind::media;
      }
      for (const auto& hit : found) {
        const KindInfo* k = tr.kind(hit.trigger->kind);
        states_act = states_act || (k != nullptr && !k->speech && k->once);
      }
      for (const auto& fig : figs) out.figures.push_back({doc.id, si, span, cited(doc.text(span)), origin, fig});

      // One claim per kind and date: each trigger with a date of its own ("entered the network …
      // on May 3, and the intrusion lasted from early April to May" says two things), else the
      // kind's first trigger.
      std::vector<std::size_t> chosen;
      for (std::size_t f = 0; f < found.size(); ++f) {
        bool merged = false;
        for (auto& c : chosen) {
          if (found[c].trigger->kind != found[f].trigger->kind) continue;
          if (attached[f] != nullptr && attached[c] != nullptr &&
              attached[f]->timex->value != attached[c]->timex->value)
            continue;  // another date of the same kind: a claim of its own
          if (attached[c] == nullptr && attached[f] != nullptr) c = f;
          // Neither dated: the verb, which the reporting date may date, names the act ("are being
          // offered credit monitoring … and has rotated every password"). Not of the incident
          // itself or a speech act, whose noun says more ("a cyberattack was behind …").
          else if (attached[c] == nullptr && attached[f] == nullptr && found[c].trigger->noun &&
                   !found[f].trigger->noun) {
            const KindInfo* k = tr.kind(found[f].trigger->kind);
            if (k != nullptr && !k->once && !k->speech) c = f;
          }
          merged = true;
          break;
        }
        if (!merged) chosen.push_back(f);
      }
      // "The regulator announced that the bank agreed to pay …", "announced a settlement": the
      // announcement is how the public act it introduces was made; that act is the event, and a
      // disclosure of it would be the same entry twice.
      auto announces_act = [&](std::size_t f) {
        if (found[f].trigger->kind != "disclosure") return false;
        for (const std::size_t g : chosen) {
          const Found& act = found[g];
          if (act.first <= found[f].last || act.first - found[f].last > 10) continue;
          const KindInfo* k = tr.kind(act.trigger->kind);
          if (k == nullptr || !k->speech || act.trigger->kind == "disclosure" || act.trigger->kind == "statement" ||
              act.trigger->kind == "media-report")
            continue;
          if (attached[g] != nullptr && attached[f] != nullptr && attached[g] != attached[f])
            continue;  // each has a date of its own: two acts
          bool same_clause = true;
          for (std::size_t k2 = found[f].last + 1; k2 < act.first && same_clause; ++k2)
            same_clause = lower[k2] == "that" || !tr.is(lower[k2], k_boundary);
          if (same_clause) return true;
        }
        return false;
      };
      if (retracted) chosen.clear();
      // The date of the act told after "until" when the incident, undated, was not known until
      // then (`known_until`): the trigger right after "until" and its date, with nothing between
      // that ends the clause.
      auto until_act_time = [&](std::size_t f) -> const Expr* {
        const KindInfo* k = tr.kind(found[f].trigger->kind);
        if (attached[f] != nullptr || k == nullptr || !k->once || k->speech || f + 1 >= found.size()) return nullptr;
        std::size_t until = found[f].last + 1;
        while (until < found[f + 1].first && !tr.is(lower[until], k_until)) ++until;
        const std::size_t g = f + 1;
        if (until >= found[g].first || attached[g] == nullptr || attached[g]->first <= found[g].last ||
            !plain_words(tokens, lower, until + 1, found[g].first, tr) ||
            !plain_words(tokens, lower, found[g].last + 1, attached[g]->first, tr))
          return nullptr;
        return !known_until(found[f], attached[g]->first, lower, tr).empty() ? attached[g] : nullptr;
      };
      const std::size_t sentence_claims = out.claims.size();
      std::vector<bool> denials;  // of this sentence's claims: made by a "denial" trigger
      std::vector<bool> reports;  // of this sentence's claims: made by a reporting verb
      std::vector<bool> background;  // of this sentence's claims: the incident named as a cause
      std::optional<std::size_t> background_end;  // the last token of the latest such trigger
      // "…, bringing an end to three weeks of disruption caused by a ransomware attack", "running
      // again after the attack": an incident named (a noun) as what the sentence's news follows
      // from is background to it. Only an incident already told (a definite noun a few words
      // after a word of class `cause` or `anterior`), or one after "by" and a participle of class
      // `causing`: "after a ransomware attack" and "when hackers broke in" are how a company
      // first tells it.
      auto as_background = [&](const Found& h) {
        if (!h.trigger->noun) return false;
        bool definite = false;
        for (std::size_t back = 1; back <= 4 && back <= h.first; ++back) {
          const std::size_t k = h.first - back;
          if (tokens[k].kind == segment::TokenKind::punct) return false;
          // "a week of disruption caused by a ransomware attack" tells what the news follows
          // from; "the outage was caused by a ransomware attack" is the news.
          if (lower[k] == "by"sv && k > 0 && tr.is(lower[k - 1], k_causing))
            return k < 2 || !(lower[k - 2] == "was"sv || lower[k - 2] == "were"sv || lower[k - 2] == "is"sv ||
                              lower[k - 2] == "are"sv || lower[k - 2] == "been"sv);
          if (tr.is(lower[k], k_cause | k_anterior)) return definite;
          definite = definite || (tr.is(lower[k], k_demonstrative) || lower[k] == "the"sv || lower[k] == "its"sv);
        }
        return false;
      };
      // The kind of the actor named right before the trigger, as its subject ("Reuters first
      // revealed": a news outlet).
      auto subject_kind = [&](const Found& h) -> std::optional<actors::Kind> {
        const std::size_t at = tokens[h.first].span.begin;
        for (std::size_t k = next_actor; k < am.size() && am[k].span.begin < span.end; ++k)
          if (am[k].span.end <= at && at - am[k].span.end <= 1 && am[k].entity < mentions.actors.entities.size())
            return mentions.actors.entities[am[k].entity].kind;
        return std::nullopt;
      };
      auto media_subject = [&](const Found& h) { return subject_kind(h) == actors::Kind::media; };
      for (const std::size_t f : chosen) {
        const Found& hit = found[f];
        const KindInfo* kind = tr.kind(hit.trigger->kind);
        if (announces_act(f)) continue;
        // "…, the Courier can reveal": only an outlet reveals its own scoop, not the police
        // ("Police can now reveal"); a newspaper's one-word name is often no known outlet.
        if (hit.trigger->report && hit.trigger->kind == "media-report"sv) {
          const auto who = subject_kind(hit);
          // (A newspaper's one-word name may be read as a surname: a person does not exclude it.)
          if (who == actors::Kind::government || who == actors::Kind::group) continue;
          // An outlet's name mid-sentence ("…, the Courier can reveal"), not a sentence's first word.
          if (!who && hit.first == 1) continue;
        }
        Claim c;
        c.document = doc.id;
        c.sentence = static_cast<std::uint32_t>(si);  // Claim::sentence is 32 bits
        c.span = span;
        c.text = cited(doc.text(span));
        c.kind = hit.trigger->kind;
        // What an authority states about what happened is its finding ("the ministry said
        // Friday that 12,500 files may have been leaked").
        // The incident's own body (a public authority hacked) speaking of itself makes statements.
        if (c.kind == "statement"sv && government_speaker && !subject_speaker && states_act) c.kind = "finding";
        // What another news outlet says is its report ("the Courier reported Thursday evening").
        if (c.kind == "statement"sv && media_speaker && hit.trigger->report) c.kind = "media-report";
        // "Reuters first revealed the breach": an outlet's first word on it is its report.
        if (c.kind == "disclosure"sv && hit.trigger->onset && media_subject(hit)) c.kind = "media-report";
        c.trigger_span = {tokens[hit.first].span.begin, tokens[hit.last].span.end};
        c.trigger = std::string(doc.text(c.trigger_span));
        // "should open an investigation 'today'": what is still to come has not happened in the
        // days around the article that date it (a later date makes it planned, in the correlator).
        const bool still_to_come = attached[f] != nullptr && future(hit, lower, tr) && !published_day.empty() &&
                                   !attached[f]->timex->earliest.empty() &&
                                   attached[f]->timex->earliest <= published_day &&
                                   attached[f]->timex->latest >= published_day;
        // "The authority also ordered it to delete the tracks, and gave it until the end of the
        // year": a day after the article is a deadline, not the day of an act told in the past.
        const bool deadline = attached[f] != nullptr && !hit.trigger->noun && !published_day.empty() &&
                              attached[f]->first > hit.last && deadline_word(attached[f]->first, lower) &&
                              lower[hit.last].ends_with("ed") && !future(hit, lower, tr) &&
                              !past_perfect(hit, lower, tr) && !attached[f]->timex->earliest.empty() &&
                              attached[f]->timex->earliest > published_day;
        bool learned = false;  // "did not realise … until": the negation is the time before it was known
        if (attached[f] != nullptr && !still_to_come && !deadline) {
          Time time = time_of(*attached[f]->timex);
          before_bound(time, *attached[f]->timex, attached[f]->first, lower);
          c.time = std::move(time);
          if (const auto known = kind != nullptr && kind->once && !kind->speech
                                     ? known_until(hit, attached[f]->first, lower, tr)
                                     : std::string_view();
              !known.empty()) {
            c.kind = std::string(known);
            learned = true;
          }
          // "did not discover the breach until 3 May": the discovery is on 3 May, not denied; so
          // is the disclosure of "did not disclose the breach until March 3".
          if ((c.kind == "discovery"sv || c.kind == "disclosure"sv) && !learned) {
            for (std::size_t k = hit.last + 1; k < attached[f]->first && !learned; ++k)
              learned = tr.is(lower[k], k_until);
          }
        } else if (const Expr* ended = until_act_time(f); ended != nullptr) {
          // "did not realise it had been breached until records appeared on a forum on 18
          // September": the day of the act that ended the not-knowing is the discovery's.
          c.time = time_of(*ended->timex);
          c.kind = std::string(known_until(hit, ended->first, lower, tr));
          learned = true;
        } else if (deadline && kind != nullptr && (kind->speech || tr.announced.count(hit.trigger->kind)) &&
                   !reporting.empty()) {
          // The act comes with its deadline: it is the news the article reports.
          c.time = day_time(reporting, "reporting-date");
        } else if (!sw.counted[f].value.empty() && !still_to_come) {
          c.time = sw.counted[f];  // "…, a day after the group ended its contract"
        } else if (still_to_come) {
          // undated: a plan or a wish, not an event of the timeline
        } else if (asked(hit, lower, tr)) {
          // undated: "would not say whether any of the money had been recovered" asks, not tells
        } else if (kind != nullptr && !kind->speech && !hit.trigger->noun && tr.announced.count(hit.trigger->kind) &&
                   report_time != nullptr && !future(hit, lower, tr) && !in_earlier_clause(hit, lower, tr)) {
          // "Quaystone said on July 12 that it had recovered $38 million": an act of a kind made
          // public by its announcement (event_kinds.tsv "announced") is dated by the dated
          // reporting verb that announces it.
          c.time = time_of(*report_time->timex);
          if (c.time->basis != "relative") c.time.edit().basis = "report";
        } else if (kind != nullptr && !kind->speech && !hit.trigger->noun && tr.announced.count(hit.trigger->kind) &&
                   report_time == nullptr && (has_report || sentence.paragraph == 0) && has_perfect(hit, lower, tr) &&
                   si < k_news_sentences && !future(hit, lower, tr) && !in_earlier_clause(hit, lower, tr) &&
                   !opens_relative(hit.first, lower, tr)) {
          // "Police said they had opened an investigation": the act the news announces, dated by
          // the report that tells it when the reporting verb has no date of its own; so is the
          // lead's "The regulator has opened an investigation into …" without one.
          if (!reporting.empty())
            c.time = day_time(reporting, "reporting-date");
          else
            c.time.edit().basis = "reporting-date";
        } else if (kind != nullptr && kind->speech && !future(hit, lower, tr) && !in_earlier_clause(hit, lower, tr) &&
                   !(hit.trigger->kind != "statement"sv && opens_relative(hit.first, lower, tr)) &&
                   !(hit.trigger->noun && hit.first > 0 && tr.is(lower[hit.first - 1], k_demonstrative))) {
          // ("That admission stands in contrast to …": an act told before, not news of the day.)
          // Not a public act told in a relative clause ("the chief executive, who has apologised
          // twice in a week"): background to the sentence's news, not dated by it.
          // An apology inside a long quotation, with no reporting verb of its own, is dated by the
          // dated act that opened the quotation: the sentence before the one that opens it, or
          // that one when words come before its quotation mark ("On Friday morning, she
          // published an open letter …" then "\"We failed you. … I am deeply sorry …\""). Not by
          // a date the quotation itself names.
          const Expr* quote_time = nullptr;
          if (report_time == nullptr && !has_report && quoted[si] && hit.trigger->kind == "apology"sv &&
              !hit.trigger->noun) {
            // A quotation that a verb of saying closes ("… as we should have,' the chief executive
            // wrote in the letter") is that speech, dated as it is, not by the sentence before it.
            bool closed_by_saying = false;
            for (std::size_t k = si + 1; k < doc.sentences.size() && k - si < k_quote_reach && quoted[k] &&
                                         doc.sentences[k].paragraph == sentence.paragraph && !closed_by_saying;
                 ++k)
              closed_by_saying = sentence_words[k].has_report;
            std::size_t j = si;
            while (j > 0 && quoted[j] && si - j < k_quote_reach) --j;
            // A quotation that runs further back than that has no opening act in reach.
            if (!closed_by_saying && (!quoted[j] || j == 0)) {
              const std::string_view opening = doc.text(doc.sentences[j].span);
              const bool opens_quoted = opening.rfind("\"", 0) == 0 || opening.rfind("\u201C", 0) == 0;
              if (!opens_quoted)
                quote_time = sentence_words[j].report_time;
              else if (j > 0)
                quote_time = sentence_words[j - 1].report_time;
            }
          }
          if (report_time != nullptr || quote_time != nullptr) {
            c.time = time_of(*(report_time != nullptr ? report_time : quote_time)->timex);
            if (c.time->basis != "relative") c.time.edit().basis = "report";
          } else if (hit.trigger->report || has_report || (has_perfect(hit, lower, tr) && si < k_news_sentences) ||
                     sentence.paragraph == 0 ||
                     (hit.trigger->kind == "finding"sv &&
                      (sentence.paragraph == 1 || (sentence.paragraph == 2 && authority_opens))) ||
                     (quoted[si] && hit.trigger->kind == "apology"sv && !hit.trigger->noun)) {
            // (An apology in the middle of a long quotation, "… I am deeply sorry for …", is the
            // speaker's of the day, as it would be with its "she said".)
            // (A present perfect is the day's news near the top, "The carrier has disclosed a breach";
            // deep in a feature, "Corvane has notified 412,000 people" is background.)
            // "…, the Courier can reveal" (a media report that is a verb of reporting): the
            // article's own report, of the day it is published, not of the news it reports.
            const bool own_report = hit.trigger->report && hit.trigger->kind == "media-report"sv;
            if (own_report && !published_day.empty())
              c.time = day_time(published_day, "reporting-date");
            else if (!reporting.empty())
              c.time = day_time(reporting, "reporting-date");
            else c.time.edit().basis = "reporting-date";  // the article's date is unknown: the correlator may find it
          }
        }
        // A negation denies the event it governs: one shortly before the trigger in the same
        // clause ("has not been leaked", "found no evidence that data was accessed").
        c.negated = false;
        if (negated && si < mentions.attributions.size()) {
          for (const auto& m : mentions.attributions[si].markers) {
            if (m.kind != "negation"sv) continue;
            // A trigger that holds its own negation ("denied responsibility", "rejected
            // suggestions") is the act of denying, not its denial.
            if (m.span.begin >= c.trigger_span.begin && m.span.end <= c.trigger_span.end) continue;
            if (m.scope) {  // the sources tagger says which word it negates
              const ByteSpan t = c.trigger_span;
              if (m.scope->begin < t.end && t.begin < m.scope->end) c.negated = true;
              continue;
            }
            if (m.span.begin >= tokens[hit.first].span.begin) continue;
            const auto after_marker = static_cast<std::size_t>(
                std::partition_point(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(hit.first),
                                     [&](const segment::Token& tok) { return tok.span.begin < m.span.end; }) -
                tokens.begin());
            if (hit.first - after_marker > 6) continue;
            bool crosses = false;
            for (std::size_t k = after_marker; k < hit.first; ++k)
              crosses = crosses || lower[k] == ","sv || lower[k] == ";"sv || lower[k] == "but"sv;
            if (!crosses) c.negated = true;
          }
        }
        // "found no evidence": the negation is the finding, not a denial of it.
        if (hit.trigger->denial || learned) c.negated = false;
        c.hedged = hedged;
        c.markers = markers;
        // Each figure goes to the claim whose trigger is nearest to it ("12,500 files were
        // accessed" counts the intrusion, not the statement that reports it).
        for (const auto& fig : figs) {
          std::size_t nearest = chosen.front();
          std::size_t nearest_distance = std::numeric_limits<std::size_t>::max();
          for (const std::size_t other : chosen) {
            const std::size_t b = tokens[found[other].first].span.begin, e = tokens[found[other].last].span.end;
            const std::size_t d = e <= fig.span.begin ? fig.span.begin - e : fig.span.end <= b ? b - fig.span.end : 0;
            if (d < nearest_distance) {
              nearest_distance = d;
              nearest = other;
            }
          }
          if (nearest == f) c.figures.push_back(fig);
        }
        c.actors = actor_keys;
        c.about_subject = about_subject;
        c.about_other = about_other(hit);
        c.chain = chain;
        c.origin = origin;
        denials.push_back(hit.trigger->denial);
        reports.push_back(hit.trigger->report);
        // "back to normal after the ransomware attack detected on 14 March": a participle right
        // after a background incident tells more of it, not the news.
        const bool told_of_background = !hit.trigger->noun && background_end && hit.first == *background_end + 1;
        background.push_back(told_of_background || as_background(hit));
        if (background.back()) background_end = hit.last;
        out.claims.push_back(std::move(c));
      }
      // "Found no evidence that data was accessed" denies the incident: a statement (an
      // authority's is a finding, unless the authority is the hacked body the article is about);
      // "no evidence of insider involvement" stays a finding.
      const auto of_sentence = out.claims.begin() + static_cast<std::ptrdiff_t>(sentence_claims);
      // "found no evidence of any breach of our systems": the incident right after the denial's
      // "of" is what it denies.
      for (std::size_t k = 0; k < denials.size(); ++k) {
        if (!denials[k]) continue;
        const ByteSpan d = out.claims[sentence_claims + k].trigger_span;
        for (auto x = of_sentence; x != out.claims.end(); ++x) {
          const KindInfo* ki = tr.kind(x->kind.str());
          if (ki == nullptr || !ki->once || ki->speech || x->trigger_span.begin <= d.end ||
              x->trigger_span.begin - d.end > 16)
            continue;
          bool plain = false;  // only "of" and a determiner between them
          std::size_t words = 0;
          for (const auto w : util::split(doc.text({d.end, x->trigger_span.begin}), ' ')) {
            if (w.empty()) continue;
            ++words;
            const std::string lw = util::to_lower_ascii(w);
            if (words == 1)
              plain = lw == "of"sv;
            else
              plain = plain &&
                      (lw == "any"sv || lw == "a"sv || lw == "an"sv);  // not "the": "of the breach being exploited"
          }
          if (plain && words <= 2) x->negated = true;
        }
      }
      const bool denies_incident = std::any_of(of_sentence, out.claims.end(), [&](const Claim& x) {
        const KindInfo* k = tr.kind(x.kind.str());
        return x.negated && k != nullptr && k->once && !k->speech;
      });
      if (denies_incident && (!government_speaker || subject_speaker))
        for (std::size_t k = 0; k < denials.size(); ++k)
          if (denials[k]) out.claims[sentence_claims + k].kind = "statement";
      // What the company says happened to it, as the news of the article's lead (its first two
      // paragraphs, or the story's under a headline and standfirst), is its disclosure ("Tessaly
      // Home said on Thursday that card details … may have been stolen");
      // not when it denies it ("said its systems had not been breached").
      bool asserts_incident = false;
      for (std::size_t k = 0; k < background.size() && !asserts_incident; ++k) {
        const Claim& x = out.claims[sentence_claims + k];
        const KindInfo* ki = tr.kind(x.kind.str());
        asserts_incident = !x.negated && !background[k] && ki != nullptr && ki->once && !ki->speech;
      }
      if (subject_speaker && asserts_incident && !denies_incident &&
          (sentence.paragraph <= 1 ||
           (sentence.paragraph < story_place.size() && story_place[sentence.paragraph] <= 1))) {
        // The sentence's speech act, not an earlier one it compares ("said on Wednesday that the
        // code had run seven weeks longer than it had told customers in February"): a reporting
        // verb dated otherwise than the first stays a statement.
        std::optional<std::string> said_on;
        for (std::size_t k = 0; k < reports.size(); ++k) {
          Claim& x = out.claims[sentence_claims + k];
          if (!reports[k] || x.kind != "statement"sv) continue;
          const std::string on = x.time->value.str();
          if (!said_on) said_on = on;
          if (on == *said_on) x.kind = "disclosure";
        }
      }
    }
  }

  narrow_reported_acts(out.claims, tr);
  date_added_acts(out.claims, tr);
  infer_publication(doc, out, latest_named, latest_named_text, lexicon);
  return out;
}

}  // namespace timeline::claims
