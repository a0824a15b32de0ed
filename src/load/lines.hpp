#pragma once
// Line-level view of a body, shared by header detection and furniture removal.
#include <cstdint>
#include <string_view>
#include <vector>

#include "timeline/document.hpp"

namespace timeline::load {

struct Line {
  ByteSpan span;           ///< without the newline
  std::string_view text;   ///< trimmed
};

/// The lines of `body` (split at '\n'), with their spans.
std::vector<Line> split_lines(std::string_view body);

/// True when `text` ends like a sentence: . ! ? … or one of them followed by closing quotes or
/// brackets, or ':' (a lead-in to a quote).
bool ends_like_sentence(std::string_view text);

/// Number of space-separated words; counting stops at `limit`.
std::size_t word_count(std::string_view text, std::size_t limit = SIZE_MAX);

/// True for a line that is only list markers: "-", "•", "*", "–", "—", "·".
bool is_marker_only(std::string_view text);

/// Length of a leading list marker with its space ("- ", "• ", "1. ", "2) "), or 0.
std::size_t list_marker_length(std::string_view text);

}  // namespace timeline::load
