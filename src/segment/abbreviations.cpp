#include "segment/abbreviations.hpp"

#include <map>
#include <memory>
#include <mutex>

namespace timeline::segment {
namespace {

Result<Abbreviations> compile(const Lexicon& lex) {
  Abbreviations a;
  auto abbr = lex.table("en/abbreviations");
  if (!abbr) return Error{abbr.error()};
  for (const auto& row : (*abbr)->rows) {
    const std::string& word = row.field(0);
    const std::string& kind = row.field(1);
    if (word.empty() || word.back() != '.') return Error{(*abbr)->error_at(row, "an abbreviation ends with '.'")};
    if (kind == "inner") a.inner.insert(word);
    else if (kind == "either") a.either.insert(word);
    else return Error{(*abbr)->error_at(row, "unknown kind '" + kind + "' (expected inner|either)")};
  }
  auto starters = lex.table("en/sentence_starters");
  if (!starters) return Error{starters.error()};
  for (const auto& row : (*starters)->rows) a.starters.insert(row.field(0));
  return a;
}

}  // namespace

Result<const Abbreviations*> abbreviations_for(const Lexicon* lexicon) {
  static std::mutex mutex;
  static std::map<const Lexicon*, std::unique_ptr<Abbreviations>> cache;
  const Lexicon* key = lexicon != nullptr ? lexicon : &Lexicon::builtin();
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(key); it != cache.end()) return it->second.get();
  auto compiled = compile(*key);
  if (!compiled) return Error{compiled.error()};
  auto owned = std::make_unique<Abbreviations>(std::move(*compiled));
  const Abbreviations* ptr = owned.get();
  cache.emplace(key, std::move(owned));
  return ptr;
}

}  // namespace timeline::segment
