#pragma once
/// Segmentation: paragraphs, sentences and tokens, all as byte offsets into the body.
#include <string_view>
#include <vector>

#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::segment {

enum class TokenKind { word, number, punct };

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::word;
};

/// Fills doc.paragraphs and doc.sentences from doc.body, leaving out doc.header and
/// doc.removed spans. `lexicon` nullptr: the built-in data.
Result<bool> segment(Document& doc, const Lexicon* lexicon = nullptr);

/// The sentences of one paragraph `text` (which starts at byte `base` of the body).
std::vector<ByteSpan> split_sentences(std::string_view text, std::size_t base, const Lexicon* lexicon = nullptr);

/// Words, numbers (with inner separators: 40,000 1.2 10:36) and punctuation of `text`.
std::vector<Token> tokenize(std::string_view text, std::size_t base = 0);

/// Whether a line (or a sentence) is a list item's: "- ", "* ", "• " opens it.
bool opens_item(std::string_view text);

}  // namespace timeline::segment
