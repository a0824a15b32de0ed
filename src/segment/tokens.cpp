// Tokens: words (letters, digits, inner apostrophes and hyphens), numbers (digits with inner
// , . : separators: "40,000", "1.2", "10:36"), and single punctuation characters.
#include <array>

#include "timeline/segment.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace timeline::segment {
namespace {

// A byte table for ASCII: what most of the text is, without decoding (bytes of multi-byte
// sequences are k_other).
enum : unsigned char { k_other = 0, k_letter = 1, k_digit = 2, k_space = 4 };
constexpr auto k_ascii = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = k_letter;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = k_letter;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = k_digit;
  for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<std::size_t>(c)] = k_space;
  return t;
}();

// The code point at text[i], advancing i; ASCII without a call.
inline char32_t next(std::string_view text, std::size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return util::next_code_point(text, i);
}

inline bool is_letter_cp(char32_t cp) {
  if (cp < 0x80) return k_ascii[cp] == k_letter;
  // General punctuation, symbols and spaces are not letters; most other non-ASCII code points
  // in news text are (accented Latin, CJK, …).
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp >= 0x20A0 && cp <= 0x20CF) return false;  // currency symbols
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;  // arrows, math, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp == 0xA0 || cp == 0xA5 || cp == 0xA3 || cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xA9 || cp == 0xAE ||
      cp == 0xB0 || cp == 0xFFFD || cp == 0xFEFF)
    return false;
  return true;
}

inline bool is_space_cp(char32_t cp) {
  if (cp < 0x80) return k_ascii[cp] == k_space;
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t base) {
  std::vector<Token> out;
  out.reserve(text.size() / 4 + 4);
  std::size_t i = 0;
  while (i < text.size()) {
    if (k_ascii[static_cast<unsigned char>(text[i])] == k_space) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next(text, i);
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
        if ((k_ascii[static_cast<unsigned char>(text[i])] & (k_letter | k_digit)) != 0) {
          ++i;  // an ASCII letter or digit: the word goes on
          continue;
        }
        std::size_t k = i;
        const char32_t c2 = next(text, k);
        if (is_letter_cp(c2) || (c2 < 0x80 && util::is_ascii_digit(static_cast<char>(c2)))) {
          i = k;
          continue;
        }
        // Inner apostrophes and hyphens: "don't", "Harbor's", "large-scale", "company’s".
        const bool joiner = c2 == '\'' || c2 == '-' || c2 == 0x2019;
        if (joiner && k < text.size()) {
          std::size_t m = k;
          const char32_t c3 = next(text, m);
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
