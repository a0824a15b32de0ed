#include "actors/names.hpp"

#include <algorithm>

#include "util/strings.hpp"

namespace timeline::actors {

using namespace std::string_view_literals;  // "x"sv: comparisons without strlen
namespace {

constexpr std::size_t k_max_run = 8;  // longer capitalised runs are headlines or lists, not names

bool is_connector(const Word& w) {
  return w.lower == "of"sv || w.lower == "for"sv || w.lower == "and"sv || w.text == "&"sv;
}

bool institutional(const Word& w, const Resources& r) {
  return r.heads.count(w.lower) != 0 || r.suffixes.count(w.bare) != 0;
}

// The lower-case forms of words [first, last), as views (no string made for each word).
std::vector<std::string_view> lowers(const std::vector<Word>& w, std::size_t first, std::size_t last) {
  std::vector<std::string_view> out;
  out.reserve(last - first);
  for (std::size_t k = first; k < last; ++k) out.push_back(w[k].lower);
  return out;
}

// Number of words at `first` naming a country ("United States", "U.S.", "Japan's", "Japanese").
std::size_t country_at(const std::vector<Word>& w, std::size_t first, std::size_t last, const Resources& r,
                       std::string* country) {
  std::string joined;
  std::size_t found = 0;
  for (std::size_t k = first; k < last && k < first + 3; ++k) {
    if (!joined.empty()) joined += ' ';
    joined += w[k].bare;
    if (const auto* c = r.country(joined)) {
      found = k + 1 - first;
      *country = *c;
    }
    if (w[k].possessive) break;
  }
  return found;
}

std::optional<Kind> kind_of(const std::vector<Word>& w, std::size_t first, std::size_t last, const Resources& r) {
  if (first >= last) return std::nullopt;
  if (r.suffixes.count(w[last - 1].bare) != 0 && last - first > 1) return Kind::organisation;
  if (last - first > 1) {
    // "Ministry of Defense", "Bank of Japan", "Department of Energy": the head before "of".
    for (std::size_t k = first; k + 1 < last; ++k)
      if (w[k + 1].lower == "of"sv || w[k + 1].lower == "for"sv)
        if (auto it = r.heads.find(w[k].lower); it != r.heads.end()) return it->second;
    if (auto it = r.heads.find(w[last - 1].lower); it != r.heads.end()) return it->second;
  } else if (!w[first].sentence_start) {
    // "Congress", "Parliament": a government head on its own inside a sentence.
    if (auto it = r.heads.find(w[first].lower); it != r.heads.end() && it->second == Kind::government)
      return it->second;
  }
  // "KXRT-TV", "WPLN-Radio": a station's call letters and its medium, one hyphenated word.
  if (const std::string_view word = w[last - 1].lower; word.find('-') != std::string_view::npos) {
    const std::string tail(word.substr(word.rfind('-') + 1));
    if (auto it = r.heads.find(tail); it != r.heads.end() && it->second == Kind::media) return Kind::media;
  }
  std::string joined;
  for (std::size_t k = first; k < last; ++k) {
    if (k > first) joined += ' ';
    joined += w[k].lower;
  }
  if (r.agencies.count(joined) != 0) return Kind::media;
  return std::nullopt;
}

}  // namespace

std::size_t run_end(const std::vector<Word>& w, std::size_t i, const Resources& r, const util::StringSet* common) {
  std::size_t j = i;
  bool has_of = false;
  while (j < w.size()) {
    const Word& x = w[j];
    if (x.cap) {
      ++j;
      if (x.possessive) {
        std::string c;
        // "Norway's Transport Ministry" stays one name; "Acme's chief executive" ends at Acme.
        if (!(j < w.size() && w[j].cap && country_at(w, j - 1, j, r, &c) == 1)) break;
      }
      continue;
    }
    // "Office of the Attorney General": "of the" inside an institution's name.
    if (j > i && j + 2 < w.size() && x.lower == "of"sv && w[j + 1].lower == "the"sv && w[j + 2].cap &&
        !w[j - 1].possessive) {
      bool ok = false;
      for (std::size_t k = i; k < j; ++k)
        if (r.heads.count(w[k].lower) != 0) ok = true;
      if (!ok) break;
      has_of = true;
      j += 2;
      continue;
    }
    if (j > i && j + 1 < w.size() && w[j + 1].cap && is_connector(x) && !w[j - 1].possessive) {
      bool ok = false;
      if (x.text == "&"sv)
        ok = true;
      else if (x.lower == "and"sv) {
        // "Department of Health and Human Services"; "Calderholm Blood and Plasma Service": words
        // the text also writes in lower case on both sides (common nouns, `common`), then a few
        // words that end with an institution's ("Goldman Sachs and Deutsche Bank", "Google Cloud
        // and Amazon Web Services", "Acme Group and Beta Bank" are two names).
        ok = has_of;
        if (!ok && common != nullptr && common->count(w[j - 1].lower) != 0 && common->count(w[j + 1].lower) != 0 &&
            !institutional(w[j - 1], r)) {
          std::size_t e = j + 1;
          while (e < w.size() && e - j <= 4 && w[e].cap && !w[e].possessive) ++e;
          ok = e - j <= 4 && institutional(w[e - 1], r) && (e >= w.size() || !w[e].cap);
        }
      } else
        for (std::size_t k = i; k < j; ++k)
          if (institutional(w[k], r) || r.title_at(lowers(w, k, k + 1), 0) != 0) ok = true;
      if (!ok) break;
      if (x.lower != "and"sv && x.text != "&"sv) has_of = true;
      ++j;
      continue;
    }
    break;
  }
  return j;
}

std::string key_of(const std::vector<Word>& w, std::size_t first, std::size_t last, const Resources& r) {
  while (first < last && w[first].lower == "the"sv) ++first;
  while (last - first > 1 && (r.suffixes.count(w[last - 1].bare) != 0 || w[last - 1].text == ","sv)) --last;
  std::string key;
  for (std::size_t k = first; k < last; ++k) {
    if (w[k].punct && w[k].text != "&"sv) continue;
    if (!key.empty()) key += ' ';
    key += w[k].text == "&"sv ? "and" : w[k].bare;
  }
  return key;
}

std::size_t title_before(const std::vector<Word>& w, std::size_t i, const Resources& r) {
  // Only titles ending with the word before `i` (or empty ones) can match: those, in their order.
  const std::vector<std::size_t>* by_last = nullptr;
  if (i > 0)
    if (const auto it = r.titles_by_last.find(w[i - 1].lower); it != r.titles_by_last.end()) by_last = &it->second;
  std::vector<std::size_t> buffer;
  for (const std::size_t c : r.with_empty_titles(by_last, buffer)) {
    const auto& t = r.titles[c];
    if (t.size() > i) continue;
    bool same = true;
    for (std::size_t k = 0; k < t.size() && same; ++k) same = w[i - t.size() + k].lower == t[k];
    if (same) return i - t.size();
  }
  return i;
}

std::vector<Name> analyse_run(const std::vector<Word>& w, std::size_t first, std::size_t last, const Resources& r) {
  std::vector<Name> out;
  while (first < last && (r.not_names.count(w[first].bare) != 0 || w[first].bare.size() == 1) && !w[first].possessive)
    ++first;
  while (last > first && r.calendar.count(w[last - 1].bare) != 0) --last;
  if (first >= last || last - first > k_max_run) return out;
  if (last - first == 1 && r.source_nouns.count(w[first].lower) != 0) return out;      // "Officials said"
  if (last - first == 1 && w[first].bare.size() > 2 && w[first].bare.back() == 's') {  // "CISOs", "CEOs": roles
    const std::vector<std::string_view> singular{w[first].lower.substr(0, w[first].lower.size() - 1)};
    if (r.title_at(singular, 0) != 0) return out;
  }

  // "Attorneys General", "State AGs": officials of public offices together are a government body;
  // other titles in the plural ("Security Researchers") name no actor.
  if (last - first >= 2) {
    auto lw = lowers(w, first, last);
    for (std::size_t skip = 0; skip <= 1; ++skip) {
      for (std::size_t q = skip; q < lw.size(); ++q) {
        if (lw[q].size() < 3 || lw[q].back() != 's') continue;
        auto singular = std::vector<std::string_view>(lw.begin() + static_cast<std::ptrdiff_t>(skip), lw.end());
        singular[q - skip].remove_suffix(1);
        bool is_public = false;
        if (r.title_at(singular, 0, &is_public) != singular.size()) continue;
        if (!is_public) return out;
        Name body;
        body.first = body.key_first = first;
        body.last = last;
        body.key = key_of(w, first, last, r);
        body.kind = Kind::government;
        out.push_back(std::move(body));
        return out;
      }
    }
  }

  // A title inside the run: "Acme CEO Jane Doe", "Chief Cabinet Secretary Jane Doe", "Mr. Roe".
  const auto lw = lowers(w, first, last);
  for (std::size_t p = 0; p < lw.size(); ++p) {
    bool is_public = false;
    const std::size_t t = r.title_at(lw, p, &is_public);
    if (t == 0) continue;
    const std::size_t name_first = first + p + t;
    const bool after_connector =
        p > 0 && (is_connector(w[first + p - 1]) ||
                  (p > 1 && w[first + p - 1].lower == "the"sv && is_connector(w[first + p - 2])));
    if (name_first == last && (after_connector || r.suffixes.count(w[last - 1].bare) != 0))
      continue;                // "… Chemicals AG"  // "Department of Justice", "Office of the Attorney General"
    // "Office of the Data Commissioner", "Office of the Privacy Commissioner": a public office
    // (kind `public` of titles.tsv) closing a name that a public body's head word opens and a
    // connector joins is part of that name ("Bank of America CEO": a bank employs its chief
    // executive; "the Ministry of Defence spokesman" speaks for the ministry).
    const auto head = r.heads.find(w[first].lower);
    if (name_first == last && is_public && p > 1 && head != r.heads.end() && head->second == Kind::government &&
        std::any_of(w.begin() + static_cast<std::ptrdiff_t>(first), w.begin() + static_cast<std::ptrdiff_t>(first + p),
                    [](const Word& x) { return is_connector(x); }))
      continue;
    if (name_first == last) {  // "Acme CEO": the title is not part of the organisation's name
      if (p > 0) {
        auto before = analyse_run(w, first, first + p, r);
        out.insert(out.end(), before.begin(), before.end());
      }
      return out;
    }
    if (institutional(w[last - 1], r) || last - name_first > 4) continue;  // "Department of Justice"
    std::size_t title_first = first + p;
    if (p > 0) {  // "Acme CEO Jane Doe": Acme employs a titled person, so it is an organisation
      auto before = analyse_run(w, first, first + p, r);
      // "Iowa Attorney General Jane Doe": a place before a public office is part of the title.
      if (is_public && before.size() == 1 && !before[0].kind && before[0].last == first + p) {
        title_first = before[0].first;
        before.clear();
      }
      for (auto& b : before)
        if (!b.kind && b.country.empty()) b.kind = Kind::organisation;
      out.insert(out.end(), before.begin(), before.end());
    }
    Name person;
    person.first = name_first;
    person.last = last;
    person.key_first = name_first;
    person.key = key_of(w, name_first, last, r);
    person.kind = Kind::person;
    for (std::size_t k = title_first; k < name_first; ++k) {
      if (k > title_first) person.title += ' ';
      person.title += w[k].text;
    }
    out.push_back(std::move(person));
    return out;
  }

  Name n;
  n.first = first;
  n.last = last;
  n.key_first = first;
  std::string country;
  const std::size_t c = country_at(w, first, last, r, &country);
  if (c == last - first) {  // "Japan", "U.S.", "Chinese": a government only when it speaks
    n.country = country;
    n.key = util::to_lower_ascii(country);
    n.kind = Kind::government;
    out.push_back(std::move(n));
    return out;
  }
  if (c > 0) {
    // "Norway's Transport Ministry" always drops the country from the key; "Norwegian Transport
    // Ministry" and "U.S. Department of Justice" only for government bodies ("American
    // Airlines" keeps its first word).
    const auto rest = kind_of(w, first + c, last, r);
    if (w[first + c - 1].possessive || (rest && *rest == Kind::government)) n.key_first = first + c;
  }
  n.kind = kind_of(w, n.key_first, last, r);
  n.key = key_of(w, n.key_first, last, r);
  n.acronym = last - first == 1 && w[first].all_caps;
  if (!n.key.empty()) out.push_back(std::move(n));
  return out;
}

}  // namespace timeline::actors
