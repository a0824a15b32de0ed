#pragma once
// The actor tagger's lexicons, compiled once from data/lexicon into lookup tables.
#include <optional>
#include <string>
#include <vector>

#include "timeline/actors.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "util/hash.hpp"

namespace timeline::actors {

/// A description standing for an actor ("the company", "a Chinese hacking group").
struct Description {
  std::vector<std::string> words;  ///< lower case
  Kind kind = Kind::organisation;
  std::string refers;  ///< main | head | recent | new
  std::string key;     ///< for `new`
};

struct Resources {
  util::StringSet suffixes;       ///< bare lower case: "corp", "inc", "llc"
  util::StringMap<Kind> heads;    ///< "ministry" → government
  util::StringSet agencies;       ///< lower-case names of news agencies
  std::vector<std::vector<std::string>> titles;   ///< lower-case words, longest first
  util::StringSet public_titles;  ///< lower-case words joined by spaces: "attorney general"
  std::vector<Description> descriptions;          ///< longest first
  /// Indexes into `titles` and `descriptions` by first word, in their order (a phrase can only
  /// match where its first word is); empty titles, which match anywhere, are in `titles_empty`.
  util::StringMap<std::vector<std::size_t>> titles_by_first, descriptions_by_first;
  std::vector<std::size_t> titles_empty;
  /// Indexes into `titles` by last word, in their order (empty titles are in `titles_empty`).
  util::StringMap<std::vector<std::size_t>> titles_by_last;
  /// The first word of every key of `countries` ("united" for "united states").
  util::StringSet country_first_words;
  util::StringMap<std::string> countries;  ///< any name or adjective (lower, bare) → country name
  util::StringSet adjectives;              ///< lower: "japanese", "chinese"
  util::StringSet not_names;               ///< lower: "the", "however", months, weekdays
  util::StringMap<std::string> verbs;      ///< reporting verb form → kind ("" or "report")
  util::StringSet source_nouns;            ///< "officials", "spokesperson", "report"
  util::StringSet abbreviations;           ///< lower case with the period: "corp.", "mr."
  util::StringSet calendar;                ///< lower: month and weekday names

  /// Title starting at words[i] (lower case forms given), as a number of words (0: none):
  /// an entry of titles.tsv, "chief … officer" (up to three words between), and either one
  /// preceded by prefixes ("assistant", "deputy", "acting"…) and a country ("Assistant U.S.
  /// Attorney", "U.S. District Judge"). `is_public` (optional) tells whether it is a public office.
  std::size_t title_at(const std::vector<std::string_view>& lower, std::size_t i, bool* is_public = nullptr) const;
  /// The titles of `indexes` (nullptr: none) and the empty titles, in title order; `buffer`
  /// holds them when both are there.
  const std::vector<std::size_t>& with_empty_titles(const std::vector<std::size_t>* indexes,
                                                    std::vector<std::size_t>& buffer) const;
  /// The country a word names ("japan", "japanese", "u.s.") or "" when none.
  const std::string* country(const std::string& lower_bare) const;
};

Result<const Resources*> resources_for(const Lexicon* lexicon);

/// Kind names as written in the data files.
std::optional<Kind> kind_from_string(std::string_view s);

}  // namespace timeline::actors
