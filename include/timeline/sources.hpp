#pragma once
/// Sources and attribution: who asserts each sentence, through which chain of reports,
/// and how firmly (hedging) and in which polarity (negation).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "timeline/actors.hpp"
#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::sources {

/// One link of a source chain: who, as written, and the actor it is when known.
struct Source {
  std::string name;                    ///< "the Transport Ministry", "Kansai Shimbun", "the document's outlet"
  std::optional<std::size_t> entity;   ///< index into DocumentActors::entities
  std::optional<ByteSpan> span;        ///< where it is named in the body (absent for the default outlet)
};

/// A marker on a sentence: a hedge ("allegedly", "may have") or a negation ("has not been").
struct Marker {
  ByteSpan span;
  std::string text;
  std::string kind;  ///< "hedge" | "negation"
  /// For a negation, the word it negates, so a consumer can tell which verb it applies to:
  /// "did not [inform]", "was not [made] public", "No records were [taken]", "denied [taking]",
  /// "no evidence that they [accessed]". Absent when no such word is found in its clause.
  std::optional<ByteSpan> scope;
};

/// The attribution of one sentence.
struct Attribution {
  std::size_t sentence = 0;     ///< index into Document::sentences
  /// Outermost first: the document's outlet, then whoever it cites, down to the origin.
  /// "Wire A reports citing the Daily Courier" in a Wire A article → [Wire A, Daily Courier];
  /// "the ministry said" → [outlet, the ministry].
  std::vector<Source> chain;
  std::string frame;            ///< the frame that matched ("X said", "according to X", "citing"); "" for the default
  std::optional<ByteSpan> cue;  ///< the reporting verb or phrase
  bool quoted = false;          ///< inside a direct quotation
  std::vector<Marker> markers;
  bool hedged() const;
  bool negated() const;
};

/// One attribution per sentence of `doc`, in order. Sentences with no explicit source inherit
/// a source carried over from a quote that spans them, else the document's outlet.
Result<std::vector<Attribution>> tag(const Document& doc, const actors::DocumentActors& actors,
                                     const Lexicon* lexicon = nullptr);

/// The origin of a claim: the innermost source that is a medium or an organisation, normalised
/// (two documents citing the same newspaper have the same origin: one line of evidence).
/// Falls back to the document's outlet, then to the document id.
std::string origin(const Attribution& a, const Document& doc, const actors::DocumentActors& actors);

}  // namespace timeline::sources
