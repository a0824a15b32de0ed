// From loaded documents to a timeline: the map steps (tag, claims) and the reduce step.
#include <map>

#include "timeline/actors.hpp"
#include "timeline/claims.hpp"
#include "timeline/correlate.hpp"
#include "timeline/extract.hpp"

namespace timeline::correlate {
namespace {

// Rewrites each document's actor keys to one key per corpus-wide alias set: the key of its
// most salient member (the first document's on ties), so claims of different articles name
// the same subject the same way.
void link_actors(std::vector<claims::DocumentClaims>& documents, const std::vector<actors::DocumentActors>& actors) {
  std::vector<const actors::DocumentActors*> ptrs;
  for (const auto& a : actors) ptrs.push_back(&a);
  const auto ids = actors::link(ptrs);
  std::map<std::size_t, std::pair<double, std::string>> canonical;  // corpus id → (salience, key)
  for (std::size_t d = 0; d < actors.size() && d < ids.size(); ++d)
    for (std::size_t e = 0; e < actors[d].entities.size() && e < ids[d].size(); ++e) {
      const auto& entity = actors[d].entities[e];
      auto [it, fresh] = canonical.try_emplace(ids[d][e], entity.salience, entity.key);
      if (!fresh && entity.salience > it->second.first) it->second = {entity.salience, entity.key};
    }
  for (std::size_t d = 0; d < documents.size() && d < ids.size(); ++d) {
    std::map<std::string, std::string> rename;
    for (std::size_t e = 0; e < actors[d].entities.size() && e < ids[d].size(); ++e)
      rename[actors[d].entities[e].key] = canonical.at(ids[d][e]).second;
    auto apply = [&](std::string& key) {
      if (const auto it = rename.find(key); it != rename.end()) key = it->second;
    };
    apply(documents[d].info.subject);
    for (auto& c : documents[d].claims)
      for (auto& key : c.actors) apply(key);
  }
}

}  // namespace

Result<Timeline> build(const std::vector<Document>& documents, std::vector<Skipped> skipped, const Lexicon* lexicon) {
  std::vector<claims::DocumentClaims> extracted;
  std::vector<actors::DocumentActors> actors;
  extracted.reserve(documents.size());
  actors.reserve(documents.size());
  for (const auto& doc : documents) {
    auto mentions = extract::tag_document(doc, lexicon);
    auto claims = claims::extract(doc, mentions, lexicon);
    if (!claims) return Error{claims.error()};
    extracted.push_back(std::move(*claims));
    actors.push_back(std::move(mentions.actors));
  }
  link_actors(extracted, actors);
  return correlate(std::move(extracted), std::move(skipped), lexicon);
}

}  // namespace timeline::correlate
