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
    if (!kind)
      return Error{(*heads)->error_at(
          row, "unknown kind '" + row.field(1) + "' (expected organisation|government|media|group)")};
    r.heads[util::to_lower_ascii(row.field(0))] = *kind;
  }
  auto agencies = need("en/news_agencies");
  if (!agencies) return Error{agencies.error()};
  for (const auto& row : (*agencies)->rows) r.agencies.insert(util::to_lower_ascii(row.field(0)));
  auto titles = need("en/titles");
  if (!titles) return Error{titles.error()};
  for (const auto& row : (*titles)->rows) {
    r.titles.push_back(phrase_words(row.field(0)));
    if (row.field(1) == "public") {
      std::string joined;
      for (const auto& w : r.titles.back()) joined += (joined.empty() ? "" : " ") + w;
      r.public_titles.insert(joined);
    } else if (!row.field(1).empty()) {
      return Error{(*titles)->error_at(row, "unknown office '" + row.field(1) + "' (expected public or nothing)")};
    }
  }
  std::stable_sort(r.titles.begin(), r.titles.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  auto descriptions = need("en/actor_descriptions");
  if (!descriptions) return Error{descriptions.error()};
  for (const auto& row : (*descriptions)->rows) {
    Description d;
    d.words = phrase_words(row.field(0));
    const auto kind = kind_from_string(row.field(1));
    if (!kind)
      return Error{(*descriptions)
                       ->error_at(row, "unknown kind '" + row.field(1) +
                                           "' (expected organisation|government|person|group|media)")};
    d.kind = *kind;
    d.refers = row.field(2);
    if (d.refers != "main" && d.refers != "head" && d.refers != "recent" && d.refers != "new")
      return Error{
          (*descriptions)->error_at(row, "unknown reference '" + d.refers + "' (expected main|head|recent|new)")};
    d.key = row.field(3);
    if (d.refers == "new" && d.key.empty())
      return Error{(*descriptions)->error_at(row, "a `new` description needs a key")};
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
  for (std::size_t i = 0; i < r.titles.size(); ++i) {
    (r.titles[i].empty() ? r.titles_empty : r.titles_by_first[r.titles[i].front()]).push_back(i);
    if (!r.titles[i].empty()) r.titles_by_last[r.titles[i].back()].push_back(i);
  }
  for (const auto& [name, country] : r.countries) r.country_first_words.insert(name.substr(0, name.find(' ')));
  for (std::size_t i = 0; i < r.descriptions.size(); ++i)
    r.descriptions_by_first[r.descriptions[i].words.front()].push_back(i);
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

std::size_t Resources::title_at(const std::vector<std::string_view>& lower, std::size_t i, bool* is_public) const {
  // Words that make a title of the title after them: "Assistant U.S. Attorney", "acting CEO".
  static const util::StringSet k_prefixes{"assistant", "deputy", "acting",  "interim",
                                          "associate", "senior", "special", "principal"};
  std::size_t k = i;
  while (k < lower.size() && k < i + 2 && k_prefixes.count(lower[k]) != 0) ++k;
  // A country inside the title ("U.S. Attorney", "U.S. District Judge") but not a title of its own.
  std::size_t country_words = 0;
  // Only a word that starts a country's name can start one here.
  if (k + 1 < lower.size() && country_first_words.count(bare(lower[k])) != 0) {
    for (std::size_t n = 1; n <= 2 && k + n < lower.size(); ++n) {
      std::string joined;
      for (std::size_t m = k; m < k + n; ++m) joined += (m > k ? " " : "") + bare(lower[m]);
      if (country(joined) != nullptr) country_words = n;
    }
  }
  std::size_t best = 0;
  bool best_public = false;
  for (const std::size_t start : {k + country_words, k}) {
    if (start > k && country_words == 0) continue;
    // The titles that start with the word there (and empty ones), in their order.
    const std::vector<std::size_t>* from_first = nullptr;
    if (start < lower.size())
      if (const auto it = titles_by_first.find(lower[start]); it != titles_by_first.end()) from_first = &it->second;
    std::vector<std::size_t> buffer;
    for (const auto c : with_empty_titles(from_first, buffer)) {
      const auto& t = titles[c];
      if (start + t.size() > lower.size() || start + t.size() - i <= best) continue;
      if (std::equal(t.begin(), t.end(), lower.begin() + static_cast<std::ptrdiff_t>(start))) {
        best = start + t.size() - i;
        std::string joined;
        for (const auto& w : t) joined += (joined.empty() ? "" : " ") + w;
        best_public = public_titles.count(joined) != 0;
      }
    }
    // "Chief Legal Officer", "chief people officer": any chief … officer.
    if (start < lower.size() && lower[start] == "chief")
      for (std::size_t n = start + 2; n < lower.size() && n <= start + 4; ++n) {
        if (lower[n] != "officer") continue;
        if (n + 1 - i > best) {
          best = n + 1 - i;
          best_public = false;
        }
        break;
      }
    if (best != 0) break;
  }
  if (best != 0 && best <= k - i) best = 0;  // prefixes alone are no title
  if (is_public != nullptr) *is_public = best_public;
  return best;
}

const std::vector<std::size_t>& Resources::with_empty_titles(const std::vector<std::size_t>* indexes,
                                                             std::vector<std::size_t>& buffer) const {
  static const std::vector<std::size_t> k_none;
  if (titles_empty.empty()) return indexes != nullptr ? *indexes : k_none;
  buffer = titles_empty;  // empty titles match anywhere
  if (indexes != nullptr) {
    buffer.insert(buffer.end(), indexes->begin(), indexes->end());
    std::sort(buffer.begin(), buffer.end());
  }
  return buffer;
}

const std::string* Resources::country(const std::string& lower_bare) const {
  const auto it = countries.find(lower_bare);
  return it == countries.end() ? nullptr : &it->second;
}

Result<const Resources*> resources_for(const Lexicon* lexicon) { return lexicon::compiled(lexicon, &compile); }

}  // namespace timeline::actors
