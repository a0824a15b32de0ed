#pragma once
// Small string helpers over std::string_view (ASCII case folding only; UTF-8 passes through).
#include <string>
#include <string_view>
#include <vector>

namespace timeline::util {

std::string_view trim(std::string_view s);
std::string to_lower_ascii(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
std::vector<std::string_view> split(std::string_view s, char sep);
/// Collapses runs of ASCII whitespace to one space and trims the ends.
std::string collapse_spaces(std::string_view s);
/// Replaces CR LF and lone CR with LF.
std::string normalize_newlines(std::string_view s);
bool is_ascii_digit(char c);
bool is_ascii_alpha(char c);
bool is_ascii_upper(char c);
bool is_ascii_lower(char c);
bool is_ascii_space(char c);
/// At most `max_bytes` of `s`, cut at a code-point boundary, with "…" when cut.
std::string preview(std::string_view s, std::size_t max_bytes);

}  // namespace timeline::util
