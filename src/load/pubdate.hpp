#pragma once
// Publication dates from the places other than datelines: metadata strings, file names,
// sidecar files.
#include <optional>
#include <string>
#include <string_view>

#include "load/resources.hpp"
#include "timeline/document.hpp"

namespace timeline::load {

/// ISO 8601 / RFC 2822 / dateline text → a date (origin and confidence left to the caller).
std::optional<PublicationDate> parse_date_string(std::string_view text, const Resources& res);

/// A date in a file name: "2024-04-25-story.txt", "20240425_story.html" (years 1990–2099).
std::optional<PublicationDate> date_from_filename(std::string_view file_name);

/// A publication day in an article's URL path: /2019/07/22/, /2019/Jul/22/, a segment of eight
/// digits /20171003/, or a dated slug /2024-04-25-title (years 1990–2099; the host, query and
/// fragment are never read, nor a year and month without their day).
std::optional<PublicationDate> date_from_url(std::string_view url, const Resources& res);

/// Sidecar metadata (NAME.meta.json): fields published/date, outlet/source, title, url.
struct Sidecar {
  std::optional<PublicationDate> published;
  std::string outlet, title, url;
};
/// Parses a sidecar's text; `problem` gets "line L, column C: …" when it is not usable.
std::optional<Sidecar> parse_sidecar(std::string_view text, const Resources& res, std::string& problem);

}  // namespace timeline::load
