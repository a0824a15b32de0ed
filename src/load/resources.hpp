#pragma once
// The loader's lexicons, compiled once from the data files into lookup tables.
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::load {

struct FurnitureRule {
  enum class Match { exact, prefix, suffix };
  std::string phrase;  ///< case-folded
  bool block = false;  ///< opens a block of teasers (else: a single line)
  Match match = Match::exact;
};

struct Resources {
  std::unordered_map<std::string, int> months;                 ///< "sept" → 9
  std::unordered_map<std::string, int> weekdays;               ///< "fri" → 5
  std::unordered_map<std::string, std::string> zones;          ///< "JST" → "+09:00", "ET" → "America/New_York"
  std::unordered_map<std::string, std::string> dateline_words; ///< "published" → "filler"
  std::unordered_map<std::string, bool> spelling;              ///< "apologised" → true (British), "apologized" → false
  std::vector<FurnitureRule> furniture;
  std::set<std::string, std::less<>> html_tags, html_roles, html_classes;
  /// A word of an element's class or id → the kind of header line its text is ("byline" →
  /// "byline", "posted" → "dateline").
  std::map<std::string, std::string, std::less<>> html_header;
};

/// Compiles the tables; errors name the file and line.
Result<Resources> compile_resources(const Lexicon& lexicon);

/// The compiled resources for `lexicon` (nullptr: built-in), compiled once per lexicon.
Result<const Resources*> resources_for(const Lexicon* lexicon);

}  // namespace timeline::load
