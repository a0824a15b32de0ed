#pragma once
/// Loading: paths and folders → Documents (formats, metadata, publication dates, furniture
/// removal, segmentation). Problems with one input are reported and never stop the others.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/diagnostics.hpp"
#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::load {

struct Options {
  std::uintmax_t max_bytes = 32u << 20;          ///< larger files are skipped (--max-bytes)
  std::optional<PublicationDate> published;      ///< overrides every document's date (--published)
  const Lexicon* lexicon = nullptr;              ///< nullptr: the built-in data
};

/// What loading produced: documents in deterministic order, inputs skipped, and warnings.
struct Batch {
  std::vector<Document> documents;
  std::vector<Skipped> skipped;
  std::vector<Diagnostic> diagnostics;
};

/// One input file found under the given paths.
struct Input {
  std::filesystem::path path;  ///< where to read it
  std::string display;         ///< relative to the folder given, or the path as given
  std::string problem;         ///< non-empty: cannot be read (reported as skipped)
  bool explicit_file = false;  ///< named on the command line (any extension is tried as text)
};

/// Expands files and folders into inputs (folders recursively, names in byte order, hidden
/// files, sidecars and the tool's own outputs skipped). A path that does not exist is an error.
Result<std::vector<Input>> collect(const std::vector<std::filesystem::path>& paths);

/// Loads one input file (it may hold several articles: JSON arrays, JSONL).
Batch load_input(const Input& input, const Options& options);

/// Loads an in-memory file: the seam tests use (no disk). `name` decides the format.
Batch load_bytes(std::string_view name, std::string_view bytes, const Options& options,
                 std::string_view sidecar_json = {});

/// collect + load_input over everything.
Result<Batch> load_paths(const std::vector<std::filesystem::path>& paths, const Options& options);

/// Parses a date given by a user or by metadata: ISO 8601 ("2021-12-26", "2021-12-26T10:36:00+04:00",
/// "…Z"), RFC 2822 ("Sun, 26 Dec 2021 10:36:00 +0400") or a dateline form ("December 26, 2021").
std::optional<PublicationDate> parse_date_text(std::string_view text, const Lexicon& lexicon);

}  // namespace timeline::load
