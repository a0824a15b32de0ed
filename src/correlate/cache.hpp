#pragma once
// The extraction cache: one input's records under a key that hashes everything extraction
// depends on (the file's bytes and its sidecar's, the tool version, the lexicons, the options).
#include <filesystem>
#include <optional>
#include <string>

#include "timeline/claims.hpp"
#include "timeline/load.hpp"

namespace timeline::correlate {

class Cache {
 public:
  /// A cache in `dir` (created when first written) for inputs loaded with `options`.
  Cache(std::filesystem::path dir, const load::Options& options);
  /// The input's key, or nothing when it cannot be read (loading reports why; never cached).
  std::optional<std::string> key(const load::Input& input) const;
  /// The records stored under `key`; nothing when absent, unreadable or corrupt.
  std::optional<claims::Records> get(const std::string& key) const;
  /// Stores the records (atomically); false when the entry could not be written.
  bool put(const std::string& key, const claims::Records& records) const;

 private:
  std::filesystem::path entry(const std::string& key) const;
  std::filesystem::path m_dir;
  std::string m_salt;  ///< version, lexicons and options: what every key shares
  std::uintmax_t m_max_bytes;
};

}  // namespace timeline::correlate
