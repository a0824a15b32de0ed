#pragma once
// Reading files with a size limit, and walking folders deterministically without
// following symlink loops.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace timeline::util {

/// Outcome of reading a file: its bytes, or why they could not be read.
struct ReadResult {
  bool ok = false;
  std::string bytes;
  std::string error;  ///< "permission denied", "larger than the limit of N bytes", …
};

/// Reads at most `max_bytes`; a larger file is an error (its size is never read into memory).
ReadResult read_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

/// One entry met while walking a folder.
struct WalkEntry {
  std::filesystem::path path;      ///< as reached (through symlinks)
  std::filesystem::path relative;  ///< relative to the root that was walked
  std::string problem;             ///< non-empty when the entry cannot be used (loop, unreadable folder…)
};

/// Every regular file under `root`, recursively, in byte order of names at each level;
/// skips names starting with '.'; follows symlinks but never enters a folder twice
/// (a loop, or a second link to a folder already read, is reported as a problem entry).
std::vector<WalkEntry> walk_files(const std::filesystem::path& root);

}  // namespace timeline::util
