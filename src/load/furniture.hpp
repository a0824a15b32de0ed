#pragma once
// Page furniture in article text: blocks of teaser headlines opened by a heading word
// ("Recommended", "Top Articles in Politics", "… RANKING") and single lines ("Share this
// article", "Advertisement"), found from structure (list markers, short lines without
// sentence punctuation) and the phrases in data/lexicon/en/furniture.tsv.
#include <string_view>
#include <vector>

#include "load/lines.hpp"
#include "load/resources.hpp"

namespace timeline::load {

/// Furniture among `lines`; lines whose `skip` flag is set (header lines) are never touched.
std::vector<RemovedBlock> find_furniture(std::string_view body, const std::vector<Line>& lines,
                                         const std::vector<bool>& skip, const Resources& res);

/// Whether the line alone is a line of furniture ("Share this article", "Category: Business").
bool is_furniture_line(std::string_view text, const Resources& res);

/// The line reduced for matching against furniture phrases: case folded, markers, '#' and a
/// trailing ':' removed, spaces collapsed.
std::string furniture_key(std::string_view text);

}  // namespace timeline::load
