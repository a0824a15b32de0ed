#include "util/strings.hpp"

#include <algorithm>

namespace timeline::util {

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  lower_ascii(out);
  return out;
}

void lower_ascii(std::string& s) {
  // Every byte stored, changed or not: without a branch the compiler does sixteen at a time.
  for (char& c : s) c = static_cast<char>(c + (is_ascii_upper(c) ? 'a' - 'A' : 0));
}

namespace {
char lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool iequals_collapsed(std::string_view a, std::string_view b) {
  a = trim(a);
  b = trim(b);
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const bool space_a = is_ascii_space(a[i]), space_b = is_ascii_space(b[j]);
    if (space_a != space_b) return false;
    if (space_a) {  // a run of spaces in each; trimmed, so a word follows both
      while (is_ascii_space(a[i])) ++i;
      while (is_ascii_space(b[j])) ++j;
      continue;
    }
    if (lower(a[i]) != lower(b[j])) return false;
    ++i;
    ++j;
  }
  return i == a.size() && j == b.size();
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  parts.reserve(static_cast<std::size_t>(std::count(s.begin(), s.end(), sep)) + 1);  // one allocation
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string collapse_spaces(std::string_view s) {
  // Most text has nothing to collapse: single spaces between words, none at the ends.
  bool clean = s.empty() || (s.front() != ' ' && s.back() != ' ');
  for (std::size_t i = 0; i < s.size() && clean; ++i)
    if (is_ascii_space(s[i]) && (s[i] != ' ' || (i + 1 < s.size() && s[i + 1] == ' '))) clean = false;
  if (clean) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (const char c : s) {
    if (is_ascii_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string normalize_newlines(std::string_view s) {
  if (s.find('\r') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string preview(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

std::size_t json_nesting(std::string_view text) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '[' || c == '{')
      deepest = std::max(deepest, ++depth);
    else if ((c == ']' || c == '}') && depth > 0)
      --depth;
  }
  return deepest;
}

}  // namespace timeline::util
