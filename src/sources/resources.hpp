#pragma once
// The source tagger's lexicons, compiled once from data/lexicon into lookup tables.
#include <string>
#include <vector>

#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "util/hash.hpp"

namespace timeline::sources {

struct Verb {
  std::string frame;      ///< "X said"
  bool inverted = false;  ///< "…, said X." counts
};

/// A reporting phrase of attribution_frames.tsv, or a hedge or negation phrase.
struct Phrase {
  std::vector<std::string> words;  ///< lower case
  std::string frame;               ///< frames: "according to X"; markers: "hedge" | "negation" | "none"
  bool after = true;               ///< frames: the source follows the phrase
  bool cite = false;               ///< frames: a citation under the sentence's source
};

struct Resources {
  util::StringMap<Verb> verbs;
  std::vector<Phrase> frames;   ///< longest first
  std::vector<Phrase> markers;  ///< hedges and negations, longest first
  util::StringSet source_nouns;
  util::StringSet calendar;      ///< month and weekday names (lower case)
  std::vector<std::vector<std::string>> titles;  ///< people's titles, lower-case words
  util::StringSet descriptions;  ///< last words of descriptions ("company", "ministry")
  /// Indexes into `frames` and `markers` by first word, in their order (a phrase can only match
  /// where its first word is); frames starting with "*", which match anywhere, are in `frames_wild`.
  util::StringMap<std::vector<std::size_t>> frames_by_first, markers_by_first;
  std::vector<std::size_t> frames_wild;
};

Result<const Resources*> resources_for(const Lexicon* lexicon);

}  // namespace timeline::sources
