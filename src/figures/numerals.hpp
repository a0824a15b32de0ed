#pragma once
// Numerals: digits with separators ("12,500", "1.2"), scale words and abbreviations
// ("1.2 million", "5bn"), number words ("twenty-five", "three hundred", "a dozen") and vague
// amounts ("hundreds of", "tens of thousands", "several thousand") → a value and an interval.
#include <optional>

#include "figures/resources.hpp"
#include "figures/scan.hpp"

namespace timeline::figures {

/// Digits as written: "1,234.5" = 12345 with one decimal.
struct Digits {
  unsigned long long mantissa = 0;
  int decimals = 0;
  bool separator = false;  ///< a thousands separator ("12,500")
  std::size_t length = 0;  ///< integer digits
};

/// "12,500", "1.2", "0.5"; nullopt for times (10:36), versions (3.2.1), bad groups (10,36),
/// codes with a leading zero (007) and more than 15 integer digits.
std::optional<Digits> parse_digits(std::string_view s);

/// mantissa × 10^-decimals × multiplier, exact for powers of ten.
double scaled(const Digits& d, double multiplier);

struct Numeral {
  double value = 0, low = 0, high = 0;
  double multiplier = 1;  ///< the scale applied to digits ("1.2 million": 10^6)
  std::size_t begin = 0, end = 0;  ///< tokens [begin, end)
  std::size_t digits_token = SIZE_MAX;  ///< the digits' token, SIZE_MAX for words
  bool separator = false;  ///< digits with a thousands separator
  bool decimal = false;    ///< digits with a decimal part
  bool scale = false;      ///< a scale word or abbreviation applied ("million", "bn")
  bool vague = false;      ///< "hundreds", "tens of thousands"
  bool words = false;      ///< written in words
};

/// The numeral starting at token i. `money`: a currency precedes, so an abbreviation may stand
/// apart from the digits ("$5 bn").
std::optional<Numeral> parse_numeral(const Resources& r, const std::vector<Tok>& toks, std::size_t i, bool money);

}  // namespace timeline::figures
