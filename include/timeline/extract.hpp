#pragma once
/// The map step's records: one self-contained JSON object per document or skipped input.
/// `timeline extract` prints them as JSON lines; later stages add mentions and claims.
#include <nlohmann/json.hpp>

#include "timeline/document.hpp"

namespace timeline::extract {

/// {"type":"document", id, path, format, title, outlet, url, published{…}, header[…],
///  removed[…], paragraphs, sentences[{start,end,paragraph,text}], warnings[…]}
nlohmann::json document_record(const Document& doc);

/// {"type":"skipped", path, reason}
nlohmann::json skipped_record(const Skipped& skipped);

/// The publication date as JSON: {value, local, utc, offset, zone, origin, confidence, evidence, updated}.
nlohmann::json published_json(const PublicationDate& pd);

/// Serialises a record on one line (invalid UTF-8 cannot occur, but is replaced if it does).
std::string to_line(const nlohmann::json& record);

}  // namespace timeline::extract
