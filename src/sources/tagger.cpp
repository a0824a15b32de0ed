// The source tagger: per sentence, the reporting frame outside quotations and the phrase that
// names its source (an actor, a pronoun resolved through the actors, or a generic phrase such as
// "officials"), citations below it, quotations carried over the sentences they span, and the
// hedge and negation markers.
#include <algorithm>
#include <map>

#include "actors/words.hpp"
#include "sources/resources.hpp"
#include "sources/tagger.hpp"
#include "timeline/sources.hpp"
#include "util/strings.hpp"

namespace timeline::sources {

using namespace std::string_view_literals;  // "x"sv: comparisons without strlen

bool Attribution::hedged() const {
  return std::any_of(markers.begin(), markers.end(), [](const Marker& m) { return m.kind == "hedge"sv; });
}

bool Attribution::negated() const {
  return std::any_of(markers.begin(), markers.end(), [](const Marker& m) { return m.kind == "negation"sv; });
}

namespace {

using actors::Word;

const std::vector<std::string> k_skip{"also",       "has",
                                      "have",       "had",
                                      "previously", "later",
                                      "first",      "then",
                                      "initially",  "earlier",
                                      "further",    "recently",
                                      "publicly",   "officially",
                                      "did",        "would",
                                      "will",       "separately",
                                      "again",      "once",
                                      "not",        "never",
                                      "didn't",     "didn\xE2\x80\x99t",
                                      "hasn't",     "hasn\xE2\x80\x99t"};
const std::vector<std::string> k_pronouns{"he", "she", "it", "they", "we"};

bool among(const std::vector<std::string>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// A phrase that names a source: words [first, last) of the sentence.
struct SourcePhrase {
  std::size_t first = 0, last = 0;
  Source source;
};

struct Frame {
  std::size_t at = 0;  // first word of the cue
  ByteSpan cue;
  std::string frame;
  bool cite = false;
  bool colon = false;  // "X said:" introduces a quotation
  SourcePhrase who;
};

// How far back (in words) the subject of "X did this and said" is looked for.
constexpr std::size_t k_max_coordinated = 20;
// The words a relative clause set off by commas may run between a name and its verb.
constexpr std::size_t k_max_relative_apposition = 30;

class SentenceFrames {
 public:
  SentenceFrames(const Document& doc, const actors::DocumentActors& actors, const Resources& r,
                 std::optional<std::size_t> previous_source)
      : m_doc(doc), m_actors(actors), m_r(r), m_previous(previous_source) {}

  std::vector<Frame> find(const std::vector<Word>& w, const std::vector<bool>& inside) {
    m_w = &w;
    m_begin.assign(w.size(), npos);
    m_end.assign(w.size(), npos);
    // Mentions by the word they start and end at. Words are in order and do not overlap, and a
    // word's name ends inside it: the word a mention starts at is found by its start, the one it
    // ends at is the first that ends at or after the mention's end.
    auto it = std::lower_bound(m_actors.mentions.begin(), m_actors.mentions.end(), w.empty() ? 0 : w.front().span.begin,
                               [](const actors::Mention& m, std::size_t b) { return m.span.begin < b; });
    for (; it != m_actors.mentions.end() && !w.empty() && it->span.begin < w.back().span.end; ++it) {
      const std::size_t mi = static_cast<std::size_t>(it - m_actors.mentions.begin());
      const auto first = std::lower_bound(w.begin(), w.end(), it->span.begin,
                                          [](const Word& x, std::size_t b) { return x.span.begin < b; });
      if (first != w.end() && first->span.begin == it->span.begin) m_begin[static_cast<std::size_t>(first - w.begin())] = mi;
      const auto last = std::lower_bound(w.begin(), w.end(), it->span.end,
                                         [](const Word& x, std::size_t e) { return x.span.end < e; });
      if (last != w.end() && (last->name_end == it->span.end || last->span.end == it->span.end))
        m_end[static_cast<std::size_t>(last - w.begin())] = mi;
    }
    std::vector<Frame> out;
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (inside[k] || w[k].punct) continue;
      bool matched = false;
      // The frames that can match here: those starting with this word or with "*", in their order
      // (merged into m_candidates only when there are both).
      const std::vector<std::size_t>* candidates = &m_r.frames_wild;
      if (const auto f = m_r.frames_by_first.find(w[k].lower); f != m_r.frames_by_first.end()) {
        if (m_r.frames_wild.empty()) {
          candidates = &f->second;
        } else {
          m_candidates = m_r.frames_wild;
          m_candidates.insert(m_candidates.end(), f->second.begin(), f->second.end());
          std::sort(m_candidates.begin(), m_candidates.end());
          candidates = &m_candidates;
        }
      }
      for (const std::size_t c : *candidates) {
        const auto& p = m_r.frames[c];
        const std::size_t end = match(k, p.words);
        if (end == 0) continue;
        std::optional<SourcePhrase> who = p.after ? after(end) : before(k);
        if (!who) continue;
        out.push_back({k, {w[k].span.begin, w[end - 1].span.end}, p.frame, p.cite, false, *who});
        k = end - 1;
        matched = true;
        break;
      }
      if (matched) continue;
      auto v = m_r.verbs.find(w[k].lower);
      if (v == m_r.verbs.end()) continue;
      // "the report", "Acme's report", "its claims": a noun, not a verb.
      if (k > 0 && (w[k - 1].possessive || w[k - 1].lower == "the"sv || w[k - 1].lower == "a"sv ||
                    w[k - 1].lower == "its"sv || w[k - 1].lower == "their"sv || w[k - 1].lower == "his"sv ||
                    w[k - 1].lower == "her"sv || w[k - 1].lower == "been"sv || w[k - 1].lower == "be"sv ||
                    w[k - 1].lower == "being"sv || w[k - 1].lower == "was"sv || w[k - 1].lower == "were"sv ||
                    w[k - 1].lower == "is"sv || w[k - 1].lower == "are"sv || w[k - 1].lower == "to"sv ||
                    w[k - 1].number))  // "failed to report", "all 50 states"
        continue;
      const bool colon = k + 1 < w.size() && w[k + 1].text == ":"sv;
      if (auto who = before(k)) {
        out.push_back({k, w[k].span, v->second.frame, false, colon, *who});
      } else if (v->second.inverted && k > 0 && w[k - 1].punct) {  // "…,” said X." / "…, said X."

        if (auto who2 = after(k + 1); who2 && (who2->last >= w.size() || w[who2->last].punct)) {
          std::string frame = v->second.frame;
          frame = std::string(w[k].lower) + " X";
          out.push_back({k, w[k].span, frame, false, colon, *who2});
        }
      }
    }
    return out;
  }

 private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // The end of `words` matched at `at` ("*": up to three words, not punctuation), or 0.
  std::size_t match(std::size_t at, const std::vector<std::string>& words, std::size_t p = 0) const {
    const auto& w = *m_w;
    if (p == words.size()) return at;
    if (words[p] == "*"sv) {
      for (std::size_t n = 0; n <= 3 && at + n <= w.size(); ++n) {
        if (n > 0 && w[at + n - 1].punct) break;
        if (const std::size_t end = match(at + n, words, p + 1)) return end;
      }
      return 0;
    }
    if (at >= w.size() || w[at].lower != words[p] || (w[at].possessive && p + 1 < words.size())) return 0;
    return match(at + 1, words, p + 1);
  }

  bool title_ends_at(std::size_t j) const {
    const auto& w = *m_w;
    for (const auto& t : m_r.titles) {
      if (t.size() > j + 1) continue;
      bool same = true;
      for (std::size_t k = 0; k < t.size() && same; ++k) same = w[j + 1 - t.size() + k].lower == t[k];
      if (same) return true;
    }
    return false;
  }

  Source from_mention(std::size_t mi) const {
    const auto& m = m_actors.mentions[mi];
    return {m.text, m.entity, m.span};
  }

  std::string text(std::size_t first, std::size_t last) const {
    const auto& w = *m_w;
    return std::string(m_doc.text({w[first].span.begin, w[last - 1].name_end}));
  }

  std::optional<SourcePhrase> pronoun(std::size_t k) const {
    const auto& w = *m_w;
    if (!among(k_pronouns, w[k].bare)) return std::nullopt;
    SourcePhrase sp{k, k + 1, {std::string(w[k].text), std::nullopt, w[k].span}};
    if (m_begin[k] != npos)
      sp.source.entity = m_actors.mentions[m_begin[k]].entity;  // he/she, resolved by actors
    else if (w[k].bare == "it"sv || w[k].bare == "they"sv) {
      // The first institution named in the nearest sentence that names one (the subject it
      // usually continues), else the document's main subject.
      // (A bounded look back: at most 200 mentions.)
      std::optional<std::size_t> sentence_of_latest;
      const auto& ms = m_actors.mentions;
      std::size_t mi = static_cast<std::size_t>(
          std::lower_bound(ms.begin(), ms.end(), w[k].span.begin,
                           [](const actors::Mention& m, std::size_t b) { return m.span.begin < b; }) -
          ms.begin());
      for (std::size_t steps = 0; mi > 0 && steps < 200; --mi, ++steps) {
        const auto& m = ms[mi - 1];
        const auto kind = m_actors.entities[m.entity].kind;
        if (kind != actors::Kind::organisation && kind != actors::Kind::government) continue;
        const auto s = static_cast<std::size_t>(
            std::upper_bound(m_doc.sentences.begin(), m_doc.sentences.end(), m.span.begin,
                             [](std::size_t b, const Sentence& x) { return b < x.span.begin; }) -
            m_doc.sentences.begin());
        if (sentence_of_latest && s != *sentence_of_latest) break;
        sentence_of_latest = s;
        sp.source.entity = m.entity;  // the first such mention of that sentence, walking back
      }
      if (!sp.source.entity) sp.source.entity = m_previous ? m_previous : m_actors.main_subject;
    }
    return sp;
  }

  // The source phrase ending right before word `e`: "Acme", "Acme officials", "a spokesperson
  // for Acme", "the company", "he", "a source familiar with the matter", "Jane Doe, a lawyer,".
  std::optional<SourcePhrase> before(std::size_t e) const {
    const auto& w = *m_w;
    std::size_t k = e;
    while (k > 0 &&
           (among(k_skip, w[k - 1].lower) || w[k - 1].lower == "on"sv || m_r.calendar.count(w[k - 1].bare) != 0))
      --k;
    if (k == 0) return std::nullopt;
    --k;
    // "In a statement on Tuesday, Kestrel thanked the researchers and said …": the subject of
    // the first verb, opening its clause (at the sentence's start or after a comma), says it.
    if (w[k].lower == "and"sv) {
      for (std::size_t j = k; j-- > 0 && k - j <= k_max_coordinated;) {
        if (w[j].text == ";"sv || w[j].text == ":"sv || w[j].quote) break;
        if (j + 1 >= k || w[j + 1].punct || w[j + 1].cap) continue;
        if (m_end[j] != npos) {
          std::size_t first = j;
          while (first > 0 && m_begin[first] != m_end[j]) --first;
          if (first == 0 || w[first - 1].text == ","sv) return SourcePhrase{first, e, from_mention(m_end[j])};
        } else if (j == 0 || w[j - 1].text == ","sv) {
          if (auto p = pronoun(j)) return p;
        }
      }
      return std::nullopt;
    }
    if (w[k].text == ","sv && k > 0) {  // an apposition: "Jane Doe, a spokesperson for Acme, said"
      std::size_t c = k;
      while (c > 0 && c + 14 > k && w[c - 1].text != ","sv) --c;
      if (c > 1 && c + 14 > k && m_end[c - 2] != npos) {
        const std::size_t mi = m_end[c - 2];
        return SourcePhrase{c - 2, k, from_mention(mi)};
      }
      // A relative clause with commas of its own: "Halloway Drug Co., which operates 540
      // pharmacies across Ohio, Indiana and Kentucky, said" — the name before ", which".
      for (std::size_t r = k; r-- > 1 && k - r <= k_max_relative_apposition;) {
        if (w[r].lower != "which"sv && w[r].lower != "who"sv) continue;
        if (w[r - 1].text == ","sv && r >= 2 && m_end[r - 2] != npos) {
          std::size_t first = r - 2;
          while (first > 0 && m_begin[first] != m_end[r - 2]) --first;
          // The name opens its clause ("Customers of Corlin Bank, who lost money …, said" is
          // the customers').
          if (first == 0 || w[first - 1].punct) return SourcePhrase{first, k, from_mention(m_end[r - 2])};
        }
        break;
      }
      return std::nullopt;
    }
    // "the attorneys general of all 50 states (“State AGs”) announced": the name in parentheses.
    if (w[k].text == ")"sv && k > 1) {
      std::size_t inner = k - 1;
      if (w[inner].quote && inner > 0) --inner;
      if (m_end[inner] != npos) {
        std::size_t open = inner;
        while (open > 0 && open + 8 > inner && w[open].text != "("sv) --open;
        if (w[open].text == "("sv) return SourcePhrase{open, e, from_mention(m_end[inner])};
      }
    }
    // "a transport authority in northern England said": a place after "in" is where the speaker
    // is, not who; the speaker is the phrase before it. The place may be no actor at all ("KXRT-TV
    // in Marrowgate reported").
    if (m_end[k] == npos && w[k].cap) {
      std::size_t p = k;
      while (p > 0 && w[p].cap && !w[p].punct && k - p <= 2) --p;
      const std::string_view l = w[p].lower;
      if (p > 0 && !w[p].cap && (l == "in"sv || l == "near"sv || l == "outside"sv) && !w[p - 1].punct &&
          m_end[p - 1] != npos)
        k = p - 1;
    }
    if (m_end[k] != npos) {
      std::size_t first = k;
      while (first > 0 && m_begin[first] != m_end[k]) --first;
      for (std::size_t p = first, n = 0; p > 1 && n <= 2 && !w[p - 1].punct; --p, ++n) {
        const std::string_view l = w[p - 1].lower;
        if (l == "in"sv || l == "near"sv || l == "across"sv || l == "outside"sv || l == "throughout"sv) {
          if (!w[p - 2].punct) k = p - 2;  // "a transport authority in …", "Kestrel Bank in Norway"
          break;
        }
        if (w[p - 1].cap) break;
      }
    }
    if (m_end[k] != npos) {
      const std::size_t mi = m_end[k];
      std::size_t first = k;
      while (first > 0 && m_begin[first] != mi) --first;
      SourcePhrase sp{first, e, from_mention(mi)};
      // "Acme News's Jane Doe reported": the outlet's journalist; the outlet is the source.
      if (m_actors.mentions[mi].kind == actors::Kind::person && first > 0 && w[first - 1].possessive &&
          m_end[first - 1] != npos) {
        const std::size_t outlet = m_end[first - 1];
        const auto kind = m_actors.entities[m_actors.mentions[outlet].entity].kind;
        if (kind == actors::Kind::media || kind == actors::Kind::organisation) {
          std::size_t of = first - 1;
          while (of > 0 && m_begin[of] != outlet) --of;
          sp.first = of;
          sp.source = {text(of, k + 1), m_actors.mentions[outlet].entity, ByteSpan{w[of].span.begin, w[k].name_end}};
        }
      }
      // "a spokesperson for Acme"
      if (first >= 2 && (w[first - 1].lower == "for"sv || w[first - 1].lower == "at"sv) &&
          m_r.source_nouns.count(w[first - 2].lower) != 0) {
        std::size_t det = first - 2;
        if (det > 0 && (w[det - 1].lower == "a"sv || w[det - 1].lower == "the"sv || w[det - 1].lower == "an"sv)) --det;
        sp.first = det;
        sp.source.name = text(det, first + 1 > k ? k + 1 : k + 1);
        sp.source.span = ByteSpan{w[det].span.begin, w[k].name_end};
      }
      return sp;
    }
    if (auto p = pronoun(k)) return p;
    // A generic phrase ending with a source noun within six words: "officials", "Acme officials",
    // "a source familiar with the matter", "the ministry's report".
    for (std::size_t n = k + 1; n > 0 && n + 6 > k + 1; --n) {
      const std::size_t j = n - 1;
      if (w[j].punct || (j < k && m_r.verbs.count(w[j].lower) != 0)) break;
      if (m_r.source_nouns.count(w[j].lower) == 0 && m_r.descriptions.count(w[j].lower) == 0 && !title_ends_at(j))
        continue;
      // "a source familiar with the matter", "people close to the company" but not "hired a firm
      // to investigate the incident and": the words after the noun qualify it.
      bool qualifies = true;
      for (std::size_t m = j + 1; m <= k && qualifies; ++m)
        if (w[m].lower == "and"sv || w[m].lower == "or"sv || w[m].lower == "but"sv || w[m].lower == "which"sv ||
            (w[m].lower == "to"sv && w[m - 1].lower != "close"sv && w[m - 1].lower != "next"sv &&
             w[m - 1].lower != "related"sv))
          qualifies = false;
      if (!qualifies) break;
      std::size_t first = j;
      std::optional<std::size_t> entity_mention;
      while (first > 0 && !w[first - 1].punct && first + 4 > j && m_r.verbs.count(w[first - 1].lower) == 0) {
        if (m_end[first - 1] != npos) {
          entity_mention = m_end[first - 1];
          first = first - 1;
          while (first > 0 && m_begin[first] != *entity_mention) --first;
          break;
        }
        const std::string_view l = w[first - 1].lower;
        if (l == "a"sv || l == "an"sv || l == "the"sv || l == "some"sv || l == "two"sv || l == "several"sv ||
            l == "one"sv) {
          --first;
          break;
        }
        if (w[first - 1].cap && !w[first - 1].sentence_start) break;
        --first;
        if (first + 3 <= j) break;
      }
      if (first > 0 && (w[first - 1].lower == "a"sv || w[first - 1].lower == "an"sv || w[first - 1].lower == "the"sv))
        --first;
      // "two officials at the ministry", "a spokesperson for the company": the whole phrase.
      while (first >= 2 &&
             (w[first - 1].lower == "at"sv || w[first - 1].lower == "for"sv || w[first - 1].lower == "of"sv ||
              w[first - 1].lower == "from"sv) &&
             (m_r.source_nouns.count(w[first - 2].lower) != 0 || title_ends_at(first - 2))) {
        first -= 2;
        static const std::vector<std::string> k_determiners{"a",    "an",      "the", "two", "three",
                                                            "some", "several", "one", "many"};
        if (first > 0 && among(k_determiners, w[first - 1].lower)) --first;
      }
      SourcePhrase sp{first, k + 1, {text(first, k + 1), std::nullopt, ByteSpan{w[first].span.begin, w[k].name_end}}};
      if (entity_mention) sp.source.entity = m_actors.mentions[*entity_mention].entity;
      for (std::size_t m = j + 1; m <= k && !entity_mention; ++m)
        if (m_end[m] != npos) sp.source.entity = m_actors.mentions[m_end[m]].entity;
      return sp;
    }
    return std::nullopt;
  }

  // The source phrase starting at word `b`: "Acme", "the ministry", "local news site
  // Example.com", "a report by Acme", "officials", "people familiar with the matter".
  std::optional<SourcePhrase> after(std::size_t b) const {
    const auto& w = *m_w;
    if (b >= w.size()) return std::nullopt;
    // "said in a statement", "said on Friday that": no source follows.
    static const std::vector<std::string> k_prepositions{"in",   "on",   "at",   "to",    "with",   "for",
                                                         "from", "by",   "that", "after", "before", "during",
                                                         "as",   "this", "last", "it"};
    if (among(k_prepositions, w[b].lower)) return std::nullopt;
    if (auto p = pronoun(b)) return p;
    for (std::size_t k = b; k < w.size() && k < b + 6; ++k) {
      if (w[k].punct) break;
      if (m_begin[k] != npos) {
        std::size_t mi = m_begin[k];
        std::size_t last = k;
        while (last < w.size() && m_end[last] != mi) ++last;
        // "Acme CEO Jane Doe", "Acme spokesperson Jane Doe": the person speaks.
        for (std::size_t t = last + 1; t < w.size() && t < last + 5 && !w[t].punct; ++t) {
          if (m_begin[t] == npos) continue;
          if (m_actors.mentions[m_begin[t]].kind == actors::Kind::person) {
            mi = m_begin[t];
            k = t;
            last = t;
            while (last < w.size() && m_end[last] != mi) ++last;
          }
          break;
        }
        return SourcePhrase{k, std::min(last + 1, w.size()), from_mention(mi)};
      }
      if (m_r.source_nouns.count(w[k].lower) != 0) {
        // "a report by Acme", "officials at the ministry"
        if (k + 2 < w.size() && (w[k + 1].lower == "by"sv || w[k + 1].lower == "from"sv || w[k + 1].lower == "at"sv ||
                                 w[k + 1].lower == "of"sv || w[k + 1].lower == "in"sv)) {
          std::size_t m = k + 2;
          while (m < w.size() && m < k + 5 && m_begin[m] == npos && !w[m].punct)
            ++m;  // "from chief executive Jane Doe"
          if (m < w.size() && m_begin[m] != npos) {
            const std::size_t mi = m_begin[m];
            std::size_t last = m;
            while (last < w.size() && m_end[last] != mi) ++last;
            last = std::min(last + 1, w.size());
            SourcePhrase sp{
                b,
                last,
                {text(b, last), m_actors.mentions[mi].entity, ByteSpan{w[b].span.begin, w[last - 1].name_end}}};
            return sp;
          }
        }
        std::size_t last = k + 1;
        while (last < w.size() && !w[last].punct && last < k + 6 && m_r.verbs.count(w[last].lower) == 0) ++last;
        if (last < w.size() && !w[last].punct) last = k + 1;  // only a short tail up to the punctuation
        return SourcePhrase{b, last, {text(b, last), std::nullopt, ByteSpan{w[b].span.begin, w[last - 1].name_end}}};
      }
      if (w[k].cap && !w[k].sentence_start && k > b) break;
    }
    return std::nullopt;
  }

  const Document& m_doc;
  const actors::DocumentActors& m_actors;
  const Resources& m_r;
  std::optional<std::size_t> m_previous;
  const std::vector<Word>* m_w = nullptr;
  std::vector<std::size_t> m_begin, m_end;
  std::vector<std::size_t> m_candidates;
};

bool opens(std::string_view q) { return q == "\xE2\x80\x9C"sv || q == "\xC2\xAB"sv || q == "\xE2\x80\x9E"sv; }
bool closes(std::string_view q) { return q == "\xE2\x80\x9D"sv || q == "\xC2\xBB"sv; }

// The word a negation ending before word `at` applies to (see Marker::scope).
std::optional<ByteSpan> negated_word(const std::vector<Word>& w, std::size_t begin, std::size_t at,
                                     const std::vector<std::string>& phrase) {
  static const std::vector<std::string> k_auxiliaries{
      "be",   "been", "being", "is",   "are",   "was",    "were",        "am",  "have",  "has", "had",
      "do",   "does", "did",   "will", "would", "shall",  "should",      "can", "could", "may", "might",
      "must", "ever", "yet",   "even", "also",  "always", "immediately", "to",  "so",    "it",  "they",
      "he",   "she",  "we",    "i",    "you",   "there",  "get",         "got", "gotten"};
  static const std::vector<std::string> k_finite{"is",     "are",   "was",  "were", "has",   "have",
                                                 "had",    "did",   "does", "do",   "will",  "would",
                                                 "should", "could", "can",  "may",  "might", "must"};
  static const std::vector<std::string> k_determiners{"the", "a",    "an",    "any",   "its", "their", "his",
                                                      "her", "this", "these", "those", "all", "such"};
  // Past forms that do not end in -ed.
  static const std::vector<std::string> k_irregular{
      "got",   "took", "stole", "made",   "found", "knew", "saw",  "gave",  "left",    "broke",
      "sent",  "kept", "paid",  "told",   "said",  "went", "came", "began", "stolen",  "taken",
      "known", "seen", "given", "broken", "hit",   "lost", "sold", "held",  "brought", "caught"};
  auto adverb = [&](const Word& x) { return x.lower.size() > 4 && util::iends_with(x.lower, "ly"); };
  auto content = [&](std::size_t k) { return !w[k].punct && !w[k].number && !w[k].quote && !w[k].cap; };
  // The first content word from `k` on, past auxiliaries, adverbs and determiners.
  auto next_content = [&](std::size_t k) -> std::optional<ByteSpan> {
    for (; k < w.size() && !w[k].punct; ++k) {
      if (among(k_auxiliaries, w[k].lower) || adverb(w[k]) || among(k_determiners, w[k].lower)) continue;
      if (!content(k)) return std::nullopt;
      return w[k].span;
    }
    return std::nullopt;
  };
  // The verb of the clause from `k` on: the word after its first auxiliary, or its first past form.
  auto clause_verb = [&](std::size_t k) -> std::optional<ByteSpan> {
    for (std::size_t n = k; n < w.size() && n < k + 12 && !w[n].punct; ++n)
      if (among(k_finite, w[n].lower)) return next_content(n + 1);
    for (std::size_t n = k; n < w.size() && n < k + 12 && !w[n].punct; ++n) {
      if (w[n].cap || !content(n)) continue;
      if ((w[n].lower.size() > 4 && util::iends_with(w[n].lower, "ed")) || among(k_irregular, w[n].lower))
        return w[n].span;
    }
    return std::nullopt;
  };
  const std::string& first = phrase.front();
  const std::string& last = phrase.back();
  if (first == "deny"sv || first == "denies"sv || first == "denied"sv || first == "denying"sv || first == "refuted"sv ||
      first == "rejected"sv) {
    if (at < w.size() && w[at].lower == "that"sv) return clause_verb(at + 1);  // "denied that it was hacked"
    return next_content(at);                                                   // "denied taking the files"
  }
  // "…, not when they gained access": the clause after it ("It was not until March that …"
  // asserts what follows).
  if (last == "not"sv && at + 1 < w.size() && (w[at].lower == "when"sv || w[at].lower == "because"sv))
    return clause_verb(at + 1);
  if (last == "not"sv || last == "never"sv || last == "cannot"sv || last == "longer"sv || last == "yet"sv ||
      last == "nor"sv || last == "without"sv || last == "neither"sv)
    return next_content(at);                     // "did not inform", "was never made", "without notifying"
  if (last == "that"sv) return clause_verb(at);  // "no evidence that the files were copied"
  // "No records were taken", "None of this should have happened": the subject, so the clause's
  // verb; "there was no leak", "gave no reason": an object, so the noun it governs.
  static const std::vector<std::string> k_clause_openers{"that", "and", "but",   "because", "which",    "where", "when",
                                                         "if",   "as",  "while", "so",      "although", "though"};
  const bool subject =
      begin == 0 || w[begin - 1].punct || w[begin - 1].quote || among(k_clause_openers, w[begin - 1].lower);
  if (subject) return clause_verb(at);
  return next_content(at);
}

// Hedges and negations: whole words, longest phrase first; "didn't" reads as "did not".
std::vector<Marker> markers(const Document& doc, const std::vector<Word>& w, const Resources& r) {
  struct Piece {
    std::string_view word;  // into w[source].lower or a literal
    std::size_t source = 0;
    bool name_like = false;  // capitalised inside a sentence: a name, unless a long phrase starts here
  };
  std::vector<Piece> pieces;
  pieces.reserve(w.size() + 4);
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k].punct || w[k].number) {
      pieces.push_back({"", k});
      continue;
    }
    std::string_view l = w[k].lower;
    for (const std::string_view nt : {std::string_view("n't"), std::string_view("n\xE2\x80\x99t")}) {
      if (l.size() > nt.size() && util::iends_with(l, nt)) {
        std::string_view stem = l.substr(0, l.size() - nt.size());
        if (stem == "ca"sv)
          stem = "can";
        else if (stem == "wo"sv)
          stem = "will";
        pieces.push_back({stem, k});
        l = "not";
        break;
      }
    }
    // A capitalised word inside a sentence is a name ("May", "Never Again"), not a marker; it
    // may still open a phrase of three words or more ("…: An earlier version of this article").
    const bool name_like = w[k].cap && !w[k].sentence_start;
    if (w[k].sentence_start && k + 1 < w.size() && w[k + 1].number) l = "";  // "May 2019 …"
    pieces.push_back({l, k, name_like});
  }
  std::vector<Marker> out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].word.empty()) continue;
    // Only the phrases starting with this word can match here.
    const auto it = r.markers_by_first.find(pieces[i].word);
    if (it == r.markers_by_first.end()) continue;
    for (const std::size_t c : it->second) {
      const auto& p = r.markers[c];
      if (i + p.words.size() > pieces.size()) continue;
      if (pieces[i].name_like && p.words.size() < 3) continue;
      bool same = true;
      for (std::size_t k = 0; k < p.words.size() && same; ++k) same = pieces[i + k].word == p.words[k];
      if (!same) continue;
      if (p.frame != "none"sv) {
        const std::size_t last_word = pieces[i + p.words.size() - 1].source;
        const ByteSpan span{w[pieces[i].source].span.begin, w[last_word].span.end};
        Marker m{span, std::string(doc.text(span)), p.frame, std::nullopt};
        if (p.frame == "negation"sv) m.scope = negated_word(w, pieces[i].source, last_word + 1, p.words);
        out.push_back(std::move(m));
      }
      i += p.words.size() - 1;
      break;
    }
  }
  return out;
}

}  // namespace

Result<std::vector<Attribution>> tag(const Document& doc, const actors::DocumentActors& actors,
                                     const Lexicon* lexicon) {
  return tag(doc, actors, actors::sentence_words(doc, lexicon), lexicon);
}

Result<std::vector<Attribution>> tag(const Document& doc, const actors::DocumentActors& actors,
                                     const actors::SentenceWords& per_sentence, const Lexicon* lexicon) {
  auto res = resources_for(lexicon);
  if (!res) return Error{res.error()};
  const Resources& r = **res;
  if (per_sentence.size() != doc.sentences.size())
    return Error{"sources: the words given are not those of the document's sentences"};

  Source outlet{doc.outlet.empty() ? std::string("the document's outlet") : doc.outlet, std::nullopt, std::nullopt};
  if (!doc.outlet.empty()) {
    const std::string k = actors::key(doc.outlet, lexicon);
    for (std::size_t e = 0; e < actors.entities.size(); ++e)
      if (actors.entities[e].key == k) outlet.entity = e;
  }
  auto same_actor = [&](const Source& a, const Source& b) {
    if (a.entity && b.entity) return *a.entity == *b.entity;
    return actors::key(a.name, lexicon) == actors::key(b.name, lexicon);
  };

  std::vector<Attribution> out;
  std::vector<bool> explicit_source, starts_inside, ends_inside;
  std::optional<std::size_t> previous;
  bool inside = false;
  std::size_t paragraph = static_cast<std::size_t>(-1);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sentence = doc.sentences[s];
    if (sentence.paragraph != paragraph) inside = false;  // an unbalanced quote ends with its paragraph
    paragraph = sentence.paragraph;
    const auto& w = per_sentence[s];
    std::vector<bool> in_quote(w.size(), false);
    starts_inside.push_back(inside);
    std::size_t quoted_words = 0, words = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (w[k].quote) {
        if (w[k].quote_side > 0 || opens(w[k].text))
          inside = true;
        else if (w[k].quote_side < 0 || closes(w[k].text))
          inside = false;
        else
          inside = !inside;
        in_quote[k] = true;
        continue;
      }
      in_quote[k] = inside;
      if (!w[k].punct) {
        ++words;
        if (inside) ++quoted_words;
      }
    }
    ends_inside.push_back(inside);

    Attribution a;
    a.sentence = s;
    a.chain.push_back(outlet);
    a.markers = markers(doc, w, r);
    a.quoted = words > 0 && quoted_words * 2 >= words;
    SentenceFrames finder(doc, actors, r, previous);
    const auto frames = finder.find(w, in_quote);
    // The main frame: the attribution closing the sentence ("…, the ministry said.") when
    // there is one, else the first; citations go below it.
    const Frame* main = nullptr;
    for (const auto& f : frames) {
      if (f.cite) continue;
      if (main == nullptr) main = &f;
      bool last = true;
      for (std::size_t k = std::max(f.who.last, f.at + 1); k < w.size() && last; ++k)
        if (!w[k].punct && !among(k_skip, w[k].lower) && w[k].lower != "on"sv && w[k].lower != "in"sv &&
            w[k].lower != "a"sv && w[k].lower != "statement"sv && w[k].lower != "citing"sv &&
            w[k].lower != "quoting"sv && w[k].lower != "the"sv && !w[k].cap && !w[k].number)
          last = false;
      if (last && f.at > main->at) main = &f;
    }
    if (main != nullptr) {
      if (!same_actor(main->who.source, outlet)) a.chain.push_back(main->who.source);
      a.frame = main->frame;
      a.cue = main->cue;
    }
    for (const auto& f : frames) {
      if (!f.cite) continue;
      if (main == nullptr) {
        a.frame = f.frame;
        a.cue = f.cue;
      }
      if (!same_actor(f.who.source, a.chain.back())) a.chain.push_back(f.who.source);
    }
    explicit_source.push_back(!frames.empty());
    if (a.chain.size() > 1 && a.chain.back().entity) previous = a.chain.back().entity;
    out.push_back(std::move(a));
  }

  // Quotations spanning sentences: the sentences inside take the source of the sentence that
  // opens the quotation ("X said: “…") or, failing that, of the one that closes it ("…,” X said.).
  for (std::size_t s = 0; s < out.size();) {
    if (!ends_inside[s] || (s + 1 < out.size() && !starts_inside[s + 1])) {
      ++s;
      continue;
    }
    std::size_t e = s + 1;
    while (e < out.size() && starts_inside[e] && doc.sentences[e].paragraph == doc.sentences[s].paragraph) {
      if (!ends_inside[e]) {
        ++e;
        break;
      }
      ++e;
    }
    // Sentences [s, e) form the quotation; e - 1 is the closing one.
    std::optional<std::size_t> from;
    if (explicit_source[s])
      from = s;
    else if (e - 1 > s && explicit_source[e - 1])
      from = e - 1;
    for (std::size_t k = s; k < e; ++k) {
      if (k > s) out[k].quoted = true;
      if (from && !explicit_source[k]) {
        out[k].chain = out[*from].chain;
        out[k].frame = out[*from].frame;
        out[k].cue = out[*from].cue;
      }
    }
    s = std::max(e, s + 1);
  }
  return out;
}

std::string origin(const Attribution& a, const Document& doc, const actors::DocumentActors& actors) {
  for (std::size_t k = a.chain.size(); k > 0; --k) {
    const Source& src = a.chain[k - 1];
    if (!src.entity || *src.entity >= actors.entities.size()) continue;
    const auto& e = actors.entities[*src.entity];
    if (e.kind == actors::Kind::media || e.kind == actors::Kind::organisation || e.kind == actors::Kind::government)
      return e.key;
  }
  if (!doc.outlet.empty()) return actors::key(doc.outlet);
  return "document:" + doc.id;
}

}  // namespace timeline::sources
