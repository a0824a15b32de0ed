#include "sources/resources.hpp"

#include <algorithm>

#include "actors/resources.hpp"
#include "actors/words.hpp"
#include "lexicon/compiled.hpp"
#include "util/strings.hpp"

namespace timeline::sources {
namespace {

Result<Resources> compile(const Lexicon& lex) {
  Resources r;
  auto verbs = lex.table("en/reporting_verbs");
  if (!verbs) return Error{verbs.error()};
  for (const auto& row : (*verbs)->rows) {
    const std::string& inv = row.field(2);
    if (inv != "yes" && inv != "no") return Error{(*verbs)->error_at(row, "expected yes or no, got '" + inv + "'")};
    if (row.field(1).find('X') == std::string::npos)
      return Error{(*verbs)->error_at(row, "the frame must name the source as X")};
    r.verbs[util::to_lower_ascii(row.field(0))] = {row.field(1), inv == "yes"};
  }
  auto frames = lex.table("en/attribution_frames");
  if (!frames) return Error{frames.error()};
  for (const auto& row : (*frames)->rows) {
    Phrase p{actors::phrase_words(row.field(0)), row.field(1), row.field(2) == "after", row.field(3) == "cite"};
    if (row.field(2) != "after" && row.field(2) != "before")
      return Error{(*frames)->error_at(row, "unknown slot '" + row.field(2) + "' (expected after|before)")};
    if (row.field(3) != "source" && row.field(3) != "cite")
      return Error{(*frames)->error_at(row, "unknown kind '" + row.field(3) + "' (expected source|cite)")};
    if (p.words.empty()) return Error{(*frames)->error_at(row, "empty phrase")};
    r.frames.push_back(std::move(p));
  }
  for (const auto& [name, kind] : {std::pair{"en/hedges", "hedge"}, std::pair{"en/negations", "negation"}}) {
    auto t = lex.table(name);
    if (!t) return Error{t.error()};
    for (const auto& row : (*t)->rows) {
      // negations.tsv also lists retractions: "an earlier version of this article said …".
      const bool retraction = std::string_view(kind) == "negation" && row.field(1) == "retraction";
      if (row.field(1) != kind && row.field(1) != "none" && !retraction)
        return Error{(*t)->error_at(row, "unknown kind '" + row.field(1) + "' (expected " + kind +
                                             (std::string_view(kind) == "negation" ? "|retraction" : "") + "|none)")};
      Phrase p{actors::phrase_words(row.field(0)), row.field(1), true, false};
      if (p.words.empty()) return Error{(*t)->error_at(row, "empty phrase")};
      r.markers.push_back(std::move(p));
    }
  }
  auto by_length = [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); };
  std::stable_sort(r.frames.begin(), r.frames.end(), by_length);
  std::stable_sort(r.markers.begin(), r.markers.end(), by_length);
  auto actor_res = actors::resources_for(&lex);
  if (!actor_res) return Error{actor_res.error()};
  r.source_nouns = (*actor_res)->source_nouns;
  r.calendar = (*actor_res)->calendar;
  r.titles = (*actor_res)->titles;
  for (const auto& d : (*actor_res)->descriptions)
    if (d.refers != "new") r.descriptions.insert(d.words.back());
  for (std::size_t i = 0; i < r.frames.size(); ++i)
    (r.frames[i].words.front() == "*" ? r.frames_wild : r.frames_by_first[r.frames[i].words.front()]).push_back(i);
  for (std::size_t i = 0; i < r.markers.size(); ++i) r.markers_by_first[r.markers[i].words.front()].push_back(i);
  return r;
}

}  // namespace

Result<const Resources*> resources_for(const Lexicon* lexicon) { return lexicon::compiled(lexicon, &compile); }

}  // namespace timeline::sources
