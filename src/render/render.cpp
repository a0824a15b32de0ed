// Format names and the dispatch to the renderers.
#include "timeline/render.hpp"

#include <ostream>

namespace timeline::render {

std::string_view format_names() { return "text, json, markdown, csv, html, timelinejs"; }

Result<Format> parse_format(std::string_view name) {
  if (name == "text" || name == "txt") return Format::text;
  if (name == "json") return Format::json;
  if (name == "markdown" || name == "md") return Format::markdown;
  if (name == "csv") return Format::csv;
  if (name == "html") return Format::html;
  if (name == "timelinejs" || name == "tljs") return Format::timelinejs;
  return Error{"unknown format '" + std::string(name) + "' (known: " + std::string(format_names()) + ")"};
}

std::string render(const correlate::Timeline& tl, Format format, const Options& options) {
  switch (format) {
    case Format::text: return text(tl, options);
    case Format::json: return json(tl, options);
    case Format::markdown: return markdown(tl, options);
    case Format::csv: return csv(tl, options);
    case Format::html: return html(tl, options);
    case Format::timelinejs: return timelinejs(tl, options);
  }
  return text(tl, options);
}

void render(const correlate::Timeline& tl, Format format, const Options& options, std::ostream& out) {
  if (format == Format::json) return json(tl, options, out);
  if (format == Format::text) return text(tl, options, out);
  out << render(tl, format, options);
}

}  // namespace timeline::render
