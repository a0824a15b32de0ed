#pragma once
// Named rules over tokens. Each rule looks at the tokens from a position and returns how many
// it covers and the draft value they state. The tagger keeps the longest match at each place.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "timex/draft.hpp"
#include "timex/resources.hpp"
#include "timex/scanner.hpp"

namespace timeline::timex {

struct Match {
  std::size_t length = 0;  ///< tokens covered
  Draft draft;
};

/// The tokens and lexicons a rule reads, at one position.
struct Cursor {
  const std::vector<Tok>& toks;
  std::size_t i;
  const Resources& res;

  const Tok* at(std::size_t k) const { return i + k < toks.size() ? &toks[i + k] : nullptr; }
  /// The token k places on, or an empty token past the end (never null).
  const Tok& tok(std::size_t k) const {
    static const Tok k_none{};
    return i + k < toks.size() ? toks[i + k] : k_none;
  }
  bool is(std::size_t k, std::string_view word) const { return i + k < toks.size() && toks[i + k].lower == word; }
  /// Tokens k and k+1 belong to the same sentence (rules never cross sentences).
  bool same_sentence(std::size_t k) const {
    const Tok* a = at(k);
    const Tok* b = at(k + 1);
    return a != nullptr && b != nullptr && a->sentence == b->sentence;
  }
  Cursor from(std::size_t k) const { return Cursor{toks, i + k, res}; }
  /// The tokens here are the words of `phrase`, in one sentence (lexicon phrases: "at the moment").
  bool starts_with(const std::vector<std::string>& phrase) const {
    for (std::size_t k = 0; k < phrase.size(); ++k)
      if (!is(k, phrase[k]) || (k > 0 && !same_sentence(k - 1))) return false;
    return true;
  }
};

using RuleFn = std::optional<Match> (*)(const Cursor&);

/// Kinds of token a rule can begin with. Each token is classified once; a rule is tried only
/// where its first token can be.
enum Start : unsigned {
  k_digit = 1u << 0,       ///< "2019", "28th", "10:36"
  k_month = 1u << 1,       ///< a capitalised month name
  k_weekday = 1u << 2,     ///< a capitalised weekday name
  k_the = 1u << 3,         ///< "the"
  k_count = 1u << 4,       ///< a number word: "six", "a", "several"
  k_unit = 1u << 5,        ///< "year", "months"
  k_relative = 1u << 6,    ///< last, this, next, past, coming, previous, current
  k_time_word = 1u << 7,   ///< first word of time_words.tsv
  k_set_word = 1u << 8,    ///< first word of sets.tsv, every, each, per
  k_holiday = 1u << 9,     ///< first word of holidays.tsv
  k_season = 1u << 10,     ///< spring, summer …
  k_ordinal = 1u << 11,    ///< first … fourth
  k_fiscal = 1u << 12,     ///< fiscal, FY, FY2020
  k_period = 1u << 13,     ///< Q1…Q4, H1, H2
  k_that = 1u << 14,       ///< that
  k_earlier = 1u << 15,    ///< earlier, later
  k_recent = 1u << 16,     ///< recent
  k_noon = 1u << 17,       ///< noon, midday, midnight
  k_year_word = 1u << 18,  ///< "year" (year-ago)
  k_apostrophe = 1u << 19, ///< ' before "90s"
  k_modifier = 1u << 20,   ///< first word of time_modifiers.tsv
  k_opener = 1u << 21,     ///< a common word ("the", "a", "last") tried only before a word that continues an expression
};

/// Sets a token's Start bits (0: nothing can begin here) and the tense it signals.
void classify(Tok& t, const Resources& res);

/// Fills res.word_starts from the lexicons (called once when the resources are compiled).
void index_starts(Resources& res);

struct Rule {
  const char* name;
  RuleFn fn;
  unsigned starts;  ///< Start bits of the tokens it can begin with
};

/// Every rule, in priority order (earlier wins a tie in length).
std::span<const Rule> rules();

/// The best match at the cursor (longest; first rule on ties), with modifiers applied.
std::optional<Match> match_at(const Cursor& c);

}  // namespace timeline::timex
