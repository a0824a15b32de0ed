#include "timex/scanner.hpp"

#include "timeline/segment.hpp"
#include "util/strings.hpp"

namespace timeline::timex {

int digits_value(const Tok& t) { return digits_value(std::string_view(t.lower)); }

int digits_value(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  for (const char c : s) {
    if (!util::is_ascii_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

namespace {
bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > 9) return false;
  for (const char c : s)
    if (!util::is_ascii_digit(c)) return false;
  return true;
}
}  // namespace

std::vector<Tok> scan(std::string_view text) {
  std::vector<Tok> out;
  out.reserve(text.size() / 5 + 1);
  const auto sentences = segment::split_sentences(text, 0);
  std::size_t sentence = 0;
  std::size_t prev_end = 0;
  bool glue_next = false;
  for (const auto& t : segment::tokenize(text, 0)) {
    while (sentence + 1 < sentences.size() && t.span.begin >= sentences[sentence + 1].begin) ++sentence;
    std::string_view raw = text.substr(t.span.begin, t.span.size());
    if (raw == "-" && t.span.begin == prev_end && !out.empty() && t.span.end < text.size() &&
        !util::is_ascii_space(text[t.span.end])) {
      glue_next = true;  // the next token is joined to the previous one by this hyphen
      continue;
    }
    const bool space = t.span.begin > prev_end || out.empty();
    prev_end = t.span.end;
    // "Friday's" → "Friday" + "'s": the possessive is not part of the word.
    std::size_t possessive = 0;
    if (t.kind == segment::TokenKind::word) {
      if (raw.size() > 2 && (raw.substr(raw.size() - 2) == "'s" || raw.substr(raw.size() - 2) == "'S")) possessive = 2;
      else if (raw.size() > 4 && raw.substr(raw.size() - 4) == "\xE2\x80\x99s") possessive = 4;
      raw.remove_suffix(possessive);
    }
    // Split "third-quarter", "mid-2019", "two-year" into parts joined by hyphens.
    std::size_t start = 0;
    bool first = true;
    for (std::size_t i = 0; i <= raw.size(); ++i) {
      if (i < raw.size() && !(raw[i] == '-' && t.kind == segment::TokenKind::word && i > 0)) continue;
      const std::string_view part = raw.substr(start, i - start);
      if (!part.empty()) {
        Tok tok;
        tok.span = {t.span.begin + start, t.span.begin + i};
        tok.lower.assign(part);
        for (char& ch : tok.lower)
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        tok.number = t.kind == segment::TokenKind::number || all_digits(part);
        tok.capitalized = util::is_ascii_upper(part[0]);
        tok.hyphen_before = !first || (first && glue_next);
        tok.space_before = first && space && !glue_next;
        tok.sentence = sentence;
        out.push_back(std::move(tok));
      }
      first = false;
      start = i + 1;
    }
    glue_next = false;
    if (possessive > 0) {
      Tok tok;
      tok.span = {t.span.end - possessive, t.span.end};
      tok.lower = "'s";
      tok.hyphen_before = false;
      tok.space_before = false;
      tok.sentence = sentence;
      out.push_back(std::move(tok));
    }
  }
  return out;
}

}  // namespace timeline::timex
