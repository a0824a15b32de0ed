#pragma once
// Small string helpers over std::string_view (ASCII case folding only; UTF-8 passes through).
#include <string>
#include <string_view>
#include <vector>

namespace timeline::util {

std::string_view trim(std::string_view s);
std::string to_lower_ascii(std::string_view s);
/// ASCII lower case in place.
void lower_ascii(std::string& s);
bool iequals(std::string_view a, std::string_view b);
/// iequals(collapse_spaces(a), collapse_spaces(b)), without making either.
bool iequals_collapsed(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
std::vector<std::string_view> split(std::string_view s, char sep);
/// How deeply a JSON text nests arrays and objects (brackets inside strings do not count): read
/// before parsing, so input nested 100,000 deep is refused instead of exhausting the stack.
std::size_t json_nesting(std::string_view text);
/// Collapses runs of ASCII whitespace to one space and trims the ends.
std::string collapse_spaces(std::string_view s);
/// Replaces CR LF and lone CR with LF.
std::string normalize_newlines(std::string_view s);
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
/// At most `max_bytes` of `s`, cut at a code-point boundary, with "…" when cut.
std::string preview(std::string_view s, std::size_t max_bytes);

}  // namespace timeline::util
