#pragma once
// Abbreviations and sentence openers used to decide whether a period ends a sentence.
#include <set>
#include <string>

#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::segment {

struct Abbreviations {
  std::set<std::string, std::less<>> inner;     ///< never end a sentence ("Mr.", "Jan.")
  std::set<std::string, std::less<>> either;    ///< may end one ("Corp.", "U.S.")
  std::set<std::string, std::less<>> starters;  ///< words that open sentences ("The", "It")
};

/// The compiled tables for `lexicon` (nullptr: built-in), compiled once per lexicon.
Result<const Abbreviations*> abbreviations_for(const Lexicon* lexicon);

}  // namespace timeline::segment
