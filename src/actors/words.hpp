#pragma once
// Words of a sentence for the actor and source taggers: the segmenter's tokens with dotted
// abbreviations ("U.S.", "Corp.", "J."), web names ("Example.com") and possessives
// ("Japan's" → "japan", possessive) folded into one word each.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "timeline/actors.hpp"
#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::actors {

struct Word {
  ByteSpan span;             ///< the whole word, into the body
  std::size_t name_end = 0;  ///< end of the word without its possessive ending
  std::string text;          ///< as written, without the possessive ending
  std::string lower;         ///< ASCII lower case of `text`, periods kept ("corp.")
  std::string bare;          ///< `lower` without periods ("corp", "us")
  bool possessive = false;   ///< "Japan's", "company’s"
  bool cap = false;          ///< starts with an upper-case letter
  bool all_caps = false;     ///< two or more letters, all upper case ("NHK", "U.S.")
  bool punct = false;
  bool number = false;
  bool quote = false;  ///< a double quotation mark (straight, curly, guillemet)
  bool sentence_start = false;
};

/// The words of body[span]; `abbreviations` are the forms with a period kept on their word
/// ("corp.", "mr."), in lower case.
std::vector<Word> words(std::string_view body, ByteSpan span, const std::unordered_set<std::string>& abbreviations);

/// The words of each sentence of a document, in sentence order.
using SentenceWords = std::vector<std::vector<Word>>;

/// The words of every sentence of `doc` (`lexicon` nullptr: the built-in data); the actor and
/// source taggers both read them, so the extractor makes them once.
SentenceWords sentence_words(const Document& doc, const Lexicon* lexicon = nullptr);

/// actors::tag over the words `sentence_words` made for `doc`.
Result<DocumentActors> tag(const Document& doc, const SentenceWords& words, const Lexicon* lexicon);

/// Lower-case words of a phrase written in a data file ("Chief Cabinet Secretary" → 3 words).
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace timeline::actors
