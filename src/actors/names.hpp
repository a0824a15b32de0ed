#pragma once
// Capitalised runs of words analysed as names: a title and a person ("Chief Cabinet Secretary
// Jane Doe"), a country prefix ("Norway's Transport Ministry"), a legal suffix ("Acme Corp."),
// a head word giving the kind ("Transport Ministry", "Kansai Shimbun"), and the key that links
// the forms of one name.
#include <optional>
#include <string>
#include <vector>

#include "actors/resources.hpp"
#include "actors/words.hpp"
#include "util/hash.hpp"

namespace timeline::actors {

/// One name found in a run of capitalised words.
struct Name {
  std::size_t first = 0, last = 0;  ///< words [first, last) as written, country prefix included
  std::size_t key_first = 0;        ///< first word of the key (after a country prefix)
  std::string key;                  ///< "defense ministry", "acme electric"
  std::optional<Kind> kind;         ///< from a suffix, a head word, a title or a news-agency name
  std::string title;                ///< for people: the title before the name, as written
  std::string country;              ///< the whole name is a country ("Japan", "U.S.")
  bool acronym = false;             ///< one all-capital word ("NHK")
};

/// The end (exclusive) of the capitalised run starting at `i`: capitalised words, inner "of",
/// "for", "and", "&" where they join parts of an institution's name, possessive countries.
/// `common`: capitalised words around "and" the text also writes in lower case ("Blood" and
/// "Plasma" in "Calderholm Blood and Plasma Service"), which may join a name across "and".
std::size_t run_end(const std::vector<Word>& w, std::size_t i, const Resources& r,
                    const util::StringSet* common = nullptr);

/// The names in words [first, last) (0, 1 or 2: "Acme CEO Jane Doe" gives Acme and Jane Doe).
std::vector<Name> analyse_run(const std::vector<Word>& w, std::size_t first, std::size_t last, const Resources& r);

/// The key of words [first, last): lower case, periods dropped, legal suffixes dropped.
std::string key_of(const std::vector<Word>& w, std::size_t first, std::size_t last, const Resources& r);

/// Title ending right before word `i` in lower case ("spokesperson Jane Doe"): its first word, or `i` when none.
std::size_t title_before(const std::vector<Word>& w, std::size_t i, const Resources& r);

}  // namespace timeline::actors
