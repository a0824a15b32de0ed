// Sentence boundaries: a period, question or exclamation mark (with closing quotes or brackets
// after it), then space, then something that can open a sentence. Abbreviations decide the
// doubtful periods: "inner" ones never end a sentence, "either" ones only before a common
// sentence opener; single-letter initials never do.
#include <array>
#include <string>

#include "segment/abbreviations.hpp"
#include "timeline/segment.hpp"
#include "util/strings.hpp"

namespace timeline::segment {
namespace {

using util::is_ascii_space;

// The bytes that can end a sentence: . ! ? and the first byte of "…" (the scan looks up each
// byte of the text once here).
constexpr auto k_may_end = [] {
  std::array<bool, 256> t{};
  for (const unsigned char c : {'.', '!', '?', '\xE2'}) t[c] = true;
  return t;
}();

// Closing quotes and brackets that may follow the final mark: " ' ) ] ” ’ »
std::size_t closer_length(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  for (const std::string_view q :
       {std::string_view("\xE2\x80\x9D"), std::string_view("\xE2\x80\x99"), std::string_view("\xC2\xBB")})
    if (s.substr(i, q.size()) == q) return q.size();
  return 0;
}

// Can s[k] open a sentence? Capitals, digits, opening quotes and brackets, non-ASCII letters.
bool can_open(std::string_view s, std::size_t k) {
  const char c = s[k];
  if (util::is_ascii_lower(c)) {
    // Brand names written in lower camel case open sentences too: "eBay said", "iPhone sales".
    for (std::size_t j = k + 1; j < s.size() && util::is_ascii_alpha(s[j]); ++j)
      if (util::is_ascii_upper(s[j])) return true;
    return false;
  }
  if (util::is_ascii_upper(c) || util::is_ascii_digit(c)) return true;
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '$' || c == '#' || c == '@' || c == '-') return true;
  return static_cast<unsigned char>(c) >= 0x80;
}

// The word ending at s[dot] (inclusive), without leading quotes or brackets: "Corp.", "U.S."
std::string_view word_before(std::string_view s, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 && !is_ascii_space(s[start - 1])) --start;
  std::string_view w = s.substr(start, dot + 1 - start);
  while (!w.empty() && (w.front() == '"' || w.front() == '\'' || w.front() == '(' || w.front() == '['))
    w.remove_prefix(1);
  for (const std::string_view q : {std::string_view("\xE2\x80\x9C"), std::string_view("\xE2\x80\x98")})
    if (w.substr(0, q.size()) == q) w.remove_prefix(q.size());
  return w;
}

// "U.S.", "a.m.", "e.g.": letters each followed by a period.
bool is_initialism(std::string_view w) {
  if (w.size() < 4) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (i + 1 >= w.size() || !util::is_ascii_alpha(w[i]) || w[i + 1] != '.') return false;
  return true;
}

std::string_view next_word(std::string_view s, std::size_t k) {
  std::size_t e = k;
  while (e < s.size() && (util::is_ascii_alpha(s[e]) || s[e] == '\'')) ++e;
  return s.substr(k, e - k);
}

bool period_ends_sentence(std::string_view s, std::size_t dot, std::size_t next, const Abbreviations& abbr) {
  const std::string_view w = word_before(s, dot);
  if (w.size() == 2 && util::is_ascii_upper(w[0])) return false;  // an initial: "J. R. Smith"
  if (abbr.inner.count(w) != 0) return false;
  if (abbr.either.count(w) != 0 || is_initialism(w)) return abbr.starters.count(next_word(s, next)) != 0;
  return true;
}

}  // namespace

constexpr std::size_t k_max_sentence_bytes = 4096;

std::vector<ByteSpan> split_sentences(std::string_view text, std::size_t base, const Lexicon* lexicon) {
  std::vector<ByteSpan> out;
  auto abbr_result = abbreviations_for(lexicon);
  static const Abbreviations k_empty;
  const Abbreviations& abbr = abbr_result ? **abbr_result : k_empty;

  auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e && is_ascii_space(text[b])) ++b;
    while (e > b && is_ascii_space(text[e - 1])) --e;
    // A "sentence" of more than k_max_sentence_bytes is a page without full stops (a list, a
    // table, a machine dump): it is cut after the last semicolon or comma before the limit,
    // else the last space, so that no later stage works on an unbounded sentence.
    while (e - b > k_max_sentence_bytes) {
      std::size_t cut = 0;
      for (std::size_t k = b + k_max_sentence_bytes; k > b + k_max_sentence_bytes / 2 && cut == 0; --k)
        if ((text[k - 1] == ';' || text[k - 1] == ',') && is_ascii_space(text[k])) cut = k;
      for (std::size_t k = b + k_max_sentence_bytes; k > b + k_max_sentence_bytes / 2 && cut == 0; --k)
        if (is_ascii_space(text[k])) cut = k;
      if (cut == 0) {  // no space at all: cut between characters
        cut = b + k_max_sentence_bytes;
        while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      }
      std::size_t end = cut;
      while (end > b && is_ascii_space(text[end - 1])) --end;
      if (end > b) out.push_back({base + b, base + end});
      b = cut;
      while (b < e && is_ascii_space(text[b])) ++b;
    }
    if (e > b) out.push_back({base + b, base + e});
  };

  std::size_t start = 0;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (!k_may_end[static_cast<unsigned char>(c)]) continue;
    std::size_t j = 0;
    if (c == '.' || c == '!' || c == '?') {
      j = i + 1;
    } else if (c == '\xE2' && text.substr(i, 3) == "\xE2\x80\xA6") {  // …
      j = i + 3;
    } else {
      continue;
    }
    while (j < n && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    while (j < n) {
      const std::size_t len = closer_length(text, j);
      if (len == 0) break;
      j += len;
    }
    if (j >= n || !is_ascii_space(text[j])) {
      i = j > i ? j - 1 : i;
      continue;
    }
    std::size_t k = j;
    while (k < n && is_ascii_space(text[k])) ++k;
    if (k >= n) break;
    if (!can_open(text, k)) continue;
    if (c == '.' && j == i + 1 && !period_ends_sentence(text, i, k, abbr)) continue;
    emit(start, j);
    start = k;
    i = k - 1;
  }
  emit(start, n);
  return out;
}

}  // namespace timeline::segment
