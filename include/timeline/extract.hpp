#pragma once
/// The map step's records: one self-contained JSON object per document or skipped input.
/// `timeline extract` prints them as JSON lines; later stages add mentions and claims.
#include <nlohmann/json.hpp>

#include "timeline/actors.hpp"
#include "timeline/document.hpp"
#include "timeline/figures.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/sources.hpp"
#include "timeline/timex.hpp"

namespace timeline::extract {

/// What the taggers found in one document.
struct Mentions {
  std::vector<timex::Timex> timexes;  ///< inside sentences only (not in header lines or furniture)
  std::vector<figures::Figure> figures;            ///< inside sentences only; offsets into the body
  actors::DocumentActors actors;
  std::vector<sources::Attribution> attributions;  ///< one per sentence (empty until the sources tagger runs)
};

/// Runs the taggers over a loaded document (the publication date is the timex DCT).
Mentions tag_document(const Document& doc, const Lexicon* lexicon = nullptr, int fiscal_year_start_month = 1);

/// {"type":"document", id, path, format, title, outlet, url, published{…}, header[…],
///  removed[…], paragraphs, sentences[{start,end,paragraph,text,timex[…]}], warnings[…]}
nlohmann::json document_record(const Document& doc, const Mentions& mentions = {});

/// One temporal expression as JSON: {start, end, text, type, value, mod, earliest, latest,
/// precision, anchor, rule, ambiguous, alternatives} (offsets in bytes of the body).
nlohmann::json timex_json(const timex::Timex& t);

/// One figure as JSON: {start, end, text, kind, qualifier, amount{value, low, high, unit},
/// converted?, size_convention?, counted, counted_head, counted_class, rate, period, measure}.
nlohmann::json figure_json(const figures::Figure& f);

/// {"type":"skipped", path, reason}
nlohmann::json skipped_record(const Skipped& skipped);

/// The publication date as JSON: {value, local, utc, offset, zone, origin, confidence, evidence, updated}.
nlohmann::json published_json(const PublicationDate& pd);

/// Serialises a record on one line (invalid UTF-8 cannot occur, but is replaced if it does).
std::string to_line(const nlohmann::json& record);

}  // namespace timeline::extract
