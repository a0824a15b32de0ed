#include "actors/resources.hpp"

#include <algorithm>

#include "actors/words.hpp"
#include "lexicon/compiled.hpp"
#include "util/strings.hpp"

namespace timeline::actors {
namespace {

std::string bare(std::string_view s) {
  std::string out;
  for (const char c : util::to_lower_ascii(s))
    if (c != '.') out += c;
  return out;
}

Result<Resources> compile(const Lexicon& lex) {
  Resources r;
  auto need = [&](std::string_view name) { return lex.table(name); };
  auto suffixes = need("en/org_suffixes");
  if (!suffixes) return Error{suffixes.error()};
  for (const auto& row : (*suffixes)->rows) r.suffixes.insert(bare(row.field(0)));
  auto heads = need("en/org_heads");
  if (!heads) return Error{heads.error()};
  for (const auto& row : (*heads)->rows) {
    const auto kind = kind_from_string(row.field(1));
    if (!kind) return Error{(*heads)->error_at(row, "unknown kind '" + row.field(1) + "' (expected organisation|government|media|group)")};
    r.heads[util::to_lower_ascii(row.field(0))] = *kind;
  }
  auto agencies = need("en/news_agencies");
  if (!agencies) return Error{agencies.error()};
  for (const auto& row : (*agencies)->rows) r.agencies.insert(util::to_lower_ascii(row.field(0)));
  auto titles = need("en/titles");
  if (!titles) return Error{titles.error()};
  for (const auto& row : (*titles)->rows) r.titles.push_back(phrase_words(row.field(0)));
  std::stable_sort(r.titles.begin(), r.titles.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  auto descriptions = need("en/actor_descriptions");
  if (!descriptions) return Error{descriptions.error()};
  for (const auto& row : (*descriptions)->rows) {
    Description d;
    d.words = phrase_words(row.field(0));
    const auto kind = kind_from_string(row.field(1));
    if (!kind) return Error{(*descriptions)->error_at(row, "unknown kind '" + row.field(1) + "' (expected organisation|government|person|group|media)")};
    d.kind = *kind;
    d.refers = row.field(2);
    if (d.refers != "main" && d.refers != "head" && d.refers != "recent" && d.refers != "new")
      return Error{(*descriptions)->error_at(row, "unknown reference '" + d.refers + "' (expected main|head|recent|new)")};
    d.key = row.field(3);
    if (d.refers == "new" && d.key.empty()) return Error{(*descriptions)->error_at(row, "a `new` description needs a key")};
    if (d.words.empty()) return Error{(*descriptions)->error_at(row, "empty phrase")};
    r.descriptions.push_back(std::move(d));
  }
  std::stable_sort(r.descriptions.begin(), r.descriptions.end(),
                   [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  auto demonyms = need("en/demonyms");
  if (!demonyms) return Error{demonyms.error()};
  for (const auto& row : (*demonyms)->rows) {
    const std::string& country = row.field(0);
    r.countries[bare(country)] = country;
    r.countries[bare(row.field(1))] = country;
    r.adjectives.insert(util::to_lower_ascii(row.field(1)));
    for (const auto other : util::split(row.field(2), '|'))
      if (!other.empty()) r.countries[bare(other)] = country;
  }
  auto not_names = need("en/not_actors");
  if (!not_names) return Error{not_names.error()};
  for (const auto& row : (*not_names)->rows) r.not_names.insert(util::to_lower_ascii(row.field(0)));
  for (const char* calendar : {"en/months", "en/weekdays"}) {
    auto t = need(calendar);
    if (!t) return Error{t.error()};
    for (const auto& row : (*t)->rows) {
      r.not_names.insert(util::to_lower_ascii(row.field(0)));
      r.calendar.insert(util::to_lower_ascii(row.field(0)));
    }
  }
  auto verbs = need("en/reporting_verbs");
  if (!verbs) return Error{verbs.error()};
  for (const auto& row : (*verbs)->rows) r.verbs[util::to_lower_ascii(row.field(0))] = row.field(3);
  auto nouns = need("en/source_nouns");
  if (!nouns) return Error{nouns.error()};
  for (const auto& row : (*nouns)->rows) r.source_nouns.insert(util::to_lower_ascii(row.field(0)));
  auto abbreviations = need("en/abbreviations");
  if (!abbreviations) return Error{abbreviations.error()};
  for (const auto& row : (*abbreviations)->rows) r.abbreviations.insert(util::to_lower_ascii(row.field(0)));
  for (const auto& row : (*suffixes)->rows)
    if (!row.field(0).empty() && row.field(0).back() == '.') r.abbreviations.insert(util::to_lower_ascii(row.field(0)));
  for (const auto& t : r.titles)
    if (t.size() == 1 && t[0].back() == '.') r.abbreviations.insert(t[0]);
  return r;
}

}  // namespace

std::optional<Kind> kind_from_string(std::string_view s) {
  if (s == "organisation") return Kind::organisation;
  if (s == "government") return Kind::government;
  if (s == "person") return Kind::person;
  if (s == "group") return Kind::group;
  if (s == "media") return Kind::media;
  return std::nullopt;
}

std::size_t Resources::title_at(const std::vector<std::string>& lower, std::size_t i) const {
  for (const auto& t : titles) {
    if (i + t.size() > lower.size()) continue;
    if (std::equal(t.begin(), t.end(), lower.begin() + static_cast<std::ptrdiff_t>(i))) return t.size();
  }
  return 0;
}

const std::string* Resources::country(const std::string& lower_bare) const {
  const auto it = countries.find(lower_bare);
  return it == countries.end() ? nullptr : &it->second;
}

Result<const Resources*> resources_for(const Lexicon* lexicon) { return lexicon::compiled(lexicon, &compile); }

}  // namespace timeline::actors
