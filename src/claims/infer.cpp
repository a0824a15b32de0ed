#include "claims/infer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>

#include "claims/dates.hpp"
#include "claims/triggers.hpp"
#include "util/strings.hpp"

namespace timeline::claims {
namespace {

// Any day works as a stand-in publication date: only the distance between it and the
// expressions resolved against it is used.
constexpr int k_probe_year = 2000, k_probe_month = 7, k_probe_day = 1;

// The lead: the first sentences of the body, where "today" is the day of publication.
constexpr std::size_t k_lead_sentences = 3;

std::size_t sentence_of(const Document& doc, std::size_t byte) {
  const auto it = std::partition_point(doc.sentences.begin(), doc.sentences.end(),
                                       [&](const Sentence& s) { return s.span.end <= byte; });
  return static_cast<std::size_t>(it - doc.sentences.begin());
}

bool has_year_digits(std::string_view text) {
  std::size_t run = 0;
  for (const char c : text) {
    run = util::is_ascii_digit(c) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

void lead_today(const Document& doc, const std::vector<timex::Timex>& probed, const std::string& probe,
                DocumentInfo& info, std::string& lower, std::string& upper, std::vector<std::string>& reasons,
                const Lexicon* lexicon) {
  for (const auto& today : probed) {
    // "today", "tonight", "this morning": the probe day itself, counted from the publication.
    if (today.anchor != "dct" || today.earliest != probe || today.latest != probe) continue;
    if (today.precision != timex::Precision::day && today.precision != timex::Precision::part_of_day) continue;
    const std::size_t s = sentence_of(doc, today.span.begin);
    if (s >= k_lead_sentences) break;
    for (const auto& named : probed) {
      if (&named == &today || named.precision != timex::Precision::day || named.earliest != named.latest ||
          named.earliest == probe || named.earliest.size() != 10)
        continue;
      const std::size_t ns = sentence_of(doc, named.span.begin);
      if (ns != s && ns != s + 1) continue;
      // A day of the calendar, not one counted from another ("yesterday", "two days later").
      if (named.rule.find("<month") == std::string::npos && named.rule.find("<date>") == std::string::npos &&
          named.rule.find("<day>") == std::string::npos)
        continue;
      const std::string why = fmt::format("the lead says '{}' and names '{}'", today.text, named.text);
      const bool with_year = has_year_digits(named.text);
      if (with_year) {
        if ((!lower.empty() && named.earliest < lower) || (!upper.empty() && named.earliest > upper)) continue;
        lower = upper = named.earliest;
      }
      MonthDay md{std::stoi(named.earliest.substr(5, 2)), std::stoi(named.earliest.substr(8, 2)), 0, true};
      if (named.rule.find("<weekday>") != std::string::npos) {
        if (const auto tr = triggers(lexicon); tr) {
          std::string first = util::to_lower_ascii(named.text.substr(0, named.text.find_first_of(" ,.")));
          if (const auto w = (*tr)->weekdays.find(first); w != (*tr)->weekdays.end()) md.weekday = w->second;
        }
      }
      info.published.month_day = md;
      info.published.evidence = fmt::format("'{}' … '{}'", today.text, named.text);
      reasons.push_back(why + (with_year ? ": published that day" : ": published on that day of a year to be found"));
      return;
    }
  }
}

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
  // "new rules that took effect today (Monday 31 March)", "… apologized tonight. … at the board's
  // meeting on Tuesday, April 9": a lead that says today and names a day in the same or the next
  // sentence is published that day. With its year it dates the article; without, its month and
  // day (and the weekday named with them) wait for the correlator to find the year.
  if (probed && !info.published.month_day) lead_today(doc, *probed, probe, info, lower, upper, reasons, lexicon);
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
