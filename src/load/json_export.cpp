// JSON news exports. Field names follow the common news APIs and scrapers:
//   title:     title, headline, name
//   url:       url, link, canonical_url, webUrl
//   outlet:    source (string, or object with "name"), outlet, publisher (string or {name}),
//              site_name, siteName, source_name, publication, domain
//   published: publishedAt, published_at, published, pubDate, pub_date, datePublished,
//              date_published, publication_date, published_date, publishedDate, publish_date,
//              published_time, publish_time, publishTime, published_ms, published_epoch,
//              publishedEpoch, published_unix, published_timestamp, publish_timestamp, date_epoch,
//              dateEpoch, firstPublished,
//              first_published, date, webPublicationDate, created_at, datetime, timestamp, ts
//              (never a crawl or update time: fetched_at, updated_at, updated_ms, dateModified
//              are not publication dates); a string,
//              or a number of seconds (or milliseconds) since 1970-01-01 UTC
//   body:      content, text, body, article, full_text, content_text, body_text, bodyText,
//              body_html, bodyHtml, articleBody, article_body, articleText, article_text,
//              story_text, maintext, fulltext, paragraphs, description, summary (first found)
// The list of articles may sit in an envelope too ({"response": {"status": 200, "results": […]}}).
// An object without a body that holds exactly one object with one, a member or nested a few
// levels down ({"export": {…}, "article": {…}}, {"meta": {…}, "data": {"attributes": {…}}}),
// is that article. Its envelopes fill the fields it lacks: each enclosing object, innermost
// first, then the enclosing objects' other member objects ("meta", "export").
// HTML inside the body field (<p>…</p>) is read as HTML.
#include <algorithm>
#include <chrono>
#include <vector>

#include <date/date.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "load/formats.hpp"
#include "util/strings.hpp"

namespace timeline::load {
namespace {

// Deeper than this is not a news export; refusing it also keeps the parser's stack bounded.
constexpr std::size_t k_max_nesting = 64;

constexpr const char* k_title_keys[] = {"title", "headline", "name"};
constexpr const char* k_url_keys[] = {"url", "link", "canonical_url", "webUrl"};
constexpr const char* k_outlet_keys[] = {"source",      "outlet",      "publisher", "site_name",
                                         "siteName",    "source_name", "publication", "domain"};
constexpr const char* k_date_keys[] = {"publishedAt",
                                       "published_at",
                                       "published",
                                       "pubDate",
                                       "pub_date",
                                       "datePublished",
                                       "date_published",
                                       "publication_date",
                                       "published_date",
                                       "publishedDate",
                                       "publish_date",
                                       "published_time",
                                       "publish_time",
                                       "publishTime",
                                       "published_ms",
                                       "published_epoch",
                                       "publishedEpoch",
                                       "published_unix",
                                       "published_timestamp",
                                       "publish_timestamp",
                                       "date_epoch",
                                       "dateEpoch",
                                       "firstPublished",
                                       "first_published",
                                       "date",
                                       "webPublicationDate",
                                       "created_at",
                                       "datetime",
                                       "timestamp",
                                       "ts"};
constexpr const char* k_body_keys[] = {"content",      "text",         "body",        "article",      "full_text",
                                       "content_text", "body_text",    "bodyText",    "body_html",    "bodyHtml",
                                       "articleBody",  "article_body", "articleText", "article_text", "story_text",
                                       "maintext",     "fulltext",     "paragraphs",  "description",  "summary"};
// How deep an article may sit in its envelopes.
constexpr int k_max_envelope_depth = 4;

// The text of one paragraph of a body given as a list: a string, or an object with a "text",
// "content", "p", "paragraph", "html" or "value" string ({"type": "paragraph", "text": "…"},
// {"p": "…"}); empty otherwise.
std::string paragraph_text(const nlohmann::json& p) {
  if (p.is_string()) return p.get<std::string>();
  if (!p.is_object()) return {};
  for (const char* key : {"text", "content", "p", "paragraph", "html", "value"})
    if (const auto it = p.find(key); it != p.end() && it->is_string()) return it->get<std::string>();
  return {};
}

// A body given as a list of paragraphs, joined by blank lines; empty when any member is not a
// paragraph (a list of tags or of related links is no body).
std::string paragraphs(const nlohmann::json& list) {
  std::string out;
  for (const auto& p : list) {
    std::string text = paragraph_text(p);
    if (text.empty() && !(p.is_string() || p.is_object())) return {};
    if (util::trim(text).empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += text;
  }
  return out;
}

// The first of `keys` that `obj` has with a non-blank value: a string, an object's "name"
// ({"source": {"name": "…"}}) or, when `lists` is set, a list of paragraphs.
std::string string_field(const nlohmann::json& obj, const char* const* keys, std::size_t n, std::string* used = nullptr,
                         bool lists = false) {
  for (std::size_t k = 0; k < n; ++k) {
    const auto it = obj.find(keys[k]);
    if (it == obj.end()) continue;
    std::string value;
    if (it->is_string()) value = it->get<std::string>();
    else if (it->is_object()) {
      const auto name = it->find("name");
      if (name != it->end() && name->is_string()) value = name->get<std::string>();
    } else if (lists && it->is_array()) {
      value = paragraphs(*it);
    }
    if (!util::trim(value).empty()) {
      if (used != nullptr) *used = keys[k];
      return value;
    }
  }
  return {};
}

template <std::size_t N>
std::string field(const nlohmann::json& obj, const char* const (&keys)[N], std::string* used = nullptr) {
  return string_field(obj, keys, N, used);
}

// The article text: one of the body fields, as a string or as a list of paragraphs.
std::string body_field(const nlohmann::json& obj, std::string* used = nullptr) {
  return string_field(obj, k_body_keys, std::size(k_body_keys), used, true);
}

constexpr const char* k_zone_keys[] = {"timezone", "time_zone", "tz", "zone"};

// "17/02/2022 14:05" with "timezone": "CET" beside it: the zone is read with the time. Only a
// clock time without a zone of its own takes it, and only a zone name ("CET") or an offset
// ("+01:00").
std::string with_zone(std::string date, const nlohmann::json& obj) {
  // A clock time at the end ("14:05", "14:05:00") and no zone after a "T" ("…T14:05:00Z",
  // "…T14:05:00+01:00").
  const auto colon = date.rfind(':');
  if (date.empty() || !util::is_ascii_digit(date.back()) || colon == std::string::npos || date.size() - colon != 3)
    return date;
  if (const auto t = date.find('T'); t != std::string::npos && date.find_first_of("+-Z", t) != std::string::npos)
    return date;
  const std::string zone{util::trim(field(obj, k_zone_keys))};
  if (zone.empty() || zone.size() > 6) return date;
  const bool name = std::all_of(zone.begin(), zone.end(), [](char ch) { return util::is_ascii_upper(ch); });
  const bool offset = (zone[0] == '+' || zone[0] == '-') && zone.size() > 1 &&
                      std::all_of(zone.begin() + 1, zone.end(), [](char ch) { return util::is_ascii_digit(ch) || ch == ':'; });
  if (!name && !offset) return date;
  return date + " " + zone;
}

// A publication date given as a number: seconds since 1970-01-01 UTC (1728472500), or
// milliseconds. Only 2001-09-09 to 2096-10-02 (10 digits) and their milliseconds count: a
// smaller number is an id or a count, not a date.
std::string epoch_date(const nlohmann::json& v) {
  if (!v.is_number_integer() && !v.is_number_unsigned()) return {};
  const auto n = v.get<long long>();
  const long long seconds = n >= 1'000'000'000'000LL ? n / 1000 : n;  // milliseconds
  if (seconds < 1'000'000'000LL || seconds >= 4'000'000'000LL) return {};
  return date::format("%FT%TZ", date::sys_seconds{std::chrono::seconds{seconds}});
}

// The publication date: the first date field, as a string or as a number (epoch_date).
std::string date_field(const nlohmann::json& obj, std::string* used) {
  for (const char* key : k_date_keys) {
    const auto it = obj.find(key);
    if (it == obj.end()) continue;
    std::string value = it->is_string() ? it->get<std::string>() : epoch_date(*it);
    if (!util::trim(value).empty()) {
      *used = key;
      return with_zone(std::move(value), obj);
    }
  }
  return {};
}

bool looks_like_html(std::string_view s) {
  return s.find("</p>") != std::string_view::npos || s.find("<p>") != std::string_view::npos ||
         s.find("<br") != std::string_view::npos || s.find("</div>") != std::string_view::npos;
}

// An export that wraps its one article in envelopes ({"export": {…}, "article": {…}}): the one
// object below `obj` that has article text, with the objects enclosing it (outermost first,
// `obj` included). Empty when there are none or several.
bool find_wrapped(const nlohmann::json& obj, int depth, std::vector<const nlohmann::json*>& path,
                  std::vector<const nlohmann::json*>& found) {
  for (const auto& member : obj) {
    if (!member.is_object()) continue;
    if (!body_field(member).empty()) {
      if (!found.empty()) return false;  // two candidates: which one is the article is not guessed
      found = path;
      found.push_back(&member);
    } else if (depth + 1 < k_max_envelope_depth) {
      path.push_back(&member);
      const bool ok = find_wrapped(member, depth + 1, path, found);
      path.pop_back();
      if (!ok) return false;
    }
  }
  return true;
}

std::vector<const nlohmann::json*> wrapped_article(const nlohmann::json& obj) {
  std::vector<const nlohmann::json*> path{&obj}, found;
  if (!find_wrapped(obj, 0, path, found)) return {};
  return found;
}

std::optional<Draft> article_from(const nlohmann::json& obj, const Resources& res, std::string& problem) {
  if (!obj.is_object()) {
    problem = "not an article object";
    return std::nullopt;
  }
  std::string body_key;
  const std::string body = body_field(obj, &body_key);
  if (body.empty()) {
    if (const auto path = wrapped_article(obj); !path.empty()) {
      auto d = article_from(*path.back(), res, problem);
      if (!d) return d;
      // The envelopes may hold what the article lacks: the enclosing objects, innermost first,
      // then their other member objects ("meta": {…}).
      std::vector<const nlohmann::json*> holders(path.rbegin() + 1, path.rend());
      for (std::size_t k = path.size() - 1; k-- > 0;)
        for (const auto& member : *path[k])
          if (member.is_object() && std::find(path.begin(), path.end(), &member) == path.end())
            holders.push_back(&member);
      for (const nlohmann::json* h : holders) {
        if (d->title.empty()) d->title = field(*h, k_title_keys);
        if (d->url.empty()) d->url = field(*h, k_url_keys);
        if (d->outlet.empty()) d->outlet = field(*h, k_outlet_keys);
        if (d->published_text.empty()) {
          std::string date_key;
          d->published_text = date_field(*h, &date_key);
          if (!d->published_text.empty()) d->published_source = "JSON field '" + date_key + "'";
        }
      }
      return d;
    }
    problem = fmt::format(
        "no article text (none of the fields {} holds text or a list of paragraphs, nor does one enclosed object)",
        fmt::join(k_body_keys, ", "));
    return std::nullopt;
  }
  Draft d;
  if (looks_like_html(body)) {
    Draft html = read_html(body, res);
    d.body = std::move(html.body);
    d.removed = std::move(html.removed);
    d.warnings = std::move(html.warnings);
  } else {
    d.body = util::normalize_newlines(body);
  }
  d.title = field(obj, k_title_keys);
  d.url = field(obj, k_url_keys);
  d.outlet = field(obj, k_outlet_keys);
  std::string date_key;
  d.published_text = date_field(obj, &date_key);
  if (!d.published_text.empty()) d.published_source = "JSON field '" + date_key + "'";
  return d;
}

// The list of articles of an API response: {"articles": […]}, or in an envelope without article
// text of its own, a few levels down ({"response": {"status": 200, "results": […]}}). Null when
// there is none, or several in different envelopes.
const nlohmann::json* article_list(const nlohmann::json& obj, int depth) {
  for (const char* key : {"articles", "items", "data", "results", "documents"})
    if (auto it = obj.find(key); it != obj.end() && it->is_array()) return &*it;
  if (depth + 1 >= k_max_envelope_depth || !body_field(obj).empty()) return nullptr;
  const nlohmann::json* found = nullptr;
  for (const auto& member : obj) {
    if (!member.is_object()) continue;
    if (const auto* list = article_list(member, depth + 1)) {
      if (found != nullptr) return nullptr;
      found = list;
    }
  }
  return found;
}

void add_articles(const nlohmann::json& j, const Resources& res, JsonArticles& out, std::size_t line_no) {
  std::vector<const nlohmann::json*> items;
  if (j.is_array()) {
    for (const auto& e : j) items.push_back(&e);
  } else if (j.is_object()) {
    const nlohmann::json* list = article_list(j, 0);
    if (list != nullptr)
      for (const auto& e : *list) items.push_back(&e);
    else
      items.push_back(&j);
  } else {
    out.problems.push_back((line_no > 0 ? "line " + std::to_string(line_no) + ": " : std::string()) +
                           "expected an article object or an array of them");
    return;
  }
  for (std::size_t k = 0; k < items.size(); ++k) {
    std::string problem;
    const std::size_t index = line_no > 0 ? line_no : k + 1;
    if (auto d = article_from(*items[k], res, problem)) {
      out.articles.push_back(std::move(*d));
      out.indexes.push_back(index);
    } else {
      out.problems.push_back((line_no > 0 ? "line " : "article ") + std::to_string(index) + ": " + problem);
    }
  }
}

// "syntax error at line 3, column 7" from a byte offset.
std::string position(std::string_view text, std::size_t byte) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

// One article cut into JSON Lines records: a header that holds the title or the date and no text,
// then records that hold only text ({"kind": "para", "text": …}: no title, date, link or outlet).
bool header_only(const nlohmann::json& j) {
  if (!j.is_object() || !body_field(j).empty() || !wrapped_article(j).empty() || article_list(j, 0) != nullptr)
    return false;
  // An article whose text field is there but empty is an article without text, no header; a
  // count under such a name ("paragraphs": 9) is no text field.
  for (const char* key : k_body_keys)
    if (const auto it = j.find(key); it != j.end() && !it->is_number() && !it->is_boolean()) return false;
  std::string key;
  return !field(j, k_title_keys).empty() || !date_field(j, &key).empty();
}
bool text_only(const nlohmann::json& j) {
  std::string key;
  if (!j.is_object() || body_field(j).empty() || !field(j, k_title_keys).empty() || !date_field(j, &key).empty() ||
      !field(j, k_url_keys).empty() || !field(j, k_outlet_keys).empty())
    return false;
  // A record with an id of its own is an article of its own ({"id": 2, "text": …}).
  for (const char* id : {"id", "_id", "uuid", "guid", "record_id", "article_id", "doc_id"})
    if (j.contains(id)) return false;
  return true;
}

}  // namespace

JsonArticles read_json(std::string_view text, bool line_mode, const Resources& res) {
  JsonArticles out;
  // A header record waiting for its paragraphs (line mode), and whether it has had any.
  nlohmann::json header;
  std::size_t header_line = 0;
  bool header_has_text = false;
  auto close_header = [&] {
    if (header_line == 0) return;
    if (!header_has_text) add_articles(header, res, out, header_line);  // says it has no text
    header_line = 0;
    header_has_text = false;
  };
  auto parse_one = [&](std::string_view chunk, std::size_t line_no) {
    if (util::json_nesting(chunk) > k_max_nesting) {
      out.problems.push_back((line_no > 0 ? "line " + std::to_string(line_no) + ": " : std::string()) +
                             "JSON nested deeper than " + std::to_string(k_max_nesting) + " levels");
      return;
    }
    try {
      auto j = nlohmann::json::parse(chunk);
      if (line_no > 0 && header_line > 0 && text_only(j)) {
        if (!header_has_text) {
          // The header with this record's text is the article; the next ones add paragraphs.
          nlohmann::json article = header;
          article["text"] = body_field(j);
          add_articles(article, res, out, header_line);
          header_has_text = true;
        } else {
          std::string more;
          const std::string body = body_field(j);
          if (looks_like_html(body))
            more = read_html(body, res).body;
          else
            more = util::normalize_newlines(body);
          out.articles.back().body += "\n\n" + more;
        }
        return;
      }
      close_header();
      if (line_no > 0 && header_only(j)) {
        header = std::move(j);
        header_line = line_no;
        return;
      }
      add_articles(j, res, out, line_no);
    } catch (const nlohmann::json::parse_error& e) {
      const std::string where = line_no > 0 ? "line " + std::to_string(line_no) : position(chunk, e.byte > 0 ? e.byte - 1 : 0);
      std::string what = e.what();
      if (const auto p = what.find("syntax error"); p != std::string::npos) what = what.substr(p);
      out.problems.push_back(where + ": invalid JSON (" + what + ")");
    } catch (const nlohmann::json::exception& e) {  // a number too large for a double ("1e999")
      const std::string where = line_no > 0 ? "line " + std::to_string(line_no) : std::string("the file");
      std::string what = e.what();
      if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
      out.problems.push_back(where + ": invalid JSON (" + what + ")");
    }
  };
  if (!line_mode) {
    parse_one(text, 0);
    return out;
  }
  std::size_t line_no = 0;
  for (const std::string_view line : util::split(text, '\n')) {
    ++line_no;
    if (util::trim(line).empty()) continue;
    parse_one(line, line_no);
  }
  close_header();
  return out;
}

}  // namespace timeline::load
