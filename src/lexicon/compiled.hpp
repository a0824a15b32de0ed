#pragma once
// A stage's lexicon tables, compiled once per Lexicon and shared by all threads.
#include <map>
#include <memory>
#include <mutex>

#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::lexicon {

/// The result of `compile(lexicon)` (nullptr: the built-in lexicon), computed on first use
/// and kept for the life of the program; errors are returned each time.
template <typename T>
Result<const T*> compiled(const Lexicon* lexicon, Result<T> (*compile)(const Lexicon&)) {
  static std::mutex mutex;
  static std::map<const Lexicon*, std::unique_ptr<T>> cache;
  const Lexicon* key = lexicon != nullptr ? lexicon : &Lexicon::builtin();
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(key); it != cache.end()) return it->second.get();
  auto result = compile(*key);
  if (!result) return Error{result.error()};
  auto owned = std::make_unique<T>(std::move(*result));
  const T* ptr = owned.get();
  cache.emplace(key, std::move(owned));
  return ptr;
}

}  // namespace timeline::lexicon
