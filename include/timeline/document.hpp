#pragma once
/// The loader's record: one article with its metadata, publication date and clean body,
/// segmented into paragraphs and sentences whose byte offsets point into `body`.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace timeline {

/// A half-open byte range [begin, end) into Document::body.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const ByteSpan&) const = default;
};

enum class Format { txt, md, html, json, jsonl };
const char* to_string(Format f);

/// Where a publication date came from, strongest first.
enum class DateOrigin { cli, sidecar, metadata, dateline, url, filename, none };
const char* to_string(DateOrigin o);

enum class Confidence { none, low, medium, high };
const char* to_string(Confidence c);

/// A calendar date with an optional time of day, exactly as written (no zone applied).
struct LocalDateTime {
  int year = 0;
  int month = 0;  ///< 1-12
  int day = 0;    ///< 1-31
  std::optional<int> hour, minute, second;
  bool operator==(const LocalDateTime&) const = default;
  /// "2021-12-26" or "2021-12-26T10:36:00".
  std::string iso() const;
};

/// A month and day without a year: a wire dateline's "LONDON, June 20 (Reuters) -", or the
/// day a lead says is today ("took effect today (Monday 31 March)").
struct MonthDay {
  int month = 0;     ///< 1-12
  int day = 0;       ///< 1-31
  int weekday = 0;   ///< ISO weekday the text names with it (1 Monday … 7 Sunday), 0 when none
  bool lead = false; ///< named in the lead as today's date, not by a dateline
  bool operator==(const MonthDay&) const = default;
  /// ISO 8601's notation for a date without its year: "--06-20".
  std::string iso() const;
};

/// When an article was published, as far as its files tell.
struct PublicationDate {
  DateOrigin origin = DateOrigin::none;
  Confidence confidence = Confidence::none;
  std::optional<LocalDateTime> local;     ///< the local date/time as written
  std::optional<int> offset_minutes;      ///< UTC offset in force at that local time, when a zone is known
  std::string zone;                       ///< the zone as resolved: "Asia/Tokyo", "+04:00", "" when none
  std::string evidence;                   ///< the text or field it was read from
  bool updated = false;                   ///< the source gave an update time, not a publication time
  /// When nothing gives the full date, a dateline's month and day without the year (`evidence`
  /// holds the dateline); the correlator may find the year from the other articles.
  std::optional<MonthDay> month_day;

  bool known() const { return local.has_value(); }
  /// ISO 8601 value: "2021-12-26T10:36:00+04:00", "2017-11-22T07:52:00", "2021-12-26"; "" when unknown.
  std::string value() const;
  /// The UTC instant "2021-12-26T06:36:00Z" when time and offset are known.
  std::optional<std::string> utc() const;
};

/// A stretch of the input that is not article text, and why it was set aside.
struct RemovedBlock {
  std::optional<ByteSpan> span;  ///< into body; absent when it never reached the body (HTML <nav>…)
  std::string reason;            ///< "furniture: block after 'Recommended'", "html <nav>", …
  std::string text;              ///< the removed text (a preview for very long HTML elements)
};

/// A line of the body that states metadata rather than article text.
struct HeaderLine {
  ByteSpan span;
  std::string kind;  ///< "title" | "masthead" | "dateline" | "byline" | "credit"
};

struct Sentence {
  ByteSpan span;
  std::size_t paragraph = 0;  ///< index into Document::paragraphs
};

/// One article, as loaded.
struct Document {
  std::string id;       ///< path relative to the input root; "FILE#N" for the N-th article of a JSON/JSONL file
  std::string path;     ///< the file, relative to the input root (or as given for a file argument)
  Format format = Format::txt;
  std::string title, outlet, url;
  std::string outlet_origin;  ///< "sidecar" | "metadata" | "credit" (a wire credit "CITY (Outlet) —") | ""
  PublicationDate published;
  std::string body;
  std::vector<HeaderLine> header;
  std::vector<RemovedBlock> removed;
  std::vector<ByteSpan> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<std::string> warnings;

  std::string_view text(ByteSpan s) const { return std::string_view(body).substr(s.begin, s.size()); }
};

/// An input that was not loaded, and why. Nothing is dropped silently.
struct Skipped {
  std::string path;
  std::string reason;
};

}  // namespace timeline
