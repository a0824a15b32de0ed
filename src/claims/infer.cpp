#include "claims/infer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>

#include "claims/dates.hpp"

namespace timeline::claims {
namespace {

// Any day works as a stand-in publication date: only the distance between it and the
// expressions resolved against it is used.
constexpr int k_probe_year = 2000, k_probe_month = 7, k_probe_day = 1;

}  // namespace

void infer_publication(const Document& doc, DocumentClaims& out, const std::string& latest_named,
                       const std::string& latest_named_text, const Lexicon* lexicon) {
  // Acts (an intrusion, a discovery) happen once; public statements recur and are not paired.
  const auto kinds = claims::kinds(lexicon);
  auto is_act = [&](const std::string& kind) {
    if (!kinds) return false;
    for (const auto& k : *kinds)
      if (k.kind == kind) return !k.speech;
    return false;
  };
  if (doc.published.known()) return;
  DocumentInfo& info = out.info;
  std::string lower = latest_named, upper;
  std::vector<std::string> reasons;
  if (!latest_named.empty())
    reasons.push_back(fmt::format("it names '{}' (up to {})", latest_named_text, latest_named));

  std::map<std::string, const Claim*> first_dated;  // kind → its first claim dated by an expression
  for (const auto& c : out.claims)
    if (c.time->basis == "expression" && !c.time->earliest.empty() && !c.time->latest.empty())
      first_dated.try_emplace(c.kind, &c);

  timex::Context ctx;
  ctx.dct = LocalDateTime{k_probe_year, k_probe_month, k_probe_day, {}, {}, {}};
  ctx.lexicon = lexicon;
  const std::string probe = dates::iso_day(k_probe_year, k_probe_month, k_probe_day);
  auto probed = timex::tag(doc.body, ctx);
  if (probed) {
    for (const auto& t : *probed) {
      if (t.anchor != "dct" || (t.earliest.empty() && t.latest.empty())) continue;
      // Only a distance counted back from the publication ("six months ago") measures the gap
      // in days; "last year" or a bare month only name a calendar unit near it.
      if (t.type != timex::Type::date || t.rule.find("ago") == std::string::npos) continue;
      // The claim of the same sentence whose trigger is nearest the expression.
      const Claim* best = nullptr;
      std::size_t best_distance = std::numeric_limits<std::size_t>::max();
      // Claims are in sentence order: those of the expression's sentence are contiguous.
      const auto from = std::partition_point(out.claims.begin(), out.claims.end(),
                                             [&](const Claim& c) { return c.span.end <= t.span.begin; });
      for (auto it = from; it != out.claims.end() && it->span.begin <= t.span.begin; ++it) {
        const Claim& c = *it;
        if (t.span.begin < c.span.begin || t.span.end > c.span.end) continue;
        const std::size_t d = c.trigger_span.end <= t.span.begin   ? t.span.begin - c.trigger_span.end
                              : t.span.end <= c.trigger_span.begin ? c.trigger_span.begin - t.span.end
                                                                   : 0;
        if (d < best_distance) {
          best_distance = d;
          best = &c;
        }
      }
      if (best == nullptr || !is_act(best->kind)) continue;
      // The same event dated absolutely elsewhere in the article.
      const auto absolute = first_dated.find(best->kind);
      if (absolute == first_dated.end()) continue;
      {
        const Claim& c = *absolute->second;
        // event ∈ [P - (probe - earliest), P - (probe - latest)] and event ∈ [c.earliest, c.latest]
        if (!t.latest.empty()) {
          const std::string bound = dates::add_days(c.time->earliest, dates::days_between(t.latest, probe));
          if (!bound.empty() && (lower.empty() || bound > lower)) {
            lower = bound;
            reasons.push_back(fmt::format("'{}' and '{}' date the same {}: published on or after {}", t.text,
                                          c.time->text, c.kind, bound));
          }
        }
        if (!t.earliest.empty()) {
          const std::string bound = dates::add_days(c.time->latest, dates::days_between(t.earliest, probe));
          if (!bound.empty() && (upper.empty() || bound < upper)) {
            upper = bound;
            reasons.push_back(fmt::format("'{}' and '{}' date the same {}: published on or before {}", t.text,
                                          c.time->text, c.kind, bound));
          }
        }
      }
    }
  }
  if (!lower.empty() && !upper.empty() && lower > upper) {
    reasons.push_back(
        fmt::format("these bounds contradict each other ({} > {}): only the named dates are kept", lower, upper));
    lower = latest_named;
    upper.clear();
  }
  info.inferred_earliest = lower;
  info.inferred_latest = upper;
  std::string from;
  for (const auto& r : reasons) from += (from.empty() ? "" : "; ") + r;
  info.inferred_from = from;
}

}  // namespace timeline::claims
