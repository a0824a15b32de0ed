// The figures tagger: at each token, an optional qualifier and currency, a numeral, then its
// unit (currency, size, percent) or what it counts, a conversion into another currency, a
// rate and a period. Numbers that are names, codes, dates or times are left alone.
#include <algorithm>
#include <cmath>
#include <limits>

#include "figures/numerals.hpp"
#include "figures/resources.hpp"
#include "figures/scan.hpp"
#include "timeline/figures.hpp"
#include "util/strings.hpp"

namespace timeline::figures {

const char* to_string(Kind k) {
  switch (k) {
    case Kind::count: return "count";
    case Kind::money: return "money";
    case Kind::size: return "size";
    case Kind::percent: return "percent";
  }
  return "count";
}

namespace {

constexpr double k_inf = std::numeric_limits<double>::infinity();
// Larger amounts are not figures any news text states; refusing them keeps arithmetic finite.
constexpr double k_largest = 1e18;

struct Tagger {
  const Resources& r;
  std::string_view text;
  const std::vector<timex::Timex>* timexes;
  std::vector<Tok> toks;

  // The first expression that ends after byte `at` (the expressions are in text order and
  // do not overlap): a binary search, so long documents stay linear.
  std::size_t first_timex_ending_after(std::size_t at) const {
    return static_cast<std::size_t>(
        std::partition_point(timexes->begin(), timexes->end(), [&](const timex::Timex& x) { return x.span.end <= at; }) -
        timexes->begin());
  }

  bool in_timex(const Tok& t) const {
    if (timexes == nullptr) return false;
    const std::size_t x = first_timex_ending_after(t.begin);
    return x < timexes->size() && (*timexes)[x].span.begin <= t.begin;
  }

  bool word_at(std::size_t i, std::string_view lower) const { return i < toks.size() && toks[i].word && toks[i].lower == lower; }
  bool month_at(std::size_t i) const {
    return i < toks.size() && toks[i].word && toks[i].capitalized && r.months.count(toks[i].lower) != 0;
  }

  // "am" from "a.m." or "am": the letters of the word at i and of glued "x." parts after it.
  std::string letters_at(std::size_t i) const {
    std::string s;
    for (std::size_t k = i; k < toks.size() && k < i + 4; ++k) {
      if (k > i && !toks[k].glued) break;
      if (toks[k].word) s += toks[k].lower;
      else if (toks[k].text != ".") break;
    }
    return s;
  }

  // The word before token i, skipping a glued period ("No. 5").
  std::optional<std::size_t> word_before(std::size_t i) const {
    if (i == 0) return std::nullopt;
    std::size_t k = i - 1;
    if (toks[k].text == "." && k > 0 && toks[k].glued) --k;
    if (!toks[k].word) return std::nullopt;
    return k;
  }

  bool sentence_start(std::size_t k) const {
    if (k == 0) return true;
    const std::string_view p = toks[k - 1].text;
    return p == "." || p == "!" || p == "?" || p == "\"" || p == "\xE2\x80\x9C" || p == ":" || p == "\n";
  }

  // Whether the digits at token d are a name, a code, a date or a time rather than an amount.
  bool digits_not_amount(const Numeral& n, bool currency, bool ranged = false) const {
    const std::size_t d = n.digits_token;
    const Tok& t = toks[d];
    if (in_timex(t)) return true;
    if (d > 0 && !currency) {
      const Tok& p = toks[d - 1];
      if (t.glued) {
        static const std::string_view k_open[] = {"(", "[", "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98"};
        if (std::find(std::begin(k_open), std::end(k_open), p.text) == std::end(k_open)) return true;  // "^400", "-19", "#3"
      } else if (p.number) return true;  // "650 650 6500"
    }
    const std::size_t after = n.end;
    if (!ranged && after < toks.size() && toks[after].glued && toks[after].punct()) {
      const std::string_view a = toks[after].text;
      if (a == "^" || a == "/" || a == "-" || a == "_" || a == "\xE2\x80\x93") return true;  // "10^400", "24/7", "20-year-old"
    }
    if (after < toks.size() && toks[after].number && !toks[after].glued) return true;
    if (auto w = word_before(n.begin); w && r.labels.count(toks[*w].lower) != 0) return true;  // "section 5", "No. 3"
    if (month_at(n.begin - (n.begin > 0 ? 1 : 0)) && n.begin > 0) return true;  // "June 28"
    if (month_at(after)) return true;                                              // "28 June"
    if (after < toks.size() && r.not_after.count(letters_at(after)) != 0) return true;  // "10 a.m."
    return false;
  }

  // A plain number right after a capitalised word is part of a name: "Windows 2000", "Boeing 737", "iOS 14".
  bool after_name(const Numeral& n) const {
    if (n.separator || n.scale || n.begin == 0) return false;
    const Tok& p = toks[n.begin - 1];
    if (!p.word || !p.capitalized) return false;
    if (in_timex(p)) return false;
    return !sentence_start(n.begin - 1) || r.stops.count(p.lower) == 0;
  }

  static bool year_like(const Numeral& n, std::string_view digits) {
    return !n.separator && !n.decimal && !n.scale && digits.size() == 4 && (digits[0] == '1' || digits[0] == '2');
  }

  bool looks_plural(const Tok& t) const {
    const std::string_view w = t.lower;
    if (w.size() < 4 || w.back() != 's') return false;
    return !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !w.ends_with("'s");
  }

  bool counted_word(std::size_t k) const {
    return k < toks.size() && toks[k].word && r.stops.count(toks[k].lower) == 0 && r.time_units.count(toks[k].lower) == 0 &&
           r.numbers.count(toks[k].lower) == 0;
  }

  struct CountedMatch {
    std::size_t begin = 0, end = 0;
    std::string lemma, cls;
  };

  // The counted noun phrase starting at token k: a lexicon noun after up to three modifiers,
  // else a run of lower-case words ending in a plural; then "with/containing …".
  std::optional<CountedMatch> counted_at(std::size_t k) const {
    std::optional<CountedMatch> found;
    for (std::size_t m = 0; m <= 3 && !found; ++m) {
      if (m > 0 && !counted_word(k + m - 1)) break;
      if (auto hit = match(r.counted_phrases, toks, k + m, &r.stops)) {
        const auto& c = r.counted[hit->row];
        found = CountedMatch{k, hit->end, c.lemma, c.cls};
      }
    }
    if (!found) {
      std::size_t last = SIZE_MAX;
      for (std::size_t m = 0; m < 3 && counted_word(k + m) && !month_at(k + m) && !match(r.links, toks, k + m); ++m)
        if (looks_plural(toks[k + m])) last = k + m;
      if (last == SIZE_MAX) return std::nullopt;
      found = CountedMatch{k, last + 1, "", ""};
    }
    if (auto link = match(r.links, toks, found->end)) {
      std::size_t e = link->end, last = SIZE_MAX;
      for (std::size_t m = 0; m < 4 && e + m < toks.size(); ++m) {
        const Tok& t = toks[e + m];
        const bool article = t.lower == "the" || t.lower == "a" || t.lower == "an";
        if (!t.word || (!article && r.stops.count(t.lower) != 0)) break;
        if (!article) last = e + m;
      }
      if (last != SIZE_MAX) found->end = last + 1;
    }
    return found;
  }

  struct Money {
    Amount amount;
    std::string qualifier;
    std::size_t end = 0;
  };

  static void qualify(Amount& a, const Qualifier& q) {
    a.low = a.low * q.low;
    a.high = std::isinf(q.high) ? k_inf : a.high * q.high;
  }

  // A money amount at token k: [qualifier] currency numeral | [qualifier] numeral currency.
  std::optional<Money> money_at(std::size_t k) const {
    Money m;
    const Qualifier* q = nullptr;
    if (auto hit = match(r.qualifiers_before, toks, k)) {
      q = &r.qualifiers[hit->row];
      k = hit->end;
    }
    std::string code;
    if (auto cur = match(r.currencies_before, toks, k)) {
      code = r.currencies[cur->row].code;
      k = cur->end;
    }
    auto n = parse_numeral(r, toks, k, !code.empty());
    if (!n || (n->digits_token != SIZE_MAX && digits_not_amount(*n, !code.empty()))) return std::nullopt;
    k = n->end;
    if (code.empty()) {
      auto cur = match(r.currencies_after, toks, k);
      if (!cur) return std::nullopt;
      code = r.currencies[cur->row].code;
      k = cur->end;
    }
    m.amount = Amount{n->value, n->low, n->high, code};
    if (q != nullptr) {
      qualify(m.amount, *q);
      m.qualifier = q->phrase;
    }
    m.end = k;
    return m;
  }

  // "(about $412 million)", ", or $412 million", " $412 million" after a money figure.
  std::optional<Money> conversion_at(std::size_t k, const std::string& code) const {
    bool paren = false;
    if (k < toks.size() && toks[k].text == ",") {
      ++k;
      if (word_at(k, "or")) ++k;
      else return std::nullopt;
    } else if (k < toks.size() && (toks[k].text == "(" || toks[k].text == "[")) {
      paren = true;
      ++k;
    }
    auto m = money_at(k);
    if (!m || m->amount.unit == code) return std::nullopt;
    if (paren) {
      if (m->end >= toks.size() || (toks[m->end].text != ")" && toks[m->end].text != "]")) return std::nullopt;
      ++m->end;
    }
    return m;
  }

  std::string rate_before(std::size_t start) const {
    // "annual sales of $5 billion", "a monthly fee of 300 yen": a rate word, up to two words, then "of".
    if (start == 0 || !word_at(start - 1, "of")) return "";
    for (std::size_t back = 2; back <= 4 && back <= start; ++back) {
      const Tok& t = toks[start - back];
      if (!t.word) break;
      if (auto it = r.rates_before.find(t.lower); it != r.rates_before.end()) return it->second;
    }
    return "";
  }

  // The period of a figure: the first DATE expression after it (and its rate), introduced by
  // "in", "for", "during", "over" or "through" ("¥45 billion in fiscal 2018"). An expression
  // right after the figure ("flagged 7,400 transactions last week") dates the event, not the figure.
  void attach_period(Figure& f, std::size_t k) const {
    if (timexes == nullptr || k >= toks.size()) return;
    static const std::string_view k_connectors[] = {"in", "for", "during", "over", "through"};
    if (!toks[k].word || std::find(std::begin(k_connectors), std::end(k_connectors), toks[k].lower) == std::end(k_connectors)) return;
    const std::size_t at = toks[k].end;
    for (std::size_t x = first_timex_ending_after(at); x < timexes->size(); ++x) {
      const timex::Timex& t = (*timexes)[x];
      if (t.span.end <= at) continue;
      // The expression starts at the connector, right after it, or after "the".
      const bool next = t.span.begin <= at || (k + 1 < toks.size() && t.span.begin == toks[k + 1].begin) ||
                        (k + 2 < toks.size() && toks[k + 1].lower == "the" && t.span.begin == toks[k + 2].begin);
      if (next && t.type == timex::Type::date) {
        f.period = t.value;
        f.period_timex = x;
      }
      return;  // only the first expression after the figure
    }
  }

  // A sentence that opens with its period ("In fiscal 2018, the agency paid ¥45 billion"):
  // a connector, a DATE expression, a comma, and no other expression before the figure.
  void attach_opening_period(Figure& f, std::size_t start) const {
    if (timexes == nullptr) return;
    std::size_t s0 = start;
    // An opening period is near the figure: look back a bounded number of tokens.
    for (std::size_t steps = 0; s0 > 0 && !sentence_start(s0) && steps < 80; ++steps) --s0;
    if (!sentence_start(s0)) return;
    static const std::string_view k_openers[] = {"in", "for", "during", "through"};
    if (!toks[s0].word || std::find(std::begin(k_openers), std::end(k_openers), toks[s0].lower) == std::end(k_openers)) return;
    for (std::size_t x = first_timex_ending_after(toks[s0].end); x < timexes->size(); ++x) {
      const timex::Timex& t = (*timexes)[x];
      if (t.span.end <= toks[s0].end) continue;
      if (t.span.begin >= f.span.begin) return;
      const bool opens = t.span.begin <= toks[s0].end || (s0 + 1 < toks.size() && t.span.begin == toks[s0 + 1].begin);
      if (!opens || t.type != timex::Type::date) return;
      // The comma after the expression, and no further expression up to the figure.
      std::size_t c = s0;
      while (c < toks.size() && toks[c].begin < t.span.end) ++c;
      if (c >= toks.size() || toks[c].text != ",") return;
      if (x + 1 < timexes->size() && (*timexes)[x + 1].span.begin < f.span.begin) return;
      f.period = t.value;
      f.period_timex = x;
      return;
    }
  }

  // "5,000 to 10,000", "$1,000-$2,000", "10–20%": the upper end of a range after numeral n, not
  // after "from" ("rose from 100 to 200" is a change, not a range).
  std::optional<Numeral> range_after(Numeral& n, const std::string& code) const {
    std::size_t u = n.end;
    if (u >= toks.size() || (n.begin > 0 && word_at(n.begin - 1, "from")) ||
        (n.begin > 1 && !code.empty() && word_at(n.begin - 2, "from")))
      return std::nullopt;
    const std::string_view sep = toks[u].text;
    const bool dash = (sep == "-" || sep == "\xE2\x80\x93") && toks[u].glued && u + 1 < toks.size() && toks[u + 1].glued;
    if (!dash && !(toks[u].word && toks[u].lower == "to")) return std::nullopt;
    ++u;
    if (!code.empty()) {
      if (auto cur = match(r.currencies_before, toks, u); cur && r.currencies[cur->row].code == code) u = cur->end;
    }
    auto upper = parse_numeral(r, toks, u, !code.empty());
    if (!upper || upper->digits_token == SIZE_MAX || n.digits_token == SIZE_MAX) return std::nullopt;
    // The upper end must itself be an amount; the lower end's own glued dash is the range's.
    if (in_timex(toks[upper->begin]) || (upper->end < toks.size() && toks[upper->end].number)) return std::nullopt;
    if (upper->end < toks.size() && toks[upper->end].glued && toks[upper->end].punct()) {
      const std::string_view a = toks[upper->end].text;
      if (a == "^" || a == "/" || a == "-" || a == "_") return std::nullopt;
    }
    if (upper->scale && !n.scale) {
      n.value *= upper->multiplier;
      n.low *= upper->multiplier;
      n.high *= upper->multiplier;
    }
    if (upper->high <= n.low) return std::nullopt;
    return upper;
  }

  // Whether a figure can start at token i (see Resources::starters): most tokens are ruled out
  // by one look-up instead of the qualifier, currency and numeral look-ups of figure_at.
  bool may_start(std::size_t i) const {
    const Tok& t = toks[i];
    return t.number || r.starters.count(t.lower) != 0 || (t.word && t.lower.find('-') != std::string_view::npos);
  }

  // The figure starting at token i, and the token after it.
  std::optional<std::pair<Figure, std::size_t>> figure_at(std::size_t i) const {
    const std::size_t start = i;
    std::size_t k = i;
    const bool between = word_at(i, "between");
    const Qualifier* q = nullptr;
    if (between) ++k;
    else if (auto hit = match(r.qualifiers_before, toks, k)) {
      q = &r.qualifiers[hit->row];
      k = hit->end;
    }
    std::string code;
    if (auto cur = match(r.currencies_before, toks, k)) {
      code = r.currencies[cur->row].code;
      k = cur->end;
    }
    auto n = parse_numeral(r, toks, k, !code.empty());
    if (!n || in_timex(toks[n->begin])) return std::nullopt;
    // "between 5,000 and 10,000": one figure from the first number to the second.
    std::optional<Numeral> upper;
    if (between) {
      if (!word_at(n->end, "and")) return std::nullopt;
      std::size_t u = n->end + 1;
      if (!code.empty()) {
        if (auto cur = match(r.currencies_before, toks, u); cur && r.currencies[cur->row].code == code) u = cur->end;
      }
      upper = parse_numeral(r, toks, u, !code.empty());
      if (!upper || (upper->digits_token != SIZE_MAX && digits_not_amount(*upper, !code.empty()))) return std::nullopt;
      if (upper->scale && !n->scale) {  // "between 5 and 10 million": the scale written once applies to both
        n->value *= upper->multiplier;
        n->low *= upper->multiplier;
        n->high *= upper->multiplier;
      }
      if (upper->high < n->low) return std::nullopt;
    } else if (auto range = range_after(*n, code)) {
      upper = range;
    }
    if (n->digits_token != SIZE_MAX) {
      if (digits_not_amount(*n, !code.empty(), upper.has_value() && !between)) return std::nullopt;
      if (code.empty() && q == nullptr && !upper && after_name(*n)) return std::nullopt;
    }
    Figure f;
    f.amount = Amount{n->value, n->low, n->high, ""};
    if (upper) f.amount.high = upper->high;
    const Numeral& last = upper ? *upper : *n;
    k = last.end;
    const bool glued_word_after = k < toks.size() && toks[k].glued && toks[k].word;

    const Qualifier* post = nullptr;
    auto post_qualifier = [&] {
      if (q != nullptr || post != nullptr || upper) return;
      if (auto hit = match(r.qualifiers_after, toks, k)) {
        post = &r.qualifiers[hit->row];
        k = hit->end;
      }
    };
    post_qualifier();
    std::size_t end = k;
    bool consumed_glued = false;
    if (!code.empty()) {
      f.kind = Kind::money;
      f.amount.unit = code;
    } else if (auto cur = match(r.currencies_after, toks, k)) {
      f.kind = Kind::money;
      f.amount.unit = r.currencies[cur->row].code;
      consumed_glued = k == last.end;
      k = end = cur->end;
    } else if (auto unit = n->vague && word_at(k, "of") ? std::optional<Match>{} : match(r.unit_phrases, toks, k)) {
      const Unit& u = r.units[unit->row];
      f.kind = u.percent ? Kind::percent : Kind::size;
      f.amount.unit = u.percent ? "%" : "B";
      if (!u.percent) {
        f.size_convention = u.convention;
        f.amount.value *= u.multiplier;
        f.amount.low *= u.multiplier;
        f.amount.high *= u.multiplier;
      }
      consumed_glued = k == last.end;
      k = end = unit->end;
    } else if (n->vague && word_at(k, "of")) {
      if (auto of_cur = match(r.currencies_after, toks, k + 1)) {  // "millions of dollars"
        f.kind = Kind::money;
        f.amount.unit = r.currencies[of_cur->row].code;
        k = end = of_cur->end;
      }
    }
    if (glued_word_after && !consumed_glued) return std::nullopt;  // "20th", "5G", "10x", "1990s"
    post_qualifier();
    end = std::max(end, k);

    if (f.kind == Kind::count) {
      if (k < toks.size() && toks[k].word && r.time_units.count(toks[k].lower) != 0) return std::nullopt;  // "six months"
      std::size_t c = k;
      if ((n->vague || last.scale) && word_at(c, "of")) ++c;  // "hundreds of files", "a dozen of"
      if (auto counted = counted_at(c)) {
        f.counted = std::string(text.substr(toks[counted->begin].begin, toks[counted->end - 1].end - toks[counted->begin].begin));
        f.counted_head = counted->lemma;
        f.counted_class = counted->cls;
        end = counted->end;
      } else {
        // A bare number is a figure only when something says it is an amount.
        const bool amount_like = (q != nullptr || post != nullptr || between || n->separator || n->scale) && !n->vague;
        if (!amount_like) return std::nullopt;
        if (n->words && !n->scale) return std::nullopt;  // "at least one of them": a bare count is in digits
      }
      if (n->digits_token != SIZE_MAX && !n->scale && year_like(*n, toks[n->digits_token].text)) return std::nullopt;
    }
    if (f.kind == Kind::money) {
      if (auto conv = conversion_at(end, f.amount.unit)) {
        f.converted = conv->amount;
        end = conv->end;
      }
    }
    const Qualifier* applied = q != nullptr ? q : post;
    if (applied != nullptr) {
      qualify(f.amount, *applied);
      f.qualifier = applied->phrase;
    }
    if (upper) f.qualifier = between ? "between" : f.qualifier.empty() ? "range" : f.qualifier + " range";
    if (!(f.amount.value <= k_largest) || !(f.amount.high <= k_largest || std::isinf(f.amount.high))) return std::nullopt;

    f.span = ByteSpan{toks[start].begin, toks[end - 1].end};
    f.text = util::collapse_spaces(text.substr(f.span.begin, f.span.size()));  // as a reader sees it
    std::size_t after = end;
    if (auto rate = match(r.rates_after, toks, end)) {
      static const std::string_view k_time_after[] = {"ago", "earlier", "later", "before", "after"};
      const bool relative = rate->end < toks.size() && toks[rate->end].word &&
                            std::find(std::begin(k_time_after), std::end(k_time_after), toks[rate->end].lower) != std::end(k_time_after);
      if (!relative) {
        f.rate = r.rates[rate->row].rate;
        after = rate->end;
      }
    }
    if (f.rate.empty()) f.rate = rate_before(start);
    attach_period(f, after);
    if (f.period.empty()) attach_opening_period(f, start);
    return std::pair{std::move(f), end};
  }
};

}  // namespace

Result<std::vector<Figure>> tag(std::string_view text, const Context& context) {
  auto res = resources_for(context.lexicon);
  if (!res) return Error{res.error()};
  // The lower-case text and the tokens, unless the caller made them for the other taggers.
  std::string own_lower;
  if (context.lower == nullptr) own_lower = util::to_lower_ascii(text);
  const std::string_view lower = context.lower != nullptr ? std::string_view(*context.lower) : own_lower;
  std::vector<segment::Token> own_tokens;
  if (context.tokens == nullptr) own_tokens = segment::tokenize(text);
  Tagger t{**res, text, context.timexes, scan(text, lower, context.tokens != nullptr ? *context.tokens : own_tokens)};
  std::vector<Figure> out;
  for (std::size_t i = 0; i < t.toks.size();) {
    if (!t.may_start(i)) {
      ++i;
    } else if (auto fig = t.figure_at(i)) {
      out.push_back(std::move(fig->first));
      i = std::max(fig->second, i + 1);
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace timeline::figures
