// From loaded documents to a timeline: the map steps (tag, claims) and the reduce step.
#include <algorithm>
#include <atomic>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "correlate/cache.hpp"
#include "timeline/actors.hpp"
#include "timeline/claims.hpp"
#include "timeline/correlate.hpp"
#include "timeline/extract.hpp"

namespace timeline::correlate {
namespace {

// Rewrites each document's actor keys to one key per corpus-wide alias set: the key of its
// most salient member (the first document's on ties), so claims of different articles name
// the same subject the same way. The corpus's alias sets are used up: moved here, each
// document's freed once its claims are renamed.
void link_actors(Corpus& corpus) {
  std::vector<actors::DocumentActors> actors;  // as actors::link takes them
  actors.reserve(corpus.entities.size());
  for (auto& e : corpus.entities) actors.push_back({{}, std::move(e), std::nullopt});
  corpus.entities = {};
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
  for (std::size_t d = 0; d < corpus.documents.size() && d < ids.size(); ++d) {
    std::map<std::string, std::string, std::less<>> rename;
    for (std::size_t e = 0; e < actors[d].entities.size() && e < ids[d].size(); ++e)
      rename[actors[d].entities[e].key] = canonical.at(ids[d][e]).second;
    if (const auto it = rename.find(corpus.documents[d].subject); it != rename.end())
      corpus.documents[d].subject = it->second;
    // A document's claims share few lists: each is renamed once.
    std::vector<std::pair<claims::Texts, claims::Texts>> renamed;  // list → renamed
    const std::size_t end = d + 1 < corpus.first_claim.size() ? corpus.first_claim[d + 1] : corpus.claims.size();
    for (std::size_t i = corpus.first_claim[d]; i < end; ++i) {
      auto& c = corpus.claims[i];
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
    actors[d].entities = {};
  }
}

// Returns the allocator's free pages to the system (glibc keeps them otherwise).
void release_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

// Appends a document's records to the corpus, freeing its vectors. Of the alias sets it keeps
// what `link_actors` reads: keys, kinds and saliences (names and aliases can be long).
void add(Corpus& corpus, claims::DocumentClaims document, std::vector<actors::Entity> entities) {
  for (auto& e : entities) {
    e.name = {};
    e.aliases = {};
  }
  corpus.first_claim.push_back(corpus.claims.size());
  corpus.documents.push_back(std::move(document.info));
  std::move(document.claims.begin(), document.claims.end(), std::back_inserter(corpus.claims));
  std::move(document.figures.begin(), document.figures.end(), std::back_inserter(corpus.figures));
  corpus.entities.push_back(std::move(entities));
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

Result<Corpus> extract_corpus(const std::vector<load::Input>& inputs, const ExtractOptions& options,
                              ExtractStats* stats) {
  // Inputs not in document order (not as a folder walk gives them): extracted, then sorted.
  const auto in_order = std::is_sorted(inputs.begin(), inputs.end(), [](const auto& a, const auto& b) {
    return claims::before({a.display, 0}, {b.display, 0});
  });
  if (!in_order) {
    auto records = extract(inputs, options, stats);
    if (!records) return Error{records.error()};
    return gather(std::move(*records));
  }
  std::optional<Cache> cache;
  if (!options.cache.empty()) cache.emplace(options.cache, options.load);
  std::vector<std::optional<claims::Records>> slots(inputs.size());
  std::vector<std::string> errors(inputs.size());
  std::vector<char> done(inputs.size(), 0);
  std::atomic<std::size_t> extracted{0}, cached{0}, unwritten{0};
  Corpus corpus;
  std::size_t next = 0;  // the first input not yet in the corpus
  claims::Pool pool;     // the values that repeat across documents, shared by all of them
  std::mutex lock;       // the pool, the slots and the corpus
  // An input's records are shared with the others', then appended with those of the inputs
  // after it that are done, in input order.
  auto finish = [&](std::size_t i, std::optional<claims::Records> records) {
    const std::lock_guard guard(lock);
    if (records) {
      for (auto& r : records->documents) claims::share(r.document, pool);
      slots[i] = std::move(records);
    }
    done[i] = 1;
    for (; next < inputs.size() && done[next] != 0; ++next) {
      if (!slots[next]) continue;  // an error, returned below
      auto& r = *slots[next];
      for (auto& d : r.documents) add(corpus, std::move(d.document), std::move(d.entities));
      for (auto& s : r.skipped) corpus.skipped.push_back(std::move(s.skipped));
      append(corpus.diagnostics, r.diagnostics);
      slots[next].reset();
      // What the documents' text, tags and per-document vectors took is free, between the
      // claims' texts and lists the same threads made: hand its whole pages back now and then.
      if (next % 1024 == 1023) release_free_memory();
    }
  };
  parallel_for(inputs.size(), options.jobs, [&](std::size_t i) {
    const auto key = cache ? cache->key(inputs[i]) : std::nullopt;
    if (key) {
      if (auto hit = cache->get(*key)) {
        ++cached;
        return finish(i, std::move(*hit));
      }
    }
    auto records = extract_input(inputs[i], options.load);
    ++extracted;
    if (!records) {
      errors[i] = records.error();
      return finish(i, std::nullopt);
    }
    if (key && !cache->put(*key, *records)) ++unwritten;
    finish(i, std::move(*records));
  });
  if (stats != nullptr) *stats = {extracted, cached, unwritten};
  for (const auto& e : errors)
    if (!e.empty()) return Error{e};
  return corpus;
}

Corpus gather(claims::Records records) {
  auto by_place = [](const auto& a, const auto& b) { return claims::before(a.place, b.place); };
  std::stable_sort(records.documents.begin(), records.documents.end(), by_place);
  std::stable_sort(records.skipped.begin(), records.skipped.end(), by_place);
  Corpus corpus;
  std::size_t n_claims = 0, n_figures = 0;
  for (const auto& r : records.documents) n_claims += r.document.claims.size(), n_figures += r.document.figures.size();
  corpus.documents.reserve(records.documents.size());
  corpus.claims.reserve(n_claims);
  corpus.figures.reserve(n_figures);
  for (std::size_t i = 0; i < records.documents.size(); ++i) {
    auto& r = records.documents[i];
    add(corpus, std::move(r.document), std::move(r.entities));
    r = {};
    // The documents' vectors may have been made on extracting threads, in their allocator
    // arenas, which this thread does not reuse: hand what they freed back to the system as we
    // go, or the claims would be resident twice at the end of this loop.
    if (i % 4096 == 4095) release_free_memory();
  }
  records.documents = {};
  release_free_memory();
  for (auto& s : records.skipped) corpus.skipped.push_back(std::move(s.skipped));
  corpus.diagnostics = std::move(records.diagnostics);
  return corpus;
}

Result<Timeline> merge(claims::Records records, const Lexicon* lexicon) {
  return merge(gather(std::move(records)), lexicon);
}

Result<Timeline> merge(Corpus corpus, const Lexicon* lexicon) {
  link_actors(corpus);  // the alias sets are then dropped: the correlator needs the claims only
  return correlate(std::move(corpus), lexicon);
}

Result<Timeline> correlate(std::vector<claims::DocumentClaims> documents, std::vector<Skipped> skipped,
                           const Lexicon* lexicon) {
  Corpus corpus;
  for (auto& d : documents) add(corpus, std::move(d), {});
  documents = {};
  corpus.entities = {};
  corpus.skipped = std::move(skipped);
  return correlate(std::move(corpus), lexicon);
}

Result<Timeline> build(const std::vector<load::Input>& inputs, const ExtractOptions& options, ExtractStats* stats) {
  auto corpus = extract_corpus(inputs, options, stats);
  if (!corpus) return Error{corpus.error()};
  return merge(std::move(*corpus), options.load.lexicon);
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
