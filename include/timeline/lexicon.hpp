#pragma once
/// Lexicons and rule tables: the data files under data/lexicon/, embedded in the binary
/// at build time, or read from a folder (--data-dir) so authors can try edits without rebuilding.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/result.hpp"

namespace timeline {

/// One data line of a table: its 1-based line number in the file and its tab-separated fields.
struct LexiconRow {
  std::size_t line = 0;
  std::vector<std::string> fields;
  /// The i-th field, or "" when the line has fewer.
  const std::string& field(std::size_t i) const;
};

/// One data file: `# FORMAT:` header, comments dropped, rows kept with their line numbers.
struct LexiconTable {
  std::string name;    ///< path under data/lexicon without extension, e.g. "en/months"
  std::string file;    ///< path for messages, e.g. "data/lexicon/en/months.tsv"
  std::string format;  ///< text after "# FORMAT:"
  std::vector<LexiconRow> rows;
  /// "data/lexicon/en/months.tsv:7: message" (ninja-style, points at the row).
  std::string error_at(const LexiconRow& row, std::string_view message) const;
};

/// All tables, by name.
class Lexicon {
 public:
  /// The data embedded at build time (parsed once; aborts nothing: a broken embedded file
  /// cannot be built because tests parse every file).
  static const Lexicon& builtin();
  /// Reads every .tsv/.txt file under `dir` (the layout of data/lexicon).
  static Result<Lexicon> from_directory(const std::filesystem::path& dir);
  /// Parses one file's text; `name` is its path under data/lexicon (with extension).
  static Result<LexiconTable> parse_table(std::string_view name, std::string_view text,
                                          std::string_view display_prefix = "data/lexicon/");

  /// The table, or an error naming the missing file.
  Result<const LexiconTable*> table(std::string_view name) const;
  const std::map<std::string, LexiconTable, std::less<>>& tables() const { return m_tables; }

 private:
  std::map<std::string, LexiconTable, std::less<>> m_tables;
};

}  // namespace timeline
