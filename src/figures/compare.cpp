// The compatibility relation between figures: same measure (kind, unit, what is counted, rate,
// period), then overlapping intervals.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "timeline/figures.hpp"
#include "util/strings.hpp"

namespace timeline::figures {

const char* to_string(Relation r) {
  switch (r) {
    case Relation::different_measure: return "different_measure";
    case Relation::agree: return "agree";
    case Relation::disagree: return "disagree";
  }
  return "different_measure";
}

namespace {

// Written figures are rounded, and the same amount converted at two dates differs: the
// tolerance widens both intervals by this share of their bounds before testing overlap.
constexpr double k_same_unit_tolerance = 0.005;
constexpr double k_converted_tolerance = 0.15;

// What a count counts, for comparing: the lexicon class, else the head, else the words as written.
std::string counted_key(const Figure& f) {
  if (!f.counted_class.empty()) return f.counted_class;
  if (!f.counted_head.empty()) return f.counted_head;
  return util::to_lower_ascii(f.counted);
}

bool overlap(const Amount& a, const Amount& b, double tolerance) {
  const double a_low = a.low * (1 - tolerance), b_low = b.low * (1 - tolerance);
  const double a_high = std::isinf(a.high) ? a.high : a.high * (1 + tolerance);
  const double b_high = std::isinf(b.high) ? b.high : b.high * (1 + tolerance);
  return a_low <= b_high && b_low <= a_high;
}

}  // namespace

Relation compare(const Figure& a, const Figure& b) {
  if (a.kind != b.kind || a.rate != b.rate) return Relation::different_measure;
  // A period stated on both sides must be the same; a figure without one may be about any.
  if (!a.period.empty() && !b.period.empty() && a.period != b.period) return Relation::different_measure;
  if (a.kind == Kind::count) {
    // A bare figure ("more than 8,000") may count what the other one names.
    const std::string ka = counted_key(a), kb = counted_key(b);
    // "41 cases" and "41 pieces": a generic word ("*") is the same measure at the same value.
    if (ka == "*" || kb == "*")
      return a.amount.unit == b.amount.unit && a.amount.value == b.amount.value ? Relation::agree
                                                                               : Relation::different_measure;
    if (!ka.empty() && !kb.empty() && ka != kb) return Relation::different_measure;
  }
  if (a.amount.unit == b.amount.unit)
    return overlap(a.amount, b.amount, k_same_unit_tolerance) ? Relation::agree : Relation::disagree;
  // Money in two currencies: compare through a stated conversion ("¥45 billion ($330 million)").
  if (a.kind == Kind::money) {
    const Amount* pairs[][2] = {{a.converted ? &*a.converted : nullptr, &b.amount},
                                {&a.amount, b.converted ? &*b.converted : nullptr},
                                {a.converted ? &*a.converted : nullptr, b.converted ? &*b.converted : nullptr}};
    for (const auto& p : pairs)
      if (p[0] != nullptr && p[1] != nullptr && p[0]->unit == p[1]->unit)
        return overlap(*p[0], *p[1], k_converted_tolerance) ? Relation::agree : Relation::disagree;
  }
  return Relation::different_measure;
}

std::string measure_key(const Figure& f) {
  std::string key = to_string(f.kind);
  key += '|';
  key += f.amount.unit;
  key += '|';
  if (f.kind == Kind::count) {
    const std::string counted = counted_key(f);
    if (counted.empty()) key += fmt::format("?{:.0f}", f.amount.value);
    else if (counted == "*") key += fmt::format("*{:.0f}", f.amount.value);  // "41 cases": a word, no class
    else key += counted;
  }
  key += '|';
  key += f.rate;
  key += '|';
  key += f.period;
  return key;
}

}  // namespace timeline::figures
