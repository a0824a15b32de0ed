#pragma once
// What the renderers share: how a date reads, which claims an entry cites, document look-up,
// and escaping for the formats that need it.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/correlate.hpp"

namespace timeline::render::detail {

/// The date as people read it: 2018-03-14, 2021-05, ~2019, "before 2021-05-10", "late 2024-07",
/// "week of 2024-04-15", "undated".
std::string date_label(const correlate::Timeline& tl, const correlate::Event& e);

/// The corpus subject's name, when at least half of the documents are about it; "" otherwise
/// (a subject only a few articles share is more likely a misreading than the incident's).
std::string subject_name(const correlate::Timeline& tl);

/// A figure measure key ("money|EUR|||") as words ("money EUR").
std::string measure_label(std::string_view measure);

/// The event's kind as the lexicon labels it ("Fine or settlement"); the kind when unknown.
std::string kind_label(const std::string& kind);

/// The summary without its leading "Label: " (for renderers that show the kind apart).
std::string bare_summary(const correlate::Event& e);

/// The claims an entry cites: the first claim of each document (dating claims come first),
/// at most `max`; `more` gets how many documents were left out.
std::vector<std::size_t> cited_claims(const correlate::Timeline& tl, const correlate::Event& e, std::size_t max,
                                      std::size_t* more = nullptr);

bool is_revised(const correlate::Event& e, std::size_t claim);

/// Documents by id.
class Documents {
 public:
  explicit Documents(const correlate::Timeline& tl);
  const claims::DocumentInfo* find(const std::string& id) const;
  /// "Harbour Gazette" or the document id when the outlet is unknown.
  std::string outlet(const std::string& id) const;
  /// The publication day: "2024-04-18", "after 2024-04-20 (inferred)", "date unknown".
  std::string published(const std::string& id) const;
  /// "Harbour Gazette, 2024-04-18 (01-harbour-gazette.txt)"; the id once when the outlet is unknown.
  std::string cite(const std::string& id) const;


 private:
  std::map<std::string, const claims::DocumentInfo*, std::less<>> m_by_id;
};

/// The source chain worth printing: "Meridian Wire citing the statement"; "" when it only names
/// the document's own outlet.
std::string chain_label(const claims::Claim& c, const std::string& outlet);

/// Reference numbers in order of first citation.
struct References {
  std::map<std::size_t, std::size_t> number;  // claim → reference number
  std::vector<std::size_t> order;
  std::size_t of(std::size_t claim);
};

/// One line: whitespace (newlines included) collapsed to single spaces.
std::string one_line(std::string_view s);
/// &, <, >, " and ' as entities.
std::string html_escape(std::string_view s);
/// Terminal columns of UTF-8 text (one per code point; good enough for the scripts we print).
std::size_t columns(std::string_view s);

}  // namespace timeline::render::detail
