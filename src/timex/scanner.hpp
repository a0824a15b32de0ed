#pragma once
// The tagger's view of the text: tokens with lower-case forms, hyphenated words split into
// their parts ("third-quarter" → third, quarter), and the sentence each token belongs to.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/document.hpp"

namespace timeline::timex {

struct Tok {
  ByteSpan span;
  std::string lower;           ///< ASCII-lower-cased text ("sept." keeps its period: "sept" + ".")
  bool number = false;         ///< only digits (with , . : inside)
  bool capitalized = false;
  bool hyphen_before = false;  ///< joined to the previous token by a hyphen, no space
  bool space_before = true;    ///< whitespace between this token and the previous one
  std::size_t sentence = 0;
  unsigned starts = 0;         ///< which rules may begin here (Start bits, set by the tagger)
  char tense = 0;              ///< the tense this word signals: 'p' past, 'f' future, 'd' deadline, 's' since, 0 none (set by the tagger)
  bool inner = false;          ///< a word that can stand inside an expression (set by the tagger)
  /// Positions in Resources::tense_phrases of the cues of several words that end with this word
  /// ("set to"), or null (set by the tagger).
  const std::vector<std::uint32_t>* tense_phrases = nullptr;
};

std::vector<Tok> scan(std::string_view text);

/// The integer value of an all-digit token ("2019" → 2019), or -1.
int digits_value(const Tok& t);
int digits_value(std::string_view s);

}  // namespace timeline::timex
