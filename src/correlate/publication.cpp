#include "correlate/publication.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
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
    if (t.text != c.time->text) continue;
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

// The claim is dated by what its expression names from the publication day found for it.
void take(Claim& c, const Reading& r, std::string year_from) {
  c.time.edit().value = r.value;
  c.time.edit().earliest = r.earliest;
  c.time.edit().latest = r.latest;
  c.time.edit().mod = r.mod;
  c.time.edit().precision = r.precision;
  c.time.edit().basis = "expression";
  c.time.edit().year_from = std::move(year_from);
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
// it has once) (`event_word`): "sentenced on Thursday" is not the conviction of October,
// though both are legal actions.
using Key = std::tuple<std::string, std::string, std::string, std::string>;

std::vector<Key> keys_of(const Claim& c, const std::string& subject, bool once) {
  if (once) return {Key{c.kind, subject, {}, {}}};
  std::vector<Key> keys;
  const std::string word = event_word(c.trigger.str());
  for (const auto& actor : c.actors)
    if (actor != subject) keys.emplace_back(c.kind, subject, word, actor);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace

// Whether the days [lo, hi] hold a day of that month and day of the month, in any year.
bool holds_month_day(long lo, long hi, int month, int day) {
  const int first = std::stoi(dates::from_days(lo).substr(0, 4));
  const int last = std::stoi(dates::from_days(hi).substr(0, 4));
  for (int y = first; y <= last; ++y)
    if (const auto d = dates::to_days(dates::iso_day(y, month, day)); d && *d >= lo && *d <= hi) return true;
  return false;
}

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
    if (c.time->basis != "relative" || c.time->text.empty()) continue;
    const std::size_t d = doc_index.at(c.document);
    if (!documents[d].published.known()) relative[d].push_back(i);
  }
  if (relative.empty()) return;

  // Explicit dates of the events an incident has once, by kind and the documents' subject; of
  // the others (a lawsuit, a sanction: an incident may have several), by kind, subject and one
  // of the other actors the claim names ("Sullivan was convicted in October 2022" witnesses
  // "his conviction last year", not the company's settlement of 2018).
  // Statements witness nothing: a spokesperson speaks many times, and what one article has them
  // say "on Thursday" is seldom what another dates.
  std::map<Key, std::vector<std::size_t>> witnesses;  // claim indexes
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto& c = claims[i];
    if (c.negated || c.about_other || c.kind == "statement" || c.time->basis != "expression" || !c.time->known())
      continue;
    const auto& subject = documents[doc_index.at(c.document)].subject;
    const auto lo = day_number(c.time->earliest), hi = day_number(c.time->latest);
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
        dated.emplace_back(*day_number(claims[w].time->earliest), *day_number(claims[w].time->latest));
      const auto agreed = consensus(dated);
      if (!agreed) continue;
      const Days w = window_for(c, agreed->lo, agreed->hi, lexicon);
      if (!w.lo && !w.hi) continue;
      const std::optional<long> lo = !bounds.lo ? w.lo : !w.lo ? bounds.lo : std::max(*bounds.lo, *w.lo);
      const std::optional<long> hi = !bounds.hi ? w.hi : !w.hi ? bounds.hi : std::min(*bounds.hi, *w.hi);
      const std::string event = agreed->lo == agreed->hi
                                    ? dates::from_days(agreed->lo)
                                    : dates::from_days(agreed->lo) + " to " + dates::from_days(agreed->hi);
      const std::string said = fmt::format("'{}' dates the {} the other articles date {} ({} claim{})", c.time->text,
                                           c.kind, event, agreed->support, agreed->support == 1 ? "" : "s");
      if (lo && hi && *lo > *hi) {
        reasons.push_back(said + ", which these bounds exclude: not used");
        continue;
      }
      // A dateline that gives the day without its year ("STOCKHOLM, March 15") is the article's
      // own word: a window that holds no March 15 reads the other articles' event for another.
      if (const auto& md = info.published.month_day; md && lo && hi && !holds_month_day(*lo, *hi, md->month, md->day)) {
        reasons.push_back(said +
                          fmt::format(", which its dateline ('{}') excludes: not used", info.published.evidence));
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
      take(c, first,
           fmt::format("the article has no date; the other articles place its publication between {} and {}, and "
                       "'{}' names {} on each of those days",
                       day_text(bounds.lo), day_text(bounds.hi), c.time->text, first.value));
    }
  }
}

// How near (in days) other articles' publication must be to count as the same burst of coverage.
constexpr long k_near_coverage_days = 60;
// A wire story's lead act ("said on Tuesday") dates what the story reports undated when it is in
// one of its first sentences (a headline, a standfirst and the lead) and at most
// k_lead_act_days (timeline/claims.hpp) before the dateline's day, as in the claims stage.
constexpr std::size_t k_lead_act_sentences = 4;

void date_from_dateline(std::vector<Claim>& claims, std::vector<claims::DocumentInfo>& documents,
                        const std::unordered_map<std::string, std::size_t>& doc_index,
                        const std::vector<claims::KindInfo>& kinds, const Lexicon* lexicon) {
  static constexpr const char* k_month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};
  std::set<std::string> speech;
  for (const auto& k : kinds)
    if (k.speech) speech.insert(k.kind);
  // The years the dated articles were published in, and a year on either side.
  std::set<int> span;
  std::vector<long> published_days;  // of the dated articles
  for (const auto& d : documents)
    if (d.published.known()) {
      span.insert(d.published.local->year);
      if (const auto p =
              dates::to_days(dates::iso_day(d.published.local->year, d.published.local->month, d.published.local->day)))
        published_days.push_back(*p);
    }
  std::sort(published_days.begin(), published_days.end());      // counted by binary search
  std::map<std::size_t, std::vector<std::size_t>> of_document;  // waiting documents → their claims
  for (std::size_t d = 0; d < documents.size(); ++d)
    if (!documents[d].published.known() && documents[d].published.month_day) of_document[d];
  if (of_document.empty()) return;
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (const auto it = of_document.find(doc_index.at(claims[i].document)); it != of_document.end())
      it->second.push_back(i);

  for (auto& entry : of_document) {
    // Plain names, not structured bindings: clang 14 does not let lambdas capture those.
    const std::size_t d = entry.first;
    const std::vector<std::size_t>& members = entry.second;
    auto& info = documents[d];
    const MonthDay md = *info.published.month_day;
    if (md.month < 1 || md.month > 12 || md.day < 1 || md.day > 31) continue;  // records are checked; callers may not be
    const std::string named = fmt::format("{} {}", k_month_names[md.month - 1], md.day);
    std::set<int> years;
    for (const int y : span)
      for (int k = -1; k <= 1; ++k) years.insert(y + k);
    // Published on or after what it names: that year and the next are possible too.
    if (const auto lo = day_number(info.inferred_earliest)) {
      const int y = std::stoi(dates::from_days(*lo).substr(0, 4));
      for (int k = 0; k <= 1; ++k) years.insert(y + k);
    }
    if (years.empty()) {
      info.inferred_from += (info.inferred_from.empty() ? "" : "; ") +
                            fmt::format("the dateline '{}' gives {} without a year, and no other article is dated: "
                                        "year unknown",
                                        info.published.evidence, named);
      continue;
    }
    std::vector<long> days;  // the dateline's day in each possible year that the bounds allow
    for (const int y : years) {
      const auto p = dates::to_days(dates::iso_day(y, md.month, md.day));
      if (!p) continue;  // February 29 of a common year
      const std::string day = dates::from_days(*p);
      if (!info.inferred_earliest.empty() && day < info.inferred_earliest) continue;
      if (!info.inferred_latest.empty() && day > info.inferred_latest) continue;
      days.push_back(*p);
    }
    // A weekday named with the day ("Monday 31 March") keeps the years in which it falls on it.
    std::string weekday_note;
    if (md.weekday >= 1 && md.weekday <= 7) {
      static constexpr const char* k_weekday_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                        "Friday", "Saturday", "Sunday"};
      const auto iso_weekday = [](long p) { return static_cast<int>(((p % 7 + 7) % 7 + 3) % 7 + 1); };
      std::erase_if(days, [&](long p) { return iso_weekday(p) != md.weekday; });
      weekday_note = fmt::format(" (a {} in the possible years only then)", k_weekday_names[md.weekday - 1]);
    }
    if (days.empty()) continue;

    // A wire story's lead says what was said on the day of its dateline ("PORT ELLIS, June 20
    // (Harbor Wire) - the company said on Tuesday …"): of the possible years, the one in which
    // the earliest statement named by a weekday falls on the dateline's day is the one.
    struct Fit {
      long day = 0;
      std::size_t sentence = 0;  // of the first statement that names this day
      std::size_t count = 0;     // statements that name it
      std::string text;
    };
    // What each statement dated by an expression counted from the publication names on each
    // possible day: tagged once, compared for both the day itself and the day before.
    std::vector<std::size_t> statements;
    for (const auto i : members)
      if (claims[i].time->basis == "relative" && speech.count(claims[i].kind.str())) statements.push_back(i);
    std::vector<std::vector<std::string>> named_on(days.size());  // [day][statement] → value read
    for (std::size_t k = 0; k < days.size(); ++k)
      for (const auto i : statements) {
        const Reading r = read_at(claims[i], days[k], lexicon);
        named_on[k].push_back(r.found ? r.value : std::string());
      }
    auto fits_for = [&](long offset) {
      std::vector<Fit> fits;
      for (std::size_t k = 0; k < days.size(); ++k) {
        const long p = days[k];
        const std::string target = dates::from_days(p - offset);
        Fit f{p, std::numeric_limits<std::size_t>::max(), 0, {}};
        for (std::size_t j = 0; j < statements.size(); ++j) {
          const Claim& c = claims[statements[j]];
          if (named_on[k][j] != target) continue;
          ++f.count;
          if (c.sentence < f.sentence) {
            f.sentence = c.sentence;
            f.text = c.time->text.str();
          }
        }
        if (f.count > 0) fits.push_back(f);
      }
      // The earliest sentence first, then the most statements; ties tell nothing.
      std::sort(fits.begin(), fits.end(), [](const Fit& a, const Fit& b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.count > b.count;
      });
      if (fits.size() > 1 && fits[0].sentence == fits[1].sentence && fits[0].count == fits[1].count) fits.clear();
      return fits;
    };
    // How many other articles are published within k_near_coverage_days of a possible day:
    // coverage of an incident comes in a burst.
    auto near = [&](long p) {
      return static_cast<std::size_t>(
          std::upper_bound(published_days.begin(), published_days.end(), p + k_near_coverage_days) -
          std::lower_bound(published_days.begin(), published_days.end(), p - k_near_coverage_days));
    };
    std::size_t most_near = 0;
    for (const long p : days) most_near = std::max(most_near, near(p));
    // Of two weekday fits, the one in the burst: "said on Wednesday" under "PORTLAND, March 20"
    // fits 2024 to the day and 2025 as the day before; every other article is of March 2025, none
    // near March 2024. (A lone fit stands: a follow-up a year on is no burst's.)
    auto lonely = [&](long p) { return near(p) == 0 && most_near >= 2; };
    const auto same_day_fits = fits_for(0);
    const auto day_before_fits = fits_for(1);
    const bool prefer_day_before = !same_day_fits.empty() && lonely(same_day_fits.front().day) &&
                                   !day_before_fits.empty() && !lonely(day_before_fits.front().day);
    std::optional<long> chosen;
    std::string why;
    auto possible = [&] {
      std::string list;
      for (const long p : days) list += (list.empty() ? "" : ", ") + dates::from_days(p).substr(0, 4);
      return list;
    };
    if (const auto& same_day = same_day_fits; !same_day.empty() && !prefer_day_before) {
      chosen = same_day.front().day;
      why = fmt::format("of the possible years ({}), '{}' in sentence {} names {} only in {}", possible(),
                        same_day.front().text, same_day.front().sentence + 1, named,
                        dates::from_days(*chosen).substr(0, 4));
    } else if (const auto& day_before = day_before_fits; !day_before.empty()) {
      chosen = day_before.front().day;
      why = fmt::format("of the possible years ({}), '{}' in sentence {} names the day before {} only in {}",
                        possible(), day_before.front().text, day_before.front().sentence + 1, named,
                        dates::from_days(*chosen).substr(0, 4));
      if (prefer_day_before)
        why += fmt::format(" (it names {} itself in {}, but no other article is published within {} days of that)",
                           named, dates::from_days(same_day_fits.front().day).substr(0, 4), k_near_coverage_days);
    } else if (days.size() == 1) {
      chosen = days.front();
      why = fmt::format("{} is the only year the other articles and its bounds allow{}",
                        dates::from_days(*chosen).substr(0, 4), weekday_note);
    } else {
      // Else the year in which its day falls among the most other articles (published within
      // k_near_coverage_days of it), when one year has more than any other: coverage of an
      // incident comes in a burst ("CINCINNATI, Oct 17" among articles of September to December
      // 2023, not of 2022 or 2024).
      std::size_t best = 0, second = 0;
      long best_day = 0;  // a plain day: g++ 12 -O3 takes an optional's value here for maybe uninitialized
      for (const long p : days) {
        const std::size_t n = near(p);
        if (n > best) {
          second = best;
          best = n;
          best_day = p;
        } else if (n > second) {
          second = n;
        }
      }
      if (best > 0 && best >= 2 * second) {  // a clear burst: twice the articles of any other year
        chosen = best_day;
        why = fmt::format(
            "of the possible years ({}), {} has {} other article{} within {} days of {}, more than any "
            "other",
            possible(), dates::from_days(best_day).substr(0, 4), best, best == 1 ? "" : "s", k_near_coverage_days,
            named);
      }
    }
    const std::string dateline =
        md.lead ? fmt::format("the lead's {} gives {} as the day of publication, without a year", info.published.evidence,
                              named)
                : fmt::format("the dateline '{}' gives {} without a year", info.published.evidence, named);
    if (!chosen) {
      info.inferred_from +=
          (info.inferred_from.empty() ? "" : "; ") + dateline + fmt::format("; it fits {}: year unknown", possible());
      continue;
    }
    const std::string day = dates::from_days(*chosen);
    info.published.local = LocalDateTime{std::stoi(day.substr(0, 4)), md.month, md.day, {}, {}, {}};
    info.published.origin = DateOrigin::dateline;
    info.published.confidence = Confidence::low;
    info.inferred_earliest = info.inferred_latest = day;
    info.inferred_from += (info.inferred_from.empty() ? "" : "; ") + dateline + "; " + why;
    // Its "on Tuesday" and "June 17" are read from that day.
    // The lead's dated public act ("HALDERSUND, April 5 (ANA) - Veskor said on Tuesday …") is
    // the news the article reports, as the claims stage reads it when the article has its
    // date: what it reports without a date of its own is of that day (at most
    // k_lead_act_days before the dateline's).
    std::string lead_act, lead_text;
    for (const auto i : members) {
      Claim& c = claims[i];
      if (c.time->basis != "relative" && !c.time->partial()) continue;
      const Reading r = read_at(c, *chosen, lexicon);
      if (!r.found) continue;
      take(c, r, fmt::format("the article's {}; {}; '{}' names {} from {}", dateline, why, c.time->text, r.value, day));
    }
    // (Any date of its own: "said on Tuesday", read above or from the other articles' dates, or
    // "said on Oct. 19".)
    for (const auto i : members) {
      const Claim& c = claims[i];
      if (c.time->basis == "expression" && c.sentence < k_lead_act_sentences && speech.count(c.kind.str()) != 0 &&
          !c.negated && c.time->precision == timex::Precision::day && c.time->earliest <= day &&
          dates::days_between(c.time->earliest, day) <= claims::k_lead_act_days && c.time->earliest > lead_act) {
        lead_act = c.time->earliest.str();
        lead_text = c.time->text.str();
      }
    }
    for (const auto i : members) {
      Claim& c = claims[i];
      // What the article reports without a date of its own ("…, the company said") is of that day.
      if (c.time->basis == "reporting-date" && c.time->earliest.empty()) {
        auto& t = c.time.edit();
        const std::string& told = lead_act.empty() ? day : lead_act;
        t.value = t.earliest = t.latest = told;
        t.precision = timex::Precision::day;
        t.year_from = lead_act.empty()
                          ? fmt::format("the article's {}; {}", dateline, why)
                          : fmt::format("the article's {}; {}; the lead's '{}' names {}, the day of its news", dateline,
                                        why, lead_text, lead_act);
      }
    }
  }
}

std::string event_word(std::string_view trigger) {
  if (const auto space = trigger.rfind(' '); space != std::string_view::npos) trigger.remove_prefix(space + 1);
  return util::to_lower_ascii(trigger.substr(0, std::min(trigger.size(), std::size_t{5})));
}

}  // namespace timeline::correlate
