#pragma once
// The event-trigger lexicon (events.tsv, event_kinds.tsv) and the clause words the claim rules
// read (clause_words.tsv), compiled once.
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "timeline/claims.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "util/hash.hpp"

namespace timeline::claims {

struct Trigger {
  std::vector<std::string> words;  ///< lower-case tokens
  std::string kind;
  bool report = false;  ///< a reporting verb ("said", "according to")
  bool noun = false;    ///< a date right before it belongs to it
  bool clause = false;  ///< pos "clause": a subject and its verb ("the attack began"), a noun that
                        ///< is no verb's object
  bool onset = false;   ///< role "onset": names when the event began ("first broke into")
  bool stage = false;   ///< role "stage": names a later stage of it ("began encrypting", "drained")
  bool denial = false;  ///< role "denial": found nothing ("found no evidence"); the incident's own
                        ///< company saying so makes a statement, anyone else a finding
  bool notice = false;  ///< role "notice": the incident told to an authority ("reported the breach
                        ///< to the regulator"), an act apart from the company's public disclosure
  bool precursor = false;  ///< role "precursor": what led to the incident ("received a report of the
                           ///< flaw"): dated before it, it is still of the timeline
  bool blocks = false;  ///< kind "none": a phrase that holds a trigger word but names no event
                        ///< ("credit report", "clinical trial"); it only keeps the word from matching
};

/// Classes of clause_words.tsv (a word may have several).
enum WordClass : unsigned {
  k_boundary = 1U << 0,
  k_function = 1U << 1,
  k_determiner = 1U << 2,
  k_quantifier = 1U << 3,
  k_numeral = 1U << 4,
  k_preposition = 1U << 5,
  k_not_verb = 1U << 6,
  k_perfect = 1U << 7,
  k_past_perfect = 1U << 8,
  k_between_had = 1U << 9,
  k_relative = 1U << 10,
  k_generic_name = 1U << 11,
  k_future = 1U << 12,
  k_anterior = 1U << 13,
  k_cause = 1U << 14,
  k_demonstrative = 1U << 15,
  k_awareness = 1U << 16,
  k_negative = 1U << 17,
  k_until = 1U << 18,
  k_subordinate = 1U << 19,
  k_opener = 1U << 20,
  k_sequence = 1U << 21,
  k_causing = 1U << 22,
  k_telling = 1U << 23,
  k_incident = 1U << 24,  ///< read by the timex stage (a date naming a past incident)
  k_aside = 1U << 25,
  k_party = 1U << 26,
  k_question = 1U << 27,
  k_restating = 1U << 28,  ///< a noun that restates the act before it: "…, a change introduced on June 3"
  k_enacting = 1U << 29,   ///< a verb that puts such an act into effect: "introduced", "implemented"
};

struct Triggers {
  /// By first word; longer phrases first.
  util::StringMap<std::vector<Trigger>> by_first;
  std::vector<KindInfo> kinds;
  const KindInfo* kind(std::string_view name) const;
  /// The trigger a claim was made from, by its words as written ("First broke into"); null if none.
  const Trigger* find(std::string_view written) const;
  /// Kinds dated by the dated speech act that has them as object (event_kinds.tsv "announced").
  std::set<std::string, std::less<>> announced;
  /// Weekday names (weekdays.tsv), lower case → ISO weekday (1 Monday … 7 Sunday).
  util::StringMap<int> weekdays;
  /// Lower-case word → its WordClass bits.
  util::StringMap<unsigned> words;
  bool is(std::string_view lower, unsigned word_class) const { return (classes(lower) & word_class) != 0; }
  /// All the WordClass bits of a lower-case word (0 for a word of no class).
  unsigned classes(std::string_view lower) const {
    const auto it = words.find(lower);
    return it != words.end() ? it->second : 0U;
  }
};

Result<const Triggers*> triggers(const Lexicon* lexicon);

/// Words a "*" of a trigger form stands for at most ("called in * forensic firm").
constexpr std::size_t k_wildcard_words = 3;
/// One past the last word of `t` matched on `words` from `at`, or npos. `skip(i)`: a token passed
/// over inside the phrase (a quotation mark: had found "no evidence"); `fills(i)`: whether a token
/// may stand in a "*" (a word, not punctuation or a clause boundary).
template <class Words, class Skip, class Fills>
std::size_t match(const Trigger& t, const Words& words, std::size_t at, const Skip& skip, const Fills& fills,
                  std::size_t w = 0) {
  if (w == t.words.size()) return at;
  if (w > 0)
    while (at < words.size() && skip(at)) ++at;
  if (t.words[w] == "*") {
    for (std::size_t n = 0; n <= k_wildcard_words; ++n) {
      if (n > 0 && (at + n > words.size() || !fills(at + n - 1))) break;
      const std::size_t end = match(t, words, at + n, skip, fills, w + 1);
      if (end != std::string::npos) return end;
    }
    return std::string::npos;
  }
  if (at >= words.size() || words[at] != t.words[w]) return std::string::npos;
  return match(t, words, at + 1, skip, fills, w + 1);
}

}  // namespace timeline::claims
