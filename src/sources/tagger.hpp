#pragma once
// The source tagger over words the actor tagger already made (the extractor makes them once).
#include <vector>

#include "actors/words.hpp"
#include "timeline/sources.hpp"

namespace timeline::sources {

/// sources::tag over the words `actors::sentence_words` made for `doc`.
Result<std::vector<Attribution>> tag(const Document& doc, const actors::DocumentActors& actors,
                                     const actors::SentenceWords& words, const Lexicon* lexicon);

}  // namespace timeline::sources
