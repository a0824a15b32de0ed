#pragma once
// Test support: paths into the source tree and readers for the example corpora in data/.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "timeline/lexicon.hpp"

namespace timeline::test {

inline std::filesystem::path source_dir() { return TIMELINE_SOURCE_DIR; }

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// An example corpus under data/examples/ (a TSV with a `# FORMAT:` header), with line numbers
/// for messages. Examples may themselves start with '#' (a dateline "# 26 May 2021"), so a
/// comment is a '#' line without a tab; a '#' line with a tab is an example.
inline LexiconTable examples(const std::string& relative) {
  const auto path = source_dir() / "data" / "examples" / relative;
  LexiconTable table;
  table.name = relative;
  table.file = "data/examples/" + relative;
  std::istringstream in(read_file(path));
  std::string line;
  for (std::size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (line[0] == '#' && line.find('\t') == std::string::npos) {
      if (line.rfind("# FORMAT:", 0) == 0) table.format = line.substr(9);
      continue;
    }
    if (table.format.empty()) throw std::runtime_error(table.file + ":" + std::to_string(line_no) + ": data before '# FORMAT:'");
    LexiconRow row;
    row.line = line_no;
    std::size_t start = 0;
    for (;;) {
      const auto tab = line.find('\t', start);
      row.fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

/// "data/examples/x.tsv:12" for a row.
inline std::string where(const LexiconTable& t, const LexiconRow& row) { return t.file + ":" + std::to_string(row.line); }

}  // namespace timeline::test
