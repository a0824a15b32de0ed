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
    if (y < 1990 || y > 2099) continue;
    const auto ymd = date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)};
    if (!ymd.ok()) continue;
    PublicationDate pd;
    pd.local = LocalDateTime{y, m, d, std::nullopt, std::nullopt, std::nullopt};
    pd.evidence = std::string(name.substr(i, j - i));
    return pd;
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
      problem = "field 'published': '" + date + "' is not a date (expected e.g. 2021-12-25 or 2021-12-25T11:01:00+09:00)";
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
