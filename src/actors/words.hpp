#pragma once
// Words of a sentence for the actor and source taggers: the segmenter's tokens with dotted
// abbreviations ("U.S.", "Corp.", "J."), web names ("Example.com") and possessives
// ("Japan's" → "japan", possessive) folded into one word each. Words view their text and the
// lower-case forms a LowerText holds: no strings are made for each word.
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/actors.hpp"
#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "timeline/segment.hpp"
#include "util/hash.hpp"

namespace timeline::actors {

struct Word {
  ByteSpan span;             ///< the whole word, into the body
  std::size_t name_end = 0;  ///< end of the word without its possessive ending
  std::string_view text;     ///< as written, without the possessive ending (views the body)
  std::string_view lower;    ///< ASCII lower case of `text`, periods kept ("corp.")
  std::string_view bare;     ///< `lower` without periods ("corp", "us")
  bool possessive = false;   ///< "Japan's", "company’s"
  bool cap = false;          ///< starts with an upper-case letter
  bool all_caps = false;     ///< two or more letters, all upper case ("NHK", "U.S.")
  bool punct = false;
  bool number = false;
  bool quote = false;  ///< a quotation mark: double (straight, curly, guillemet), or single at a quotation's edge
  int quote_side = 0;  ///< 1 opens a quotation, -1 closes one, 0 either (a straight double quote)
  bool sentence_start = false;
};

/// The lower-case forms words view.
struct LowerText {
  explicit LowerText(std::string_view body);
  std::string lower;             ///< util::to_lower_ascii of the body, byte for byte
  std::deque<std::string> bare;  ///< forms of dotted words without their periods ("us" for "u.s.")
};

/// The words of body[span]; `abbreviations` are the forms with a period kept on their word
/// ("corp.", "mr."), in lower case. `store` was made from `body`; the words view it and `body`.
std::vector<Word> words(std::string_view body, ByteSpan span, const util::StringSet& abbreviations, LowerText& store);
/// The same from the tokens of body[span] (segment::tokenize of it, offsets into the body).
std::vector<Word> words(std::string_view body, std::span<const segment::Token> tokens,
                        const util::StringSet& abbreviations, LowerText& store);

/// The words of a whole text with the store they view (at a stable address: a TextWords moves
/// without invalidating its words).
struct TextWords {
  std::unique_ptr<LowerText> store;
  std::vector<Word> words;
};
TextWords text_words(std::string_view text, const util::StringSet& abbreviations);

/// The words of each sentence of a document, in sentence order, and the store they view.
struct SentenceWords {
  std::unique_ptr<LowerText> store;
  std::vector<std::vector<Word>> sentences;
  std::size_t size() const { return sentences.size(); }
  const std::vector<Word>& operator[](std::size_t i) const { return sentences[i]; }
};

/// The words of every sentence of `doc` (`lexicon` nullptr: the built-in data); the actor and
/// source taggers both read them, so the extractor makes them once.
SentenceWords sentence_words(const Document& doc, const Lexicon* lexicon = nullptr);
/// The same from `tokens`, segment::tokenize(doc.body), which the extractor makes once for
/// several taggers (a sentence whose ends cut a token is tokenised on its own).
SentenceWords sentence_words(const Document& doc, const std::vector<segment::Token>& tokens,
                             const Lexicon* lexicon = nullptr);

/// actors::tag over the words `sentence_words` made for `doc`.
Result<DocumentActors> tag(const Document& doc, const SentenceWords& words, const Lexicon* lexicon);

/// Lower-case words of a phrase written in a data file ("Chief Cabinet Secretary" → 3 words).
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace timeline::actors
