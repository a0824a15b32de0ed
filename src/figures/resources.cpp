#include "figures/resources.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include "lexicon/compiled.hpp"
#include "timeline/segment.hpp"
#include "util/strings.hpp"

namespace timeline::figures {

void PhraseTable::add(const std::string& text, std::size_t row) {
  Phrase p;
  p.row = row;
  std::size_t prev_end = std::string::npos;
  for (const auto& tok : segment::tokenize(text)) {
    Phrase::Part part;
    const std::string_view t = std::string_view(text).substr(tok.span.begin, tok.span.size());
    part.wildcard = t == "*";
    part.exact = std::any_of(t.begin(), t.end(), [](char c) { return util::is_ascii_upper(c); });
    part.text = part.exact ? std::string(t) : util::to_lower_ascii(t);
    part.glued = prev_end != std::string::npos && tok.span.begin == prev_end;
    prev_end = tok.span.end;
    p.parts.push_back(std::move(part));
  }
  if (p.parts.empty() || p.parts.front().wildcard) return;
  by_first[util::to_lower_ascii(p.parts.front().text)].push_back(std::move(p));
}

void PhraseTable::sort() {
  for (auto& [first, list] : by_first)
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) { return a.parts.size() > b.parts.size(); });
}

namespace {

std::optional<double> number(const std::string& f) {
  if (f == "inf") return std::numeric_limits<double>::infinity();
  double v = 0;
  const auto [p, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
  if (ec != std::errc() || p != f.data() + f.size() || f.empty()) return std::nullopt;
  return v;
}

Result<Resources> compile(const Lexicon& lex) {
  Resources r;
  auto numbers = lex.table("en/figure_numbers");
  if (!numbers) return Error{numbers.error()};
  for (const auto& row : (*numbers)->rows) {
    NumberWord w;
    const std::string& kind = row.field(1);
    if (kind == "unit") w.kind = NumberWord::Kind::unit;
    else if (kind == "hundred") w.kind = NumberWord::Kind::hundred;
    else if (kind == "scale") w.kind = NumberWord::Kind::scale;
    else if (kind == "abbrev") w.kind = NumberWord::Kind::abbrev;
    else if (kind == "vague") w.kind = NumberWord::Kind::vague;
    else return Error{(*numbers)->error_at(row, "unknown kind '" + kind + "' (expected unit|hundred|scale|abbrev|vague)")};
    const auto v = number(row.field(2));
    if (!v || *v <= 0) return Error{(*numbers)->error_at(row, "expected a positive number, got '" + row.field(2) + "'")};
    w.value = *v;
    if (w.kind == NumberWord::Kind::vague) {
      const auto lo = number(row.field(3)), hi = number(row.field(4));
      if (!lo || !hi || *lo > *hi) return Error{(*numbers)->error_at(row, "a vague word needs low and high factors (low <= high)")};
      w.low = *lo;
      w.high = *hi;
    }
    r.numbers[util::to_lower_ascii(row.field(0))] = w;
  }

  auto quals = lex.table("en/figure_qualifiers");
  if (!quals) return Error{quals.error()};
  for (const auto& row : (*quals)->rows) {
    Qualifier q;
    q.phrase = util::to_lower_ascii(row.field(0));
    const std::string& pos = row.field(1);
    if (pos != "before" && pos != "after") return Error{(*quals)->error_at(row, "unknown position '" + pos + "' (expected before|after)")};
    q.after = pos == "after";
    const auto lo = number(row.field(2)), hi = number(row.field(3));
    if (!lo || !hi || *lo < 0 || *lo > *hi)
      return Error{(*quals)->error_at(row, "expected low and high factors (numbers or inf, 0 <= low <= high)")};
    q.low = *lo;
    q.high = *hi;
    (q.after ? r.qualifiers_after : r.qualifiers_before).add(row.field(0), r.qualifiers.size());
    r.qualifiers.push_back(std::move(q));
  }

  auto units = lex.table("en/figure_units");
  if (!units) return Error{units.error()};
  for (const auto& row : (*units)->rows) {
    Unit u;
    u.form = row.field(0);
    const std::string& kind = row.field(1);
    if (kind != "size" && kind != "percent") return Error{(*units)->error_at(row, "unknown kind '" + kind + "' (expected size|percent)")};
    u.percent = kind == "percent";
    const auto m = number(row.field(2));
    if (!m || *m <= 0) return Error{(*units)->error_at(row, "expected a positive multiplier, got '" + row.field(2) + "'")};
    u.multiplier = *m;
    u.convention = row.field(3);
    if (!u.percent && u.convention != "decimal" && u.convention != "binary")
      return Error{(*units)->error_at(row, "a size needs a convention (decimal|binary), got '" + u.convention + "'")};
    r.unit_phrases.add(u.form, r.units.size());
    r.units.push_back(std::move(u));
  }

  auto curs = lex.table("en/figure_currencies");
  if (!curs) return Error{curs.error()};
  for (const auto& row : (*curs)->rows) {
    Currency c;
    c.form = row.field(0);
    c.code = row.field(1);
    if (c.code.size() != 3 || !std::all_of(c.code.begin(), c.code.end(), [](char ch) { return util::is_ascii_upper(ch); }))
      return Error{(*curs)->error_at(row, "expected an ISO 4217 code (three capital letters), got '" + c.code + "'")};
    const std::string& pos = row.field(2);
    if (pos != "before" && pos != "after" && pos != "both")
      return Error{(*curs)->error_at(row, "unknown position '" + pos + "' (expected before|after|both)")};
    c.before = pos != "after";
    c.after = pos != "before";
    if (c.before) r.currencies_before.add(c.form, r.currencies.size());
    if (c.after) r.currencies_after.add(c.form, r.currencies.size());
    r.currencies.push_back(std::move(c));
  }

  auto counted = lex.table("en/figure_counted");
  if (!counted) return Error{counted.error()};
  for (const auto& row : (*counted)->rows) {
    if (row.field(1).empty() || row.field(2).empty()) return Error{(*counted)->error_at(row, "expected a lemma and a class")};
    r.counted_phrases.add(row.field(0), r.counted.size());
    r.counted.push_back({row.field(1), row.field(2)});
  }

  auto rates = lex.table("en/figure_rates");
  if (!rates) return Error{rates.error()};
  for (const auto& row : (*rates)->rows) {
    static const char* const k_rates[] = {"year", "quarter", "month", "week", "day", "hour"};
    const std::string& rate = row.field(1);
    if (std::none_of(std::begin(k_rates), std::end(k_rates), [&](const char* k) { return rate == k; }))
      return Error{(*rates)->error_at(row, "unknown rate '" + rate + "' (expected year|quarter|month|week|day|hour)")};
    const std::string& pos = row.field(2);
    if (pos == "before") r.rates_before[util::to_lower_ascii(row.field(0))] = rate;
    else if (pos == "after") {
      r.rates_after.add(row.field(0), r.rates.size());
      r.rates.push_back({rate, false});
    } else return Error{(*rates)->error_at(row, "unknown position '" + pos + "' (expected after|before)")};
  }

  auto words = lex.table("en/figure_words");
  if (!words) return Error{words.error()};
  for (const auto& row : (*words)->rows) {
    const std::string w = util::to_lower_ascii(row.field(0));
    const std::string& role = row.field(1);
    if (role == "label") r.labels.insert(w);
    else if (role == "not_after") {
      // "a.m." is several tokens: keep its letters only ("am"), the matcher folds the same way.
      std::string letters;
      for (const char c : w)
        if (c != '.') letters += c;
      r.not_after.insert(letters);
    } else if (role == "link") r.links.add(w, 0);
    else if (role == "stop") r.stops.insert(w);
    else return Error{(*words)->error_at(row, "unknown role '" + role + "' (expected label|not_after|link|stop)")};
  }

  auto tu = lex.table("en/time_units");
  if (!tu) return Error{tu.error()};
  for (const auto& row : (*tu)->rows) r.time_units.insert(util::to_lower_ascii(row.field(0)));
  auto months = lex.table("en/months");
  if (!months) return Error{months.error()};
  for (const auto& row : (*months)->rows) r.months.insert(util::to_lower_ascii(row.field(0)));

  for (auto* t : {&r.qualifiers_before, &r.qualifiers_after, &r.unit_phrases, &r.currencies_before, &r.currencies_after,
                  &r.counted_phrases, &r.rates_after, &r.links})
    t->sort();
  for (const auto* t : {&r.qualifiers_before, &r.currencies_before})
    for (const auto& [first, list] : t->by_first) r.starters.insert(first);
  for (const auto& [w, n] : r.numbers) r.starters.insert(w);
  for (const char* w : {"a", "an", "between"}) r.starters.insert(w);
  return r;
}

}  // namespace

Result<const Resources*> resources_for(const Lexicon* lexicon) { return lexicon::compiled(lexicon, &compile); }

}  // namespace timeline::figures
