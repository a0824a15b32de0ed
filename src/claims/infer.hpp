#pragma once
// Publication bounds of an undated document from its own content.
#include "timeline/claims.hpp"
#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"

namespace timeline::claims {

/// Sets out.info.inferred_* for a document without a publication date:
/// - it cannot be earlier than the latest date it names;
/// - an event dated both absolutely ("the 28th of June 2019") and relative to the publication
///   ("occurred more than six months ago") bounds the publication ("after 2019-12-28").
/// `latest_named`/`latest_named_text`: the latest absolute day the text names ("" for none).
void infer_publication(const Document& doc, DocumentClaims& out, const std::string& latest_named,
                       const std::string& latest_named_text, const Lexicon* lexicon);

}  // namespace timeline::claims
