// From loaded documents to a timeline: the map steps (tag, claims) and the reduce step.
#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

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

Result<Timeline> build(const std::vector<Document>& documents, std::vector<Skipped> skipped, const Lexicon* lexicon,
                       unsigned jobs) {
  const std::size_t n = documents.size();
  std::vector<claims::DocumentClaims> extracted(n);
  std::vector<actors::DocumentActors> actors(n);
  std::vector<std::string> errors(n);
  // Each document is tagged on its own, into its own slot: the threads share nothing but the
  // compiled lexicons (built once, read-only) and the next index to take.
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      auto mentions = extract::tag_document(documents[i], lexicon);
      auto claims = claims::extract(documents[i], mentions, lexicon);
      if (!claims) {
        errors[i] = claims.error();
        continue;
      }
      extracted[i] = std::move(*claims);
      actors[i] = std::move(mentions.actors);
    }
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threads = std::min<std::size_t>(jobs, std::max<std::size_t>(n, 1));
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
  }
  for (const auto& e : errors)
    if (!e.empty()) return Error{e};
  link_actors(extracted, actors);
  return correlate(std::move(extracted), std::move(skipped), lexicon);
}

}  // namespace timeline::correlate
