#pragma once
/// Claims: what a sentence asserts happened — an event kind from the trigger lexicon, its
/// time, figures, actors, who says so, polarity and hedging — with its citation. Claims are
/// self-contained records: the correlator never looks at article text again.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "timeline/actors.hpp"
#include "timeline/diagnostics.hpp"
#include "timeline/document.hpp"
#include "timeline/extract.hpp"
#include "timeline/figures.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "timeline/timex.hpp"

namespace timeline::claims {

/// "XXXX-07" or "XXXX-07-29": a month or day of a year the text does not give.
bool is_partial_date(std::string_view value);

/// When a claim says its event happened.
struct Time {
  std::string value;     ///< TIMEX3 date value: 2018-03-14, 2018-03, 2019, 2020-Q1; "" when unknown
  std::string earliest;  ///< first possible day (YYYY-MM-DD), "" when open
  std::string latest;    ///< last possible day, "" when open
  timex::Precision precision = timex::Precision::none;
  std::string mod;   ///< TIMEX3 mod of the expression (APPROX, BEFORE …)
  std::string text;  ///< the expression as written ("the 28th of June 2019"); "" when not from an expression
  /// Where the time comes from: "expression" (a temporal expression tied to the event),
  /// "report" (the date of the sentence's reporting verb, "said Friday"), "reporting-date"
  /// (the document's reporting date: the last dated report before it, else publication),
  /// "unknown" (kept, bounded by the publication date when there is one).
  std::string basis = "unknown";
  /// Set when the year was missing from the text and taken from the other articles' dates.
  std::string year_from;
  /// A full date (2018-03-14, 2018-03, 2019, 2020-Q1), not a partial one.
  bool known() const { return !value.empty() && value[0] >= '0' && value[0] <= '9'; }
  /// A month or day without its year: XXXX-07 or XXXX-07-29.
  bool partial() const { return is_partial_date(value); }
};

/// One claim.
struct Claim {
  std::string document;      ///< Document::id
  std::size_t sentence = 0;  ///< index into the document's sentences
  ByteSpan span;             ///< the sentence, bytes into the body
  std::string text;          ///< the sentence text
  std::string kind;          ///< an event kind of event_kinds.tsv
  std::string trigger;       ///< the trigger as written
  ByteSpan trigger_span;
  Time time;
  bool negated = false;
  bool hedged = false;
  std::vector<std::string> markers;      ///< the hedge and negation words as written
  std::vector<figures::Figure> figures;  ///< offsets relative to the body
  std::vector<std::string> actors;       ///< actor keys (actors::Entity::key) named in the sentence
  bool about_subject = false;            ///< names the document's main subject (or refers to it)
  bool about_other = false;              ///< names another company and not the subject: maybe another incident
  std::vector<std::string> chain;        ///< source chain, outermost first (names as written)
  std::string origin;                    ///< line-of-evidence key (sources::origin)
};

/// What the correlator needs to know of a document, without its text.
struct DocumentInfo {
  std::string id, path, outlet, title;
  PublicationDate published;
  /// Publication bounds inferred from the content when no date was found ("" when open).
  std::string inferred_earliest, inferred_latest, inferred_from;
  std::string subject;  ///< key of the document's main subject ("" when none)
  std::string subject_name;
};

/// A figure as a sentence states it, whether or not the sentence makes a claim ("In fiscal
/// 2018, procurement totaled about ¥45 billion" names no event but is evidence all the same).
struct FigureMention {
  std::string document;
  std::size_t sentence = 0;
  ByteSpan span;           ///< the sentence
  std::string text;        ///< the sentence text
  std::string origin;      ///< line of evidence
  figures::Figure figure;  ///< offsets into the body
};

struct DocumentClaims {
  DocumentInfo info;
  std::vector<Claim> claims;
  std::vector<FigureMention> figures;
};

/// Properties of an event kind (event_kinds.tsv).
struct KindInfo {
  std::string kind;
  bool once = false;    ///< one such event per incident
  bool speech = false;  ///< a public act, dated by its reporting verb when undated
  std::string label;
};

/// The kinds, in the order of the lexicon; an error names the table row that is wrong.
Result<std::vector<KindInfo>> kinds(const Lexicon* lexicon = nullptr);

/// The claims of one tagged document.
Result<DocumentClaims> extract(const Document& doc, const extract::Mentions& mentions,
                               const Lexicon* lexicon = nullptr);

/// JSON records (the map step's output) and back; `claim_from_json` rejects a malformed
/// record with a message naming the field.
nlohmann::json to_json(const Claim& c);
nlohmann::json to_json(const DocumentInfo& d);
Result<Claim> claim_from_json(const nlohmann::json& j);

/// Version of the claim records `timeline extract -o` writes (the "version" field of each line).
inline constexpr int k_record_version = 1;

/// Where a record stands in the input order: the input file (as loading names it) and its
/// position among that file's documents (or skipped entries). Records sort by it.
struct Place {
  std::string input;
  std::size_t index = 0;
};

/// One document's extraction without its text: what the correlator and cross-document actor
/// linking need (claims, figure mentions, the document's alias sets).
struct Record {
  Place place;
  DocumentClaims document;
  std::vector<actors::Entity> entities;  ///< mentions dropped: linking needs the alias sets only
};

/// An input that was not loaded, with its place.
struct SkippedRecord {
  Place place;
  Skipped skipped;
};

/// The records of a set of inputs: documents, skipped inputs and the loader's warnings.
struct Records {
  std::vector<Record> documents;
  std::vector<SkippedRecord> skipped;
  std::vector<Diagnostic> diagnostics;
};

/// Whether `a` comes before `b` in document order: input paths compared folder by folder
/// (as loading walks a folder), then the position in the file.
bool before(const Place& a, const Place& b);

/// The records as JSON lines ({"type":"document-claims"|"skipped"|"diagnostic","version":1,…}),
/// each line ending with '\n'.
std::string to_jsonl(const Records& records);

/// Appends the records of a JSONL text to `into` and returns how many lines it read; an error
/// names `file`, the line and the field.
Result<std::size_t> read_jsonl(std::string_view text, std::string_view file, Records& into);

}  // namespace timeline::claims
