#include "load/pubdate.hpp"

#include <date/date.h>

#include <nlohmann/json.hpp>

#include "load/dateline.hpp"
#include "timeline/load.hpp"
#include "util/strings.hpp"

namespace timeline::load {

std::optional<PublicationDate> parse_date_string(std::string_view text, const Resources& res) {
  text = util::trim(text);
  if (text.empty() || text.size() > 200) return std::nullopt;
  // A bare "YYYY-MM-DD" or ISO timestamp, an RFC 2822 date and a dateline all go through the
  // dateline reader, which knows every one of these shapes.
  return parse_dateline(text, res);
}

namespace {

// A day of the years a news archive can hold (1990–2099), or nothing for an impossible one.
std::optional<PublicationDate> day_of(int y, int m, int d, std::string evidence) {
  if (y < 1990 || y > 2099) return std::nullopt;
  const auto ymd = date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)};
  if (!ymd.ok()) return std::nullopt;
  PublicationDate pd;
  pd.local = LocalDateTime{y, m, d, std::nullopt, std::nullopt, std::nullopt};
  pd.evidence = std::move(evidence);
  return pd;
}

}  // namespace

std::optional<PublicationDate> date_from_filename(std::string_view name) {
  for (std::size_t i = 0; i + 8 <= name.size(); ++i) {
    if (i > 0 && util::is_ascii_digit(name[i - 1])) continue;
    std::size_t j = i;
    auto digits = [&](std::size_t n, int& v) {
      v = 0;
      for (std::size_t k = 0; k < n; ++k, ++j) {
        if (j >= name.size() || !util::is_ascii_digit(name[j])) return false;
        v = v * 10 + (name[j] - '0');
      }
      return true;
    };
    int y = 0, m = 0, d = 0;
    if (!digits(4, y)) continue;
    const char sep = j < name.size() ? name[j] : '\0';
    const bool separated = sep == '-' || sep == '_' || sep == '.';
    if (separated) ++j;
    if (!digits(2, m)) continue;
    if (separated) {
      if (j >= name.size() || name[j] != sep) continue;
      ++j;
    }
    if (!digits(2, d)) continue;
    if (j < name.size() && util::is_ascii_digit(name[j])) continue;
    if (auto pd = day_of(y, m, d, std::string(name.substr(i, j - i)))) return pd;
  }
  return std::nullopt;
}

namespace {

std::optional<int> number(std::string_view s, std::size_t min_digits, std::size_t max_digits) {
  if (s.size() < min_digits || s.size() > max_digits) return std::nullopt;
  int v = 0;
  for (const char c : s) {
    if (!util::is_ascii_digit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<int> month_of(std::string_view s, const Resources& res) {
  if (auto m = number(s, 1, 2); m && *m >= 1 && *m <= 12) return m;
  if (s.size() < 3 || s.size() > 9) return std::nullopt;
  const auto it = res.months.find(util::to_lower_ascii(s));
  if (it == res.months.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<PublicationDate> date_from_url(std::string_view url, const Resources& res) {
  if (url.size() > 2000) return std::nullopt;
  url = url.substr(0, std::min(url.find('?'), url.find('#')));
  // The path: after "scheme://host", else the whole text.
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos) {
    const auto path = url.find('/', scheme + 3);
    url = path == std::string_view::npos ? std::string_view{} : url.substr(path);
  }
  std::vector<std::string_view> parts;
  for (std::size_t i = 0; i < url.size();) {
    const auto slash = url.find('/', i);
    const auto end = slash == std::string_view::npos ? url.size() : slash;
    if (end > i) parts.push_back(url.substr(i, end - i));
    i = end + 1;
  }
  for (std::size_t i = 0; i + 2 < parts.size(); ++i) {  // /2019/07/22/ and /2019/Jul/22/
    const auto y = number(parts[i], 4, 4);
    const auto m = y ? month_of(parts[i + 1], res) : std::nullopt;
    const auto d = m ? number(parts[i + 2], 1, 2) : std::nullopt;
    if (!d) continue;
    const std::string evidence =
        "URL /" + std::string(parts[i]) + "/" + std::string(parts[i + 1]) + "/" + std::string(parts[i + 2]) + "/";
    if (auto pd = day_of(*y, *m, *d, evidence)) return pd;
  }
  for (const auto part : parts) {  // /20171003/ and /2024-04-25-title
    const bool whole = number(part, 8, 8).has_value();
    const bool slug = part.size() > 10 && part[4] == '-' && part[7] == '-' && part[10] == '-';
    if (!whole && !slug && part.size() != 10) continue;
    if (auto pd = date_from_filename(part.substr(0, whole ? 8 : 10))) {
      pd->evidence = "URL /" + std::string(part.substr(0, whole ? 8 : 10));
      return pd;
    }
  }
  return std::nullopt;
}

std::optional<Sidecar> parse_sidecar(std::string_view text, const Resources& res, std::string& problem) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    problem = "line " + std::to_string(line) + ", column " + std::to_string(col) + ": invalid JSON";
    return std::nullopt;
  } catch (const nlohmann::json::exception& e) {  // a number too large for a double ("1e999")
    std::string what = e.what();
    if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    problem = "invalid JSON: " + what;
    return std::nullopt;
  }
  if (!j.is_object()) {
    problem = "expected a JSON object";
    return std::nullopt;
  }
  Sidecar s;
  auto str = [&](std::initializer_list<const char*> keys) -> std::string {
    for (const char* k : keys)
      if (auto it = j.find(k); it != j.end() && it->is_string()) return it->get<std::string>();
    return {};
  };
  const std::string date = str({"published", "publishedAt", "published_at", "date"});
  if (!date.empty()) {
    s.published = parse_date_string(date, res);
    if (!s.published) {
      problem =
          "field 'published': '" + date + "' is not a date (expected e.g. 2021-12-25 or 2021-12-25T11:01:00+09:00)";
      return std::nullopt;
    }
    s.published->evidence = date;
  }
  s.outlet = str({"outlet", "source", "publisher"});
  s.title = str({"title", "headline"});
  s.url = str({"url", "link"});
  return s;
}

std::optional<PublicationDate> parse_date_text(std::string_view text, const Lexicon& lexicon) {
  auto res = resources_for(&lexicon);
  if (!res) return std::nullopt;
  auto pd = parse_date_string(text, **res);
  if (pd) pd->evidence = std::string(util::trim(text));
  return pd;
}

}  // namespace timeline::load
