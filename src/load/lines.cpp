#include "load/lines.hpp"

#include <algorithm>

#include "util/strings.hpp"

namespace timeline::load {
namespace {

constexpr std::string_view k_markers[] = {"-", "*", "+", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94",
                                          "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xBA", "\xE2\x80\xBA", "\xC2\xBB"};

}  // namespace

std::vector<Line> split_lines(std::string_view body) {
  std::vector<Line> lines;
  for (std::size_t start = 0;;) {
    const std::size_t i = std::min(body.find('\n', start), body.size());  // memchr, not a loop per byte
    const std::string_view raw = body.substr(start, i - start);
    const std::string_view text = util::trim(raw);
    const std::size_t lead = text.empty() ? 0 : static_cast<std::size_t>(text.data() - raw.data());
    Line line;
    line.span = {start + lead, start + lead + text.size()};
    line.text = text;
    lines.push_back(line);
    if (i == body.size()) break;
    start = i + 1;
  }
  return lines;
}

bool ends_like_sentence(std::string_view text) {
  text = util::trim(text);
  // Strip closing quotes and brackets: “…said.” and (…).
  for (;;) {
    if (text.empty()) return false;
    if (text.back() == '"' || text.back() == '\'' || text.back() == ')' || text.back() == ']') {
      text.remove_suffix(1);
      continue;
    }
    if (text.size() >= 3 && (text.substr(text.size() - 3) == "\xE2\x80\x9D" ||  // ”
                             text.substr(text.size() - 3) == "\xE2\x80\x99")) {  // ’
      text.remove_suffix(3);
      continue;
    }
    break;
  }
  const char c = text.back();
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  return text.size() >= 3 && text.substr(text.size() - 3) == "\xE2\x80\xA6";  // …
}

std::size_t word_count(std::string_view text, std::size_t limit) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = util::is_ascii_space(c);
    if (!space && !in_word && ++n == limit) break;
    in_word = !space;
  }
  return n;
}

bool is_marker_only(std::string_view text) {
  text = util::trim(text);
  if (text.empty()) return false;
  while (!text.empty()) {
    bool matched = false;
    for (const auto m : k_markers)
      if (text.substr(0, m.size()) == m) {
        text.remove_prefix(m.size());
        text = util::trim(text);
        matched = true;
        break;
      }
    if (!matched) return false;
  }
  return true;
}

std::size_t list_marker_length(std::string_view text) {
  for (const auto m : k_markers)
    if (text.size() > m.size() && text.substr(0, m.size()) == m && text[m.size()] == ' ') return m.size() + 1;
  std::size_t i = 0;
  while (i < text.size() && i < 3 && util::is_ascii_digit(text[i])) ++i;
  if (i > 0 && i + 1 < text.size() && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ') return i + 2;
  return 0;
}

}  // namespace timeline::load
