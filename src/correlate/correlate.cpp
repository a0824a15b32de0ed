// The correlator: claims blocked by kind, clustered by compatible dates, decided by
// independent support and specificity, with every disagreement kept as a conflict.
#include "timeline/correlate.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "claims/dates.hpp"
#include "claims/triggers.hpp"
#include "correlate/publication.hpp"
#include "correlate/summary.hpp"
#include "timeline/segment.hpp"
#include "util/strings.hpp"

namespace timeline::correlate {
namespace {

using claims::Claim;

// Day intervals with open ends ("" is -inf for a lower bound, +inf for an upper one).
struct Interval {
  std::string lo, hi;
  bool empty() const { return !lo.empty() && !hi.empty() && lo > hi; }
};

Interval intersect(const Interval& a, const Interval& b) {
  Interval r;
  r.lo = a.lo.empty() ? b.lo : (b.lo.empty() ? a.lo : std::max(a.lo, b.lo));
  r.hi = a.hi.empty() ? b.hi : (b.hi.empty() ? a.hi : std::min(a.hi, b.hi));
  return r;
}

// A claim's interval among the dates of its kind. A range that starts on a day ("had access
// between 29 January and 11 February") dates the event where it starts: that day.
Interval interval_of(const Claim& c) {
  if (c.time->mod.str() == "RANGE" && c.time->value.size() == 10) return {c.time->value, c.time->value};
  return {c.time->earliest, c.time->latest};
}

struct Cluster {
  Interval span;                     // intersection of the members' intervals
  std::vector<std::size_t> members;  // claim indexes
  std::size_t best = 0;              // the most specific member
  std::size_t support = 0;           // independent sources of every claim compatible with it
  std::size_t deciding = 0;          // independent sources among members no other cluster could take
  std::size_t origins = 0;           // independent sources among its members
  std::size_t weight = 0;            // its members that count (not those of a later stage)
};

struct Ctx {
  const std::vector<Claim>& claims;
  const std::vector<claims::DocumentInfo>& documents;
  std::unordered_map<std::string, std::size_t> doc_index;  // id → first document of that id
};

// A claim's line of evidence: its origin, else its document.
const std::string& origin_key(const Claim& c) { return c.origin.empty() ? c.document : c.origin; }

std::size_t origins_of(const Ctx& ctx, const std::vector<std::size_t>& members) {
  std::unordered_set<std::string_view> o;
  for (const auto m : members) o.insert(origin_key(ctx.claims[m]));
  return o.size();
}

// The documents of the claims, in input order: their claims' ids, which share one allocation.
std::vector<claims::Text> documents_of(const Ctx& ctx, const std::vector<std::size_t>& members) {
  std::vector<std::pair<std::size_t, std::size_t>> idx;  // (document, one of its claims)
  for (const auto m : members) idx.emplace_back(ctx.doc_index.at(ctx.claims[m].document), m);
  std::sort(idx.begin(), idx.end());
  idx.erase(std::unique(idx.begin(), idx.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
            idx.end());
  std::vector<claims::Text> out;
  for (const auto& i : idx) out.push_back(ctx.claims[i.second].document);
  return out;
}

// Whether the incident's company is the speaker of one of the claims: the last of its source
// chain below the outlet is the company's name as its article gives it ("Fjellspor" for
// "Fjellspor AS"), compared without case.
bool subject_speaks(const Ctx& ctx, const std::vector<std::size_t>& members) {
  for (const auto m : members) {
    const Claim& c = ctx.claims[m];
    if (c.chain.size() < 2) continue;
    const auto d = ctx.doc_index.find(c.document.str());
    if (d == ctx.doc_index.end()) continue;
    const std::string subject = util::to_lower_ascii(ctx.documents[d->second].subject_name);
    const std::string speaker = util::to_lower_ascii(c.chain.back().str());
    if (subject.empty() || speaker.empty()) continue;
    const std::string first = subject.substr(0, subject.find(' '));
    // The name in full, its first word, or a shorter form it begins with ("Fenwick & Hale" of
    // "Fenwick & Hale Veterinary Group").
    if (speaker == subject || speaker == first || speaker.rfind(subject + " ", 0) == 0 ||
        subject.rfind(speaker + " ", 0) == 0)
      return true;
  }
  return false;
}

std::string basis_text(const claims::Time& t) {
  if (t.basis == "expression") return "'" + t.text + "'";
  if (t.basis == "report") return "the date of its reporting verb, '" + t.text + "'";
  if (t.basis == "previous") return "the date of the act it adds to, told before it: '" + t.text + "'";
  if (t.basis == "reporting-date")
    return "the article's reporting date (" + (t.value.empty() ? std::string("unknown") : t.value.str()) + ")";
  return t.basis;
}

// Interval ends compared with their open sides: "" is -inf as a lower bound and +inf as an upper one.
bool lo_le_hi(const std::string& lo, const std::string& hi) { return lo.empty() || hi.empty() || lo <= hi; }

// An upper bound as a sortable key: open ("") sorts after every day.
using HiKey = std::pair<bool, std::string>;
HiKey hi_key(const std::string& hi) { return {hi.empty(), hi}; }

// The spans of the clusters never meet: a claim starts a cluster only when it meets none, and
// spans only shrink. Sorted by their lower bounds they are also sorted by their upper ones, so
// the clusters a claim meets are one run of that order, found by two binary searches.
class Spans {
 public:
  /// Lower bounds that spans may take (the claims' own): positions of a max tree.
  explicit Spans(std::vector<std::string> lows) : m_lows(std::move(lows)) {
    std::sort(m_lows.begin(), m_lows.end());
    m_lows.erase(std::unique(m_lows.begin(), m_lows.end()), m_lows.end());
    m_size = 1;
    while (m_size < m_lows.size()) m_size *= 2;
    m_tree.assign(2 * m_size, k_none);
  }
  /// The cluster meeting `iv` with the most members (the first made on ties), or -1.
  long best(const Interval& iv, const std::vector<Cluster>& clusters) const {
    auto first = m_by_hi.lower_bound({false, iv.lo});  // the first span not wholly below iv
    if (iv.lo.empty()) first = m_by_hi.begin();
    if (first == m_by_hi.end() || !lo_le_hi(clusters[first->second].span.lo, iv.hi)) return -1;
    const std::size_t from = position(clusters[first->second].span.lo);
    const std::size_t to =
        iv.hi.empty()
            ? m_lows.size()
            : static_cast<std::size_t>(std::upper_bound(m_lows.begin(), m_lows.end(), iv.hi) - m_lows.begin());
    const auto found = query(from, to);
    return found == k_none ? -1 : static_cast<long>(-found.second);
  }
  /// The clusters meeting `iv`, in date order.
  std::vector<std::size_t> meeting(const Interval& iv, const std::vector<Cluster>& clusters) const {
    std::vector<std::size_t> out;
    auto it = iv.lo.empty() ? m_by_hi.begin() : m_by_hi.lower_bound({false, iv.lo});
    for (; it != m_by_hi.end() && lo_le_hi(clusters[it->second].span.lo, iv.hi); ++it) out.push_back(it->second);
    return out;
  }
  void insert(const Cluster& cl, std::size_t id) {
    m_by_hi.emplace(hi_key(cl.span.hi), id);
    set(position(cl.span.lo), {static_cast<long>(cl.members.size()), -static_cast<long>(id)});
  }
  void erase(const Cluster& cl) {
    m_by_hi.erase(hi_key(cl.span.hi));
    set(position(cl.span.lo), k_none);
  }

 private:
  using Value = std::pair<long, long>;  // members, -id
  static constexpr Value k_none{-1, 0};
  std::size_t position(const std::string& lo) const {
    return static_cast<std::size_t>(std::lower_bound(m_lows.begin(), m_lows.end(), lo) - m_lows.begin());
  }
  void set(std::size_t at, Value v) {
    at += m_size;
    m_tree[at] = v;
    for (at /= 2; at >= 1; at /= 2) m_tree[at] = std::max(m_tree[2 * at], m_tree[2 * at + 1]);
  }
  Value query(std::size_t from, std::size_t to) const {  // [from, to)
    Value best = k_none;
    for (from += m_size, to += m_size; from < to; from /= 2, to /= 2) {
      if (from & 1) best = std::max(best, m_tree[from++]);
      if (to & 1) best = std::max(best, m_tree[--to]);
    }
    return best;
  }
  std::vector<std::string> m_lows;
  std::size_t m_size = 1;
  std::vector<Value> m_tree;
  std::map<HiKey, std::size_t> m_by_hi;  // spans by upper bound (distinct: spans never meet)
};

// Clusters of mutually compatible dates: most specific claims first, each claim joining the
// largest cluster it agrees with (the first made on ties).
std::vector<Cluster> cluster_dates(const Ctx& ctx, std::vector<std::size_t> dated) {
  std::stable_sort(dated.begin(), dated.end(), [&](std::size_t a, std::size_t b) {
    const claims::Time& x = ctx.claims[a].time;
    const claims::Time& y = ctx.claims[b].time;
    if (x.precision != y.precision) return x.precision > y.precision;
    return x.earliest < y.earliest;
  });
  std::vector<std::string> lows;
  for (const auto c : dated) lows.push_back(ctx.claims[c].time->earliest);
  Spans spans(std::move(lows));
  std::vector<Cluster> clusters;
  for (const auto c : dated) {
    const Interval iv = interval_of(ctx.claims[c]);
    // An empty interval meets nothing: it stays a cluster of its own, which nothing joins.
    long target = iv.empty() ? -1 : spans.best(iv, clusters);
    if (target < 0) {
      clusters.push_back({iv, {c}, c});
      if (!iv.empty()) spans.insert(clusters.back(), clusters.size() - 1);
      continue;
    }
    // On a tie, a cluster whose claims name an actor this claim names: "the ombudsman, which
    // opened an inquiry in June" joins the ombudsman's 9 June, not the company's own
    // "investigating" of 6 June.
    const auto& actors = ctx.claims[c].actors;
    auto shares_actor = [&](const Cluster& other) {
      return std::any_of(other.members.begin(), other.members.end(), [&](std::size_t m) {
        return std::any_of(ctx.claims[m].actors.begin(), ctx.claims[m].actors.end(),
                           [&](const auto& a) { return std::find(actors.begin(), actors.end(), a) != actors.end(); });
      });
    };
    if (!actors.empty() && !shares_actor(clusters[static_cast<std::size_t>(target)]))
      for (const std::size_t id : spans.meeting(iv, clusters))
        if (clusters[id].members.size() == clusters[static_cast<std::size_t>(target)].members.size() &&
            shares_actor(clusters[id])) {
          target = static_cast<long>(id);
          break;
        }
    auto& cl = clusters[static_cast<std::size_t>(target)];
    spans.erase(cl);
    cl.span = intersect(cl.span, iv);
    cl.members.push_back(c);
    spans.insert(cl, static_cast<std::size_t>(target));
  }
  return clusters;
}

Date date_of(const Ctx& ctx, const Cluster& cl) {
  const claims::Time& t = ctx.claims[cl.best].time;
  Date d;
  d.value = t.value;
  d.precision = t.precision;
  d.earliest = cl.span.lo;
  d.latest = cl.span.hi;
  return d;
}

std::string describe_side(const Ctx& ctx, const Cluster& cl) {
  const auto docs = documents_of(ctx, cl.members);
  const auto n = origins_of(ctx, cl.members);
  return fmt::format("{} ({} claim{} in {} document{}, {} independent source{})", ctx.claims[cl.best].time->value,
                     cl.members.size(), cl.members.size() == 1 ? "" : "s", docs.size(), docs.size() == 1 ? "" : "s", n,
                     n == 1 ? "" : "s");
}

Side side_of(const Ctx& ctx, const Cluster& cl) {
  Side s;
  s.value = ctx.claims[cl.best].time->value;
  s.documents = documents_of(ctx, cl.members);
  s.claims = cl.members;
  s.origins = origins_of(ctx, cl.members);
  return s;
}

// Better-supported first (`stronger`): independent sources compatible, then those only it can
// take, then its own, then a date some claim gives without a hedge, then specificity, then
// claims, then date; a later stage's claims count for none of the sources or claims.
// Support: the independent sources of every claim compatible with a cluster (a vague "in
// 2017" supports each more specific date inside it). Ties go to the cluster with more sources
// that no other cluster could take. The spans never meet, so the clusters a claim is
// compatible with are one run of them in date order: each line of evidence covers the union
// of its claims' runs, counted once per cluster with a difference array.
// A claim that names a later stage of the event ("deployed ransomware on 11 February", role
// `stage`) supports no date of the event itself: `stage` lists such claims (none when null).
void count_support(const Ctx& ctx, std::vector<Cluster>& clusters, const std::vector<std::size_t>& dated,
                   const std::unordered_set<std::size_t>* stage = nullptr) {
  auto counts = [&](std::size_t m) { return stage == nullptr || stage->count(m) == 0; };
  std::vector<std::size_t> order;  // clusters with a non-empty span, by date
  for (std::size_t i = 0; i < clusters.size(); ++i)
    if (!clusters[i].span.empty()) order.push_back(i);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return clusters[a].span.lo < clusters[b].span.lo; });
  std::vector<std::size_t> rank(clusters.size(), 0);
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  // The run [first, last] of clusters (ranks) a claim's interval meets; first > last for none.
  auto run = [&](const Interval& iv) -> std::pair<std::size_t, std::size_t> {
    if (iv.empty()) return {1, 0};
    const auto first = std::partition_point(order.begin(), order.end(),
                                            [&](std::size_t c) { return !lo_le_hi(iv.lo, clusters[c].span.hi); });
    const auto end = std::partition_point(order.begin(), order.end(),
                                          [&](std::size_t c) { return lo_le_hi(clusters[c].span.lo, iv.hi); });
    if (first >= end) return {1, 0};
    return {static_cast<std::size_t>(first - order.begin()), static_cast<std::size_t>(end - order.begin()) - 1};
  };
  std::unordered_map<std::string_view, std::vector<std::pair<std::size_t, std::size_t>>> runs;
  std::unordered_map<std::size_t, std::pair<std::size_t, std::size_t>> run_of;  // claim → run
  for (const auto m : dated) {
    const auto r = run(interval_of(ctx.claims[m]));
    run_of.emplace(m, r);
    if (r.first <= r.second && counts(m)) runs[origin_key(ctx.claims[m])].push_back(r);
  }
  std::vector<long> delta(order.size() + 1, 0);
  for (auto& [origin, list] : runs) {
    // A source that names the day counts for that day, not for every day its vaguer words allow
    // ("said on Thursday" and "in February" from one company: Thursday's date, not also a rival
    // day of February another source gives).
    std::vector<std::size_t> named;
    for (const auto& [a, b] : list)
      if (a == b) named.push_back(a);
    if (!named.empty())
      std::erase_if(list, [&](const std::pair<std::size_t, std::size_t>& r) {
        return r.first < r.second &&
               std::any_of(named.begin(), named.end(), [&](std::size_t n) { return r.first <= n && n <= r.second; });
      });
    std::sort(list.begin(), list.end());
    std::size_t from = list.front().first, to = list.front().second;
    for (const auto& [a, b] : list) {
      if (a > to + 1) {
        ++delta[from], --delta[to + 1];
        from = a, to = b;
      } else {
        to = std::max(to, b);
      }
    }
    ++delta[from], --delta[to + 1];
  }
  std::vector<std::size_t> covered(order.size(), 0);
  long sum = 0;
  for (std::size_t r = 0; r < order.size(); ++r) covered[r] = static_cast<std::size_t>(sum += delta[r]);
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    auto& cl = clusters[i];
    cl.support = cl.span.empty() ? 0 : covered[rank[i]];
    // Its own: members compatible with no other cluster (a member meets its own span, so a
    // run of one).
    std::unordered_set<std::string_view> own;
    std::vector<std::size_t> counted;
    for (const auto m : cl.members) {
      if (!counts(m)) continue;
      counted.push_back(m);
      const auto it = run_of.find(m);
      const auto r = it != run_of.end() ? it->second : run(interval_of(ctx.claims[m]));
      if (r.first >= r.second) own.insert(origin_key(ctx.claims[m]));
    }
    cl.deciding = own.size();
    cl.origins = origins_of(ctx, counted);
    cl.weight = counted.size();
  }
}

bool stronger(const Ctx& ctx, const Cluster& a, const Cluster& b) {
  if (a.support != b.support) return a.support > b.support;
  if (a.deciding != b.deciding) return a.deciding > b.deciding;
  if (a.origins != b.origins) return a.origins > b.origins;
  // As well supported, a date some claim states without a hedge beats one only hedged claims
  // give ("monitoring that could have detected the lookups that began on Feb. 11").
  auto firm = [&](const Cluster& c) {
    return std::any_of(c.members.begin(), c.members.end(), [&](std::size_t m) { return !ctx.claims[m].hedged; });
  };
  if (const bool fa = firm(a), fb = firm(b); fa != fb) return fa;
  const auto pa = ctx.claims[a.best].time->precision, pb = ctx.claims[b.best].time->precision;
  if (pa != pb) return pa > pb;
  if (a.weight != b.weight) return a.weight > b.weight;
  return ctx.claims[a.best].time->earliest < ctx.claims[b.best].time->earliest;
}

std::string publication_day(const claims::DocumentInfo& d) {
  if (d.published.local)
    return fmt::format("{:04d}-{:02d}-{:02d}", d.published.local->year, d.published.local->month,
                       d.published.local->day);
  return d.inferred_earliest;
}

// The claim's date begins after the day its article was published (a publication date the
// article gives, not one inferred).
bool after_publication(const Ctx& ctx, const Claim& c) {
  const auto& d = ctx.documents[ctx.doc_index.at(c.document)];
  return d.published.local && !c.time->earliest.empty() && c.time->earliest.str() > publication_day(d);
}

// Figures that agree with each other: each joins the first group whose first member it agrees with.
// A figure the same as an earlier one (and agreeing with itself) joins that one's group: it
// would make the same comparisons with the same first members.
std::vector<std::vector<std::size_t>> agreeing(const std::vector<const figures::Figure*>& figs) {
  std::vector<std::vector<std::size_t>> sides;
  // Amounts by their bits: a total order even for NaN (which never agrees with itself anyway).
  std::map<std::tuple<std::uint64_t, std::uint64_t, std::string, bool, std::uint64_t, std::uint64_t, std::string>,
           std::size_t>
      seen;
  auto bits = [](double d) { return std::bit_cast<std::uint64_t>(d); };
  for (std::size_t i = 0; i < figs.size(); ++i) {
    const auto& f = *figs[i];
    const bool self = figures::compare(f, f) == figures::Relation::agree;  // not so for a NaN
    const auto key =
        std::make_tuple(bits(f.amount.low), bits(f.amount.high), f.amount.unit.str(), f.converted.has_value(),
                        bits(f.converted ? f.converted->low : 0.0), bits(f.converted ? f.converted->high : 0.0),
                        f.converted ? f.converted->unit.str() : std::string());
    if (self)
      if (const auto it = seen.find(key); it != seen.end()) {
        sides[it->second].push_back(i);
        continue;
      }
    bool placed = false;
    for (std::size_t s = 0; s < sides.size() && !placed; ++s)
      if (figures::compare(f, *figs[sides[s].front()]) == figures::Relation::agree) {
        sides[s].push_back(i);
        placed = true;
        if (self) seen.emplace(key, s);
      }
    if (!placed) {
      sides.push_back({i});
      if (self) seen.emplace(key, sides.size() - 1);
    }
  }
  return sides;
}

// A disagreement between figures of one measure: the best-supported value first, and why.
Conflict figure_conflict(const std::string& measure, std::vector<Side> sides) {
  Conflict conflict;
  conflict.field = "figure";
  conflict.measure = measure;
  std::stable_sort(sides.begin(), sides.end(), [](const Side& a, const Side& b) { return a.origins > b.origins; });
  conflict.values = std::move(sides);
  conflict.resolution = conflict.values.front().value;
  conflict.rationale =
      conflict.values[0].origins > conflict.values[1].origins
          ? fmt::format("'{}' has more independent sources ({} against {})", conflict.values[0].value,
                        conflict.values[0].origins, conflict.values[1].origins)
          : fmt::format(
                "the sources are evenly split; '{}' is shown first as the first stated, the others stay visible",
                conflict.values[0].value);
  return conflict;
}

void add_figures(const Ctx& ctx, Event& e) {
  std::map<std::string, FigureGroup> groups;
  std::vector<std::string> order;
  std::set<std::tuple<std::string, std::string_view, std::size_t, std::size_t>>
      cited;  // measure, document, sentence, figure
  for (const auto c : e.claims)
    for (std::size_t f = 0; f < ctx.claims[c].figures.size(); ++f) {
      const auto key = figures::measure_key(ctx.claims[c].figures[f]);
      auto [it, fresh] = groups.try_emplace(key);
      if (fresh) {
        it->second.measure = key;
        order.push_back(key);
      }
      // The same sentence cited twice (two claims of one sentence) counts once.
      if (cited.emplace(key, ctx.claims[c].document, ctx.claims[c].sentence, f).second)
        it->second.items.push_back({c, f});
    }
  for (const auto& key : order) {
    auto& g = groups[key];
    std::vector<const figures::Figure*> figs;
    for (const auto& item : g.items) figs.push_back(&ctx.claims[item.claim].figures[item.figure]);
    const auto groups_of = agreeing(figs);
    g.agree = groups_of.size() <= 1;
    if (!g.agree) {
      std::vector<Side> sides;
      for (const auto& members_of : groups_of) {
        Side side;
        side.value = figs[members_of.front()]->text;
        for (const auto i : members_of) side.claims.push_back(g.items[i].claim);
        side.documents = documents_of(ctx, side.claims);
        side.origins = origins_of(ctx, side.claims);
        sides.push_back(std::move(side));
      }
      e.conflicts.push_back(figure_conflict(key, std::move(sides)));
    }
    e.figures.push_back(std::move(g));
  }
}

// Every figure of the corpus by measure: what the articles say about how much, whichever
// event (if any) their sentence was found to describe.
std::vector<MeasureGroup> corpus_figures(const std::vector<claims::FigureMention>& mentions,
                                         const std::vector<claims::DocumentInfo>& documents,
                                         const std::unordered_map<std::string, std::size_t>& doc_index) {
  std::map<std::string, MeasureGroup> groups;
  std::vector<std::string> order;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto key = figures::measure_key(mentions[i].figure);
    auto [it, fresh] = groups.try_emplace(key);
    if (fresh) {
      it->second.measure = key;
      order.push_back(key);
    }
    it->second.mentions.push_back(i);
  }
  std::vector<MeasureGroup> out;
  for (const auto& key : order) {
    auto& g = groups[key];
    std::vector<const figures::Figure*> figs;
    for (const auto m : g.mentions) figs.push_back(&mentions[m].figure.get());
    const auto groups_of = agreeing(figs);
    g.agree = groups_of.size() <= 1;
    if (!g.agree) {
      std::vector<Side> sides;
      for (const auto& members_of : groups_of) {
        Side side;
        side.value = figs[members_of.front()]->text;
        std::set<std::string> origins;
        std::vector<std::size_t> docs;
        for (const auto i : members_of) {
          const auto& m = mentions[g.mentions[i]];
          side.figures.push_back(g.mentions[i]);
          origins.insert(m.origin.empty() ? m.document : m.origin);
          docs.push_back(doc_index.at(m.document));
        }
        std::sort(docs.begin(), docs.end());
        docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
        for (const auto d : docs) side.documents.push_back(documents[d].id);
        side.origins = origins.size();
        sides.push_back(std::move(side));
      }
      g.conflicts.push_back(figure_conflict(key, std::move(sides)));
    }
    out.push_back(std::move(g));
  }
  return out;
}

// The day a cluster is dated to, when its span is one day.
std::optional<long> day_of(const Cluster& cl) {
  if (cl.span.lo.empty() || cl.span.lo != cl.span.hi) return std::nullopt;
  return dates::to_days(cl.span.lo);
}

// How long before every other article one must be published to tell another story.
constexpr long k_early_story_gap_days = 365;

// Of a kind an incident may have several times, day-dated clusters at most `k_near_days` apart,
// each with a date an article states (not only its reporting date), whose claims come from
// different articles and share the word naming the event (its first five letters) and an actor
// besides the subject are one event dated differently. The clusters
// grouped, strongest first (the order of `clusters`), each with why they are one event.
constexpr long k_near_days = 7;
// The sentences of an article's lead (the title is sentence 0 when it has one).
constexpr std::size_t k_lead_sentences = 1;

// One event of near_days: its clusters (the first the strongest, the others rival dates), why they
// are one, and the clusters that only tell it again later (`echoes`).
struct NearGroup {
  std::vector<const Cluster*> group;
  std::string same;
  std::vector<const Cluster*> echoes;
};
// How far after an act a later article that tells it again, dated only by its own reporting day,
// may be ("He said the commission had opened an inquiry", a week after it did), in days.
constexpr long k_echo_days = 31;
std::vector<NearGroup> near_days(const Ctx& ctx, const std::vector<Cluster>& clusters, const std::string& subject,
                                 const claims::KindInfo& kind, bool side, const claims::Triggers& tr) {
  std::vector<NearGroup> out;
  std::vector<bool> taken(clusters.size(), false);
  // Statements recur from day to day by nature; media reports and other events ("posted a sample
  // on its leak site", "demanded a ransom") may too, so only a day apart are they one event (a
  // media report, by the same outlet: "first reported by The Ledger Line on April 22", "… on
  // Tuesday, when The Ledger Line reported").
  const bool recurs = kind.kind == "statement";
  const bool daily = kind.kind == "other" || kind.kind == "media-report";
  const long reach = daily ? 1 : k_near_days;
  // The subject's disclosure of its incident is one act however it is worded ("disclosed the
  // breach on Monday", "said on Friday that hackers had broken in"): its key is the kind and the
  // subject, for a claim about the subject whose sentence tells the incident.
  const bool subject_act = kind.kind == "disclosure";
  // Its sentence tells the incident: it has an intrusion or discovery claim it does not negate
  // (a sentence's claims are next to each other). "Announced the review on Friday" is another act.
  // "which first acknowledged the outage on Tuesday" (a disclosure trigger of role onset) is the
  // first public word on the incident, whatever the sentence calls it; "reported the breach to the
  // regulator" (role notice) tells it to an authority.
  auto tells_incident = [&](std::size_t m, const claims::Trigger* t) {  // t: the claim's trigger, if known
    const auto& c = ctx.claims[m];
    if (t != nullptr && (t->onset || t->notice)) return true;
    auto incident = [&](std::size_t o) {
      const auto& x = ctx.claims[o];
      return !x.negated && (x.kind == "intrusion" || x.kind == "discovery");
    };
    auto same_sentence = [&](std::size_t o) {
      return ctx.claims[o].sentence == c.sentence && ctx.claims[o].document == c.document;
    };
    for (std::size_t o = m; o-- > 0 && same_sentence(o);)
      if (incident(o)) return true;
    for (std::size_t o = m + 1; o < ctx.claims.size() && same_sentence(o); ++o)
      if (incident(o)) return true;
    return false;
  };
  auto words_and_actors = [&](const Cluster& cl) {
    std::set<std::pair<std::string, std::string>> keys;
    for (const auto m : cl.members) {
      const auto& c = ctx.claims[m];
      // A sentence that names no one ("The university, which disclosed the breach on Monday")
      // is about its article's subject. Telling an authority ("notified the commission on 14
      // February") is an act of its own, a day or two before the public word ("confirmed the
      // attack on Thursday"), and one act however it is worded; the authority told is the
      // notice's actor, not its teller.
      const auto* t = subject_act ? tr.find(c.trigger.str()) : nullptr;
      const bool notice = t != nullptr && t->notice;
      if (subject_act && !subject.empty() && !c.about_other && (c.about_subject || c.actors.empty() || notice) &&
          tells_incident(m, t)) {
        keys.emplace(notice ? "notice" : kind.kind, subject);
        continue;
      }
      // A fine is named many ways ("fined", "the penalty", "a £2.4m settlement"), and one
      // authority fines one company once in a week: its key is the kind and the actor.
      const std::string word = kind.kind == "fine" ? kind.kind : event_word(c.trigger.str());
      for (const auto& actor : c.actors)
        if (actor != subject) keys.emplace(word, actor);
      // A sentence that names no one ("A criminal group posted a sample on its leak site on
      // Sunday") has the word alone: a day apart at most, it is the same act.
      if (c.actors.empty()) keys.emplace(word, std::string());
    }
    return keys;
  };
  auto docs_of = [&](const Cluster& cl) {
    std::set<std::string> docs;
    for (const auto m : cl.members) docs.insert(ctx.claims[m].document.str());
    return docs;
  };
  // A date an article states, not only the day it reports on: the reporting date bounds an act
  // ("who has apologised twice") without dating it, so it contradicts no one.
  // The news of an article's first sentences ("The commission has fined the university £2.4
  // million") is dated by its reporting date as surely as by a written one.
  auto stated = [&](const Cluster& cl) {
    return std::any_of(cl.members.begin(), cl.members.end(), [&](std::size_t m) {
      return ctx.claims[m].time->basis != "reporting-date" || ctx.claims[m].sentence <= k_lead_sentences;
    });
  };
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    if (taken[i]) continue;
    taken[i] = true;
    std::vector<const Cluster*> group{&clusters[i]};
    std::string same;
    const auto day = day_of(clusters[i]);
    if (!recurs && !side && day && stated(clusters[i])) {
      auto keys = words_and_actors(clusters[i]);
      auto docs = docs_of(clusters[i]);
      for (std::size_t j = i + 1; j < clusters.size(); ++j) {
        if (taken[j]) continue;
        // A day near it, or the whole month before or after the day's: "the penalty imposed in
        // January" against "fined on Feb. 13".
        std::optional<long> gap;
        bool day_apart = false;  // two days at most one apart, not a day and a month
        if (const auto other = day_of(clusters[j])) {
          gap = std::abs(*other - *day);
          day_apart = *gap <= 1;
        } else if (const auto& sp = clusters[j].span; sp.lo.size() == 10 && sp.hi.size() == 10 &&
                                                      sp.lo.compare(0, 7, sp.hi, 0, 7) == 0 &&
                                                      sp.lo.compare(8, 2, "01") == 0) {
          const auto lo = dates::to_days(sp.lo), hi = dates::to_days(sp.hi);
          const std::string month_of_day = dates::from_days(*day).substr(0, 7);
          if (lo && hi && dates::from_days(*hi + 1).compare(8, 2, "01") == 0 &&  // the whole month
              (dates::from_days(*hi + 1).substr(0, 7) == month_of_day ||
               dates::from_days(*lo - 1).substr(0, 7) == month_of_day))
            gap = 0;
        }
        if (!gap || *gap > reach || !stated(clusters[j])) continue;
        const auto other_docs = docs_of(clusters[j]);
        if (std::any_of(other_docs.begin(), other_docs.end(), [&](const std::string& d) { return docs.count(d) > 0; }))
          continue;
        const auto other_keys = words_and_actors(clusters[j]);
        const auto shared =
            std::find_if(other_keys.begin(), other_keys.end(), [&](const std::pair<std::string, std::string>& k) {
              return keys.count(k) > 0 && (!k.second.empty() || day_apart) &&
                     (kind.kind != "media-report" || (!k.second.empty() && day_apart));
            });
        if (shared == other_keys.end()) continue;
        if (same.empty())
          same = shared->second.empty()
                     ? fmt::format("one {} ('{}…') that articles date a day apart", kind.kind, shared->first)
                 : shared->first == kind.kind
                     ? fmt::format("one {} by {} that articles date days apart", kind.kind, shared->second)
                 : shared->first == "notice"
                     ? fmt::format("one notice of the incident to an authority by {} that articles date days apart",
                                   shared->second)
                     : fmt::format("one {} of {} ('{}…') that articles date days apart", kind.kind, shared->second,
                                   shared->first);
        taken[j] = true;
        group.push_back(&clusters[j]);
        docs.insert(other_docs.begin(), other_docs.end());
        keys.insert(other_keys.begin(), other_keys.end());
      }
    }
    // "He said the Gaming Standards Commission had opened an inquiry", in an article a week
    // after the commission did: a later telling dated only by its article's reporting day, of
    // the same act by the same named actor, is that act again, not an act of its own nor a rival
    // date (the reporting day bounds it, it does not date it).
    std::vector<const Cluster*> echoes;
    // (Not fines: their key is the kind and the actor, so another fine by the same authority
    // would be taken for the same one.)
    if (!recurs && !daily && !side && kind.kind != "fine" && day && stated(clusters[i])) {
      const auto keys = words_and_actors(clusters[i]);
      for (std::size_t j = 0; j < clusters.size(); ++j) {
        if (taken[j] || stated(clusters[j])) continue;
        const auto other = day_of(clusters[j]);
        if (!other || *other <= *day || *other - *day > k_echo_days) continue;
        const auto other_keys = words_and_actors(clusters[j]);
        if (std::none_of(other_keys.begin(), other_keys.end(), [&](const std::pair<std::string, std::string>& k) {
              return !k.second.empty() && keys.count(k) > 0;
            }))
          continue;
        taken[j] = true;
        echoes.push_back(&clusters[j]);
      }
    }
    out.push_back({std::move(group), std::move(same), std::move(echoes)});
  }
  return out;
}

// Later stages of an intrusion that articles date a day or two apart ("began encrypting on 9
// March" in one, "encrypted the servers on 10 March" in another): one stage, named by the same
// word, in articles that share none of its claims, whose date they disagree on. Stages a few days
// apart or named by other words ("exfiltrated", then "encrypted") stay events of their own.
constexpr long k_stage_days = 2;
std::vector<std::pair<std::vector<const Cluster*>, std::string>> same_stage(const Ctx& ctx,
                                                                            const std::vector<const Cluster*>& stages) {
  std::vector<std::pair<std::vector<const Cluster*>, std::string>> out;
  auto words_and_docs = [&](const Cluster& cl) {
    std::pair<std::set<std::string>, std::set<std::string>> wd;
    for (const auto m : cl.members) {
      wd.first.insert(event_word(ctx.claims[m].trigger.str()));
      wd.second.insert(ctx.claims[m].document.str());
    }
    return wd;
  };
  std::vector<bool> taken(stages.size(), false);
  std::vector<std::optional<long>> days;  // each stage's day, read once
  days.reserve(stages.size());
  for (const Cluster* cl : stages) days.push_back(day_of(*cl));
  for (std::size_t i = 0; i < stages.size(); ++i) {
    if (taken[i]) continue;
    taken[i] = true;
    std::vector<const Cluster*> group{stages[i]};
    std::string same;
    const auto day = days[i];
    if (!day) {
      out.emplace_back(std::move(group), std::move(same));
      continue;
    }
    auto wd = words_and_docs(*stages[i]);
    const std::set<std::string>& words = wd.first;
    std::set<std::string>& docs = wd.second;
    for (std::size_t j = i + 1; j < stages.size(); ++j) {
      const auto other = days[j];
      if (taken[j] || !other || std::abs(*other - *day) > k_stage_days) continue;
      const auto other_wd = words_and_docs(*stages[j]);
      const std::set<std::string>& other_words = other_wd.first;
      const std::set<std::string>& other_docs = other_wd.second;
      if (std::any_of(other_docs.begin(), other_docs.end(), [&](const std::string& d) { return docs.count(d) > 0; }))
        continue;
      const auto shared = std::find_if(other_words.begin(), other_words.end(),
                                       [&](const std::string& w) { return words.count(w) > 0; });
      if (shared == other_words.end()) continue;
      if (same.empty()) same = fmt::format("one later stage ('{}…') that articles date days apart", *shared);
      taken[j] = true;
      group.push_back(stages[j]);
      docs.insert(other_docs.begin(), other_docs.end());
    }
    out.emplace_back(std::move(group), std::move(same));
  }
  return out;
}

// A negative claim ("no sensitive data was leaked") that a later document contradicts with a
// positive one of the same event is revised, not a contradiction between contemporaries.
void mark_revisions(const Ctx& ctx, Event& e) {
  std::vector<std::size_t> negative, positive;
  for (const auto c : e.claims) (ctx.claims[c].negated ? negative : positive).push_back(c);
  if (negative.empty() || positive.empty()) return;
  std::string latest_positive;
  std::vector<std::size_t> later;
  for (const auto p : positive) {
    const auto day = publication_day(ctx.documents[ctx.doc_index.at(ctx.claims[p].document)]);
    if (!day.empty() && day > latest_positive) latest_positive = day;
  }
  for (const auto n : negative) {
    const auto day = publication_day(ctx.documents[ctx.doc_index.at(ctx.claims[n].document)]);
    if (!day.empty() && !latest_positive.empty() && day < latest_positive) e.revised.push_back(n);
  }
  if (e.revised.empty()) return;
  Conflict c;
  c.field = "claim";
  Side pos, neg;
  pos.value = "asserted";
  pos.claims = positive;
  pos.documents = documents_of(ctx, positive);
  pos.origins = origins_of(ctx, positive);
  neg.value = "denied";
  neg.claims = e.revised;
  neg.documents = documents_of(ctx, e.revised);
  neg.origins = origins_of(ctx, e.revised);
  c.values = {pos, neg};
  c.resolution = "asserted";
  c.rationale = fmt::format(
      "the denial was published earlier than the report that asserts it (latest {}): a later "
      "report revises an earlier one, so the denial is marked revised",
      latest_positive);
  e.conflicts.push_back(std::move(c));
}

std::string last_day_of_month(int year, unsigned month) {
  const date::year_month_day_last last{date::year{year} / date::month{month} / date::last};
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, static_cast<unsigned>(last.day()));
}

// `named`: what the witness dates (the same day, or only the same month).
void complete(Claim& c, int y, const std::string& witness, const std::string& suffix, const std::string& named) {
  const unsigned month = static_cast<unsigned>(std::stoi(suffix.substr(1, 2)));
  c.time.edit().value = fmt::format("{:04d}{}", y, suffix);
  c.time.edit().earliest = suffix.size() == 3 ? fmt::format("{:04d}{}-01", y, suffix) : c.time->value.str();
  c.time.edit().latest = suffix.size() == 3 ? last_day_of_month(y, month) : c.time->value.str();
  c.time.edit().year_from = witness.empty()
                         ? fmt::format("the year is not in the sentence; every other date of the article is in {}", y)
                         : fmt::format("the year is not in the article; {} dates the same {} {:04d}{}", witness,
                                       named.size() == 3 ? "month" : "day", y, named);
}

// "Oct. 4" without a year: an article whose own dates all fall in one year tells its story in
// that year; else, when the other articles date exactly one year's Oct. 4 (that the article's
// bounds allow), the claim takes that year. Either way it says where the year came from.
void complete_years(std::vector<Claim>& claims, const std::vector<claims::DocumentInfo>& documents,
                    const std::unordered_map<std::string, std::size_t>& doc_index) {
  auto allowed = [&](const Claim& c, int y, const std::string& suffix) {
    const auto& info = documents[doc_index.at(c.document)];
    const std::string first = fmt::format("{:04d}{}", y, suffix.size() == 3 ? suffix + "-01" : suffix);
    // Reported events precede the article: a year after its latest possible date cannot be.
    return info.inferred_latest.empty() || first <= info.inferred_latest;
  };
  // (Only when one of those dates names a month or a day: "the 2016 breach" in a 2023 article
  // says nothing of which year its "October" is.)
  std::map<std::string, std::set<int>> doc_years;
  std::set<std::string> doc_has_month;
  for (const auto& c : claims) {
    if (!c.time->known() || c.time->value.size() < 4) continue;
    doc_years[c.document].insert(std::stoi(c.time->value.substr(0, 4)));
    if (c.time->precision >= timex::Precision::month) doc_has_month.insert(c.document);
  }
  for (auto& c : claims) {
    if (!c.time->partial() || !doc_has_month.count(c.document)) continue;
    const auto it = doc_years.find(c.document);
    if (it == doc_years.end() || it->second.size() != 1) continue;
    const std::string suffix = c.time->value.substr(4);
    if (allowed(c, *it->second.begin(), suffix)) complete(c, *it->second.begin(), "", suffix, suffix);
  }

  std::map<std::string, std::set<int>> years;                  // "-07-29" / "-07" → years
  std::map<std::pair<std::string, int>, std::string> witness;  // (suffix, year) → first document
  // The same, of one kind of event: ("discovery", "-12") → years, and (kind, suffix, year) → document.
  std::map<std::pair<std::string, std::string>, std::set<int>> kind_years;
  std::map<std::tuple<std::string, std::string, int>, std::string> kind_witness;
  for (const auto& c : claims) {
    if (!c.time->known() || !c.time->year_from.empty() || c.time->value.size() < 7 || c.time->value[4] != '-') continue;
    const int year = std::stoi(c.time->value.substr(0, 4));
    for (const std::size_t len : {std::size_t{7}, std::size_t{10}}) {
      if (c.time->value.size() < len) continue;
      const std::string suffix = c.time->value.substr(4, len - 4);
      if (len == 7 && !util::is_ascii_digit(suffix[1])) continue;  // 2020-Q1, 2020-W05
      years[suffix].insert(year);
      witness.try_emplace({suffix, year}, c.document);
      if (c.negated || c.about_other) continue;
      kind_years[{c.kind.str(), suffix}].insert(year);
      kind_witness.try_emplace({c.kind.str(), suffix, year}, c.document);
    }
  }
  for (auto& c : claims) {
    if (!c.time->partial()) continue;
    const std::string suffix = c.time->value.substr(4);
    // "Oct. 4" takes the year of an "Oct. 4, 2021" elsewhere, else of an "October 2021".
    auto it = years.find(suffix);
    std::string named = suffix;
    if (it == years.end() && suffix.size() == 6) {
      named = suffix.substr(0, 3);
      it = years.find(named);
    }
    if (it == years.end()) continue;
    std::vector<int> fits;
    for (const int y : it->second)
      if (allowed(c, y, suffix)) fits.push_back(y);
    // Several years name that month: "discovered on Dec. 10" takes the one year in which the
    // other articles date the same kind of event in December.
    if (fits.size() > 1) {
      const std::string month = suffix.substr(0, 3);
      const auto k = kind_years.find({c.kind.str(), month});
      std::erase_if(fits, [&](int y) { return k == kind_years.end() || !k->second.count(y); });
      if (fits.size() == 1)
        complete(c, fits.front(),
                 fmt::format("a {} in {}", c.kind.str(), kind_witness.at({c.kind.str(), month, fits.front()})), suffix,
                 month);
      continue;
    }
    if (fits.size() == 1) complete(c, fits.front(), witness.at({named, fits.front()}), suffix, named);
  }
}

// "The breach was discovered on Dec. 11", written 14 months later: its year is the reader's
// guess from the publication date (2024), while other articles date the same kind of event on
// Dec. 11 of the year before, with the year written in their sentence (2023). A month or day
// whose sentence does not write its year, and that no article dates surely in the guessed
// year, takes the one year of the same kind within a year of it that the articles date surely
// (a day witnesses its month: "in January" and "Jan. 19, 2024"). Surely: the sentence writes
// the year, or the date is of the week before its article (news of the day: "fined on Tuesday").
constexpr long k_news_days = 7;

bool sure_year(const Claim& c, const std::string& published) {
  const std::string v = c.time->value.str();
  if (v.size() >= 4 && c.text.str().find(v.substr(0, 4)) != std::string::npos) return true;
  if (published.empty() || c.time->earliest.empty() || c.time->latest.empty()) return false;
  const auto e = dates::to_days(c.time->earliest.str()), l = dates::to_days(c.time->latest.str()),
             p = dates::to_days(published);
  return e && l && p && *l <= *p && *p - *e <= k_news_days;
}

void align_years(std::vector<Claim>& claims, const std::vector<claims::DocumentInfo>& documents,
                 const std::unordered_map<std::string, std::size_t>& doc_index) {
  auto suffix_of = [](const Claim& c) -> std::string {
    const std::string v = c.time->value.str();
    if (!c.time->mod.empty() || (v.size() != 7 && v.size() != 10) || v[4] != '-' || !util::is_ascii_digit(v[5]))
      return {};
    return v.substr(4);
  };
  std::map<std::pair<std::string, std::string>, std::set<int>> written;      // (kind, suffix) → years
  std::map<std::tuple<std::string, std::string, int>, std::string> witness;  // (kind, suffix, year) → document
  for (const auto& c : claims) {
    if (c.negated || c.about_other || !c.time->known() || c.time->basis != "expression") continue;
    const std::string suffix = suffix_of(c);
    if (suffix.empty()) continue;
    const int y = std::stoi(c.time->value.substr(0, 4));
    if (!sure_year(c, publication_day(documents[doc_index.at(c.document.str())]))) continue;
    // A day witnesses its month too ("in January" and "Jan. 19, 2024").
    for (const std::string& s : {suffix, suffix.substr(0, 3)}) {
      written[{c.kind.str(), s}].insert(y);
      witness.try_emplace({c.kind.str(), s, y}, c.document.str());
    }
  }
  for (auto& c : claims) {
    if (c.negated || c.about_other || !c.time->known() || c.time->basis != "expression" || !c.time->year_from.empty())
      continue;
    const std::string suffix = suffix_of(c);
    if (suffix.empty()) continue;
    // A date the tense put after the article ("must pay by Dec. 11") was not guessed backwards.
    const std::string published = publication_day(documents[doc_index.at(c.document.str())]);
    if (published.empty() || c.time->earliest.str() > published || sure_year(c, published)) continue;
    const int y = std::stoi(c.time->value.substr(0, 4));
    const auto w = written.find({c.kind.str(), suffix});
    if (w == written.end() || w->second.count(y) != 0) continue;
    std::vector<int> near;
    for (const int other : w->second)
      if (std::abs(other - y) == 1) near.push_back(other);
    if (near.size() != 1) continue;
    const std::string guessed = c.time->value.str();
    complete(c, near.front(), witness.at({c.kind.str(), suffix, near.front()}), suffix, suffix);
    c.time.edit().year_from = fmt::format("'{}' does not say its year, and the publication date made it {}; {} dates the same "
                                   "{} {:04d}{} surely (the year written, or news of its week)",
                                   c.time->text.str(), guessed, witness.at({c.kind.str(), suffix, near.front()}),
                                   c.kind.str(), near.front(), suffix);
  }
}

// Whether `text` names `name` as whole words ("Furrow & Field", not "Fieldside").
bool names_whole(std::string_view text, std::string_view name) {
  for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const bool open = at == 0 || !(util::is_ascii_alpha(text[at - 1]) || util::is_ascii_digit(text[at - 1]));
    const std::size_t end = at + name.size();
    if (open && (end == text.size() || !(util::is_ascii_alpha(text[end]) || util::is_ascii_digit(text[end]))))
      return true;
  }
  return false;
}

// "a report last week by the trade publication Furrow & Field": a media report whose article
// the corpus holds is of that article's publication day. A media-report claim dated coarser
// than a day, whose sentence names the outlet of another article published inside its dates
// (one such article only), takes that day; `year_from` says so.
void date_cited_reports(std::vector<Claim>& claims, const std::vector<claims::DocumentInfo>& documents) {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_outlet;  // outlet → (day, document)
  constexpr std::size_t k_min_outlet = 4;  // shorter names are too likely words of the sentence
  for (const auto& d : documents) {
    std::string_view outlet = d.outlet;
    if (outlet.starts_with("The ")) outlet.remove_prefix(4);
    if (!d.published.local || outlet.size() < k_min_outlet) continue;
    by_outlet[std::string(outlet)].emplace_back(publication_day(d), d.id);
  }
  if (by_outlet.empty()) return;
  for (auto& c : claims) {
    // (A week or a month: of a year, the outlet's one article of it may be a later follow-up.)
    if (c.kind != "media-report" || c.negated || !c.time->known() ||
        (c.time->precision != timex::Precision::week && c.time->precision != timex::Precision::month) ||
        c.time->earliest.empty() || c.time->latest.empty() || !c.time->year_from.empty())
      continue;
    const std::string_view text = c.text.str();
    const std::pair<std::string, std::string>* found = nullptr;
    const std::string* outlet_of = nullptr;
    bool several = false;
    for (const auto& [outlet, list] : by_outlet) {
      if (!names_whole(text, outlet)) continue;
      for (const auto& article : list) {
        if (article.second == c.document.str() || article.first < c.time->earliest.str() ||
            article.first > c.time->latest.str())
          continue;
        several = several || found != nullptr;
        found = &article;
        outlet_of = &outlet;
      }
    }
    if (found == nullptr || several) continue;
    auto& t = c.time.edit();
    t.year_from = fmt::format("'{}' holds the day {} published its article of this corpus ({}, {})", t.text.str(),
                              *outlet_of, found->second, found->first);
    t.value = found->first;
    t.earliest = found->first;
    t.latest = found->first;
    t.precision = timex::Precision::day;
    t.mod = {};  // ("early September" is the day now, not its start)
  }
}

// Two names of one company: one's words begin the other's ("tellmark", "tellmark mobile"), or
// both begin with the same word that does not open many unrelated names ("tellmark mobile",
// "tellmark communications"; not "national grid", "national bank").
bool one_company(std::string_view a, std::string_view b, const claims::Triggers& tr) {
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  const auto wa = util::split(a, ' '), wb = util::split(b, ' ');
  const std::size_t n = std::min(wa.size(), wb.size());
  if (std::equal(wa.begin(), wa.begin() + static_cast<std::ptrdiff_t>(n), wb.begin())) return true;
  return wa.front() == wb.front() && wa.front().size() >= 3 && !tr.is(wa.front(), claims::k_generic_name);
}

}  // namespace

Result<Timeline> correlate(Corpus corpus, const Lexicon* lexicon) {
  auto trig = claims::triggers(lexicon);
  if (!trig) return Error{trig.error()};
  const auto& kinds = (*trig)->kinds;

  Timeline tl;
  tl.skipped = std::move(corpus.skipped);
  tl.documents = std::move(corpus.documents);
  tl.claims = std::move(corpus.claims);
  tl.figure_mentions = std::move(corpus.figures);
  corpus = {};
  Ctx ctx{tl.claims, tl.documents, {}};
  for (std::size_t i = 0; i < tl.documents.size(); ++i) ctx.doc_index.emplace(tl.documents[i].id, i);
  for (const auto& c : tl.claims)
    if (!ctx.doc_index.count(c.document)) return Error{"claim of unknown document '" + c.document + "'"};

  // The corpus's main subject: the subject most documents have, counting the names of one
  // company together ("Tellmark", "Tellmark Mobile", "Tellmark Communications"); of those, the
  // name most documents use.
  std::map<std::string, std::size_t> subject_votes;
  for (const auto& d : tl.documents)
    if (!d.subject.empty()) ++subject_votes[d.subject];
  // Names of one company share their first word: only those are compared.
  std::map<std::string_view, std::vector<std::pair<std::string_view, std::size_t>>> by_first_word;
  for (const auto& [key, n] : subject_votes)
    by_first_word[std::string_view(key).substr(0, key.find(' '))].emplace_back(key, n);
  std::size_t best_family = 0, best_votes = 0;
  for (const auto& [key, n] : subject_votes) {
    std::size_t family = 0;
    for (const auto& [other, m] : by_first_word[std::string_view(key).substr(0, key.find(' '))])
      if (one_company(key, other, **trig)) family += m;
    if (family > best_family || (family == best_family && n > best_votes)) {
      best_family = family;
      best_votes = n;
      tl.subject = key;
    }
  }
  // A public body the incident happened to (a transport authority, a city council) is seldom a
  // document's subject: an article's subject is an organisation whenever it names one (the
  // gang, a contractor, the rail line's brand). Yet nearly every article names the body. So when
  // no subject is shared by half the documents, the actor the claims of three documents in four
  // name, if one is, is the corpus subject; what it says of itself is its statement, not an
  // authority's finding.
  // For each actor key, how many documents' claims name it, and the first of them. A document's
  // claims are next to each other, so a key is counted once per document by the last one seen.
  struct Named {
    std::size_t documents = 0;
    std::string_view first, last;
  };
  std::unordered_map<std::string_view, Named> named_in;
  std::size_t with_claims = 0;
  {
    std::string_view previous;
    for (const auto& c : tl.claims) {
      const std::string_view doc = c.document.str();
      if (doc != previous) ++with_claims;
      previous = doc;
      for (const auto& key : c.actors) {
        Named& named = named_in[key.str()];
        if (named.last == doc) continue;
        if (named.documents++ == 0) named.first = doc;
        named.last = doc;
      }
    }
  }
  {
    const std::size_t n = with_claims;
    if (n >= 4 && best_family * 2 < n) {
      std::string_view best;
      std::size_t most = 0;
      for (const auto& [key, named] : named_in)
        if (named.documents > most || (named.documents == most && key < best)) {
          most = named.documents;
          best = key;
        }
      if (most * 4 >= n * 3 && most > best_family) {
        tl.subject = std::string(best);
        // (Its denials too: "the council found no evidence that data was taken".)
        for (auto& c : tl.claims) {
          if (c.kind != "finding" || c.origin.str() != tl.subject) continue;
          const claims::Trigger* t = (*trig)->find(c.trigger);
          if (t != nullptr && t->denial) c.kind = "statement";
        }
      }
    }
  }
  // A document's subject and claims that name the corpus subject under another of its names
  // are about it ("the regulator fined Tellmark Mobile" in an article about "Tellmark").
  if (!tl.subject.empty()) {
    // What the incident's own body (a hacked public service, a council) says of it is its
    // statement, not an authority's finding, whatever its article took for its subject.
    std::unordered_map<std::string_view, bool> speaks_as_subject;  // origin → one of the subject's names
    for (auto& c : tl.claims) {
      if (c.kind != "finding" || c.origin.empty()) continue;
      const auto [it, fresh] = speaks_as_subject.try_emplace(c.origin.str(), false);
      if (fresh) it->second = one_company(c.origin.str(), tl.subject, **trig);
      if (!it->second) continue;
      const claims::Trigger* t = (*trig)->find(c.trigger);
      if (t != nullptr && t->report) c.kind = "statement";
    }
    for (auto& d : tl.documents)
      if (!d.subject.empty() && one_company(d.subject, tl.subject, **trig)) d.subject = tl.subject;
    // A subject no other article names nor has (a newsletter's own masthead, "THE PRIVACY
    // LETTER") in an article whose claims name the corpus subject: that is what it is about.
    std::map<std::string, std::size_t> subject_count;  // copies: subjects are rewritten below
    for (const auto& d : tl.documents) ++subject_count[d.subject];
    // The documents whose claims name the corpus subject under any of its names (one pass).
    std::unordered_set<std::string_view> naming_subject;
    std::unordered_map<std::string_view, bool> subject_name;  // actor key → one of its names
    for (const auto& c : tl.claims)
      for (const auto& key : c.actors) {
        const auto [it, fresh] = subject_name.try_emplace(key.str(), false);
        if (fresh) it->second = one_company(key.str(), tl.subject, **trig);
        if (it->second) naming_subject.insert(c.document.str());
      }
    std::vector<std::size_t> masthead;
    for (std::size_t i = 0; i < tl.documents.size(); ++i) {
      const auto& d = tl.documents[i];
      if (d.subject.empty() || d.subject == tl.subject || subject_count[d.subject] > 1) continue;
      const auto named = named_in.find(d.subject);
      if (named != named_in.end() && (named->second.documents > 1 || named->second.first != d.id)) continue;
      if (naming_subject.count(d.id)) masthead.push_back(i);
    }
    for (const auto i : masthead) tl.documents[i].subject = tl.subject;
    std::unordered_map<std::string, bool> of_subject;  // actor key → one of the subject's names
    for (auto& c : tl.claims)
      if (c.about_other && std::any_of(c.actors.begin(), c.actors.end(), [&](const std::string& key) {
            const auto [it, fresh] = of_subject.try_emplace(key, false);
            if (fresh) it->second = one_company(key, tl.subject, **trig);
            return it->second;
          }))
        c.about_other = false;
  }

  // An undated article's "last year" or "on Monday" may be dated by what the others date.
  date_from_corpus(tl.claims, tl.documents, ctx.doc_index, kinds, lexicon);
  date_from_dateline(tl.claims, tl.documents, ctx.doc_index, kinds, lexicon);
  align_years(tl.claims, tl.documents, ctx.doc_index);
  complete_years(tl.claims, tl.documents, ctx.doc_index);
  date_cited_reports(tl.claims, tl.documents);
  for (const auto& f : tl.figure_mentions)
    if (!ctx.doc_index.count(f.document)) return Error{"figure of unknown document '" + f.document + "'"};
  tl.figures = corpus_figures(tl.figure_mentions, tl.documents, ctx.doc_index);

  std::vector<Event> events;
  std::vector<Event> related;
  // Claims about another company ("Target's 2013 breach") are kept apart: they are events of
  // the same articles, not of the incident.
  // The claims of each kind, in order: one pass over the claims, not one per kind.
  std::unordered_map<std::string_view, std::vector<std::size_t>> of_kind;
  for (std::size_t i = 0; i < tl.claims.size(); ++i) of_kind[tl.claims[i].kind].push_back(i);
  // An article published more than a year before every other one (the company's flood of two
  // years before, in a folder about its breach) tells another story: its intrusion or discovery
  // is not a rival date of the incident's but an event of the related section. Only with three
  // or more dated articles.
  std::unordered_set<std::string> early_story;
  {
    std::vector<std::pair<long, std::string>> days;
    for (const auto& d : tl.documents)
      if (d.published.local)
        if (const auto day = dates::to_days(publication_day(d))) days.emplace_back(*day, d.id);
    std::sort(days.begin(), days.end());
    // Only the earliest article, alone before a year-long gap: coverage of one incident comes in
    // bursts months apart (the breach, then the fine), never one article years ahead of the rest.
    if (days.size() >= 3 && days[1].first - days[0].first > k_early_story_gap_days) early_story.insert(days[0].second);
  }
  // The years the other articles give the incident's onset: the breach report of 2018 beside the
  // fine stories of 2020, which date the same breach to 2018, is the incident's own story.
  std::unordered_set<std::string> onset_years;
  if (!early_story.empty())
    for (const auto& c : tl.claims) {
      const auto k = std::find_if(kinds.begin(), kinds.end(),
                                  [&](const claims::KindInfo& info) { return info.kind == c.kind.str(); });
      if (k == kinds.end() || !k->once || k->speech || c.negated || c.about_other || !c.time->known() ||
          c.time->earliest.size() < 4 || early_story.count(c.document.str()))
        continue;
      onset_years.insert(c.time->earliest.str().substr(0, 4));
    }
  // The sentences that make a finding claim: an authority's findings (what they date, they state).
  std::map<std::pair<std::string, std::uint32_t>, std::vector<ByteSpan>> finding_sentences;  // → their triggers
  for (const auto& c : tl.claims)
    if (c.kind.str() == "finding") finding_sentences[{c.document.str(), c.sentence}].push_back(c.trigger_span);
  // So do the items of a list its findings open ("Our investigation found that:", a heading "Key
  // findings", then "- Verdance detected file encryption … on 3 September 2023"): the items up to
  // the first sentence with claims that is no item, at most k_finding_items sentences on.
  {
    constexpr std::uint32_t k_finding_items = 12;
    constexpr std::size_t k_heading_words = 4;
    auto opens_list = [&](const Claim& c) {
      const std::string_view t = util::trim(c.text.str());
      return c.kind.str() == "finding" && !c.negated &&
             (t.ends_with(":") || std::count(t.begin(), t.end(), ' ') + 1 <= static_cast<long>(k_heading_words));
    };
    std::optional<std::pair<std::string_view, std::uint32_t>> lead;  // (document, sentence)
    for (const auto& c : tl.claims) {
      const std::string_view doc = c.document.str();
      if (lead && (lead->first != doc || c.sentence > lead->second + k_finding_items)) lead.reset();
      if (opens_list(c)) {
        lead = {doc, c.sentence};
        continue;
      }
      if (!lead || c.sentence <= lead->second) continue;
      if (!segment::opens_item(util::trim(c.text.str()))) {
        lead.reset();
        continue;
      }
      finding_sentences[{std::string(doc), c.sentence}];  // (no trigger of its own to pass over)
    }
  }
  for (const bool side : {false, true})
    for (const auto& kind : kinds) {
      std::vector<std::size_t> dated, undated, planned, apart;
      const auto bucket = of_kind.find(kind.kind);
      if (bucket == of_kind.end()) continue;
      for (const auto i : bucket->second) {
        const auto& c = tl.claims[i];
        // Only an event an incident has once (its intrusion) is told apart by the company named.
        if (c.kind != kind.kind || (kind.once && c.about_other) != side) continue;
        // A denial dates nothing; it joins the event it denies.
        // What an article dates after its own publication ("a hearing is scheduled for April")
        // had not happened when it was written: planned, not an event of the timeline.
        if (c.time->known() && !c.negated && !side && after_publication(ctx, c)) {
          planned.push_back(i);
          continue;
        }
        if (kind.once && !side && c.time->known() && !c.negated && early_story.count(c.document.str()) &&
            c.time->earliest.size() >= 4 && !onset_years.count(c.time->earliest.str().substr(0, 4))) {
          apart.push_back(i);
          continue;
        }
        // "said on Friday that it had informed the police within 72 hours": the day of the
        // speech (or, past the first sentences, of the article) does not date a notice to an
        // authority, which came before it.
        const auto* t = kind.kind == "disclosure" ? (*trig)->find(c.trigger.str()) : nullptr;
        const bool told_before =
            t != nullptr && t->notice &&
            (c.time->basis == "report" || (c.time->basis == "reporting-date" && c.sentence > k_lead_sentences));
        (c.time->known() && !c.negated && !told_before ? dated : undated).push_back(i);
      }
      if (!planned.empty()) {
        Event e;
        e.kind = kind.kind;
        e.claims = planned;
        const auto& first = tl.claims[planned.front()];
        e.date_rationale = fmt::format(
            "planned: dated after the publication of the article that says so ('{}' in {}, published {}); not yet "
            "an event when written",
            first.time->text, first.document, publication_day(tl.documents[ctx.doc_index.at(first.document)]));
        events.push_back(std::move(e));
      }
      if (side) undated.clear();  // undated mentions of other companies' events are not listed
      for (const auto& cl : cluster_dates(ctx, apart)) {
        Event e;
        e.kind = kind.kind;
        e.date = date_of(ctx, cl);
        e.claims = cl.members;
        e.date_rationale = fmt::format(
            "told only by an article published more than a year before all the others ('{}' in {}): another "
            "story, not a date of the incident's {}",
            tl.claims[cl.best].time->text, tl.claims[cl.best].document, kind.kind);
        related.push_back(std::move(e));
      }
      if (dated.empty() && undated.empty()) continue;
      std::unordered_set<std::size_t> later_stage;
      if (kind.once)
        for (const auto m : dated)
          if (const auto* t = (*trig)->find(tl.claims[m].trigger.str()); t != nullptr && t->stage)
            later_stage.insert(m);
      // The incident told to an authority (role notice) is an act apart from the public word on
      // it, even on the same day: its claims are dated among themselves.
      std::vector<std::size_t> notices;
      // (Notices are disclosures: no other kind looks its triggers up.)
      std::erase_if(dated, [&](std::size_t m) {
        if (kind.kind != "disclosure") return false;
        const auto* t = (*trig)->find(tl.claims[m].trigger.str());
        if (t == nullptr || !t->notice) return false;
        notices.push_back(m);
        return true;
      });
      auto clusters = cluster_dates(ctx, dated);
      count_support(ctx, clusters, dated, &later_stage);
      if (!notices.empty()) {
        auto told = cluster_dates(ctx, notices);
        count_support(ctx, told, notices);
        for (auto& cl : told) clusters.push_back(std::move(cl));
        dated.insert(dated.end(), notices.begin(), notices.end());
      }
      std::stable_sort(clusters.begin(), clusters.end(),
                       [&](const Cluster& a, const Cluster& b) { return stronger(ctx, a, b); });

      std::vector<Event> kind_events;
      auto make_event = [&](const Cluster& cl) {
        Event e;
        e.kind = kind.kind;
        e.date = date_of(ctx, cl);
        e.claims = cl.members;
        std::stable_sort(e.claims.begin(), e.claims.end(), [&](std::size_t a, std::size_t b) {
          return tl.claims[a].time->precision > tl.claims[b].time->precision;
        });
        const auto docs = documents_of(ctx, cl.members);
        e.date_rationale =
            cl.members.size() == 1
                ? "one claim dates it: " + basis_text(tl.claims[cl.best].time)
                : fmt::format("{} claims in {} document{} agree; the most specific is kept: {}", cl.members.size(),
                              docs.size(), docs.size() == 1 ? "" : "s", basis_text(tl.claims[cl.best].time));
        return e;
      };
      // "first broke into its network on Aug. 19": of an event an incident has once, the date a
      // claim gives its onset is kept (the best-supported one when onsets disagree), when it is
      // earlier than the best-supported date; the later dates name later stages of it.
      // The claim that dates the onset, in the cluster moved first (npos: none). Plain indexes:
      // g++ 12 -O3 takes an optional's value here for maybe uninitialized (-Werror).
      constexpr std::size_t k_none = static_cast<std::size_t>(-1);
      // "the weakness was introduced by a software update deployed on 12 August", in the
      // regulator's findings published months after the company dated it to late October: of
      // an event an incident has once, a date an authority's finding states (the sentence makes
      // a finding claim), published after every article of the best-supported date, revises
      // that date, however many sources repeated it. The claim that revises (npos: none).
      std::size_t revised_by = k_none;
      if (kind.once && !side && clusters.size() > 1) {
        auto published = [&](std::size_t m) {
          return publication_day(tl.documents[ctx.doc_index.at(tl.claims[m].document)]);
        };
        // (A date the finding's own words give: "found that a test commissioned in 2021 …" is
        // not a finding of when the incident began.)
        auto states_finding = [&](std::size_t m) {
          const Claim& c = tl.claims[m];
          if (c.time->basis != "expression" || c.hedged || c.negated || later_stage.count(m) != 0) return false;
          const auto it = finding_sentences.find({c.document.str(), c.sentence});
          return it != finding_sentences.end() &&
                 std::none_of(it->second.begin(), it->second.end(), [&](const ByteSpan& f) {
                   return f.begin < c.trigger_span.end && c.trigger_span.begin < f.end;
                 });
        };
        // (Of the articles that gave the kept date: "the 2023 cyberattack" in the finding's own
        // release fits every rival date too, and gave none of them.)
        auto only_front = [&](std::size_t m) {
          const Interval iv = interval_of(tl.claims[m]);
          for (std::size_t k = 1; k < clusters.size(); ++k)
            if (!clusters[k].span.empty() && !intersect(iv, clusters[k].span).empty()) return false;
          return true;
        };
        std::string latest_kept, latest_any;
        for (const auto m : clusters.front().members) {
          latest_any = std::max(latest_any, published(m));
          if (only_front(m)) latest_kept = std::max(latest_kept, published(m));
        }
        if (latest_kept.empty()) latest_kept = latest_any;
        for (std::size_t k = 1; k < clusters.size() && revised_by == k_none && !latest_kept.empty(); ++k) {
          // Not a date the kept one contains ("2024" beside "12 August 2024"): a rival one.
          if (!intersect(clusters[k].span, clusters.front().span).empty()) continue;
          for (const auto m : clusters[k].members)
            if (states_finding(m) && published(m) > latest_kept &&
                tl.claims[m].time->precision >= tl.claims[clusters.front().best].time->precision) {
              revised_by = m;
              std::rotate(clusters.begin(), clusters.begin() + static_cast<std::ptrdiff_t>(k),
                          clusters.begin() + static_cast<std::ptrdiff_t>(k) + 1);
              break;
            }
        }
      }
      std::size_t onset = k_none;
      if (kind.once && !side && clusters.size() > 1 && revised_by == k_none) {
        // The onset is the best-supported date a claim gives the beginning (the clusters come
        // strongest first): sources that disagree on when it began ("publicly accessible since
        // 2021" against the regulator's "from 14 November 2022") are weighed, not the earliest taken.
        // Only an onset claim whose date tells the clusters apart counts: "the attack began more
        // than a year ago" (a year) holds both the day the intruders first logged in and the day
        // the ransomware went off, and says nothing of which began it.
        auto discriminates = [&](std::size_t m, std::size_t k) {
          const Interval iv = interval_of(tl.claims[m]);
          for (std::size_t j = 0; j < clusters.size(); ++j)
            if (j != k && !clusters[j].span.empty() && !intersect(iv, clusters[j].span).empty()) return false;
          return true;
        };
        std::size_t first_cluster = k_none;
        for (std::size_t k = 0; k < clusters.size() && first_cluster == k_none; ++k)
          for (const auto m : clusters[k].members) {
            const auto* t = (*trig)->find(tl.claims[m].trigger.str());
            if (t == nullptr || !t->onset || tl.claims[m].negated || clusters[k].span.lo.empty() ||
                !discriminates(m, k))
              continue;
            first_cluster = k;
            onset = m;
            break;
          }
        if (first_cluster != k_none && first_cluster != 0 &&
            (clusters[0].span.lo.empty() || clusters[first_cluster].span.lo < clusters[0].span.lo))
          std::rotate(clusters.begin(), clusters.begin() + static_cast<std::ptrdiff_t>(first_cluster),
                      clusters.begin() + static_cast<std::ptrdiff_t>(first_cluster) + 1);
        else
          onset = k_none;
      }
      // One event that sources date differently: the first of `group` (the strongest) is kept,
      // the others are its date conflict. `same` says why they are one event.
      auto conflicting = [&](const std::vector<const Cluster*>& group, const std::string& same, bool of_onset = true) {
        Event e = make_event(*group.front());
        if (group.size() < 2) return e;
        Conflict conflict;
        conflict.field = "date";
        for (const Cluster* cl : group) conflict.values.push_back(side_of(ctx, *cl));
        conflict.resolution = e.date.value;
        std::vector<std::string> others;
        for (std::size_t i = 1; i < group.size(); ++i) others.push_back(describe_side(ctx, *group[i]));
        const auto& a = *group[0];
        const auto& b = *group[1];
        const std::string why =
            of_onset && revised_by != k_none
                ? fmt::format("a finding published {} ('{}' in {}) revises the date the earlier articles gave",
                              publication_day(tl.documents[ctx.doc_index.at(tl.claims[revised_by].document)]),
                              tl.claims[revised_by].time->text.str(), tl.claims[revised_by].document.str())
            : of_onset && onset != k_none
                ? fmt::format("'{}' dates when it began, and later dates name later stages of it",
                              tl.claims[onset].trigger.str())
            : a.support != b.support
                ? fmt::format("{} independent sources are compatible with it against {}", a.support, b.support)
            : a.deciding != b.deciding
                ? fmt::format(
                      "as many sources are compatible with each, but {} date it so and no other way "
                      "against {}",
                      a.deciding, b.deciding)
                : "the support is tied, and it is the more specific or better attested date";
        conflict.rationale =
            fmt::format("{}: {} is kept because {}; against {}", same, describe_side(ctx, a), why, fmt::join(others, "; "));
        // Say which claims counted for nothing: those of a later stage ("deployed ransomware").
        for (const Cluster* cl : group) {
          const auto staged = std::find_if(cl->members.begin(), cl->members.end(),
                                           [&](std::size_t m) { return later_stage.count(m) > 0; });
          if (staged == cl->members.end()) continue;
          conflict.rationale +=
              fmt::format("; claims of a later stage ('{}') support no date of it", tl.claims[*staged].trigger.str());
          break;
        }
        for (std::size_t i = 1; i < group.size(); ++i)
          for (const auto m : group[i]->members) e.claims.push_back(m);
        e.conflicts.push_back(std::move(conflict));
        return e;
      };
      if (kind.once && !side && !clusters.empty()) {
        // "began encrypting on 9 March", weeks after "first logged in on 19 February": a date
        // after the kept one that only words of a later stage give (role "stage") is that stage,
        // an event of its own, not a rival date.
        // Its most precise claims name the stage ("deploying ransomware on Sept 14"; a vaguer
        // "the attack last week" beside them only agrees with it).
        auto stage_only = [&](const Cluster& cl) {
          // (Finer than a day counts as a day: "broke in on Sept 14" beside "began encrypting at
          // 2am" is a rival date.)
          auto precision = [&](std::size_t m) { return std::min(tl.claims[m].time->precision, timex::Precision::day); };
          // (Beside them, a noun of the incident dated that day, "four days after the attack",
          // names what the stage did; a verb that is no stage's, "broke in", names another act.)
          timex::Precision finest = timex::Precision::none;
          for (const auto m : cl.members) finest = std::max(finest, precision(m));
          bool staged = false;
          for (const auto m : cl.members) {
            if (precision(m) != finest) continue;
            const auto* t = (*trig)->find(tl.claims[m].trigger.str());
            if (t == nullptr || (!t->stage && !t->noun)) return false;
            staged = staged || t->stage;
          }
          return staged;
        };
        std::vector<const Cluster*> all;
        std::vector<const Cluster*> stages;
        for (const auto& cl : clusters) {
          if (&cl != &clusters.front() && stage_only(cl) && !cl.span.lo.empty() && !clusters.front().span.hi.empty() &&
              cl.span.lo > clusters.front().span.hi)
            stages.push_back(&cl);
          else
            all.push_back(&cl);
        }
        Event e = conflicting(all, fmt::format("an incident has one {}", kind.kind));
        for (const auto u : undated) e.claims.push_back(u);
        const std::string kept = e.date.value;
        kind_events.push_back(std::move(e));
        for (const auto& [group, same] : same_stage(ctx, stages)) {
          Event stage = conflicting(group, same, false);
          stage.date_rationale += fmt::format("; a later stage of the {} of {} ('{}')", kind.kind, kept,
                                              tl.claims[group.front()->best].trigger.str());
          stage.stage = true;
          kind_events.push_back(std::move(stage));
        }
      } else {
        // "opened an investigation on Monday" (the 24th) in one article, "on February 26" in
        // another: the same act, named by the same word of the same actor, dated days apart by
        // articles that share none of its claims, is one event whose date they disagree on.
        for (const auto& near : near_days(ctx, clusters, tl.subject, kind, side, **trig)) {
          Event e = conflicting(near.group, near.same);
          for (const Cluster* echo : near.echoes)
            for (const auto m : echo->members) e.claims.push_back(m);
          if (!near.echoes.empty())
            e.date_rationale += "; later articles that tell it again, dated only by their own reporting day, join it";
          kind_events.push_back(std::move(e));
        }
        // Undated claims of a kind that recurs cannot be told apart: they are listed together,
        // undated, rather than lending their sources to a dated event they may not be about.
        if (!undated.empty()) {
          Event e;
          e.kind = kind.kind;
          e.claims = undated;
          e.date_rationale = "no claim dates it";
          kind_events.push_back(std::move(e));
        }
      }
      for (auto& e : kind_events) (side ? related : events).push_back(std::move(e));
    }

  // "X said Friday" is how the news of the same day's disclosure, finding or apology is
  // reported: a statement event on the day of another public act of the same documents joins
  // it (the first such event in order). Events are found by their date, not by a scan.
  std::unordered_map<std::string_view, const claims::KindInfo*> kind_info;
  for (const auto& k : kinds) kind_info.emplace(k.kind, &k);
  std::unordered_map<std::string_view, std::vector<std::size_t>> speech_on;  // date value → events
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto it = kind_info.find(events[i].kind);
    if (events[i].kind != "statement" && it != kind_info.end() && it->second->speech)
      speech_on[events[i].date.value].push_back(i);
  }
  std::unordered_map<std::size_t, std::set<std::string>> docs_of_event;  // filled when first asked
  for (auto& s : events) {
    if (s.kind != "statement" || s.date.precision < timex::Precision::day || s.claims.empty()) continue;
    const auto on = speech_on.find(s.date.value);
    if (on == speech_on.end()) continue;
    const auto s_docs = documents_of(ctx, s.claims);
    for (const auto i : on->second) {
      auto& e = events[i];
      if (e.claims.empty()) continue;
      const auto [slot, fresh] = docs_of_event.try_emplace(i);
      std::set<std::string>& docs = slot->second;  // a plain reference: lambdas may not capture bindings (clang 14)
      if (fresh)
        for (const auto c : e.claims) docs.insert(tl.claims[c].document);
      const bool shared =
          std::any_of(s_docs.begin(), s_docs.end(), [&](const std::string& d) { return docs.count(d) > 0; });
      if (!shared) continue;
      // A finding, an order or a fine is the authority's, a media report the outlet's: what the
      // company said that day ("Fjellspor said it disagreed with parts of the decision", "said it
      // was aware of claims circulating online") is a statement of its own.
      if ((e.kind == "finding" || e.kind == "sanction" || e.kind == "fine" || e.kind == "media-report") &&
          subject_speaks(ctx, s.claims))
        continue;
      for (const auto c : s.claims) {
        e.claims.push_back(c);
        docs.insert(tl.claims[c].document);
      }
      s.claims.clear();
      break;
    }
  }
  // A statement that nothing dates but the article reporting it ("…, a spokeswoman said") is
  // what was said, not an event of the incident: it is listed with the undated statements.
  Event* said = nullptr;
  for (auto& e : events)
    if (e.kind == "statement" && e.date.value.empty() && e.date.earliest.empty() && e.date.latest.empty()) said = &e;
  std::vector<std::size_t> reported;
  for (auto& e : events) {
    if (e.kind != "statement" || &e == said || e.claims.empty()) continue;
    if (!std::all_of(e.claims.begin(), e.claims.end(),
                     [&](std::size_t c) { return tl.claims[c].time->basis == "reporting-date"; }))
      continue;
    reported.insert(reported.end(), e.claims.begin(), e.claims.end());
    e.claims.clear();
  }
  if (!reported.empty()) {
    if (said == nullptr) {
      Event e;
      e.kind = "statement";
      e.date_rationale = "no claim dates it";
      events.push_back(std::move(e));
      said = &events.back();
    }
    said->claims.insert(said->claims.end(), reported.begin(), reported.end());
    std::sort(said->claims.begin(), said->claims.end());
  }
  events.erase(std::remove_if(events.begin(), events.end(), [](const Event& e) { return e.claims.empty(); }),
               events.end());

  // A consequence of the incident (a fine, a lawsuit, its disclosure) dated wholly before the
  // earliest date any claim gives its onset (intrusion, discovery) is another story of the same
  // company ("In 2021 the firm paid an IRS penalty"): related, not the timeline.
  // The onset is read from the events of those kinds that two or more articles tell (the
  // incident), when there are any: an older story's "discovered the error in July 2021", told by
  // its one article, does not move it back.
  std::string onset;
  std::string onset_text;
  std::unordered_set<std::string_view> onset_kinds;
  for (const auto& k : kinds)
    if (k.once && !k.speech) onset_kinds.insert(k.kind);
  auto told_by_several = [&](const Event& e) {
    for (const auto i : e.claims)
      if (tl.claims[i].document != tl.claims[e.claims.front()].document) return true;
    return false;
  };
  const bool corroborated = std::any_of(
      events.begin(), events.end(), [&](const Event& e) { return onset_kinds.count(e.kind) && told_by_several(e); });
  for (const auto& e : events) {
    if (!onset_kinds.count(e.kind) || (corroborated && !told_by_several(e))) continue;
    if (corroborated) {
      // The incident's own date, as its sources settle it (an outlier claim of the event,
      // "files from as far back as 2019", does not move it).
      if (e.date.earliest.empty() || (!onset.empty() && e.date.earliest >= onset)) continue;
      onset = e.date.earliest;
      onset_text = tl.claims[e.claims.front()].time->text.str();
      continue;
    }
    for (const auto i : e.claims) {
      const auto& c = tl.claims[i];
      if (c.negated || c.about_other || !c.time->known() || c.time->earliest.empty()) continue;
      if (onset.empty() || c.time->earliest.str() < onset) {
        onset = c.time->earliest.str();
        onset_text = c.time->text.str();
      }
    }
  }
  if (!onset.empty()) {
    std::unordered_set<std::string_view> follows;
    for (const auto& k : kinds)
      if (k.follows) follows.insert(k.kind);
    // Every claim of it from an article published before the incident began: that article tells
    // another story, whatever the kind (the company's product recall of years before).
    auto published_before_onset = [&](const Event& e) {
      return std::all_of(e.claims.begin(), e.claims.end(), [&](std::size_t c) {
        const auto& d = ctx.documents[ctx.doc_index.at(tl.claims[c].document)];
        return d.published.local && publication_day(d) < onset;
      });
    };
    for (auto& e : events) {
      if (e.claims.empty()) continue;
      if (published_before_onset(e)) {
        e.date_rationale +=
            fmt::format("; told only by articles published before the incident began ({}, the earliest date a "
                        "claim gives it: '{}'): another story",
                        onset, onset_text);
      } else if (follows.count(e.kind) && !e.date.latest.empty() && e.date.latest < onset &&
                 std::none_of(e.claims.begin(), e.claims.end(), [&](std::size_t c) {
                   // ("received a report of the flaw" weeks before the thefts began led to them.)
                   const auto* t = (*trig)->find(tl.claims[c].trigger.str());
                   return t != nullptr && t->precursor;
                 })) {
        e.date_rationale += fmt::format(
            "; it ends before the incident began ({}, the earliest date a claim gives it: '{}'): another story", onset,
            onset_text);
      } else {
        continue;
      }
      related.push_back(std::move(e));
      e.claims.clear();
    }
    events.erase(std::remove_if(events.begin(), events.end(), [](const Event& ev) { return ev.claims.empty(); }),
                 events.end());
  }

  for (auto* list : {&events, &related})
    for (auto& e : *list) {
      e.sources = documents_of(ctx, e.claims);
      e.origins = origins_of(ctx, e.claims);
      add_figures(ctx, e);
      mark_revisions(ctx, e);
      e.summary = summarize(tl.claims, e.claims, e.kind, kinds);
    }

  // By date (undated last), then kind order, then first source.
  std::unordered_map<std::string_view, std::size_t> rank_of;
  for (std::size_t i = kinds.size(); i-- > 0;) rank_of[kinds[i].kind] = i;  // the first row of a kind
  auto kind_rank = [&](const std::string& k) {
    const auto it = rank_of.find(k);
    return it == rank_of.end() ? kinds.size() : it->second;
  };
  auto by_date = [&](const Event& a, const Event& b) {
    const bool ua = a.date.value.empty(), ub = b.date.value.empty();
    if (ua != ub) return ub;
    const std::string ka = a.date.earliest.empty() ? a.date.value : a.date.earliest;
    const std::string kb = b.date.earliest.empty() ? b.date.value : b.date.earliest;
    if (ka != kb) return ka < kb;
    // A later stage of the intrusion comes after what else happened that day (its discovery).
    if (a.stage != b.stage) return b.stage;
    return kind_rank(a.kind) < kind_rank(b.kind);
  };
  std::stable_sort(events.begin(), events.end(), by_date);
  std::stable_sort(related.begin(), related.end(), by_date);
  std::map<std::string, int> used;
  for (auto* list : {&events, &related})
    for (auto& e : *list) {
      std::string id = (list == &related ? "related-" : "") + e.kind + "-" +
                       (e.date.value.empty() ? std::string("undated") : e.date.value);
      if (const int n = used[id]++; n > 0) id += fmt::format("-{}", n + 1);
      e.id = std::move(id);
    }
  // The timeline holds what can be placed in time; what no claim dates is listed apart.
  for (auto& e : events)
    (e.date.value.empty() && e.date.earliest.empty() && e.date.latest.empty() ? tl.undated : tl.events)
        .push_back(std::move(e));
  tl.related = std::move(related);
  return tl;
}

}  // namespace timeline::correlate
