#include "segment/abbreviations.hpp"
#include "lexicon/compiled.hpp"


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

Result<const Abbreviations*> abbreviations_for(const Lexicon* lexicon) { return lexicon::compiled(lexicon, &compile); }

}  // namespace timeline::segment
