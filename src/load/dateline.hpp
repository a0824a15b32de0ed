#pragma once
// Datelines: a short line (or the prefix of a lead before a dash) that states when the article
// was published, in the forms news sites use: "11:01 JST, December 25, 2021",
// "# 14 March 2022 09:15 (UTC +02:00)", "Tue 8th March 2022 | 09:40 AM", "date 2021-05-10",
// "2021-12-26T10:36:00Z", "Fri, 24 Dec 2021 10:36:00 +0400".
#include <optional>
#include <string_view>

#include "load/resources.hpp"
#include "timeline/document.hpp"

namespace timeline::load {

/// Reads `line` as a dateline: a full calendar date, optionally a time and a zone, and at most a
/// few other words (a line of prose that happens to hold a date is not a dateline). Numeric
/// dates that read both ways (03/04/2020) are refused rather than guessed, unless `day_first`
/// says how the article writes them; `*ambiguous` is set when such a date was met.
/// Fills local, offset_minutes, zone, updated; origin/confidence/evidence are the caller's.
std::optional<PublicationDate> parse_dateline(std::string_view line, const Resources& res,
                                              std::optional<bool> day_first = std::nullopt,
                                              bool* ambiguous = nullptr);

/// Reads the prefix of a wire lead before its dash as a dateline without a year: "PORT ELLIS,
/// Md., June 20 (Harbor Wire)", "LONDON, 4 March", "Sept. 7 (Newswire)". The city, when there is
/// one, opens in capitals and the month and day are the last piece after its commas, after a
/// weekday maybe ("DUNMERE, Thursday 5 May"; the weekday is kept); anything else (a year, a
/// time, more words) is not this form.
std::optional<MonthDay> parse_wire_month_day(std::string_view prefix, const Resources& res);

/// Reads a line of the page's top as a date without its year that names its weekday or follows
/// a word of role `published`: "NEWS | MONDAY, JAN. 15", "Thursday 5 May", "Posted Jun 18 | by
/// staff" (fields strung with bars or middle dots: short labels and the date). A bare "June 20"
/// might be anything's: not this form.
std::optional<MonthDay> parse_month_day_line(std::string_view line, const Resources& res);

/// Reads the prefix of a wire lead before its dash as a full dateline after its city: "HARTFORD,
/// Conn., Aug 19, 2021 (Meridian News)", "OSLO, 3 March 2024". The city opens in capitals; the
/// date is what follows one of its commas, read by parse_dateline.
std::optional<PublicationDate> parse_wire_dateline(std::string_view prefix, const Resources& res);

/// How the article writes numeric dates, from its spelling (spelling_variants.tsv) and the
/// order of its written dates: true when it has more British variants and day-first dates
/// ("5 February") than American variants and month-first dates ("February 5"), false for the
/// reverse, none on a tie. Reads the first 64 KiB of `body`.
std::optional<bool> day_first_by_spelling(std::string_view body, const Resources& res);

/// The UTC offset in force in `zone` (tz name or ±HH:MM) at local time `t` (noon when no time).
std::optional<int> offset_in_zone(std::string_view zone, const LocalDateTime& t);

}  // namespace timeline::load
