#pragma once
/// Correlation: the claims of all documents clustered into events, with one decided date per
/// event, the conflicts between the claims and why each was resolved as it was.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "timeline/actors.hpp"
#include "timeline/claims.hpp"
#include "timeline/diagnostics.hpp"
#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/load.hpp"
#include "timeline/result.hpp"

namespace timeline::correlate {

/// An event's date: a TIMEX3 value at its precision and the interval of days it allows.
struct Date {
  std::string value;     ///< 2018-03-14, 2018-03, 2019; "" when unknown
  std::string earliest;  ///< "" when open
  std::string latest;    ///< "" when open
  timex::Precision precision = timex::Precision::none;
};

/// One side of a disagreement: a value and the claims (and their documents) that state it.
struct Side {
  std::string value;
  std::vector<claims::Text> documents;  ///< document ids (shared with the claims')
  std::vector<std::size_t> claims;   ///< indexes into Timeline::claims
  std::size_t origins = 0;           ///< independent lines of evidence among them
  std::vector<std::size_t> figures;  ///< for the corpus's figures: indexes into Timeline::figure_mentions
};

struct Conflict {
  std::string field;         ///< "date" | "figure" | "claim"
  std::string measure;       ///< for figures: the measure in dispute
  std::vector<Side> values;  ///< the chosen value first
  std::string resolution;    ///< the value the event keeps
  std::string rationale;     ///< why
};

/// Figures of one measure across the event's claims.
struct FigureGroup {
  std::string measure;
  struct Item {
    std::size_t claim = 0;   ///< index into Timeline::claims
    std::size_t figure = 0;  ///< index into that claim's figures
  };
  std::vector<Item> items;
  bool agree = true;
};

struct Event {
  std::string id;
  std::string kind;
  Date date;
  std::string date_rationale;  ///< how the date was decided
  std::string summary;
  std::vector<claims::Text> sources;  ///< document ids, in input order (shared with the claims')
  std::vector<std::size_t> claims;   ///< indexes into Timeline::claims, the dating ones first
  std::vector<FigureGroup> figures;
  std::vector<Conflict> conflicts;
  std::vector<std::size_t> revised;  ///< claims a later report revised
  std::size_t origins = 0;           ///< independent lines of evidence
  bool stage = false;                ///< a later stage of the intrusion ("began encrypting"), listed last on its day
};

/// All the figures of the corpus that state one measure, whatever event they belong to.
struct MeasureGroup {
  std::string measure;
  std::vector<std::size_t> mentions;  ///< indexes into Timeline::figure_mentions
  bool agree = true;
  std::vector<Conflict> conflicts;  ///< one when the values disagree
};

struct Timeline {
  std::vector<claims::DocumentInfo> documents;
  std::vector<Skipped> skipped;
  std::vector<claims::Claim> claims;
  std::vector<Event> events;   ///< the incident's timeline, by date
  std::vector<Event> related;  ///< events of the same documents that are not about the incident
  std::vector<Event> undated;  ///< claims about the incident that nothing dates, one entry per kind
  std::vector<claims::FigureMention> figure_mentions;  ///< every figure of every document
  std::vector<MeasureGroup> figures;                   ///< those figures grouped by measure
  std::string subject;                                 ///< the corpus's main subject ("" when none stands out)
};

/// The records of a corpus in document order, each kind in one array: every claim is held
/// once, in the array the timeline keeps, not in a vector per document first.
struct Corpus {
  std::vector<claims::DocumentInfo> documents;
  std::vector<std::size_t> first_claim;  ///< per document: the index of its first claim
  std::vector<claims::Claim> claims;
  std::vector<claims::FigureMention> figures;
  std::vector<std::vector<actors::Entity>> entities;  ///< per document: alias sets, until linked
  std::vector<Skipped> skipped;
  std::vector<Diagnostic> diagnostics;
};

/// Builds the timeline from a corpus's documents, claims, figures and skipped inputs.
/// Deterministic: depends on the documents' order (which the loader fixes) and never on timing
/// or thread count.
Result<Timeline> correlate(Corpus corpus, const Lexicon* lexicon = nullptr);

/// The same from each document's claims.
Result<Timeline> correlate(std::vector<claims::DocumentClaims> documents, std::vector<Skipped> skipped,
                           const Lexicon* lexicon = nullptr);

/// The whole path from loaded documents: tag each one, extract its claims, link its actors
/// with the other documents' (so "Acme Corp." in one article and "Acme" in another are one
/// subject), and correlate. Documents are tagged on `jobs` threads (0: one per core); the
/// result is the same for any number of threads. Documents are taken in document order
/// (claims::before on their path and position in their file), whatever order they come in.
Result<Timeline> build(const std::vector<Document>& documents, std::vector<Skipped> skipped,
                       const Lexicon* lexicon = nullptr, unsigned jobs = 1);

/// How the streaming path loads and extracts.
struct ExtractOptions {
  load::Options load;
  unsigned jobs = 0;            ///< threads (0: one per core)
  std::filesystem::path cache;  ///< extraction results by content hash (empty: no cache)
};

/// The work extraction did: inputs extracted, and inputs whose records came from the cache.
struct ExtractStats {
  std::size_t extracted = 0;
  std::size_t cached = 0;
  std::size_t unwritten = 0;  ///< cache entries that could not be written
};

/// The map step: loads and extracts the inputs file by file on `jobs` threads, dropping each
/// document's text as soon as its records are made, so memory grows with the claims, not with
/// the corpus. The records come in document order; the same for any number of threads.
Result<claims::Records> extract(const std::vector<load::Input>& inputs, const ExtractOptions& options,
                                ExtractStats* stats = nullptr);

/// The map step straight into one corpus: each input's records are appended in input order as
/// soon as the inputs before it are done, so the claims are never held twice. The same for any
/// number of threads, and the same corpus as `gather(extract(…))`.
Result<Corpus> extract_corpus(const std::vector<load::Input>& inputs, const ExtractOptions& options,
                              ExtractStats* stats = nullptr);

/// Records put in document order and appended to one corpus (each document's vectors freed as
/// they move in).
Corpus gather(claims::Records records);

/// The reduce step: links actors across the documents and correlates them. Records are put in
/// document order first, so shards of a corpus merge to the timeline one build gives.
Result<Timeline> merge(claims::Records records, const Lexicon* lexicon = nullptr);

/// The same for a corpus already in document order.
Result<Timeline> merge(Corpus corpus, const Lexicon* lexicon = nullptr);

/// extract + merge.
Result<Timeline> build(const std::vector<load::Input>& inputs, const ExtractOptions& options,
                       ExtractStats* stats = nullptr);

}  // namespace timeline::correlate
