#pragma once
// The figures tagger's lexicons (data/lexicon/en/figure_*.tsv), compiled once into lookup tables.
#include <optional>
#include <string>
#include <vector>

#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "util/hash.hpp"

namespace timeline::figures {

/// A phrase as a token sequence ("US$" = "US" glued to "$"; "*" = up to two words).
struct Phrase {
  struct Part {
    std::string text;         ///< lower-cased unless `exact`
    bool exact = false;       ///< the form has a capital letter: match this case only
    bool glued = false;       ///< no space before it in the phrase
    bool wildcard = false;    ///< "*"
  };
  std::vector<Part> parts;
  std::size_t row = 0;  ///< index of the payload in the owning table
};

/// Phrases by lower-cased first token, longest first.
struct PhraseTable {
  util::StringMap<std::vector<Phrase>> by_first;
  void add(const std::string& text, std::size_t row);
  void sort();
};

struct NumberWord {
  enum class Kind { unit, hundred, scale, abbrev, vague } kind = Kind::unit;
  double value = 0;
  double low = 1, high = 1;  ///< vague words: the factor interval
};

struct Qualifier {
  std::string phrase;
  bool after = false;
  double low = 1, high = 1;  ///< factors; high may be +inf
};

struct Unit {
  std::string form;
  bool percent = false;
  double multiplier = 1;
  std::string convention;  ///< sizes: "decimal" | "binary"
};

struct Currency {
  std::string form, code;
  bool before = false, after = false;
};

struct Counted {
  std::string lemma, cls;
};

struct Rate {
  std::string rate;
  bool before = false;
};

struct Resources {
  util::StringMap<NumberWord> numbers;  ///< lower-cased word
  std::vector<Qualifier> qualifiers;
  PhraseTable qualifiers_before, qualifiers_after;
  std::vector<Unit> units;
  PhraseTable unit_phrases;
  std::vector<Currency> currencies;
  PhraseTable currencies_before, currencies_after;
  std::vector<Counted> counted;
  PhraseTable counted_phrases;
  std::vector<Rate> rates;
  PhraseTable rates_after;
  util::StringMap<std::string> rates_before;  ///< word → rate
  PhraseTable links;
  util::StringSet labels, not_after, stops;
  util::StringSet time_units, months;  ///< from the timex tables: "six months" is a duration, "June 28" a date
  /// The lower-case forms a figure can start with besides digits: first words of the qualifiers
  /// and currencies written before an amount, number words, "a", "an" and "between". The
  /// tagger tries a figure only at those tokens (and at hyphenated words: "twenty-five").
  util::StringSet starters;
};

Result<const Resources*> resources_for(const Lexicon* lexicon);

}  // namespace timeline::figures
