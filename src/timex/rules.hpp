#pragma once
// Named rules over tokens. Each rule looks at the tokens from a position and returns how many
// it covers and the draft value they state. The tagger keeps the longest match at each place.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "timex/draft.hpp"
#include "timex/resources.hpp"
#include "timex/scanner.hpp"

namespace timeline::timex {

struct Match {
  std::size_t length = 0;  ///< tokens covered
  Draft draft;
};

/// The tokens and lexicons a rule reads, at one position.
struct Cursor {
  const std::vector<Tok>& toks;
  std::size_t i;
  const Resources& res;

  const Tok* at(std::size_t k) const { return i + k < toks.size() ? &toks[i + k] : nullptr; }
  /// The token k places on, or an empty token past the end (never null).
  const Tok& tok(std::size_t k) const {
    static const Tok k_none{};
    return i + k < toks.size() ? toks[i + k] : k_none;
  }
  bool is(std::size_t k, std::string_view word) const { return i + k < toks.size() && toks[i + k].lower == word; }
  /// Tokens k and k+1 belong to the same sentence (rules never cross sentences).
  bool same_sentence(std::size_t k) const {
    const Tok* a = at(k);
    const Tok* b = at(k + 1);
    return a != nullptr && b != nullptr && a->sentence == b->sentence;
  }
  Cursor from(std::size_t k) const { return Cursor{toks, i + k, res}; }
};

using RuleFn = std::optional<Match> (*)(const Cursor&);

struct Rule {
  const char* name;
  RuleFn fn;
};

/// Every rule, in priority order (earlier wins a tie in length).
std::span<const Rule> rules();

/// The best match at the cursor (longest; first rule on ties), with modifiers applied.
std::optional<Match> match_at(const Cursor& c);

}  // namespace timeline::timex
