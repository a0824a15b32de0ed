#include "correlate/publication.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "claims/dates.hpp"
#include "timeline/timex.hpp"
#include "util/strings.hpp"

namespace timeline::correlate {
namespace {

using claims::Claim;

// Days around the first probe's reading that a publication day is looked for: calendar units
// ("last year") move the reading by up to their own length.
constexpr long k_slack_days = 8;
// A window wider than this is not worth the probing ("a decade ago" bounds little).
constexpr long k_max_scan_days = 2200;
// A document's relative claims are resolved only when its window is at most this wide.
constexpr long k_max_resolve_days = 400;

struct Days {
  std::optional<long> lo, hi;  // inclusive; none = open
};

std::optional<long> day_number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return dates::to_days(s);
}

std::string day_text(const std::optional<long>& d) { return d ? dates::from_days(*d) : std::string(); }

// What the claim's expression names when the article is published on day `p`.
struct Reading {
  bool found = false;
  std::string value, earliest, latest, mod;
  timex::Precision precision = timex::Precision::none;
};

Reading read_at(const Claim& c, long p, const Lexicon* lexicon) {
  const std::string d = dates::from_days(p);
  timex::Context ctx;
  ctx.dct = LocalDateTime{std::stoi(d.substr(0, 4)), std::stoi(d.substr(5, 2)), std::stoi(d.substr(8, 2)), {}, {}, {}};
  ctx.lexicon = lexicon;
  const auto tags = timex::tag(c.text, ctx);
  Reading r;
  if (!tags) return r;
  for (const auto& t : *tags) {
    if (t.text != c.time.text) continue;
    if (t.value.empty() || !(t.value[0] >= '0' && t.value[0] <= '9') || (t.earliest.empty() && t.latest.empty()))
      return r;
    r.found = true;
    r.value = t.type == timex::Type::time ? t.value.substr(0, 10) : t.value;
    r.earliest = t.earliest;
    r.latest = t.latest;
    r.mod = t.mod;
    r.precision = t.precision > timex::Precision::day ? timex::Precision::day : t.precision;
    return r;
  }
  return r;
}

bool same(const Reading& x, const Reading& y) {
  return x.found == y.found && x.value == y.value && x.earliest == y.earliest && x.latest == y.latest;
}

bool meets(const Reading& r, long a, long b) {
  if (!r.found) return false;
  const auto e = day_number(r.earliest), l = day_number(r.latest);
  return (!e || *e <= b) && (!l || *l >= a);
}

// The publication days on which the claim's expression names a date within [a, b].
Days window_for(const Claim& c, long a, long b, const Lexicon* lexicon) {
  const Reading first = read_at(c, b, lexicon);
  if (!first.found) return {};
  const auto e0 = day_number(first.earliest), l0 = day_number(first.latest);
  const long width = e0 && l0 ? *l0 - *e0 + 1 : 31;
  const long near = l0 ? b - *l0 : 0;  // how far before publication the reading ends
  const long lo = std::max(a, a + near - width - k_slack_days);
  const long hi = e0 ? b + (b - *e0) + width + k_slack_days : lo + 2 * width + 60;
  if (hi - lo > k_max_scan_days) return {};
  // What an expression counted from the publication names only moves forward with it, in steps
  // ("last year" changes once a year): where two days read alike, so do the days between them,
  // so the scan leaps, doubling its stride while the reading holds and halving it at a change.
  std::optional<long> first_ok, last_ok;
  auto note = [&](long from, long to, bool ok) {
    if (!ok) return;
    if (!first_ok) first_ok = from;
    last_ok = to;
  };
  Reading here = read_at(c, lo, lexicon);
  bool ok_here = meets(here, a, b);
  note(lo, lo, ok_here);
  long stride = 1;
  for (long p = lo; p < hi;) {
    const long step = std::min(stride, hi - p);
    Reading there = read_at(c, p + step, lexicon);
    if (step > 1 && !same(here, there)) {
      stride = step / 2;
      continue;
    }
    const bool ok_there = meets(there, a, b);
    note(step > 1 ? p + 1 : p + step, p + step, ok_there);
    stride = same(here, there) ? step * 2 : 1;
    p += step;
    here = std::move(there);
    ok_here = ok_there;
  }
  const bool ok_at_end = ok_here;
  if (!first_ok) return {};
  Days w;
  w.lo = first_ok;
  if (!(ok_at_end && !e0)) w.hi = last_ok;  // still true at the end of an open reading: no upper bound
  return w;
}

struct Consensus {
  long lo = 0, hi = 0;
  std::size_t support = 0;  // claims that date it so
};

// The days most of the witnesses' intervals share; none when two separate stretches tie.
std::optional<Consensus> consensus(const std::vector<std::pair<long, long>>& intervals) {
  std::vector<std::pair<long, int>> edges;
  for (const auto& [lo, hi] : intervals) {
    edges.emplace_back(lo, 1);
    edges.emplace_back(hi + 1, -1);
  }
  std::sort(edges.begin(), edges.end());
  int cover = 0, best = 0;
  std::vector<Consensus> tops;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    cover += edges[i].second;
    if (i + 1 < edges.size() && edges[i + 1].first == edges[i].first) continue;
    if (cover <= 0 || i + 1 >= edges.size()) continue;
    const Consensus stretch{edges[i].first, edges[i + 1].first - 1, static_cast<std::size_t>(cover)};
    if (cover > best) {
      best = cover;
      tops = {stretch};
    } else if (cover == best) {
      tops.push_back(stretch);
    }
  }
  if (tops.size() != 1) return std::nullopt;
  return tops.front();
}

// Witnesses of one event: kind, subject and, for kinds an incident may have many times, the
// word that names it and an actor the claim names besides the subject (both "" for the kinds
// it has once). The word is compared by its first five letters ("convicted", "conviction"):
// "sentenced on Thursday" is not the conviction of October, though both are legal actions.
using Key = std::tuple<std::string, std::string, std::string, std::string>;

std::string stem(std::string_view trigger) {
  return util::to_lower_ascii(trigger.substr(0, std::min({trigger.find(' '), trigger.size(), std::size_t{5}})));
}

std::vector<Key> keys_of(const Claim& c, const std::string& subject, bool once) {
  if (once) return {Key{c.kind, subject, {}, {}}};
  std::vector<Key> keys;
  const std::string word = stem(c.trigger.str());
  for (const auto& actor : c.actors)
    if (actor != subject) keys.emplace_back(c.kind, subject, word, actor);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace

void date_from_corpus(std::vector<Claim>& claims, std::vector<claims::DocumentInfo>& documents,
                      const std::unordered_map<std::string, std::size_t>& doc_index,
                      const std::vector<claims::KindInfo>& kinds, const Lexicon* lexicon) {
  std::set<std::string> once;
  for (const auto& k : kinds)
    if (k.once) once.insert(k.kind);

  // The relative claims of each undated document, in claim order.
  std::map<std::size_t, std::vector<std::size_t>> relative;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto& c = claims[i];
    if (c.time.basis != "relative" || c.time.text.empty()) continue;
    const std::size_t d = doc_index.at(c.document);
    if (!documents[d].published.known()) relative[d].push_back(i);
  }
  if (relative.empty()) return;

  // Explicit dates of the events an incident has once, by kind and the documents' subject; of
  // the others (a lawsuit, a sanction: an incident may have several), by kind, subject and one
  // of the other actors the claim names ("Sullivan was convicted in October 2022" witnesses
  // "his conviction last year", not the company's settlement of 2018).
  std::map<Key, std::vector<std::size_t>> witnesses;  // claim indexes
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto& c = claims[i];
    if (c.negated || c.about_other || c.time.basis != "expression" || !c.time.known()) continue;
    const auto& subject = documents[doc_index.at(c.document)].subject;
    const auto lo = day_number(c.time.earliest), hi = day_number(c.time.latest);
    if (subject.empty() || !lo || !hi || *lo > *hi) continue;
    for (const auto& key : keys_of(c, subject, once.count(c.kind) > 0)) witnesses[key].push_back(i);
  }

  for (const auto& [d, members] : relative) {
    auto& info = documents[d];
    Days bounds{day_number(info.inferred_earliest), day_number(info.inferred_latest)};
    std::vector<std::string> reasons;
    for (const auto i : members) {
      const Claim& c = claims[i];
      if (c.negated || c.about_other || info.subject.empty()) continue;
      std::set<std::size_t> witnessing;  // a witness that names two of its actors counts once
      for (const auto& key : keys_of(c, info.subject, once.count(c.kind) > 0))
        if (const auto found = witnesses.find(key); found != witnesses.end())
          witnessing.insert(found->second.begin(), found->second.end());
      if (witnessing.empty()) continue;
      std::vector<std::pair<long, long>> dated;
      for (const auto w : witnessing)
        dated.emplace_back(*day_number(claims[w].time.earliest), *day_number(claims[w].time.latest));
      const auto agreed = consensus(dated);
      if (!agreed) continue;
      const Days w = window_for(c, agreed->lo, agreed->hi, lexicon);
      if (!w.lo && !w.hi) continue;
      const std::optional<long> lo = !bounds.lo ? w.lo : !w.lo ? bounds.lo : std::max(*bounds.lo, *w.lo);
      const std::optional<long> hi = !bounds.hi ? w.hi : !w.hi ? bounds.hi : std::min(*bounds.hi, *w.hi);
      const std::string event = agreed->lo == agreed->hi
                                    ? dates::from_days(agreed->lo)
                                    : dates::from_days(agreed->lo) + " to " + dates::from_days(agreed->hi);
      const std::string said = fmt::format("'{}' dates the {} the other articles date {} ({} claim{})", c.time.text,
                                           c.kind, event, agreed->support, agreed->support == 1 ? "" : "s");
      if (lo && hi && *lo > *hi) {
        reasons.push_back(said + ", which these bounds exclude: not used");
        continue;
      }
      bounds = {lo, hi};
      reasons.push_back(w.hi ? fmt::format("{}: published between {} and {}", said, day_text(w.lo), day_text(w.hi))
                             : fmt::format("{}: published on or after {}", said, day_text(w.lo)));
    }
    if (reasons.empty()) continue;
    info.inferred_earliest = day_text(bounds.lo);
    info.inferred_latest = day_text(bounds.hi);
    for (const auto& r : reasons) info.inferred_from += (info.inferred_from.empty() ? "" : "; ") + r;

    // Each relative claim that reads the same on every possible publication day takes that date.
    if (!bounds.lo || !bounds.hi || *bounds.hi - *bounds.lo > k_max_resolve_days) continue;
    for (const auto i : members) {
      Claim& c = claims[i];
      // Readings only move forward: the same at both ends, the same between (checked every week).
      const Reading first = read_at(c, *bounds.lo, lexicon);
      bool alike = first.found;
      for (long p = *bounds.hi; alike && p > *bounds.lo; p -= 7) alike = same(first, read_at(c, p, lexicon));
      if (!alike) continue;
      c.time.value = first.value;
      c.time.earliest = first.earliest;
      c.time.latest = first.latest;
      c.time.mod = first.mod;
      c.time.precision = first.precision;
      c.time.basis = "expression";
      c.time.year_from = fmt::format(
          "the article has no date; the other articles place its publication between {} and {}, and '{}' "
          "names {} on each of those days",
          day_text(bounds.lo), day_text(bounds.hi), c.time.text, first.value);
    }
  }
}

}  // namespace timeline::correlate
