#pragma once
// The event-trigger lexicon (events.tsv, event_kinds.tsv), compiled once.
#include <string>
#include <unordered_map>
#include <vector>

#include "timeline/claims.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::claims {

struct Trigger {
  std::vector<std::string> words;  ///< lower-case tokens
  std::string kind;
  bool report = false;  ///< a reporting verb ("said", "according to")
  bool noun = false;    ///< a date right before it belongs to it
};

struct Triggers {
  /// By first word; longer phrases first.
  std::unordered_map<std::string, std::vector<Trigger>> by_first;
  std::vector<KindInfo> kinds;
  const KindInfo* kind(std::string_view name) const;
};

Result<const Triggers*> triggers(const Lexicon* lexicon);

}  // namespace timeline::claims
