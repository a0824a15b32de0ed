// Tokens: words (letters, digits, inner apostrophes and hyphens), numbers (digits with inner
// , . : separators: "40,000", "1.2", "10:36"), and single punctuation characters.
#include "timeline/segment.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace timeline::segment {
namespace {

bool is_letter_cp(char32_t cp) {
  if (cp < 0x80) return util::is_ascii_alpha(static_cast<char>(cp));
  // General punctuation, symbols and spaces are not letters; most other non-ASCII code points
  // in news text are (accented Latin, CJK, …).
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp >= 0x20A0 && cp <= 0x20CF) return false;  // currency symbols
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;  // arrows, math, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp == 0xA0 || cp == 0xA5 || cp == 0xA3 || cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xA9 ||
      cp == 0xAE || cp == 0xB0 || cp == 0xFFFD || cp == 0xFEFF)
    return false;
  return true;
}

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t base) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = util::next_code_point(text, i);
    if (is_space_cp(cp)) continue;
    if (cp < 0x80 && util::is_ascii_digit(static_cast<char>(cp))) {
      while (i < text.size()) {
        if (util::is_ascii_digit(text[i])) {
          ++i;
        } else if ((text[i] == ',' || text[i] == '.' || text[i] == ':') && i + 1 < text.size() &&
                   util::is_ascii_digit(text[i + 1])) {
          i += 2;
        } else {
          break;
        }
      }
      // "20th", "200MB", "2019s": letters glued to a number make one word token.
      bool word = false;
      while (i < text.size() && util::is_ascii_alpha(text[i])) {
        ++i;
        word = true;
      }
      out.push_back({{base + start, base + i}, word ? TokenKind::word : TokenKind::number});
      continue;
    }
    if (is_letter_cp(cp)) {
      while (i < text.size()) {
        std::size_t k = i;
        const char32_t c2 = util::next_code_point(text, k);
        if (is_letter_cp(c2) || (c2 < 0x80 && util::is_ascii_digit(static_cast<char>(c2)))) {
          i = k;
          continue;
        }
        // Inner apostrophes and hyphens: "don't", "Harbor's", "large-scale", "company’s".
        const bool joiner = c2 == '\'' || c2 == '-' || c2 == 0x2019;
        if (joiner && k < text.size()) {
          std::size_t m = k;
          const char32_t c3 = util::next_code_point(text, m);
          if (is_letter_cp(c3) || (c3 < 0x80 && util::is_ascii_digit(static_cast<char>(c3)))) {
            i = k;
            continue;
          }
        }
        break;
      }
      out.push_back({{base + start, base + i}, TokenKind::word});
      continue;
    }
    out.push_back({{base + start, base + i}, TokenKind::punct});
  }
  return out;
}

}  // namespace timeline::segment
