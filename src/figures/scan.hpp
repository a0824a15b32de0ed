#pragma once
// The figures tagger's view of a text: tokens (digits split from glued letters: "200MB" →
// "200" "MB") and the lexicon phrases matched over them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figures/resources.hpp"
#include "timeline/segment.hpp"

namespace timeline::figures {

struct Tok {
  std::size_t begin = 0, end = 0;  ///< bytes into the text
  std::string_view text;
  std::string_view lower;  ///< into the lower-case copy of the text given to scan
  bool number = false;        ///< digits with inner separators
  bool word = false;          ///< letters (and inner digits, apostrophes, hyphens)
  bool glued = false;         ///< no space between it and the previous token
  bool capitalized = false;   ///< contains an upper-case ASCII letter
  bool punct() const { return !number && !word; }
};

/// The tokens of `text`; `lower` is util::to_lower_ascii(text), which the tokens' `lower` views;
/// `tokens` is segment::tokenize(text).
std::vector<Tok> scan(std::string_view text, std::string_view lower, const std::vector<segment::Token>& tokens);

/// A phrase table's match at token `i`: the payload row and the token after the phrase.
struct Match {
  std::size_t row = 0;
  std::size_t end = 0;
};
std::optional<Match> match(const PhraseTable& table, const std::vector<Tok>& toks, std::size_t i,
                           const util::StringSet* stops = nullptr);

}  // namespace timeline::figures
