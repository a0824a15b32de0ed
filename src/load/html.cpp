// HTML through libxml2's forgiving HTML parser (never regular expressions): metadata first,
// from the whole page; then the text of the article element, without furniture elements.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "load/formats.hpp"
#include "load/pubdate.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace timeline::load {
namespace {

// Deeper nesting than this is not an article; the rest of such a branch is reported, not read.
constexpr int k_max_depth = 256;
constexpr std::size_t k_removed_preview = 400;

std::string_view name_of(const xmlNode* n) {
  return n->name != nullptr ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

std::string attr(const xmlNode* n, const char* key) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(key));
  if (v == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string node_text(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (v == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// The longest text a cell of a data table holds; a longer one is page layout.
constexpr std::size_t k_max_cell_bytes = 400;
// The longest text of an element read as a header line (a byline, a time stamp).
constexpr std::size_t k_max_header_bytes = 200;

bool is_block(std::string_view tag) {
  static constexpr std::string_view k_blocks[] = {
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
      "pre", "table", "tr", "dl", "dt", "dd", "figcaption", "address", "hr", "br", "center", "td", "th", "caption"};
  for (const auto b : k_blocks)
    if (tag == b) return true;
  return false;
}

bool is_paragraph_block(std::string_view tag) {
  return tag == "p" || tag == "h1" || tag == "h2" || tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6" ||
         tag == "blockquote" || tag == "pre" || tag == "table" || tag == "ul" || tag == "ol" || tag == "section";
}

struct Extractor {
  const Resources& res;
  Draft& draft;
  std::string out;
  bool depth_warned = false;
  int in_cell = 0;  // inside a table row's cells: their blocks break no paragraph
  bool in_header = false;  // inside an element read as a header line
  int in_text = 0;         // inside a paragraph, heading or list item: its elements are running text
  bool after_term = false;  // right after a definition list's term (<dt>): its description joins it

  // Why an element is furniture, or "" when it is not.
  std::string furniture_reason(const xmlNode* n) const {
    const std::string tag = util::to_lower_ascii(name_of(n));
    if (res.html_tags.count(tag) != 0) return "html <" + tag + ">";
    const std::string role = util::to_lower_ascii(attr(n, "role"));
    if (!role.empty() && res.html_roles.count(role) != 0) return "html role=" + role;
    if (attr(n, "hidden").size() > 0 || util::to_lower_ascii(attr(n, "aria-hidden")) == "true")
      return "html hidden element";
    std::string found;
    for_class_words(n, [&](const char* key, const std::string& value, const std::string& word) {
      if (res.html_classes.count(word) == 0) return false;
      found = "html " + std::string(key) + "=\"" + value + "\"";
      return true;
    });
    return found;
  }

  // Calls `f(key, value, word)` for each word of the element's class and id attributes (split at
  // anything but letters and digits: "related" is a word of "sidebar-related") until it returns true.
  template <class F>
  static void for_class_words(const xmlNode* n, F&& f) {
    for (const char* key : {"class", "id"}) {
      const std::string value = util::to_lower_ascii(attr(n, key));
      std::string word;
      for (std::size_t i = 0; i <= value.size(); ++i) {
        const char c = i < value.size() ? value[i] : ' ';
        if (util::is_ascii_alpha(c) || util::is_ascii_digit(c)) {
          word.push_back(c);
          continue;
        }
        if (!word.empty() && f(key, value, word)) return;
        word.clear();
      }
    }
  }

  // The kind of header line an element holds (html_furniture.tsv: a byline, a dateline), or ""
  // for none.
  std::string header_kind(const xmlNode* n) const {
    std::string kind;
    for_class_words(n, [&](const char*, const std::string&, const std::string& word) {
      const auto it = res.html_header.find(word);
      if (it == res.html_header.end()) return false;
      kind = it->second;
      return true;
    });
    return kind;
  }

  void newline(int count) {
    std::size_t have = 0;
    while (have < out.size() && out[out.size() - 1 - have] == '\n') ++have;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty()) return;
    for (std::size_t k = have; k < static_cast<std::size_t>(count); ++k) out.push_back('\n');
  }

  void text(std::string_view t) {
    for (const char c : t) {
      if (util::is_ascii_space(c)) {
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
      } else {
        out.push_back(c);
      }
    }
  }

  void walk(const xmlNode* n, int depth) {
    for (const xmlNode* c = n; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content != nullptr) text(reinterpret_cast<const char*>(c->content));
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      if (depth > k_max_depth) {
        if (!depth_warned) draft.warnings.push_back("HTML nested deeper than " + std::to_string(k_max_depth) +
                                                    " elements: the deeper content was not read");
        depth_warned = true;
        continue;
      }
      std::string reason = furniture_reason(c);
      // A sidebar that is the story's chronology ("<aside class="timeline-box">" of dated list
      // items: "28 January – Finance officer's account compromised") is part of the story.
      if (!reason.empty() &&
          (reason == "html <aside>" || reason == "html <figure>" || reason == "html role=complementary") &&
          chronology(c))
        reason.clear();
      if (!reason.empty()) {
        const std::string tag = util::to_lower_ascii(name_of(c));
        if (tag == "script" || tag == "style" || tag == "noscript" || tag == "template" || tag == "svg") continue;
        const std::string content = util::collapse_spaces(node_text(c));
        if (!content.empty()) draft.removed.push_back({std::nullopt, reason, util::preview(content, k_removed_preview)});
        continue;
      }
      const std::string tag = util::to_lower_ascii(name_of(c));
      // "<span class="byline">", "<span class="posted">": a line of its own, kept in the body as a
      // header line (never a sentence), where the header's reader finds a date in it.
      // Only a short element of its own: not a wrapper around the story ("<div class="story has-author">"),
      // nor a date inside a sentence ("<p>It began on <time class="timestamp">…</time>, …</p>").
      // (The class words first: the text and the blocks inside are read only for such an element.)
      if (!in_header && in_cell == 0 && in_text == 0) {
        if (const std::string kind = header_kind(c);
            !kind.empty() && !holds_block(c->children, 0) && node_text(c).size() <= k_max_header_bytes) {
          newline(2);
          const std::size_t start = out.size();
          in_header = true;
          walk(c->children, depth + 1);
          in_header = false;
          while (out.size() > start && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
          if (out.size() > start) draft.header.push_back({{start, out.size()}, kind});
          newline(2);
          continue;
        }
      }
      if (tag == "tr" && in_cell == 0 && data_row(c)) {
        row(c, depth);
        continue;
      }
      // A definition list's term and its description are one line, as a chronology reads them:
      // "<dt>20 Feb</dt><dd>Suspension extended</dd>" → "20 Feb: Suspension extended".
      if (tag == "dd" && after_term && in_cell == 0) {
        after_term = false;
        while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
        if (!out.empty() && out.back() != ':') out += ':';
        out += ' ';
        ++in_text;
        const std::size_t start = out.size();
        walk(c->children, depth + 1);
        --in_text;
        // An item of its own, not a line of wrapped prose (as a table's row).
        while (out.size() > start && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
        if (out.size() > start && out.back() != '.' && out.back() != '!' && out.back() != '?') out.push_back('.');
        newline(1);
        continue;
      }
      after_term = false;
      const bool block = is_block(tag) && in_cell == 0;
      const bool para = is_paragraph_block(tag);
      const bool running_text = para || tag == "li" || tag == "dd" || tag == "figcaption";
      if (block) newline(para ? 2 : 1);
      if (tag == "li") out += "- ";
      if (running_text) ++in_text;
      walk(c->children, depth + 1);
      if (running_text) --in_text;
      if (block) newline(para ? 2 : 1);
      if (tag == "dt" && in_cell == 0) after_term = true;
    }
  }

  // Whether an element is a list of dated items: at least three list items (or terms of a
  // definition list), two in three of them opening with a day of the month, a year or a month's
  // name ("12 February – …", "2025-02-12: …", "March 3 – …", "<dt>20 Feb</dt>").
  bool chronology(const xmlNode* n) const {
    std::size_t items = 0, dated = 0;
    count_dated_items(n->children, 0, items, dated);
    return items >= 3 && dated * 3 >= items * 2;
  }
  void count_dated_items(const xmlNode* n, int depth, std::size_t& items, std::size_t& dated) const {
    for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string tag = util::to_lower_ascii(name_of(c));
      if (tag == "dd") continue;  // a definition list's items are its terms ("<dt>20 Feb</dt>")
      if (tag != "li" && tag != "dt") {
        count_dated_items(c->children, depth + 1, items, dated);
        continue;
      }
      ++items;
      const std::string text = util::collapse_spaces(node_text(c));
      std::size_t end = 0;
      while (end < text.size() && (util::is_ascii_alpha(text[end]) || util::is_ascii_digit(text[end]))) ++end;
      const std::string first = util::to_lower_ascii(text.substr(0, end));
      // A day of the month counts only before a month's name ("12 February –"; "5 things …" in a
      // list of headlines does not).
      std::size_t next = end;
      while (next < text.size() && !(util::is_ascii_alpha(text[next]) || util::is_ascii_digit(text[next]))) ++next;
      std::size_t next_end = next;
      while (next_end < text.size() && util::is_ascii_alpha(text[next_end])) ++next_end;
      const bool digits = !first.empty() && std::all_of(first.begin(), first.end(), util::is_ascii_digit);
      const bool day = digits && first.size() <= 2 &&
                       res.months.count(util::to_lower_ascii(text.substr(next, next_end - next))) != 0;
      const bool year = digits && first.size() == 4;
      if (day || year || res.months.count(first) != 0) ++dated;
    }
  }

  // Whether a block element (a paragraph, a division, a list …) is inside.
  static bool holds_block(const xmlNode* n, int depth) {
    for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string tag = util::to_lower_ascii(name_of(c));
      if (tag != "br" && is_block(tag)) return true;
      if (holds_block(c->children, depth + 1)) return true;
    }
    return false;
  }

  // A row of data, not of layout: cells of short text without tables, lists, headings or
  // divisions inside (an old page may hold its whole article in a table cell).
  static bool data_row(const xmlNode* tr) {
    for (const xmlNode* cell = tr->children; cell != nullptr; cell = cell->next) {
      if (cell->type != XML_ELEMENT_NODE) continue;
      if (node_text(cell).size() > k_max_cell_bytes) return false;
      if (holds_layout(cell->children, 0)) return false;
    }
    return true;
  }
  static bool holds_layout(const xmlNode* n, int depth) {
    for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string tag = util::to_lower_ascii(name_of(c));
      if (tag == "table" || tag == "div" || tag == "ul" || tag == "ol" || tag == "section" || tag == "article" ||
          (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'))
        return true;
      if (holds_layout(c->children, depth + 1)) return true;
    }
    return false;
  }

  // A table row is a paragraph of its own, its cells joined as a chronology reads ("<td>14 Aug
  // 2023</td><td>Flaw found</td>" → "14 Aug 2023: Flaw found."), as in Markdown tables.
  void row(const xmlNode* tr, int depth) {
    newline(2);
    const std::size_t start = out.size();
    std::size_t cells = 0;
    ++in_cell;
    for (const xmlNode* cell = tr->children; cell != nullptr; cell = cell->next) {
      if (cell->type != XML_ELEMENT_NODE) continue;
      const std::string tag = util::to_lower_ascii(name_of(cell));
      if ((tag != "td" && tag != "th") || !furniture_reason(cell).empty()) continue;
      while (!out.empty() && out.back() == ' ') out.pop_back();
      const std::size_t before = out.size();
      if (cells > 0) out += cells == 1 ? ": " : "; ";
      const std::size_t mark = out.size();
      walk(cell->children, depth + 2);
      while (out.size() > mark && out.back() == ' ') out.pop_back();
      if (out.size() == mark) {
        out.resize(before);  // an empty cell
        continue;
      }
      ++cells;
    }
    --in_cell;
    if (out.size() > start && out.back() != '.' && out.back() != '!' && out.back() != '?') out.push_back('.');
    newline(2);
  }
};

const xmlNode* find_first(const xmlNode* n, std::string_view tag, int depth = 0) {
  for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (util::iequals(name_of(c), tag)) return c;
    if (const xmlNode* f = find_first(c->children, tag, depth + 1)) return f;
  }
  return nullptr;
}

// The element holding the most text among <article> elements (pages list teasers as articles too).
const xmlNode* largest_article(const xmlNode* n, const xmlNode* best, std::size_t& best_size, int depth = 0) {
  for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view tag = name_of(c);
    if (util::iequals(tag, "article") || util::to_lower_ascii(attr(c, "itemprop")) == "articlebody") {
      const std::size_t size = node_text(c).size();
      if (size > best_size) {
        best = c;
        best_size = size;
      }
    }
    best = largest_article(c->children, best, best_size, depth + 1);
  }
  return best;
}

// The page's text outside the article element (navigation, teasers, footers), for the report.
void outside_text(const xmlNode* n, const xmlNode* article, std::string& out, int depth = 0) {
  for (const xmlNode* c = n; c != nullptr && depth < k_max_depth && out.size() < 4 * k_removed_preview; c = c->next) {
    if (c == article) continue;
    if (c->type == XML_TEXT_NODE && c->content != nullptr) {
      out += reinterpret_cast<const char*>(c->content);
      out += ' ';
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string tag = util::to_lower_ascii(name_of(c));
    if (tag == "script" || tag == "style" || tag == "noscript" || tag == "template" || tag == "svg" || tag == "head")
      continue;
    outside_text(c->children, article, out, depth + 1);
  }
}

// The page's top bar before the article often shows its day alone in an element ("<span>Friday 7
// October 2022</span>"): the first such short element, before the article starts.
constexpr std::size_t k_max_masthead_bytes = 60;
constexpr std::size_t k_max_masthead_elements = 400;
// Returns true once `article` is reached (nothing after it is read).
bool find_masthead_date(const xmlNode* n, const xmlNode* article, const Resources& res, std::string& out,
                        std::size_t& seen, int depth = 0) {
  for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
    if (c == article) return true;
    if (c->type != XML_ELEMENT_NODE) continue;
    if (++seen > k_max_masthead_elements) return true;
    const std::string tag = util::to_lower_ascii(name_of(c));
    if (tag == "script" || tag == "style" || tag == "noscript" || tag == "template" || tag == "svg" || tag == "head")
      continue;
    bool leaf = true;
    for (const xmlNode* k = c->children; k != nullptr && leaf; k = k->next) leaf = k->type != XML_ELEMENT_NODE;
    if (leaf) {
      const std::string text = util::collapse_spaces(node_text(c));
      // A day with its year (a clock time may follow), not a month alone, an "Updated" time or a
      // line of text.
      if (!text.empty() && text.size() <= k_max_masthead_bytes) {
        const auto pd = parse_date_string(text, res);
        if (pd && pd->known() && pd->local && pd->local->day > 0 && !pd->updated) {
          out = text;
          return true;
        }
      }
      continue;
    }
    if (find_masthead_date(c->children, article, res, out, seen, depth + 1)) return true;
  }
  return false;
}

void read_json_ld(const std::string& text, Draft& d) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    d.warnings.push_back("JSON-LD block is not valid JSON: ignored");
    return;
  }
  std::vector<const nlohmann::json*> stack{&j};
  std::size_t visited = 0;
  while (!stack.empty() && visited < 1000) {
    const nlohmann::json* cur = stack.back();
    stack.pop_back();
    ++visited;
    if (cur->is_array()) {
      for (const auto& e : *cur) stack.push_back(&e);
      continue;
    }
    if (!cur->is_object()) continue;
    if (auto g = cur->find("@graph"); g != cur->end()) stack.push_back(&*g);
    if (auto dp = cur->find("datePublished"); dp != cur->end() && dp->is_string() && d.published_text.empty()) {
      d.published_text = dp->get<std::string>();
      d.published_source = "JSON-LD datePublished";
    }
    if (auto h = cur->find("headline"); h != cur->end() && h->is_string() && d.title.empty())
      d.title = h->get<std::string>();
    if (auto p = cur->find("publisher"); p != cur->end() && p->is_object() && d.outlet.empty())
      if (auto name = p->find("name"); name != p->end() && name->is_string()) d.outlet = name->get<std::string>();
  }
}

struct Meta {
  std::string og_title, og_site, og_url, canonical, title, time_meta, time_meta_source;
};

void read_meta(const xmlNode* n, Meta& m, Draft& d, int depth = 0) {
  for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string tag = util::to_lower_ascii(name_of(c));
    if (tag == "meta") {
      const std::string key = util::to_lower_ascii(!attr(c, "property").empty() ? attr(c, "property")
                                                   : !attr(c, "name").empty()   ? attr(c, "name")
                                                                                : attr(c, "itemprop"));
      const std::string content = util::collapse_spaces(attr(c, "content"));
      if (content.empty()) continue;
      if (key == "og:title" && m.og_title.empty()) m.og_title = content;
      else if (key == "og:site_name" && m.og_site.empty()) m.og_site = content;
      else if (key == "og:url" && m.og_url.empty()) m.og_url = content;
      else if (m.time_meta.empty() &&
               (key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
                key == "publishdate" || key == "publish-date" || key == "date" || key == "dc.date" ||
                key == "dc.date.issued" || key == "dcterms.created" || key == "sailthru.date" ||
                key == "parsely-pub-date" || key == "article.published")) {
        m.time_meta = content;
        m.time_meta_source = "<meta " + key + ">";
      }
    } else if (tag == "title" && m.title.empty()) {
      m.title = util::collapse_spaces(node_text(c));
    } else if (tag == "link" && util::to_lower_ascii(attr(c, "rel")) == "canonical" && m.canonical.empty()) {
      m.canonical = attr(c, "href");
    } else if (tag == "script" && util::to_lower_ascii(attr(c, "type")) == "application/ld+json") {
      read_json_ld(node_text(c), d);
    }
    read_meta(c->children, m, d, depth + 1);
  }
}

// <time datetime> inside the article (or the page): the first one, preferring one marked as
// the publication time (pubdate attribute, itemprop=datePublished).
void find_time(const xmlNode* n, std::string& first, std::string& marked, int depth = 0) {
  for (const xmlNode* c = n; c != nullptr && depth < k_max_depth; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (util::iequals(name_of(c), "time")) {
      const std::string dt = attr(c, "datetime");
      if (!dt.empty()) {
        if (first.empty()) first = dt;
        if (marked.empty() && (xmlHasProp(c, reinterpret_cast<const xmlChar*>("pubdate")) != nullptr ||
                               util::to_lower_ascii(attr(c, "itemprop")) == "datepublished"))
          marked = dt;
      }
    }
    find_time(c->children, first, marked, depth + 1);
  }
}

}  // namespace

Draft read_html(std::string_view html, const Resources& res) {
  Draft d;
  const bool utf8 = util::is_valid_utf8(html);
  std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> ctxt(htmlNewParserCtxt(), &htmlFreeParserCtxt);
  if (!ctxt) {
    d.warnings.push_back("HTML parser could not be created");
    return d;
  }
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlCtxtReadMemory(ctxt.get(), html.data(), static_cast<int>(html.size()), nullptr, utf8 ? "UTF-8" : nullptr,
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
      &xmlFreeDoc);
  if (!doc) {
    d.warnings.push_back("HTML could not be parsed");
    return d;
  }
  // libxml2 stops reading a document nested deeper than its limit (256): say so.
  if (const xmlError* err = xmlCtxtGetLastError(ctxt.get());
      err != nullptr && err->message != nullptr && std::string_view(err->message).find("depth") != std::string_view::npos)
    d.warnings.push_back("HTML nested too deeply (more than 256 elements): the rest of the page was not read");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return d;

  Meta meta;
  read_meta(root, meta, d);
  if (!meta.og_title.empty()) d.title = meta.og_title;
  else if (d.title.empty()) d.title = meta.title;
  if (!meta.og_site.empty()) d.outlet = meta.og_site;
  d.url = !meta.canonical.empty() ? meta.canonical : meta.og_url;
  if (!meta.time_meta.empty()) {
    d.published_text = meta.time_meta;
    d.published_source = meta.time_meta_source;
  }

  std::size_t best_size = 0;
  const xmlNode* content = largest_article(root, nullptr, best_size);
  if (content == nullptr) content = find_first(root, "main");
  if (content == nullptr) content = find_first(root, "body");
  if (content == nullptr) content = root;

  if (d.published_text.empty()) {
    std::string first, marked;
    find_time(content->children, first, marked);
    if (marked.empty() && first.empty()) find_time(root, first, marked);
    if (!marked.empty() || !first.empty()) {
      d.published_text = !marked.empty() ? marked : first;
      d.published_source = "<time datetime>";
    }
  }
  if (d.title.empty())
    if (const xmlNode* h1 = find_first(content, "h1")) d.title = util::collapse_spaces(node_text(h1));
  if (const xmlNode* body = find_first(root, "body"); body != nullptr && content != body && content != root) {
    if (d.published_text.empty()) {
      std::size_t seen = 0;
      find_masthead_date(body->children, content, res, d.masthead_text, seen);
    }
    std::string rest;
    outside_text(body->children, content, rest);
    rest = util::collapse_spaces(rest);
    if (!rest.empty())
      d.removed.push_back({std::nullopt, "html: page outside the <" + util::to_lower_ascii(name_of(content)) + "> element",
                           util::preview(rest, k_removed_preview)});
  }
  Extractor ex{res, d, {}};
  ex.walk(content->children, 0);
  d.body = std::move(ex.out);
  while (!d.body.empty() && (d.body.back() == '\n' || d.body.back() == ' ')) d.body.pop_back();
  d.body += '\n';
  return d;
}

}  // namespace timeline::load
