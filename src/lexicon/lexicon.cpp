#include "timeline/lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>

#include "lexicon/embedded_data.hpp"
#include "util/files.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace timeline {
namespace {

std::string table_name(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  return std::string(dot == std::string_view::npos ? file_name : file_name.substr(0, dot));
}

}  // namespace

const std::string& LexiconRow::field(std::size_t i) const {
  static const std::string empty;
  return i < fields.size() ? fields[i] : empty;
}

std::string LexiconTable::error_at(const LexiconRow& row, std::string_view message) const {
  return fmt::format("{}:{}: {}", file, row.line, message);
}

Result<LexiconTable> Lexicon::parse_table(std::string_view name, std::string_view text,
                                          std::string_view display_prefix) {
  LexiconTable table;
  table.name = table_name(name);
  table.file = std::string(display_prefix) + std::string(name);
  if (!util::is_valid_utf8(text)) return Error{table.file + ": not valid UTF-8"};
  const std::string normalized = util::normalize_newlines(text);
  std::size_t line_no = 0;
  for (const std::string_view raw : util::split(normalized, '\n')) {
    ++line_no;
    const std::string_view line = raw;
    if (util::trim(line).empty()) continue;
    if (line.front() == '#') {
      const std::string_view comment = util::trim(line.substr(1));
      if (util::istarts_with(comment, "FORMAT:")) table.format = std::string(util::trim(comment.substr(7)));
      continue;
    }
    if (table.format.empty())
      return Error{fmt::format("{}:{}: data before the '# FORMAT:' line (every data file starts with one)",
                               table.file, line_no)};
    LexiconRow row;
    row.line = line_no;
    for (const std::string_view f : util::split(line, '\t')) row.fields.emplace_back(util::trim(f));
    while (!row.fields.empty() && row.fields.back().empty()) row.fields.pop_back();
    table.rows.push_back(std::move(row));
  }
  if (table.format.empty()) return Error{table.file + ":1: missing '# FORMAT:' line"};
  return table;
}

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon = [] {
    Lexicon lex;
    for (const auto& file : lexicon::embedded_files()) {
      auto table = parse_table(file.name, file.bytes);
      if (!table) {
        // The tests parse every data file, so this cannot ship; fail loudly if it does.
        fmt::print(stderr, "timeline: internal error: {}\n", table.error());
        std::abort();
      }
      lex.m_tables.emplace(table->name, std::move(*table));
    }
    return lex;
  }();
  return lexicon;
}

Result<Lexicon> Lexicon::from_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Error{fmt::format("{}: data folder not found", dir.string())};
  Lexicon lex;
  for (const auto& entry : util::walk_files(dir)) {
    const std::string rel = entry.relative.generic_string();
    if (!util::iends_with(rel, ".tsv") && !util::iends_with(rel, ".txt")) continue;
    if (!entry.problem.empty()) return Error{fmt::format("{}: {}", entry.path.string(), entry.problem)};
    const auto read = util::read_file(entry.path, 16u << 20);
    if (!read.ok) return Error{fmt::format("{}: {}", entry.path.string(), read.error)};
    auto table = parse_table(rel, read.bytes, (dir.string() + "/"));
    if (!table) return Error{table.error()};
    lex.m_tables.emplace(table->name, std::move(*table));
  }
  // Tables absent from the folder fall back to the built-in ones, so a folder may hold only
  // the files being edited.
  for (const auto& [name, table] : builtin().m_tables) lex.m_tables.try_emplace(name, table);
  return lex;
}

Result<const LexiconTable*> Lexicon::table(std::string_view name) const {
  const auto it = m_tables.find(name);
  if (it == m_tables.end()) return Error{fmt::format("data/lexicon/{}: lexicon file missing", name)};
  return &it->second;
}

}  // namespace timeline
