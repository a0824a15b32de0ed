#pragma once
/// Renderers: the same timeline for people (text, Markdown, HTML), for machines (JSON with the
/// schema timeline/1, CSV) and for TimelineJS; and the filter the command line applies first.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/correlate.hpp"
#include "timeline/result.hpp"

namespace timeline::render {

enum class Format { text, json, markdown, csv, html, timelinejs };
/// "text" | "json" | "markdown" (or "md") | "csv" | "html" | "timelinejs"; an error lists them.
Result<Format> parse_format(std::string_view name);
/// The format names, comma-separated, for help texts and errors.
std::string_view format_names();

struct Options {
  bool explain = false;     ///< add each resolution's rationale (text, markdown, html, csv)
  std::size_t width = 100;  ///< text: wrap at this many columns
  bool color = false;       ///< text: ANSI colours (the CLI sets it only for a terminal without NO_COLOR)
  bool csv_claims = false;  ///< csv: one row per claim instead of one row per event
};

/// The text renderer (default): one entry per event, conflicts beside it, references as footnotes.
std::string text(const correlate::Timeline& timeline, const Options& options = {});
/// The same bytes written to `out` entry by entry.
void text(const correlate::Timeline& timeline, const Options& options, std::ostream& out);
/// The timeline/1 JSON document (docs/timeline-1.schema.json), pretty-printed, ending in "\n".
std::string json(const correlate::Timeline& timeline, const Options& options = {});
/// The same bytes written to `out` event by event: the whole document is never in memory.
void json(const correlate::Timeline& timeline, const Options& options, std::ostream& out);
/// GitHub/GitLab-flavoured Markdown: a table of events and footnotes with the quoted sentences.
std::string markdown(const correlate::Timeline& timeline, const Options& options = {});
/// RFC 4180 CSV (CRLF line ends), one row per event, or per claim with `csv_claims`.
std::string csv(const correlate::Timeline& timeline, const Options& options = {});
/// One self-contained HTML page: inline CSS and SVG time axis, evidence in <details>.
std::string html(const correlate::Timeline& timeline, const Options& options = {});
/// The JSON TimelineJS3 reads ({"title", "events": [{"start_date", "text", "group"…}]}).
std::string timelinejs(const correlate::Timeline& timeline, const Options& options = {});

std::string render(const correlate::Timeline& timeline, Format format, const Options& options = {});
/// The same bytes written to `out` (text and JSON as they are made, the other formats once rendered).
void render(const correlate::Timeline& timeline, Format format, const Options& options, std::ostream& out);

/// Which events to keep before rendering (`--since/--until/--kind/--min-sources`).
struct Filter {
  std::string since;               ///< first day kept, YYYY-MM-DD; "" when open
  std::string until;               ///< last day kept, YYYY-MM-DD; "" when open
  std::vector<std::string> kinds;  ///< kept kinds; empty keeps all
  std::size_t min_sources = 0;     ///< fewest independent sources an event needs
};

/// A --since/--until value: YYYY, YYYY-MM or YYYY-MM-DD, to its first (`end` false) or last
/// day; an error names the expected forms.
Result<std::string> parse_bound(std::string_view value, bool end);

/// Keeps the events (and related events) that may fall within [since, until] (an undated
/// event is dropped when a bound is given), are of one of the kinds and have enough
/// independent sources. Documents and claims stay: indexes into them remain valid.
void apply(correlate::Timeline& timeline, const Filter& filter);

}  // namespace timeline::render
