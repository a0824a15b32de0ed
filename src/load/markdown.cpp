#include <string>

#include "load/dateline.hpp"
#include "load/formats.hpp"
#include "util/strings.hpp"

namespace timeline::load {
namespace {

std::string unquote(std::string_view v) {
  v = util::trim(v);
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\'')))
    v = v.substr(1, v.size() - 2);
  return std::string(v);
}

// Inline markup: ![alt](url) dropped, [text](url) → text, **bold**/__bold__/`code` unwrapped.
std::string strip_inline(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if ((c == '!' && i + 1 < line.size() && line[i + 1] == '[') || c == '[') {
      const std::size_t open = c == '!' ? i + 1 : i;
      const std::size_t close = line.find(']', open);
      if (close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == '(') {
        const std::size_t paren = line.find(')', close);
        if (paren != std::string_view::npos) {
          if (c != '!') out.append(line.substr(open + 1, close - open - 1));
          i = paren;
          continue;
        }
      }
    }
    if ((c == '*' || c == '_') && i + 1 < line.size() && line[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '`') continue;
    // Single * or _ for emphasis: only at a word's edge (keeps "file_name" and "5 * 3").
    if (c == '*' || c == '_') {
      auto word = [](char ch) { return util::is_ascii_alpha(ch) || util::is_ascii_digit(ch) || static_cast<unsigned char>(ch) >= 0x80; };
      const bool word_before = i > 0 && word(line[i - 1]);
      const bool word_after = i + 1 < line.size() && word(line[i + 1]);
      if (word_before != word_after) continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

Draft read_markdown(std::string_view text, const Resources& res) {
  Draft d;
  std::size_t pos = 0;
  // Front matter: "---" on the first line, "key: value" lines, "---".
  if (text.substr(0, 4) == "---\n") {
    const std::size_t end = text.find("\n---", 3);
    if (end != std::string_view::npos) {
      for (const std::string_view line : util::split(text.substr(4, end - 4), '\n')) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string key = util::to_lower_ascii(util::trim(line.substr(0, colon)));
        const std::string value = unquote(line.substr(colon + 1));
        if (value.empty()) continue;
        // An e-mail newsletter's front matter: "newsletter:", "subject:", "sent:".
        if (key == "title" || key == "headline" || (key == "subject" && d.title.empty()))
          d.title = value;
        else if (key == "source" || key == "outlet" || key == "publisher" || key == "site_name" || key == "newsletter")
          d.outlet = value;
        else if (key == "url" || key == "link" || key == "canonical") d.url = value;
        else if ((key == "date" || key == "published" || key == "published_at" || key == "publishedat" ||
                  key == "pubdate" || key == "datepublished" || key == "date_published" || key == "publication_date" ||
                  key == "published_date" || key == "publish_date" || key == "sent" || key == "sent_at") &&
                 d.published_text.empty()) {
          d.published_text = value;
          d.published_source = "front matter '" + key + "'";
        }
      }
      pos = end + 4;
      while (pos < text.size() && text[pos] != '\n') ++pos;
    }
  }
  bool in_fence = false;
  for (const std::string_view raw : util::split(text.substr(pos), '\n')) {
    std::string_view line = raw;
    const std::string_view trimmed = util::trim(line);
    if (trimmed.substr(0, 3) == "```" || trimmed.substr(0, 3) == "~~~") {
      in_fence = !in_fence;
      d.body += '\n';
      continue;
    }
    if (in_fence) {
      d.body.append(raw);
      d.body += '\n';
      continue;
    }
    // Headings: "# Title" (the first one is the title when front matter gave none).
    if (!trimmed.empty() && trimmed.front() == '#') {
      std::size_t h = 0;
      while (h < trimmed.size() && trimmed[h] == '#') ++h;
      if (h <= 6 && (h == trimmed.size() || trimmed[h] == ' ')) {
        const std::string heading = strip_inline(util::trim(trimmed.substr(h)));
        if (d.title.empty() && h <= 2 && !parse_dateline(heading, res)) d.title = heading;
        d.body += heading;
        d.body += '\n';
        continue;
      }
    }
    while (!line.empty() && line.front() == '>') line = util::trim(line.substr(1));  // quotes
    // A table: each row is a paragraph of its own, its cells joined ("| 14 Aug 2023 | Flaw found |"
    // → "14 Aug 2023: Flaw found."); the row of dashes under the header is dropped.
    if (const std::string_view row = util::trim(line); row.size() >= 2 && row.front() == '|') {
      if (row.find_first_not_of("|-: \t") == std::string_view::npos) {
        d.body += '\n';
        continue;
      }
      std::string joined;
      std::size_t cells = 0;
      for (const std::string_view cell :
           util::split(row.substr(1, row.back() == '|' ? row.size() - 2 : row.size() - 1), '|')) {
        const std::string content = strip_inline(util::trim(cell));
        if (content.empty()) continue;
        if (cells == 1)
          joined += ": ";
        else if (cells > 1)
          joined += "; ";
        joined += content;
        ++cells;
      }
      if (!joined.empty() && joined.back() != '.' && joined.back() != '!' && joined.back() != '?') joined += '.';
      d.body += '\n';
      d.body += joined;
      d.body += "\n\n";
      continue;
    }
    if (trimmed == "---" || trimmed == "***" || trimmed == "___") {  // rules
      d.body += '\n';
      continue;
    }
    // A list item is a paragraph of its own: a chronology's entries are not one sentence.
    const std::string_view item = util::trim(line);
    const bool bullet = item.size() > 2 && (item[0] == '-' || item[0] == '*' || item[0] == '+') && item[1] == ' ';
    std::size_t digits = 0;
    while (digits < item.size() && digits < 3 && util::is_ascii_digit(item[digits])) ++digits;
    const bool numbered = digits > 0 && digits + 1 < item.size() && (item[digits] == '.' || item[digits] == ')') &&
                          item[digits + 1] == ' ';
    if (bullet || numbered) d.body += '\n';
    d.body += strip_inline(line);
    d.body += '\n';
    if (bullet || numbered) d.body += '\n';
  }
  return d;
}

}  // namespace timeline::load
