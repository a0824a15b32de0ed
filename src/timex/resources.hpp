#pragma once
// The timex tagger's lexicons, compiled once from data/lexicon into lookup tables.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::timex {

struct Modifier {
  std::string applies;  ///< part | amount | point
  std::string mod;
};

struct Resources {
  std::unordered_map<std::string, int> months, weekdays;
  std::unordered_map<std::string, std::optional<int>> numbers;  ///< nullopt: unspecified (X)
  struct Unit {
    std::string unit;  ///< "Y", "M", …
    int multiple = 1;  ///< a fortnight is 2 W
  };
  std::unordered_map<std::string, Unit> units;                  ///< "years" → Y
  std::unordered_map<std::string, std::string> seasons, parts;  ///< "summer" → "SU", "morning" → "MO"
  std::unordered_map<std::string, std::string> tense;           ///< "will" → "future"
  /// Words of knowing and of making known (classes `awareness` and `telling` of clause_words.tsv):
  /// after a past "did", they read a date after "until" as past ("did not disclose it until March 3").
  std::unordered_set<std::string> knowing, telling;
  /// Nouns of something that has happened (class `incident`): a date that names one ("the March 4
  /// attack") is behind the report.
  std::unordered_set<std::string> incidents;
  /// Tense cues of several words ("set to", "as soon as"), by their last word: words, 'f'/'p'/'d'/'s'.
  std::vector<std::pair<std::vector<std::string>, char>> tense_phrases;
  /// Multi-word phrases, as token lists (lower case): time words, modifiers, sets.
  std::vector<std::pair<std::vector<std::string>, std::string>> time_words, sets;
  std::vector<std::pair<std::vector<std::string>, Modifier>> modifiers;
  /// Named days: phrase (possessives as separate "'s" words) → rule ("12-25", "4-4-11", "easter-2").
  std::vector<std::pair<std::vector<std::string>, std::string>> holidays;
  std::unordered_set<std::string> holiday_starts;  ///< first words of holidays
  /// Start bits of a word (rules.hpp), in any case and only when capitalised: one lookup a token.
  struct WordStarts {
    unsigned any = 0;
    unsigned capitalized = 0;
    char tense = 0;  ///< 'p' past, 'f' future, 'd' deadline, 's' since (tense_cues.tsv), 0 none
    bool inner = false;  ///< can stand inside an expression (see `inner`)
    std::vector<std::uint32_t> tense_phrases;  ///< positions in tense_phrases of the cues ending with this word
  };
  /// FNV-1a: words are short, and every token is looked up once (std::hash costs twice as much).
  struct WordHash {
    std::size_t operator()(const std::string& s) const noexcept {
      std::uint64_t h = 14695981039346656037ull;
      for (const unsigned char ch : s) h = (h ^ ch) * 1099511628211ull;
      return static_cast<std::size_t>(h);
    }
  };
  std::unordered_map<std::string, WordStarts, WordHash> word_starts;

  /// Positions in time_words, sets and modifiers of the phrases starting with a word (longest first).
  std::unordered_map<std::string, std::vector<std::size_t>> time_word_index, set_index, modifier_index;
  /// Words that can stand inside an expression (every lexicon word and the rules' own words).
  std::unordered_set<std::string> inner;
  /// Whether a token can continue one ("the" is worth trying only before such a word).
  bool can_continue(const std::string& lower) const;
};

Result<const Resources*> resources_for(const Lexicon* lexicon);

}  // namespace timeline::timex
