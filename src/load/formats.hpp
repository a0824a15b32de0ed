#pragma once
// Format readers: each turns one file's text into article drafts (body text + metadata), which
// load.cpp then finishes the same way (header, furniture, dates, segmentation).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/resources.hpp"
#include "timeline/document.hpp"

namespace timeline::load {

/// An article as a format reader sees it, before the common steps.
struct Draft {
  std::string body;
  std::string title, outlet, url;
  std::string published_text;     ///< a date string from metadata, parsed later
  std::string published_source;   ///< which field or element it came from
  std::string masthead_text;      ///< a day alone in the page's top bar, before the article (HTML)
  std::vector<RemovedBlock> removed;   ///< furniture removed by the reader (HTML elements)
  std::vector<HeaderLine> header;      ///< metadata lines kept in the body (front matter)
  std::vector<std::string> warnings;
};

/// Markdown: YAML front matter (title, date/published, source/outlet, url), markup stripped
/// to plain text (headings, emphasis, links, images, code fences). A heading that is a
/// dateline is not taken for the title.
Draft read_markdown(std::string_view text, const Resources& res);

/// HTML via libxml2's HTML parser: metadata from <title>, <meta> (og:title, og:site_name,
/// article:published_time, …), JSON-LD and <time datetime>; article text from <article>,
/// <main> or <body>, without scripts, navigation, asides and other furniture elements.
Draft read_html(std::string_view html, const Resources& res);

/// JSON news exports: an article object, an array of them, or an object holding one under
/// "articles"/"items"/"data"/"results". Errors (syntax, nothing article-like) are returned
/// as a message; `line_mode` reads one article per line (JSONL) and reports bad lines.
struct JsonArticles {
  std::vector<Draft> articles;
  std::vector<std::size_t> indexes;   ///< 1-based position of each article in the file
  std::vector<std::string> problems;  ///< "line 3: …" for articles that could not be read
};
JsonArticles read_json(std::string_view text, bool line_mode, const Resources& res);

}  // namespace timeline::load
