#pragma once
// Dating an article that gives no publication date from what the other articles date.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "timeline/claims.hpp"
#include "timeline/lexicon.hpp"

namespace timeline::correlate {

/// For each document without a publication date: a claim whose date is counted from that date
/// ("the breach last year", "discovered two weeks ago": time basis "relative") about an event an
/// incident has once (an intrusion, a discovery) that the other articles of the same subject
/// date bounds when the article can have been published — the days on which that expression
/// names the event's date. The bounds narrow the document's inferred ones (and say why in
/// `inferred_from`); then each relative claim of the document whose expression names the same
/// date on every possible publication day takes that date (its `year_from` says how).
void date_from_corpus(std::vector<claims::Claim>& claims, std::vector<claims::DocumentInfo>& documents,
                      const std::unordered_map<std::string, std::size_t>& doc_index,
                      const std::vector<claims::KindInfo>& kinds, const Lexicon* lexicon);

/// For each document whose only date is a wire dateline without its year ("PORT ELLIS, June 20
/// (Harbor Wire) -", `PublicationDate::month_day`): the year, among those of the dated articles
/// (and one either side) that the document's inferred bounds allow, in which a statement of its
/// lead dated by a weekday ("said on Tuesday") falls on the dateline's day (else on the day
/// before it), or the only such year. The document then has that publication date (origin
/// dateline, confidence low, `inferred_from` says why) and its relative and year-less claims are
/// read from it.
void date_from_dateline(std::vector<claims::Claim>& claims, std::vector<claims::DocumentInfo>& documents,
                        const std::unordered_map<std::string, std::size_t>& doc_index,
                        const std::vector<claims::KindInfo>& kinds, const Lexicon* lexicon);

/// The word that names an event, as two claims of a kind an incident may have several times
/// are compared by: the first five letters of the trigger's last word ("convicted" and
/// "conviction"; "opened an investigation" and "investigation").
std::string event_word(std::string_view trigger);

}  // namespace timeline::correlate
