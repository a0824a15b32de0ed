#pragma once
// The timex tagger's lexicons, compiled once from data/lexicon into lookup tables.
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
  /// Multi-word phrases, as token lists (lower case): time words, modifiers, sets.
  std::vector<std::pair<std::vector<std::string>, std::string>> time_words, sets;
  std::vector<std::pair<std::vector<std::string>, Modifier>> modifiers;
  /// Named days: phrase (possessives as separate "'s" words) → rule ("12-25", "4-4-11", "easter-2").
  std::vector<std::pair<std::vector<std::string>, std::string>> holidays;

  /// Words that can begin an expression: every other word is skipped without trying the rules
  /// (tokens starting with a digit are always tried).
  std::unordered_set<std::string> starters;
  /// Positions in time_words, sets and modifiers of the phrases starting with a word (longest first).
  std::unordered_map<std::string, std::vector<std::size_t>> time_word_index, set_index, modifier_index;
  /// Whether `t` can begin an expression.
  bool can_start(const std::string& lower) const;
};

Result<const Resources*> resources_for(const Lexicon* lexicon);

}  // namespace timeline::timex
