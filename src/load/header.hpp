#pragma once
// The top of an article's text: a headline, a dateline (a line, or the prefix of the lead
// before a dash: "WASHINGTON, Sept. 7, 2017 — …"), and a wire credit ("OSLO (Nordic Wire) — …").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/lines.hpp"
#include "load/resources.hpp"

namespace timeline::load {

struct HeaderInfo {
  std::vector<HeaderLine> lines;          ///< spans that are metadata, not article text
  std::optional<PublicationDate> date;    ///< from the dateline, if any
  std::string title;                      ///< a headline found in the text ("" when none)
  std::string credit_outlet;              ///< the outlet named in a wire credit ("" when none)
  std::optional<MonthDay> month_day;      ///< a wire dateline without its year, when no full date
  std::string month_day_evidence;         ///< that dateline
};

/// Examines the first lines of `body`. `known_title` (from metadata) is recognised and marked
/// as a header line when the text repeats it. `known_lines`, the header lines the reader marked
/// (an HTML byline or section label), are neither title nor text; a dateline in one dates the
/// article.
HeaderInfo analyse_header(std::string_view body, const std::vector<Line>& lines, const Resources& res,
                          std::string_view known_title, const std::vector<HeaderLine>& known_lines = {});

}  // namespace timeline::load
