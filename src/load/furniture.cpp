#include "load/furniture.hpp"

#include <algorithm>
#include <optional>

#include "util/strings.hpp"

namespace timeline::load {
namespace {

enum class Kind { blank, marker, block_heading, furniture_line, list_item, headline, prose };

// Headings of teaser blocks are short; longer lines that start like one are prose.
constexpr std::size_t k_max_heading_words = 8;
constexpr std::size_t k_max_furniture_line_words = 12;
constexpr std::size_t k_max_headline_words = 30;

bool matches(const FurnitureRule& rule, std::string_view key) {
  // Most rules differ from the key at its first (suffix rules: last) byte: no compare call.
  if (!rule.phrase.empty() && !key.empty() &&
      (rule.match == FurnitureRule::Match::suffix ? key.back() != rule.phrase.back() : key[0] != rule.phrase[0]))
    return false;
  switch (rule.match) {
    case FurnitureRule::Match::exact: return key == rule.phrase;
    case FurnitureRule::Match::prefix:
      return key.size() >= rule.phrase.size() && key.substr(0, rule.phrase.size()) == rule.phrase &&
             (key.size() == rule.phrase.size() || !util::is_ascii_alpha(key[rule.phrase.size()]));
    case FurnitureRule::Match::suffix:
      return key.size() >= rule.phrase.size() && key.substr(key.size() - rule.phrase.size()) == rule.phrase &&
             (key.size() == rule.phrase.size() || !util::is_ascii_alpha(key[key.size() - rule.phrase.size() - 1]));
  }
  return false;
}

// "{mosads}", "[[ad]]", "%%placeholder%%": template tokens left in the page.
bool is_placeholder(std::string_view t) {
  auto inner_ok = [](std::string_view s) {
    if (s.empty() || s.size() > 40) return false;
    for (const char c : s)
      if (!util::is_ascii_alpha(c) && !util::is_ascii_digit(c) && c != '_' && c != '-' && c != ':') return false;
    return true;
  };
  if (t.size() >= 3 && t.front() == '{' && t.back() == '}') return inner_ok(t.substr(1, t.size() - 2));
  if (t.size() >= 5 && t.substr(0, 2) == "[[" && t.substr(t.size() - 2) == "]]") return inner_ok(t.substr(2, t.size() - 4));
  return false;
}

struct Classified {
  Kind kind = Kind::prose;
  const FurnitureRule* rule = nullptr;
};

// A colon, then at least two items set apart by " · ", " | " or " • ".
bool inline_teasers(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view items = text.substr(colon + 1);
  for (const std::string_view sep :
       {std::string_view(" \xC2\xB7 "), std::string_view(" | "), std::string_view(" \xE2\x80\xA2 ")})
    if (items.find(sep) != std::string_view::npos) return true;
  return false;
}

Classified classify(std::string_view text, const Resources& res) {
  if (text.empty()) return {Kind::blank};
  if (is_marker_only(text)) return {Kind::marker};
  if (is_placeholder(text)) return {Kind::furniture_line};
  // A block's heading and its teasers on one line, however many: "**More from Harbour Radio:**
  // Bridge repairs start next week · Fish market to reopen Saturday" (the heading before a colon,
  // then items set apart by "·", "|" or "•").
  if (const std::size_t colon = text.find(':'); colon != std::string_view::npos && inline_teasers(text)) {
    const std::string head = furniture_key(text.substr(0, colon));
    if (word_count(head) <= k_max_heading_words)
      for (const auto& rule : res.furniture)
        if (rule.block && matches(rule, head)) return {Kind::furniture_line, &rule};
  }
  // Counted up to one more than the most any test below allows (a paragraph need not be counted whole).
  const std::size_t text_words = word_count(text, std::max(2 * k_max_furniture_line_words, k_max_headline_words) + 1);
  // The key has no more words than the line, and no rule takes more than twice a furniture
  // line's words: a longer line (a paragraph of prose) needs no key.
  if (text_words <= 2 * k_max_furniture_line_words) {
    const std::string key = furniture_key(text);
    const std::size_t words = word_count(key);
    std::string_view unpunctuated = text;
    while (!unpunctuated.empty() && (unpunctuated.back() == ':' || unpunctuated.back() == ' '))
      unpunctuated.remove_suffix(1);
    const bool sentence = ends_like_sentence(unpunctuated);
    for (const auto& rule : res.furniture) {
      if (!matches(rule, key)) continue;
      if (rule.block && words <= k_max_heading_words && !sentence) return {Kind::block_heading, &rule};
      // A page's label ("Section: Health", a phrase ending in a colon) is short and no sentence:
      // "Section: 72 of the act requires operators to report breaches, the regulator said." is prose.
      const bool label = rule.phrase.back() == ':';
      if (label && (sentence || words > k_max_heading_words)) continue;
      if (!rule.block && (words <= k_max_furniture_line_words || rule.match == FurnitureRule::Match::prefix) &&
          words <= 2 * k_max_furniture_line_words)
        return {Kind::furniture_line, &rule};
    }
  }
  if (list_marker_length(text) > 0) return {Kind::list_item};
  if (!ends_like_sentence(text) && text_words <= k_max_headline_words) return {Kind::headline};
  return {Kind::prose};
}

}  // namespace

bool is_furniture_line(std::string_view text, const Resources& res) {
  return classify(text, res).kind == Kind::furniture_line;
}

std::string furniture_key(std::string_view text) {
  text = util::trim(text);
  while (!text.empty() && text.front() == '#') text.remove_prefix(1);
  text = util::trim(text);
  if (const std::size_t m = list_marker_length(text); m > 0) text.remove_prefix(m);
  // Markdown emphasis around a heading: "**More from …:**", "**Related**".
  while (!text.empty() && (text.front() == '*' || text.front() == '_')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.remove_suffix(1);
  while (!text.empty() && (text.back() == ':' || text.back() == '>' || util::is_ascii_space(text.back())))
    text.remove_suffix(1);
  for (const std::string_view tail : {std::string_view("\xC2\xBB"), std::string_view("\xE2\x80\xBA")})  // » ›
    if (text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail) text.remove_suffix(tail.size());
  std::string key = util::collapse_spaces(text);
  util::lower_ascii(key);
  return key;
}

std::vector<RemovedBlock> find_furniture(std::string_view body, const std::vector<Line>& lines,
                                         const std::vector<bool>& skip, const Resources& res) {
  std::vector<Classified> kinds;
  kinds.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i)
    kinds.push_back(skip[i] ? Classified{Kind::blank} : classify(lines[i].text, res));

  auto next_nonblank = [&](std::size_t from) -> std::optional<std::size_t> {
    for (std::size_t k = from; k < lines.size(); ++k) {
      if (skip[k]) return std::nullopt;
      if (kinds[k].kind != Kind::blank) return k;
    }
    return std::nullopt;
  };

  std::vector<RemovedBlock> removed;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (skip[i]) {
      ++i;
      continue;
    }
    const Classified c = kinds[i];
    if (c.kind == Kind::furniture_line) {
      removed.push_back({lines[i].span, c.rule != nullptr ? "furniture: line '" + std::string(lines[i].text) + "'"
                                                          : std::string("furniture: template placeholder"),
                         std::string(lines[i].text)});
      ++i;
      continue;
    }
    if (c.kind != Kind::block_heading) {
      ++i;
      continue;
    }
    // A block: the heading, then teaser lines until prose resumes. A headline-like line after a
    // blank line and followed by prose is the article's own subheading, not a teaser.
    std::size_t last = i;
    std::size_t j = i + 1;
    for (; j < lines.size() && !skip[j]; ++j) {
      const Kind k = kinds[j].kind;
      if (k == Kind::blank) continue;
      if (k == Kind::prose) break;
      if (k == Kind::headline && kinds[j - 1].kind == Kind::blank) {
        const auto after = next_nonblank(j + 1);
        if (after && kinds[*after].kind == Kind::prose) break;
      }
      last = j;
    }
    const ByteSpan span{lines[i].span.begin, lines[last].span.end};
    removed.push_back({span, "furniture: block under '" + std::string(lines[i].text) + "'",
                       std::string(body.substr(span.begin, span.size()))});
    i = last + 1;
  }
  return removed;
}

}  // namespace timeline::load
