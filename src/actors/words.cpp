#include "actors/words.hpp"

#include "timeline/segment.hpp"
#include "util/strings.hpp"

namespace timeline::actors {

using namespace std::string_view_literals;  // "x"sv: comparisons without strlen
namespace {

bool is_quote(std::string_view t) {
  return t == "\""sv || t == "\xE2\x80\x9C"sv || t == "\xE2\x80\x9D"sv || t == "\xC2\xAB"sv || t == "\xC2\xBB"sv ||
         t == "\xE2\x80\x9E"sv;
}

bool starts_upper(std::string_view t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t[0]);
  if (c < 0x80) return util::is_ascii_upper(static_cast<char>(c));
  // Latin-1 upper-case letters (À-Þ except ×) are C3 80-9E in UTF-8.
  return c == 0xC3 && t.size() > 1 && static_cast<unsigned char>(t[1]) >= 0x80 &&
         static_cast<unsigned char>(t[1]) <= 0x9E && static_cast<unsigned char>(t[1]) != 0x97;
}

// `text` (which starts at w.span.begin) as written, in ASCII lower case and without periods
// (most words have none: then `bare` is `lower`).
void assign_text(Word& w, std::string_view text, LowerText& store) {
  w.text = text;
  w.lower = std::string_view(store.lower).substr(w.span.begin, text.size());
  if (w.lower.find('.') == std::string_view::npos) {
    w.bare = w.lower;
    return;
  }
  std::string& bare = store.bare.emplace_back();
  for (const char c : w.lower)
    if (c != '.') bare += c;
  w.bare = bare;
}

const util::StringSet k_domains{"com", "net", "org", "jp", "co", "uk", "io", "news", "info", "in", "de", "fr"};

}  // namespace

LowerText::LowerText(std::string_view body) : lower(util::to_lower_ascii(body)) {}

TextWords text_words(std::string_view text, const util::StringSet& abbreviations) {
  TextWords out{std::make_unique<LowerText>(text), {}};
  out.words = words(text, {0, text.size()}, abbreviations, *out.store);
  return out;
}

std::vector<Word> words(std::string_view body, ByteSpan span, const util::StringSet& abbreviations, LowerText& store) {
  return words(body, segment::tokenize(body.substr(span.begin, span.size()), span.begin), abbreviations, store);
}

std::vector<Word> words(std::string_view body, std::span<const segment::Token> toks, const util::StringSet& abbreviations,
                        LowerText& store) {
  const std::string_view lower = store.lower;
  std::vector<Word> out;
  out.reserve(toks.size());
  auto text_of = [&](std::size_t k) { return body.substr(toks[k].span.begin, toks[k].span.size()); };
  auto adjacent = [&](std::size_t k) { return k + 1 < toks.size() && toks[k].span.end == toks[k + 1].span.begin; };
  auto is_period = [&](std::size_t k) { return k < toks.size() && text_of(k) == "."sv; };
  // A single closing quotation mark after token k: right after a comma, stop or question mark,
  // before a space or the end.
  auto closing_single_after = [&](std::size_t k) {
    for (std::size_t j = k + 1; j < toks.size(); ++j) {
      const auto t = text_of(j);
      if (t != "'"sv && t != "\xE2\x80\x99"sv) continue;
      const std::size_t b = toks[j].span.begin, e = toks[j].span.end;
      const char before = b > 0 ? body[b - 1] : ' ';
      const char after = e < body.size() ? body[e] : ' ';
      if ((before == ',' || before == '.' || before == '?' || before == '!') &&
          (util::is_ascii_space(after) || after == '"' || e >= body.size()))
        return true;
    }
    return false;
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    Word w;
    w.span = toks[k].span;
    const auto t = text_of(k);
    w.punct = toks[k].kind == segment::TokenKind::punct;
    w.number = toks[k].kind == segment::TokenKind::number;
    if (!w.punct && !w.number) {
      std::size_t last = k;
      // Dotted letters: U.S., U.K., a.m., L.L.C.
      if (t.size() == 1 && util::is_ascii_alpha(t[0]) && adjacent(k) && is_period(k + 1)) {
        last = k + 1;
        while (adjacent(last) && last + 2 < toks.size() && text_of(last + 1).size() == 1 &&
               util::is_ascii_alpha(text_of(last + 1)[0]) && adjacent(last + 1) && is_period(last + 2))
          last += 2;
      } else if (adjacent(k) && is_period(k + 1) &&
                 abbreviations.count(lower.substr(toks[k].span.begin, t.size() + 1)) != 0) {  // the word and its period
        last = k + 1;  // Corp., Mr., Inc.
      } else if (adjacent(k) && is_period(k + 1) && adjacent(k + 1) && k + 2 < toks.size() &&
                 k_domains.count(lower.substr(toks[k + 2].span.begin, toks[k + 2].span.size())) != 0 &&
                 (k + 3 >= toks.size() || !adjacent(k + 2) || text_of(k + 3) == "."sv || text_of(k + 3) == ","sv)) {
        last = k + 2;  // Example.com
      }
      w.span.end = toks[last].span.end;
      k = last;
    }
    // "Times' report": a plural possessive written with a bare apostrophe.
    if (!w.punct && !w.number && k + 1 < toks.size() && toks[k].span.end == toks[k + 1].span.begin &&
        (text_of(k + 1) == "'"sv || text_of(k + 1) == "\xE2\x80\x99"sv) && (w.span.end - w.span.begin) > 1 &&
        (body[w.span.end - 1] == 's' || body[w.span.end - 1] == 'S') &&
        (k + 2 >= toks.size() || toks[k + 1].span.end != toks[k + 2].span.begin)) {
      std::string_view text = body.substr(w.span.begin, w.span.size());
      w.name_end = w.span.end;
      w.span.end = toks[k + 1].span.end;
      w.possessive = true;
      ++k;
      assign_text(w, text, store);
      w.cap = starts_upper(text);
      w.all_caps = false;
      out.push_back(std::move(w));
      continue;
    }
    std::string_view text = body.substr(w.span.begin, w.span.size());
    w.name_end = w.span.end;
    if (!w.punct && !w.number) {
      for (const std::string_view pos : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
        if (text.size() > pos.size() && util::iends_with(text, pos)) {
          text.remove_suffix(pos.size());
          w.name_end = w.span.begin + text.size();
          w.possessive = true;
          break;
        }
      }
    }
    assign_text(w, text, store);
    w.cap = !w.punct && !w.number && starts_upper(text);
    // "SIM-swap frauds", "Russia-linked hackers": a compound that ends in a lower-case word
    // modifies a noun; it names no one.
    if (const auto dash = text.rfind('-'); w.cap && dash != std::string_view::npos && dash + 1 < text.size() &&
                                           util::is_ascii_lower(text[dash + 1]))
      w.cap = false;
    if (w.cap) {
      std::size_t letters = 0;
      bool all = true;
      for (const char c : text) {
        if (util::is_ascii_alpha(c)) {
          ++letters;
          if (!util::is_ascii_upper(c)) all = false;
        }
      }
      w.all_caps = all && letters >= 2;
    }
    w.quote = w.punct && is_quote(text);
    if (w.quote)
      w.quote_side = text == "\xE2\x80\x9C"sv || text == "\xC2\xAB"sv || text == "\xE2\x80\x9E"sv ? 1
                     : text == "\xE2\x80\x9D"sv || text == "\xC2\xBB"sv                           ? -1
                                                                                                  : 0;
    // A single quotation mark quotes only at a quotation's edges: "'We are sorry." opens one (a
    // space or the start before it, a capital letter right after it, or a small one when a closing
    // mark follows in the span: "said it had 'no evidence of misuse.'"), "as we should have,' the
    // chief executive wrote" closes one (right after a comma, stop or question mark, a space
    // after it). An apostrophe inside, before or after a word ("co-op's", "members' data", "the
    // '90s", "rock 'n' roll") is neither.
    if (w.punct && (text == "'"sv || text == "\xE2\x80\x98"sv || text == "\xE2\x80\x99"sv)) {
      const char before = w.span.begin > 0 ? body[w.span.begin - 1] : ' ';
      const char after = w.span.end < body.size() ? body[w.span.end] : ' ';
      const bool space_before = util::is_ascii_space(before) || before == '(';
      const bool space_after = util::is_ascii_space(after) || after == '"';
      if (text != "\xE2\x80\x99"sv && space_before &&
          (util::is_ascii_upper(after) || (util::is_ascii_lower(after) && closing_single_after(k)))) {
        w.quote = true;
        w.quote_side = 1;
      } else if (text != "\xE2\x80\x98"sv && space_after &&
                 (before == ',' || before == '.' || before == '?' || before == '!')) {
        w.quote = true;
        w.quote_side = -1;
      }
    }
    out.push_back(std::move(w));
  }
  // The first word of the sentence, or the first after an opening quote or a dash.
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (!out[k].punct) {
      out[k].sentence_start = true;
      break;
    }
  }
  for (std::size_t k = 0; k + 1 < out.size(); ++k)
    if (out[k].quote && !out[k + 1].punct && (k == 0 || out[k - 1].punct || out[k - 1].text == ":"sv))
      out[k + 1].sentence_start = true;
  return out;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  const std::string lower = util::to_lower_ascii(phrase);
  for (const auto w : util::split(lower, ' '))
    if (!w.empty()) out.emplace_back(w);
  return out;
}

}  // namespace timeline::actors
