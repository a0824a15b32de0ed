#pragma once
/// Renderers: the same timeline as text for people and JSON (schema timeline/1) for machines.
#include <string>
#include <string_view>

#include "timeline/correlate.hpp"
#include "timeline/result.hpp"

namespace timeline::render {

enum class Format { text, json };
/// "text" | "json"; an error lists the known formats.
Result<Format> parse_format(std::string_view name);

struct Options {
  bool explain = false;     ///< text: add each resolution's rationale
  std::size_t width = 100;  ///< text: wrap at this many columns
};

/// The timeline/1 JSON document (docs/timeline-1.schema.json), pretty-printed, ending in "\n".
std::string json(const correlate::Timeline& timeline, const Options& options = {});
/// The timeline as text: one entry per event, conflicts beside it, references as footnotes.
std::string text(const correlate::Timeline& timeline, const Options& options = {});

std::string render(const correlate::Timeline& timeline, Format format, const Options& options = {});

}  // namespace timeline::render
