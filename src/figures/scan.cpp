#include "figures/scan.hpp"

#include <algorithm>

#include "timeline/segment.hpp"
#include "util/strings.hpp"

namespace timeline::figures {

namespace {

Tok make(std::string_view text, std::string_view lower, std::size_t begin, std::size_t end, bool glued) {
  Tok t;
  t.begin = begin;
  t.end = end;
  t.text = text.substr(begin, end - begin);
  t.lower = lower.substr(begin, end - begin);
  t.glued = glued;
  t.capitalized = std::any_of(t.text.begin(), t.text.end(), [](char c) { return util::is_ascii_upper(c); });
  return t;
}

}  // namespace

std::vector<Tok> scan(std::string_view text, std::string_view lower, const std::vector<segment::Token>& tokens) {
  std::vector<Tok> out;
  out.reserve(tokens.size());
  std::size_t prev_end = std::string_view::npos;
  for (const auto& st : tokens) {
    const bool glued = prev_end != std::string_view::npos && st.span.begin == prev_end;
    prev_end = st.span.end;
    const std::string_view s = text.substr(st.span.begin, st.span.size());
    if (st.kind == segment::TokenKind::word && util::is_ascii_digit(s.front())) {
      // "200MB", "1.2bn", "20th": the tokenizer keeps them whole; split the digits off.
      std::size_t k = 0;
      while (k < s.size() && (util::is_ascii_digit(s[k]) ||
                              ((s[k] == ',' || s[k] == '.' || s[k] == ':') && k + 1 < s.size() && util::is_ascii_digit(s[k + 1]))))
        ++k;
      if (k > 0 && k < s.size()) {
        Tok n = make(text, lower, st.span.begin, st.span.begin + k, glued);
        n.number = true;
        out.push_back(std::move(n));
        Tok w = make(text, lower, st.span.begin + k, st.span.end, true);
        w.word = true;
        out.push_back(std::move(w));
        continue;
      }
    }
    Tok t = make(text, lower, st.span.begin, st.span.end, glued);
    t.number = st.kind == segment::TokenKind::number;
    t.word = st.kind == segment::TokenKind::word;
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

bool part_matches(const Phrase::Part& part, const Tok& tok) {
  if (part.glued && !tok.glued) return false;
  return part.exact ? tok.text == part.text : tok.lower == part.text;
}

// Matches parts[k..] at token i; returns the token after the match.
std::optional<std::size_t> match_from(const Phrase& p, std::size_t k, const std::vector<Tok>& toks, std::size_t i,
                                      const util::StringSet* stops) {
  if (k == p.parts.size()) return i;
  const auto& part = p.parts[k];
  if (part.wildcard) {
    // Up to two lower-case words that are not stop words ("pieces of personal information").
    for (std::size_t n = 0; n <= 2; ++n) {
      if (n > 0) {
        const std::size_t w = i + n - 1;
        if (w >= toks.size() || !toks[w].word || toks[w].capitalized) break;
        if (stops != nullptr && stops->count(toks[w].lower) != 0) break;
      }
      if (auto end = match_from(p, k + 1, toks, i + n, stops)) return end;
    }
    return std::nullopt;
  }
  if (i >= toks.size() || !part_matches(part, toks[i])) return std::nullopt;
  return match_from(p, k + 1, toks, i + 1, stops);
}

}  // namespace

std::optional<Match> match(const PhraseTable& table, const std::vector<Tok>& toks, std::size_t i,
                           const util::StringSet* stops) {
  if (i >= toks.size()) return std::nullopt;
  const auto it = table.by_first.find(toks[i].lower);
  if (it == table.by_first.end()) return std::nullopt;
  for (const auto& p : it->second) {
    // The first part's own glue says nothing: the phrase may start anywhere.
    if (p.parts.front().exact ? toks[i].text != p.parts.front().text : toks[i].lower != p.parts.front().text) continue;
    if (auto end = match_from(p, 1, toks, i + 1, stops)) return Match{p.row, *end};
  }
  return std::nullopt;
}

}  // namespace timeline::figures
