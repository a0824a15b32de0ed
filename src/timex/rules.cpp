#include "timex/rules.hpp"

#include "timex/rules_family.hpp"

namespace timeline::timex {
namespace {

const std::vector<Rule>& table() {
  static const std::vector<Rule> all = [] {
    std::vector<Rule> v;
    add_calendar_rules(v);
    add_relative_rules(v);
    return v;
  }();
  return all;
}

std::optional<Match> plain_match(const Cursor& c) {
  std::optional<Match> best;
  for (const auto& rule : table()) {
    auto m = rule.fn(c);
    if (!m || m->length == 0) continue;
    // Never cross a sentence boundary.
    if (c.toks[c.i + m->length - 1].sentence != c.toks[c.i].sentence) continue;
    if (!best || m->length > best->length) best = std::move(m);
  }
  return best;
}

bool phrase_at(const Cursor& c, const std::vector<std::string>& phrase) {
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (!c.is(k, phrase[k])) return false;
  return true;
}

bool is_point(const Draft& d) {
  return d.type != Type::duration && d.type != Type::set && d.ref.empty();
}

}  // namespace

std::span<const Rule> rules() { return table(); }

std::optional<Match> match_at(const Cursor& c) {
  std::optional<Match> best = plain_match(c);
  // "the mid-1990s", "the early 2000s": an article before a part modifier belongs to the expression.
  const std::size_t article = c.is(0, "the") ? 1 : 0;
  static const std::vector<std::size_t> k_none;
  const auto here = c.res.modifier_index.find(c.tok(0).lower);
  const auto after = article ? c.res.modifier_index.find(c.tok(1).lower) : c.res.modifier_index.end();
  std::vector<std::size_t> candidates = here != c.res.modifier_index.end() ? here->second : k_none;
  if (after != c.res.modifier_index.end()) candidates.insert(candidates.end(), after->second.begin(), after->second.end());
  for (const std::size_t index : candidates) {
    const auto& [phrase, modifier] = c.res.modifiers[index];
    std::size_t lead = 0;
    if (!phrase_at(c, phrase)) {
      if (article == 0 || modifier.applies != "part" || !phrase_at(c.from(1), phrase)) continue;
      lead = 1;
    }
    const std::size_t len = lead + phrase.size();
    auto inner = plain_match(c.from(len));
    if (!inner) continue;
    Draft d = inner->draft;
    if (modifier.applies == "part") {
      if (!is_point(d) || !d.mod.empty()) continue;
      d.mod = modifier.mod;
    } else {  // amount: on durations; on "… ago" it bounds the point
      if (d.type == Type::duration) {
        d.mod = modifier.mod;
      } else if (!d.shift_unit.empty() && !d.shift_unit_only && !d.from_previous) {
        const bool past = d.shift < 0;
        if (modifier.mod == "MORE_THAN" || modifier.mod == "EQUAL_OR_MORE") d.point_mod = past ? "BEFORE" : "AFTER";
        else if (modifier.mod == "LESS_THAN" || modifier.mod == "EQUAL_OR_LESS") d.point_mod = past ? "AFTER" : "BEFORE";
        else d.mod = "APPROX";
        if (!d.point_mod.empty()) d.mod = d.point_mod;
      } else if (modifier.mod == "APPROX" && is_point(d) && d.mod.empty()) {
        d.mod = "APPROX";  // "around 1960"
      } else {
        continue;
      }
    }
    if (!best || len + inner->length > best->length) best = Match{len + inner->length, d};
  }
  return best;
}

}  // namespace timeline::timex
