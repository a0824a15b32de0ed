#include "load/resources.hpp"
#include "lexicon/compiled.hpp"

#include <charconv>

#include "util/strings.hpp"

namespace timeline::load {
namespace {

Result<int> parse_int(const LexiconTable& t, const LexiconRow& row, std::size_t field, int lo, int hi) {
  const std::string& s = row.field(field);
  int v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v < lo || v > hi)
    return Error{t.error_at(row, "expected a number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                                     " in field " + std::to_string(field + 1) + ", got '" + s + "'")};
  return v;
}

Result<bool> fill_number_map(const Lexicon& lex, std::string_view name, int lo, int hi,
                             std::unordered_map<std::string, int>& out) {
  auto table = lex.table(name);
  if (!table) return Error{table.error()};
  for (const auto& row : (*table)->rows) {
    auto v = parse_int(**table, row, 1, lo, hi);
    if (!v) return Error{v.error()};
    out[util::to_lower_ascii(row.field(0))] = *v;
  }
  return true;
}

}  // namespace

Result<Resources> compile_resources(const Lexicon& lex) {
  Resources r;
  if (auto ok = fill_number_map(lex, "en/months", 1, 12, r.months); !ok) return Error{ok.error()};
  if (auto ok = fill_number_map(lex, "en/weekdays", 1, 7, r.weekdays); !ok) return Error{ok.error()};

  auto zones = lex.table("en/timezones");
  if (!zones) return Error{zones.error()};
  for (const auto& row : (*zones)->rows) {
    const std::string& zone = row.field(1);
    if (row.field(0).empty() || zone.empty()) return Error{(*zones)->error_at(row, "expected abbreviation<TAB>zone")};
    const bool fixed = (zone[0] == '+' || zone[0] == '-') && zone.size() == 6 && zone[3] == ':';
    if (!fixed && zone.find('/') == std::string::npos)
      return Error{(*zones)->error_at(row, "zone must be ±HH:MM or a tz name like Asia/Tokyo, got '" + zone + "'")};
    r.zones[row.field(0)] = zone;
  }

  auto words = lex.table("en/dateline_words");
  if (!words) return Error{words.error()};
  for (const auto& row : (*words)->rows) {
    const std::string& role = row.field(1);
    if (role != "filler" && role != "published" && role != "updated" && role != "am" && role != "pm" &&
        role != "reading" && role != "self")
      return Error{(*words)->error_at(
          row, "unknown role '" + role + "' (expected filler|published|updated|am|pm|reading|self)")};
    r.dateline_words[util::to_lower_ascii(row.field(0))] = role;
  }

  auto variants = lex.table("en/spelling_variants");
  if (!variants) return Error{variants.error()};
  for (const auto& row : (*variants)->rows) {
    const std::string british = util::to_lower_ascii(row.field(0)), american = util::to_lower_ascii(row.field(1));
    if (british.empty() || american.empty() || british == american)
      return Error{(*variants)->error_at(row, "expected two different spellings")};
    r.spelling[british] = true;
    r.spelling[american] = false;
  }

  auto furniture = lex.table("en/furniture");
  if (!furniture) return Error{furniture.error()};
  for (const auto& row : (*furniture)->rows) {
    FurnitureRule rule;
    rule.phrase = util::to_lower_ascii(row.field(0));
    const std::string& kind = row.field(1);
    const std::string& match = row.field(2);
    if (kind != "block" && kind != "line")
      return Error{(*furniture)->error_at(row, "unknown kind '" + kind + "' (expected block|line)")};
    rule.block = kind == "block";
    if (match == "exact") rule.match = FurnitureRule::Match::exact;
    else if (match == "prefix") rule.match = FurnitureRule::Match::prefix;
    else if (match == "suffix") rule.match = FurnitureRule::Match::suffix;
    else return Error{(*furniture)->error_at(row, "unknown match '" + match + "' (expected exact|prefix|suffix)")};
    if (rule.phrase.empty()) return Error{(*furniture)->error_at(row, "empty phrase")};
    r.furniture.push_back(std::move(rule));
  }

  auto html = lex.table("html_furniture");
  if (!html) return Error{html.error()};
  for (const auto& row : (*html)->rows) {
    const std::string name = util::to_lower_ascii(row.field(0));
    const std::string& where = row.field(1);
    if (where == "tag") r.html_tags.insert(name);
    else if (where == "role") r.html_roles.insert(name);
    else if (where == "class") r.html_classes.insert(name);
    else if (where == "byline" || where == "dateline" || where == "masthead")
      r.html_header.emplace(name, where);
    else
      return Error{
          (*html)->error_at(row, "unknown place '" + where + "' (expected tag|role|class|byline|dateline|masthead)")};
  }
  return r;
}

Result<const Resources*> resources_for(const Lexicon* lexicon) { return lexicon::compiled(lexicon, &compile_resources); }

}  // namespace timeline::load
