// From loaded documents to a timeline: the map steps (tag, claims) and the reduce step.
#include <algorithm>
#include <atomic>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "correlate/cache.hpp"
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
  claims::Pool pool;  // the renamed lists, shared again
  for (std::size_t d = 0; d < documents.size() && d < ids.size(); ++d) {
    std::map<std::string, std::string, std::less<>> rename;
    for (std::size_t e = 0; e < actors[d].entities.size() && e < ids[d].size(); ++e)
      rename[actors[d].entities[e].key] = canonical.at(ids[d][e]).second;
    if (const auto it = rename.find(documents[d].info.subject); it != rename.end())
      documents[d].info.subject = it->second;
    // A document's claims share few lists: each is renamed once.
    std::vector<std::pair<claims::Texts, claims::Texts>> renamed;  // list → renamed
    for (auto& c : documents[d].claims) {
      if (c.actors.empty()) continue;
      const auto done = std::find_if(renamed.begin(), renamed.end(),
                                     [&](const auto& r) { return r.first.same(c.actors); });
      if (done != renamed.end()) {
        c.actors = done->second;
        continue;
      }
      std::vector<claims::Text> keys = c.actors.items();
      for (auto& key : keys)
        if (const auto it = rename.find(std::string_view(key)); it != rename.end()) key = it->second;
      claims::Texts list(std::move(keys));
      pool.share(list);
      renamed.emplace_back(c.actors, list);
      c.actors = std::move(list);
    }
  }
}

// Runs `work(i)` for every i < n on `jobs` threads (0: one per core). Each call writes its own
// slot only: the threads share nothing but the compiled lexicons (read-only) and the next index.
template <typename F>
void parallel_for(std::size_t n, unsigned jobs, F work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i = next++; i < n; i = next++) work(i);
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threads = std::min<std::size_t>(jobs, std::max<std::size_t>(n, 1));
  if (threads <= 1) return loop();
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(loop);
  for (auto& t : pool) t.join();
}

// One document's records: tagged, its claims extracted, its alias sets kept for linking.
Result<claims::Record> extract_document(const Document& doc, const Lexicon* lexicon) {
  auto mentions = extract::tag_document(doc, lexicon);
  auto claims = claims::extract(doc, mentions, lexicon);
  if (!claims) return Error{claims.error()};
  claims::Record record;
  record.document = std::move(*claims);
  record.entities = std::move(mentions.actors.entities);
  return record;
}

// One input file loaded and extracted; each document is dropped once extracted.
Result<claims::Records> extract_input(const load::Input& input, const load::Options& options) {
  auto batch = load::load_input(input, options);
  claims::Records out;
  out.diagnostics = std::move(batch.diagnostics);
  for (std::size_t i = 0; i < batch.skipped.size(); ++i)
    out.skipped.push_back({{input.display, i}, std::move(batch.skipped[i])});
  for (std::size_t i = 0; i < batch.documents.size(); ++i) {
    auto record = extract_document(batch.documents[i], options.lexicon);
    if (!record) return Error{record.error()};
    record->place = {input.display, i};
    out.documents.push_back(std::move(*record));
    batch.documents[i] = Document{};
  }
  return out;
}

template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
  std::move(from.begin(), from.end(), std::back_inserter(to));
  from = {};
}

}  // namespace

Result<claims::Records> extract(const std::vector<load::Input>& inputs, const ExtractOptions& options,
                                ExtractStats* stats) {
  std::optional<Cache> cache;
  if (!options.cache.empty()) cache.emplace(options.cache, options.load);
  std::vector<std::optional<claims::Records>> slots(inputs.size());
  std::vector<std::string> errors(inputs.size());
  std::atomic<std::size_t> extracted{0}, cached{0}, unwritten{0};
  claims::Pool pool;  // the values that repeat across documents, shared by all of them
  std::mutex pool_lock;
  auto share = [&](claims::Records& records) {
    const std::lock_guard lock(pool_lock);
    for (auto& r : records.documents) claims::share(r.document, pool);
  };
  parallel_for(inputs.size(), options.jobs, [&](std::size_t i) {
    const auto key = cache ? cache->key(inputs[i]) : std::nullopt;
    if (key) {
      if (auto hit = cache->get(*key)) {
        share(*hit);
        slots[i] = std::move(*hit);
        ++cached;
        return;
      }
    }
    auto records = extract_input(inputs[i], options.load);
    ++extracted;
    if (!records) {
      errors[i] = records.error();
      return;
    }
    if (key && !cache->put(*key, *records)) ++unwritten;
    share(*records);
    slots[i] = std::move(*records);
  });
  if (stats != nullptr) *stats = {extracted, cached, unwritten};
  claims::Records all;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!errors[i].empty()) return Error{errors[i]};
    append(all.documents, slots[i]->documents);
    append(all.skipped, slots[i]->skipped);
    append(all.diagnostics, slots[i]->diagnostics);
    slots[i].reset();
  }
  return all;
}

Result<Timeline> merge(claims::Records records, const Lexicon* lexicon) {
  auto by_place = [](const auto& a, const auto& b) { return claims::before(a.place, b.place); };
  std::stable_sort(records.documents.begin(), records.documents.end(), by_place);
  std::stable_sort(records.skipped.begin(), records.skipped.end(), by_place);
  std::vector<claims::DocumentClaims> documents;
  std::vector<actors::DocumentActors> actors;
  documents.reserve(records.documents.size());
  actors.reserve(records.documents.size());
  for (auto& r : records.documents) {
    documents.push_back(std::move(r.document));
    actors.push_back({{}, std::move(r.entities), std::nullopt});
  }
  records.documents = {};
  std::vector<Skipped> skipped;
  for (auto& s : records.skipped) skipped.push_back(std::move(s.skipped));
  link_actors(documents, actors);
  actors = {};  // the alias sets are linked: the correlator needs the claims only
  return correlate(std::move(documents), std::move(skipped), lexicon);
}

Result<Timeline> build(const std::vector<load::Input>& inputs, const ExtractOptions& options, ExtractStats* stats) {
  auto records = extract(inputs, options, stats);
  if (!records) return Error{records.error()};
  return merge(std::move(*records), options.load.lexicon);
}

Result<Timeline> build(const std::vector<Document>& documents, std::vector<Skipped> skipped, const Lexicon* lexicon,
                       unsigned jobs) {
  std::vector<Result<claims::Record>> extracted(documents.size(), Error{});
  parallel_for(documents.size(), jobs, [&](std::size_t i) { extracted[i] = extract_document(documents[i], lexicon); });
  claims::Records records;
  std::map<std::string, std::size_t> per_file;  // a file's documents are numbered in the order given
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (!extracted[i]) return Error{extracted[i].error()};
    extracted[i]->place = {documents[i].path, per_file[documents[i].path]++};
    records.documents.push_back(std::move(*extracted[i]));
  }
  for (std::size_t i = 0; i < skipped.size(); ++i)
    records.skipped.push_back({{skipped[i].path, i}, std::move(skipped[i])});
  return merge(std::move(records), lexicon);
}

}  // namespace timeline::correlate
