#pragma once
// One-line summaries of events, from the sentence of their best claim.
#include <string>
#include <vector>

#include "timeline/claims.hpp"

namespace timeline::correlate {

/// "Intrusion: hackers accessed the servers …": the kind's label and the first claim's
/// sentence, whitespace collapsed and cut at a word boundary near `max_bytes`.
std::string summarize(const std::vector<claims::Claim>& claims, const std::vector<std::size_t>& members,
                      const std::string& kind, const std::vector<claims::KindInfo>& kinds, std::size_t max_bytes = 160);

}  // namespace timeline::correlate
