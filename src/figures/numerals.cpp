#include "figures/numerals.hpp"

#include <cmath>

#include "util/strings.hpp"

namespace timeline::figures {

std::optional<Digits> parse_digits(std::string_view s) {
  Digits d;
  std::size_t i = 0;
  std::size_t group = 0;     // digits in the current comma group
  bool seen_dot = false, seen_comma = false;
  std::size_t total = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (util::is_ascii_digit(c)) {
      if (++total > 18) return std::nullopt;
      d.mantissa = d.mantissa * 10 + static_cast<unsigned>(c - '0');
      if (seen_dot) ++d.decimals;
      else {
        ++d.length;
        ++group;
      }
    } else if (c == ',' && !seen_dot) {
      // Groups of three after the first group of one to three digits.
      if ((seen_comma ? group != 3 : (group == 0 || group > 3))) return std::nullopt;
      seen_comma = true;
      group = 0;
    } else if (c == '.' && !seen_dot) {
      if (seen_comma && group != 3) return std::nullopt;
      seen_dot = true;
    } else {
      return std::nullopt;  // a time (10:36), a second dot (3.2.1), a comma after the dot
    }
  }
  if (!seen_dot && seen_comma && group != 3) return std::nullopt;
  if (d.length == 0 || d.length > 15) return std::nullopt;
  if (d.length > 1 && s[0] == '0') return std::nullopt;  // "007", "03": codes
  d.separator = seen_comma;
  return d;
}

double scaled(const Digits& d, double multiplier) {
  // A power-of-ten multiplier is applied to the exponent so that 1.2 million is exactly 1200000.
  int exponent = -d.decimals;
  double m = multiplier;
  while (m >= 10 && std::fmod(m, 10) == 0) {
    m /= 10;
    ++exponent;
  }
  double v = static_cast<double>(d.mantissa);
  if (exponent >= 0) v *= std::pow(10.0, exponent);
  else v /= std::pow(10.0, -exponent);
  return v * m;
}

namespace {

const NumberWord* word(const Resources& r, const std::vector<Tok>& toks, std::size_t i) {
  if (i >= toks.size() || !toks[i].word) return nullptr;
  const auto it = r.numbers.find(toks[i].lower);
  return it == r.numbers.end() ? nullptr : &it->second;
}

bool is_scale(const NumberWord* w) {
  return w != nullptr && (w->kind == NumberWord::Kind::scale || w->kind == NumberWord::Kind::hundred);
}

// "twenty-five" → 25; nullopt unless every part is a unit word.
std::optional<double> hyphenated(const Resources& r, std::string_view lower) {
  if (lower.find('-') == std::string_view::npos) return std::nullopt;
  double sum = 0;
  for (const auto part : util::split(lower, '-')) {
    const auto it = r.numbers.find(part);
    if (it == r.numbers.end() || it->second.kind != NumberWord::Kind::unit) return std::nullopt;
    sum += it->second.value;
  }
  return sum;
}

std::optional<Numeral> from_digits(const Resources& r, const std::vector<Tok>& toks, std::size_t i, bool money) {
  const auto d = parse_digits(toks[i].text);
  if (!d) return std::nullopt;
  Numeral n;
  n.begin = i;
  n.digits_token = i;
  n.separator = d->separator;
  n.decimal = d->decimals > 0;
  double multiplier = 1;
  std::size_t j = i + 1;
  if (const NumberWord* w = word(r, toks, j)) {
    const bool abbrev = w->kind == NumberWord::Kind::abbrev;
    // "1.2bn" glued, "1.2 billion" spaced; a spaced abbreviation only after a currency ("$5 bn").
    if ((abbrev && (toks[j].glued || money)) || (!abbrev && is_scale(w))) {
      multiplier = w->value;
      n.scale = true;
      ++j;
    }
  }
  n.multiplier = multiplier;
  n.value = n.low = n.high = scaled(*d, multiplier);
  n.end = j;
  return n;
}

std::optional<Numeral> from_vague(const Resources& r, const std::vector<Tok>& toks, std::size_t i, std::size_t j) {
  const NumberWord* v = word(r, toks, j);
  if (v == nullptr || v->kind != NumberWord::Kind::vague) return std::nullopt;
  Numeral n;
  n.begin = i;
  n.vague = n.words = true;
  double base = v->value;
  ++j;
  if (const NumberWord* s = word(r, toks, j); is_scale(s)) {  // "several thousand"
    base *= s->value;
    n.scale = true;
    ++j;
  } else if (j + 1 < toks.size() && toks[j].lower == "of") {  // "tens of thousands"
    const NumberWord* s2 = word(r, toks, j + 1);
    if (s2 != nullptr && s2->kind == NumberWord::Kind::vague && s2->value > 1) {
      base *= s2->value;
      j += 2;
    }
  }
  if (base <= 1) return std::nullopt;  // "several files": too vague to be a figure
  n.low = v->low * base;
  n.high = v->high * base;
  n.value = n.low;
  n.end = j;
  return n;
}

}  // namespace

std::optional<Numeral> parse_numeral(const Resources& r, const std::vector<Tok>& toks, std::size_t i, bool money) {
  if (i >= toks.size()) return std::nullopt;
  if (toks[i].number) return from_digits(r, toks, i, money);
  if (!toks[i].word) return std::nullopt;
  std::size_t j = i;
  const bool article = toks[i].lower == "a" || toks[i].lower == "an";
  if (article) ++j;
  if (auto v = from_vague(r, toks, i, j)) {
    if (article && toks[j].lower != "few") return std::nullopt;  // "a hundreds" is not English
    if (!article && toks[j].lower == "few") return std::nullopt;  // "few files": not an amount
    return v;
  }
  // Number words: units add, "hundred" multiplies the running group, a scale closes it.
  double total = 0, current = article ? 1 : 0;
  bool any = false, scale = false, last_scale = false;
  std::size_t end = j;
  for (std::size_t k = j; k < toks.size(); ++k) {
    if (any && last_scale && toks[k].lower == "and") {
      // "one hundred and fifty": "and" only before another unit word.
      const NumberWord* next = word(r, toks, k + 1);
      if (next != nullptr && next->kind == NumberWord::Kind::unit) continue;
      break;
    }
    const NumberWord* w = word(r, toks, k);
    if (w == nullptr) {
      if (toks[k].word) {
        if (const auto h = hyphenated(r, toks[k].lower)) {
          current += *h;
          any = true;
          last_scale = false;
          end = k + 1;
          continue;
        }
      }
      break;
    }
    if (w->kind == NumberWord::Kind::unit) {
      if (article) break;  // "a one" is not a number
      current += w->value;
    } else if (w->kind == NumberWord::Kind::hundred) {
      current = (current == 0 ? 1 : current) * w->value;
      scale = true;
    } else if (w->kind == NumberWord::Kind::scale) {
      total += (current == 0 ? 1 : current) * w->value;
      current = 0;
      scale = true;
    } else {
      break;  // abbreviations and vague words do not continue a number in words
    }
    last_scale = w->kind != NumberWord::Kind::unit;
    any = true;
    end = k + 1;
  }
  if (!any || (article && !scale)) return std::nullopt;
  Numeral n;
  n.begin = i;
  n.end = end;
  n.words = true;
  n.scale = scale;
  n.value = n.low = n.high = total + current;
  return n;
}

}  // namespace timeline::figures
