// The actor tagger: names from capitalised runs and lexicons, descriptions ("the company"),
// alias sets by key, salience, and the resolution of descriptions to actors.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "actors/names.hpp"
#include "actors/resources.hpp"
#include "actors/words.hpp"
#include "timeline/actors.hpp"
#include "util/hash.hpp"
#include "util/strings.hpp"

namespace timeline::actors {

using namespace std::string_view_literals;  // "x"sv: comparisons without strlen

const char* to_string(Kind k) {
  switch (k) {
    case Kind::organisation:
      return "organisation";
    case Kind::government:
      return "government";
    case Kind::person:
      return "person";
    case Kind::group:
      return "group";
    case Kind::media:
      return "media";
  }
  return "organisation";
}

namespace {

// A name found in the body, before alias sets are made.
struct Candidate {
  ByteSpan span;
  std::string key;
  std::optional<Kind> kind;     // from the name itself (suffix, head, title)
  std::optional<Kind> context;  // from what surrounds it (apposition, "electronics maker X", "X reported")
  std::string title, country;
  bool acronym = false;
  bool accepted = false;  // enough evidence on its own to be an actor
  bool possessive = false;
  bool initial_word = false;  // one word at the start of a sentence: maybe just a capitalised word
  std::size_t sentence = 0;
  std::size_t paragraph = 0;
};

// A description or pronoun to resolve once the named actors are known.
struct Reference {
  ByteSpan span;
  const Description* description = nullptr;  // nullptr: "he"/"she"
  std::string key;                           // for new actors ("chinese hackers")
  std::string head;                          // last word of the description
  std::size_t sentence = 0;
};

struct DescriptionMatch {
  std::size_t begin = 0, end = 0;
  const Description* description = nullptr;
  std::string adjective;
  bool premodifier = false;  // "electronics maker Acme": evidence for the name that follows
};

const std::set<std::string, std::less<>> k_skip{
    "also",      "has",     "have",    "had",      "previously", "later",      "first", "then",
    "initially", "earlier", "further", "recently", "publicly",   "officially", "did",   "would",
    "will",      "on",      "last",    "this",     "separately", "again",      "itself"};

bool same_words(const std::vector<Word>& w, std::size_t at, const std::vector<std::string>& phrase) {
  if (at + phrase.size() > w.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (w[at + k].lower != phrase[k]) return false;
    if (w[at + k].possessive && k + 1 < phrase.size()) return false;
  }
  return true;
}

// Clears the key of each lone word opening a sentence with nothing else saying it is a name
// when the document writes that word in lower case too (`lower_words`). Only those words are
// looked for: a set of every lower-case word would cost a hash and a node per word.
void clear_words_written_lower(std::vector<Candidate>& cands, const std::vector<std::string_view>& lower_words) {
  auto doubtful = [](const Candidate& c) { return c.initial_word && !c.kind && !c.context; };
  util::StringSet wanted;
  std::uint64_t lengths = 0;  // bit n: a wanted word of n bytes (63: 63 or more)
  for (const auto& c : cands) {
    if (!doubtful(c)) continue;
    auto lower = util::to_lower_ascii(c.key);
    lengths |= std::uint64_t{1} << std::min<std::size_t>(lower.size(), 63);
    wanted.insert(std::move(lower));
  }
  if (wanted.empty()) return;
  util::StringSet written;
  for (const std::string_view w : lower_words)
    if (((lengths >> std::min<std::size_t>(w.size(), 63)) & 1) != 0 && wanted.count(w) != 0) written.emplace(w);
  for (auto& c : cands)
    if (doubtful(c) && written.count(util::to_lower_ascii(c.key)) != 0) c.key.clear();
}

class Scanner {
 public:
  Scanner(const Document& doc, const Resources& r, const util::StringSet& common)
      : m_doc(doc), m_r(r), m_common(common) {}

  // Scans sentence `index`, whose words are `w`.
  void sentence(std::size_t index, const std::vector<Word>& w) {
    m_words = &w;
    std::optional<Kind> premodifier;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const Word& x = w[i];
      if (!x.cap && !x.punct && !x.number) lower_words.push_back(x.lower);
      if (x.punct || x.number) {
        premodifier.reset();
        continue;
      }
      if (x.bare == "he"sv || x.bare == "she"sv) {
        m_refs.push_back({x.span, nullptr, "", std::string(x.bare), index});
        continue;
      }
      if (auto d = description_at(i)) {
        if (d->premodifier) {
          premodifier = d->description->kind;
        } else {
          Reference ref;
          ref.span = {w[d->begin].span.begin, w[d->end - 1].name_end};
          ref.description = d->description;
          ref.head = d->description->words.back();
          ref.sentence = index;
          if (d->description->refers == "new"sv)
            ref.key = (d->adjective.empty() ? "" : d->adjective + " ") + d->description->key;
          m_refs.push_back(std::move(ref));
        }
        i = d->end - 1;
        continue;
      }
      if (!x.cap) {
        premodifier.reset();
        continue;
      }
      const std::size_t j = std::min(run_end(w, i, m_r, &m_common), w.size());
      if (j - i > 12) {  // a headline or a list in capitals: nothing reliable inside
        i = j - 1;
        continue;
      }
      std::size_t titled = title_before(w, i, m_r);
      if (titled == i && i > 1 && w[i - 1].text == ","sv) {  // "Acme's chief executive, Jane Doe,"
        const std::size_t t = title_before(w, i - 1, m_r);
        if (t < i - 1) titled = t;
      }
      for (auto& n : analyse_run(w, i, j, m_r)) add(n, index, i, j, titled, premodifier);
      premodifier.reset();
      i = j - 1;
    }
  }

  std::vector<Candidate> candidates;
  std::vector<std::string_view> lower_words;  // words written in lower case, in order (views into the words scanned)
  std::vector<Reference>& refs() { return m_refs; }
  std::map<std::string, std::string> acronyms;  // "ftc" → "federal trade commission"

 private:
  // The descriptions whose first word is the word at `k`, as indexes in their order: the only
  // ones that can match there.
  const std::vector<std::size_t>& descriptions_from(std::size_t k) const {
    const auto& w = *m_words;
    static const std::vector<std::size_t> k_none;
    if (k >= w.size()) return k_none;
    const auto it = m_r.descriptions_by_first.find(w[k].lower);
    return it == m_r.descriptions_by_first.end() ? k_none : it->second;
  }

  std::optional<DescriptionMatch> description_at(std::size_t i) const {
    const auto& w = *m_words;
    std::size_t k = i;
    bool det = false, definite = false;
    if (w[k].lower == "the"sv || w[k].lower == "a"sv || w[k].lower == "an"sv) {
      det = true;
      definite = w[k].lower == "the"sv;
      ++k;
    }
    // "the electronics manufacturing company": up to two plain words before the description.
    if (definite) {
      static const std::set<std::string, std::less<>> k_other{"other",      "parent",  "rival",  "another",   "former",
                                                              "subsidiary", "partner", "sister", "competing", "same"};
      for (std::size_t skip = 1; skip <= 2 && k + skip < w.size(); ++skip) {
        const Word& mod = w[k + skip - 1];
        if ((mod.cap && mod.text.find('-') == std::string::npos) || mod.punct || mod.number || mod.possessive ||
            k_other.count(mod.lower) != 0)
          break;
        for (const std::size_t di : descriptions_from(k + skip))
          if (const Description& d = m_r.descriptions[di];
              d.refers != "new"sv && same_words(w, k + skip, d.words) &&
              (k + skip + d.words.size() >= w.size() || !w[k + skip + d.words.size()].cap))
            return DescriptionMatch{i, k + skip + d.words.size(), &d, "", false};
      }
    }
    std::string adjective;
    for (std::size_t len = 2; len >= 1 && k < w.size(); --len) {
      if (k + len > w.size()) continue;
      bool caps = true;
      for (std::size_t m = k; m < k + len; ++m) caps = caps && w[m].cap && !w[m].possessive;
      if (!caps) continue;  // adjectives are capitalised: no need to look them up
      std::string joined;
      for (std::size_t m = k; m < k + len; ++m) {
        if (m > k) joined += ' ';
        joined += w[m].lower;
      }
      if (m_r.adjectives.count(joined) != 0) {
        adjective = joined;
        k += len;
        break;
      }
    }
    if (k >= w.size()) return std::nullopt;
    for (const std::size_t di : descriptions_from(k)) {
      const Description& d = m_r.descriptions[di];
      if (!same_words(w, k, d.words)) continue;
      if (w[k].cap && !w[k].sentence_start) return std::nullopt;  // "The Ministry of Health": a name, not a description
      DescriptionMatch m{i, k + d.words.size(), &d, adjective, false};
      const bool name_follows =
          m.end < w.size() && w[m.end].cap && m_r.not_names.count(w[m.end].bare) == 0 && !w[m.end - 1].possessive;
      if (d.refers == "new"sv) {
        if (name_follows) m.premodifier = true;  // "hacking group Lazarus": the name is the actor
        return m;
      }
      if (name_follows) {
        m.begin = k;
        m.premodifier = true;
        return m;
      }
      if (!definite || !adjective.empty()) return std::nullopt;
      return m;
    }
    (void)det;
    return std::nullopt;
  }

  // Whether the name in words [i, j) speaks: "X said", "X officials said", "X's report stated",
  // "according to X", "citing X", "…, said X."; sets `report` for "X reported".
  bool speaks(std::size_t i, std::size_t j, bool& report) const {
    const auto& w = *m_words;
    std::size_t k = j;
    if (k < w.size() && w[k - 1].possessive && m_r.source_nouns.count(w[k].lower) != 0) {
      report = w[k].lower == "report"sv || w[k].lower == "reports"sv;  // "the Gazette's report"
      return true;
    }
    while (k < w.size() && (k_skip.count(w[k].lower) != 0 || m_r.calendar.count(w[k].bare) != 0)) ++k;
    if (k + 1 < w.size() && m_r.verbs.count(w[k].lower) == 0 && m_r.source_nouns.count(w[k].lower) != 0) ++k;
    if (k < w.size()) {
      if (auto it = m_r.verbs.find(w[k].lower); it != m_r.verbs.end()) {
        report = it->second == "report"sv;
        return true;
      }
      if (w[k].lower == "broke"sv) {
        report = true;
        return true;
      }
    }
    std::size_t b = i;
    if (b > 0 && w[b - 1].lower == "the"sv) --b;
    if (b >= 2 && w[b - 2].lower == "according"sv && w[b - 1].lower == "to"sv) return true;
    if (b >= 1 && (w[b - 1].lower == "citing"sv || w[b - 1].lower == "quoting"sv)) return true;
    if (b >= 2 && w[b - 1].lower == "by"sv && m_r.verbs.count(w[b - 2].lower) != 0) return true;
    if (b >= 1 && m_r.verbs.count(w[b - 1].lower) != 0 && (j >= w.size() || w[j].punct)) return true;
    return false;
  }

  // "Acme, a maker of …", "Jane Doe, a spokesperson for Acme": the kind the apposition gives.
  std::optional<Kind> apposition(std::size_t j, bool closed_only = false) const {
    const auto& w = *m_words;
    if (j + 1 >= w.size() || w[j].text != ","sv) return std::nullopt;
    const std::string_view first = w[j + 1].lower;
    if (first == "who"sv || first == "whose"sv) return Kind::person;  // "Jane Doe, who led the team,"
    // "Jane Doe, Acme's chief executive,", "Jane Doe, then the company's lawyer,"
    std::size_t from = j + 1;
    if (first == "then"sv || first == "now"sv || first == "formerly"sv || first == "previously"sv) ++from;
    const bool possessive_name = from < w.size() && w[from].cap && w[from].possessive;
    if (first != "a"sv && first != "an"sv && first != "the"sv && first != "one"sv && first != "its"sv &&
        !possessive_name && from == j + 1)
      return std::nullopt;
    std::vector<std::string> lw;
    if (closed_only) {  // after an opening word: only "Acme, a maker of pumps, said"
      std::size_t k = j + 1;
      while (k < w.size() && k < j + 12 && !w[k].punct) ++k;
      if (k >= w.size() || w[k].text != ","sv) return std::nullopt;
    }
    for (std::size_t k = from; k < w.size() && k < j + 12 && !w[k].punct; ++k) {
      std::string l(w[k].lower);
      if (l.size() > 3 && util::iends_with(l, "ies"))
        l = l.substr(0, l.size() - 3) + "y";
      else if (l.size() > 3 && l.back() == 's' && m_r.titles.size() > 0)
        l.pop_back();
      lw.push_back(std::move(l));
      if ((w[k].lower == "of"sv && w[k - 1].lower != "one"sv) || w[k].lower == "for"sv || w[k].lower == "at"sv) break;
    }
    const std::vector<std::string_view> lw_views(lw.begin(), lw.end());
    for (std::size_t p = 0; p < lw.size(); ++p) {
      if (const std::size_t t = m_r.title_at(lw_views, p); t != 0) {
        // "X, the chief security officer Jane Doe": the title belongs to the name after it.
        const std::size_t after = from + p + t;
        if (after < w.size() && w[after].cap && !w[after].punct) return std::nullopt;
        return Kind::person;
      }
      for (const auto& d : m_r.descriptions)
        if (d.refers != "new"sv && p + d.words.size() <= lw.size() &&
            std::equal(d.words.begin(), d.words.end(), lw.begin() + static_cast<std::ptrdiff_t>(p)))
          return d.kind;
    }
    return std::nullopt;
  }

  // Whether a title follows the name ending before word `j` and names someone it employs: "Acme
  // chief security officer Jane Doe", "Acme's new CEO", "Acme lawyer Jane Doe" (not a public
  // office: "Iowa attorney general Jane Doe" names a place).
  bool employs(std::size_t j) const {
    const auto& w = *m_words;
    if (j == 0 || j >= w.size()) return false;
    const bool possessive = w[j - 1].possessive;
    static const std::set<std::string, std::less<>> k_adjectives{
        "new",      "former",   "then", "previous", "current", "ex",     "longtime",
        "outgoing", "incoming", "top",  "in-house", "interim", "acting", "own"};
    std::size_t k = j;
    if (possessive)
      while (k < w.size() && k < j + 2 && k_adjectives.count(w[k].lower) != 0) ++k;
    std::vector<std::string_view> lw;
    for (std::size_t m = k; m < w.size() && m < k + 6 && !w[m].punct; ++m) lw.push_back(w[m].lower);
    bool is_public = false;
    const std::size_t t = m_r.title_at(lw, 0, &is_public);
    if (t == 0 || is_public) return false;
    const bool name_follows = k + t < w.size() && w[k + t].cap && !w[k + t].possessive;
    if (!possessive) return name_follows;
    // "Acme's chief executive": a company's officer; a person has lawyers and spokespeople too.
    static const std::set<std::string, std::less<>> k_corporate{
        "chief", "officer",   "ceo",      "cfo",        "cto",     "ciso",       "coo",       "cso",
        "cio",   "president", "chairman", "chairwoman", "founder", "co-founder", "executive", "director"};
    for (std::size_t m = 0; m < t; ++m)
      if (k_corporate.count(lw[m]) != 0) return true;
    return false;
  }

  void add(const Name& n, std::size_t sentence, std::size_t run_first, std::size_t run_last, std::size_t titled,
           std::optional<Kind> premodifier) {
    const auto& w = *m_words;
    Candidate c;
    c.span = {w[n.first].span.begin, w[n.last - 1].name_end};
    c.key = n.key;
    c.kind = n.kind;
    c.title = n.title;
    c.country = n.country;
    c.acronym = n.acronym;
    c.possessive = w[n.last - 1].possessive;
    c.initial_word = n.last - n.first == 1 && w[n.first].sentence_start;
    // "Later, …", "Separately, …": an adverb opening the sentence.
    const bool adverb = c.initial_word && n.last < w.size() && w[n.last].text == ","sv;
    c.sentence = sentence;
    c.paragraph = m_doc.sentences[sentence].paragraph;
    bool report = false;
    const bool frame = speaks(n.first, n.last, report);
    if (n.first == run_first && titled < run_first && !n.kind) {  // "spokesperson Jane Doe"
      c.kind = Kind::person;
      for (std::size_t k = titled; k < run_first; ++k) {
        if (w[k].punct) continue;
        if (!c.title.empty()) c.title += ' ';
        c.title += w[k].text;
      }
    }
    if (n.last == run_last) {
      if (auto a = apposition(n.last, adverb)) c.context = a;
    }
    if (n.first == run_first && premodifier) c.context = premodifier;
    // "Acme chief security officer Jane Doe", "Acme's new CEO": Acme employs the titled person.
    if (n.last == run_last && !c.kind && c.country.empty() && employs(n.last)) c.context = Kind::organisation;
    // "Acme's Jane Doe reported": an outlet's journalist.
    if (report && !c.kind && n.first == run_first && n.first > 0 && w[n.first - 1].possessive && w[n.first - 1].cap &&
        n.last - n.first >= 2)
      c.context = Kind::person;
    // "Graham Eastwood writes on technology and public policy": a columnist's credit names a
    // person (two or three words, no "The", no head word of an institution).
    if (!c.kind && !c.context && n.first == run_first && n.last == run_last && n.last < w.size() &&
        (w[n.last].lower == "writes"sv || w[n.last].lower == "wrote"sv) && n.last - n.first >= 2 &&
        n.last - n.first <= 3 && w[n.first].lower != "the"sv)
      c.context = Kind::person;
    // "a spokesperson for Acme", "officials at Acme": Acme is an organisation.
    if (n.first == run_first && n.first >= 2 &&
        (w[n.first - 1].lower == "for"sv || w[n.first - 1].lower == "at"sv || w[n.first - 1].lower == "from"sv) &&
        (m_r.source_nouns.count(w[n.first - 2].lower) != 0 || title_before(w, n.first - 1, m_r) < n.first - 1) &&
        !c.context)
      c.context = Kind::organisation;
    // "WKRN-TV in Harwick reported": a name after "in" is the place, not the outlet.
    const bool place = n.first == run_first && n.first > 0 && w[n.first - 1].lower == "in"sv;
    if (report && !c.kind && !c.context && place) return;
    if (report && !c.kind && !c.context) c.context = Kind::media;
    if (adverb && !c.kind && !c.context) return;
    if (!c.country.empty()) {
      c.accepted = frame;  // "Japan said"; otherwise a place
    } else {
      c.accepted = c.kind.has_value() || c.context.has_value() || frame;
      if (c.acronym && !frame && !c.kind) c.accepted = false;  // "NHK" is known; an unknown acronym must speak
    }
    // "Name (ACR)": the acronym is another name of the same actor.
    if (n.last == run_last && run_last + 2 < w.size() && w[run_last].text == "("sv && w[run_last + 1].all_caps &&
        w[run_last + 2].text == ")"sv)
      acronyms[std::string(w[run_last + 1].bare)] = c.key;
    candidates.push_back(std::move(c));
  }

  const Document& m_doc;
  const Resources& m_r;
  const util::StringSet& m_common;
  const std::vector<Word>* m_words = nullptr;  // of the sentence being scanned
  std::vector<Reference> m_refs;
};

bool starts_with_words(const std::string& longer, const std::string& prefix) {
  return longer.size() > prefix.size() && longer.compare(0, prefix.size(), prefix) == 0 && longer[prefix.size()] == ' ';
}

bool ends_with_word(const std::string& longer, const std::string& word) {
  return longer.size() > word.size() && longer.compare(longer.size() - word.size(), word.size(), word) == 0 &&
         longer[longer.size() - word.size() - 1] == ' ';
}

std::string initials(const std::string& key) {
  std::string out;
  for (const auto w : util::split(key, ' '))
    if (!w.empty() && w != "of"sv && w != "and"sv && w != "the"sv && w != "for"sv) out += w[0];
  return out;
}

std::size_t word_count(const std::string& key) {
  return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

// Whether `phrase` (space-separated lower-case words) occurs in `words`; the phrase's words are
// read in place, not split into a vector (this runs for every key of every document).
bool contains_words(const std::vector<std::string>& words, std::string_view phrase) {
  const auto parts = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
  if (parts > words.size()) return false;
  for (std::size_t i = 0; i + parts <= words.size(); ++i) {
    std::string_view rest = phrase;
    bool same = true;
    for (std::size_t k = 0; k < parts && same; ++k) {
      const std::size_t space = std::min(rest.find(' '), rest.size());
      same = words[i + k] == rest.substr(0, space);
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
    if (same) return true;
  }
  return false;
}

std::string compute_key(std::string_view name, const Resources& r) {
  const auto text = text_words(name, r.abbreviations);
  const auto& w = text.words;
  std::size_t first = 0;
  while (first < w.size() && (w[first].punct || w[first].lower == "the"sv)) ++first;
  std::size_t last = w.size();
  while (last > first && w[last - 1].punct) --last;
  if (first >= last) return util::to_lower_ascii(util::trim(name));
  const auto names = analyse_run(w, first, last, r);
  if (names.size() == 1 && names[0].first == first && names[0].last == last) return names[0].key;
  return key_of(w, first, last, r);
}

}  // namespace

std::string key(std::string_view name, const Lexicon* lexicon) {
  auto res = resources_for(lexicon);
  if (!res) return util::to_lower_ascii(name);
  // Outlets and sources repeat the same few names in every document and sentence: each
  // thread remembers the keys it computed (a pure function of the name and the lexicon).
  struct Cache {
    const Resources* resources = nullptr;
    std::unordered_map<std::string, std::string> keys;
  };
  thread_local Cache cache;
  constexpr std::size_t k_max_cached = 4096;
  if (cache.resources != *res || cache.keys.size() >= k_max_cached) {
    cache.resources = *res;
    cache.keys.clear();
  }
  std::string owned(name);
  if (const auto it = cache.keys.find(owned); it != cache.keys.end()) return it->second;
  std::string k = compute_key(name, **res);
  cache.keys.emplace(std::move(owned), k);
  return k;
}

SentenceWords sentence_words(const Document& doc, const Lexicon* lexicon) {
  SentenceWords out;
  auto res = resources_for(lexicon);
  if (!res) return out;
  out.store = std::make_unique<LowerText>(doc.body);
  out.sentences.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) out.sentences.push_back(words(doc.body, s.span, (*res)->abbreviations, *out.store));
  return out;
}

SentenceWords sentence_words(const Document& doc, const std::vector<segment::Token>& tokens, const Lexicon* lexicon) {
  SentenceWords out;
  auto res = resources_for(lexicon);
  if (!res) return out;
  out.store = std::make_unique<LowerText>(doc.body);
  out.sentences.reserve(doc.sentences.size());
  // The body's tokens inside each sentence are the sentence's own tokens when no token crosses
  // either end (the tokenizer decides a token's end from the bytes it takes and the next one).
  std::size_t first = 0;
  for (const auto& s : doc.sentences) {
    while (first < tokens.size() && tokens[first].span.begin < s.span.begin) ++first;
    std::size_t last = first;
    while (last < tokens.size() && tokens[last].span.end <= s.span.end) ++last;
    const bool whole = (first == 0 || tokens[first - 1].span.end <= s.span.begin) &&
                       (last == tokens.size() || tokens[last].span.begin >= s.span.end);
    if (whole)
      out.sentences.push_back(words(doc.body, std::span(tokens).subspan(first, last - first), (*res)->abbreviations, *out.store));
    else
      out.sentences.push_back(words(doc.body, s.span, (*res)->abbreviations, *out.store));
  }
  return out;
}

Result<DocumentActors> tag(const Document& doc, const Lexicon* lexicon) {
  return tag(doc, sentence_words(doc, lexicon), lexicon);
}

Result<DocumentActors> tag(const Document& doc, const SentenceWords& per_sentence, const Lexicon* lexicon) {
  auto res = resources_for(lexicon);
  if (!res) return Error{res.error()};
  const Resources& r = **res;
  DocumentActors out;
  if (per_sentence.size() != doc.sentences.size())
    return Error{"actors: the words given are not those of the document's sentences"};

  // Capitalised words before "and" between capitalised words that the text also writes in
  // lower case: common nouns inside a name ("Calderholm Blood and Plasma Service"). Only those
  // words are looked for (see clear_words_written_lower).
  util::StringSet common;
  {
    util::StringSet wanted;
    for (std::size_t s = 0; s < per_sentence.size(); ++s) {
      const auto& w = per_sentence[s];
      for (std::size_t k = 1; k + 1 < w.size(); ++k)
        if (w[k].lower == "and"sv && w[k - 1].cap && w[k + 1].cap) {
          wanted.insert(w[k - 1].lower);
          wanted.insert(w[k + 1].lower);
        }
    }
    if (!wanted.empty())
      for (std::size_t s = 0; s < per_sentence.size(); ++s)
        for (const auto& x : per_sentence[s])
          if (!x.cap && !x.punct && !x.number && wanted.count(x.lower) != 0) common.insert(x.lower);
  }
  Scanner scan(doc, r, common);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) scan.sentence(s, per_sentence[s]);
  auto& cands = scan.candidates;
  std::vector<std::string> title_words;
  for (const auto& w : text_words(doc.title, r.abbreviations).words)
    if (!w.punct) title_words.emplace_back(w.bare);
  const std::size_t lead_paragraph = doc.sentences.empty() ? 0 : doc.sentences[0].paragraph;

  // A lone capitalised word opening a sentence is only a name when it is never written in
  // lower case ("However", "Hackers") and something else says it is one.
  clear_words_written_lower(cands, scan.lower_words);

  struct KeyStats {
    std::size_t count = 0, first = 0;
    bool accepted = false, possessive = false, country = false;
    std::map<Kind, std::size_t> strong, weak;
  };
  std::map<std::string, KeyStats> stats;
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const auto& c = cands[k];
    if (c.key.empty()) continue;
    auto [it, fresh] = stats.try_emplace(c.key);
    KeyStats& st = it->second;
    if (fresh) st.first = k;
    ++st.count;
    st.accepted = st.accepted || c.accepted;
    st.possessive = st.possessive || c.possessive;
    st.country = st.country || !c.country.empty();
    if (c.kind && c.country.empty()) ++st.strong[*c.kind];
    if (c.context) ++st.weak[*c.context];
  }
  // "Joe Sullivan … Sullivan said": a name of two or three words whose last word is also used
  // alone is a person's (organisations are shortened to their first words: "Acme Electric" → "Acme").
  for (auto& [k, st] : stats) {
    const std::size_t n = word_count(k);
    if (n < 2 || n > 3 || st.country || (!st.strong.empty() && st.strong.count(Kind::person) == 0)) continue;
    auto it = stats.find(k.substr(k.rfind(' ') + 1));
    if (it == stats.end() || it->second.country) continue;
    KeyStats& alone = it->second;
    if (!alone.strong.empty() && alone.strong.count(Kind::person) == 0) continue;
    st.weak[Kind::person] += alone.count;
    st.accepted = true;
    alone.weak[Kind::person] += st.count;
  }
  auto kind_of = [&](const KeyStats& st) {
    auto best = [](const std::map<Kind, std::size_t>& m) {
      Kind k = Kind::organisation;
      std::size_t n = 0;
      for (const auto& [kind, count] : m)
        if (count > n) {
          k = kind;
          n = count;
        }
      return k;
    };
    if (st.country) return Kind::government;
    if (!st.strong.empty()) return best(st.strong);
    if (!st.weak.empty()) return best(st.weak);
    return Kind::organisation;
  };
  const std::string outlet_key = doc.outlet.empty() ? std::string() : key(doc.outlet, lexicon);

  // Alias sets: longer keys first, so "Acme" finds "acme electric" and "Doe" finds "jane doe".
  std::vector<std::string> order;
  for (const auto& [k, st] : stats) order.push_back(k);
  {
    // Sort keys once measured (word count, first candidate): no map look-up per comparison.
    std::vector<std::pair<std::size_t, std::size_t>> rank;  // (word count, first) by position in `order`
    rank.reserve(order.size());
    for (const auto& k : order) rank.emplace_back(word_count(k), stats[k].first);
    std::vector<std::size_t> by_rank(order.size());
    for (std::size_t i = 0; i < by_rank.size(); ++i) by_rank[i] = i;
    std::stable_sort(by_rank.begin(), by_rank.end(), [&](std::size_t a, std::size_t b) {
      if (rank[a].first != rank[b].first) return rank[a].first > rank[b].first;
      return rank[a].second < rank[b].second;
    });
    std::vector<std::string> sorted;
    sorted.reserve(order.size());
    for (const std::size_t i : by_rank) sorted.push_back(std::move(order[i]));
    order = std::move(sorted);
  }
  std::map<std::string, std::size_t> entity_of;
  std::vector<std::size_t> entity_count;     // candidates per entity
  std::vector<std::string> entity_initials;  // of each entity's key with two words or more, else ""
  auto alias_target = [&](const std::string& k, const KeyStats& st) -> std::optional<std::size_t> {
    if (st.country) return std::nullopt;
    std::optional<std::size_t> best;
    const bool one_word = word_count(k) == 1;
    const bool not_person = kind_of(st) != Kind::person;
    for (std::size_t e = 0; e < out.entities.size(); ++e) {
      const Entity& ent = out.entities[e];
      const bool person = ent.kind == Kind::person;
      const bool prefix = !person && not_person && starts_with_words(ent.key, k);
      const bool surname = person && one_word && ends_with_word(ent.key, k);
      const bool acronym = one_word && !entity_initials[e].empty() && entity_initials[e] == k;
      if ((prefix || surname || acronym) && (!best || entity_count[e] > entity_count[*best])) best = e;
    }
    if (auto a = scan.acronyms.find(k); a != scan.acronyms.end())
      if (auto it = entity_of.find(a->second); it != entity_of.end()) best = it->second;
    return best;
  };
  for (const bool accepted_pass : {true, false}) {
    for (const auto& k : order) {
      const KeyStats& st = stats[k];
      if (entity_of.count(k) != 0) continue;
      const bool in_title = contains_words(title_words, k);
      const bool accepted = st.accepted || (st.count >= 2 && (in_title || st.possessive) && !st.country);
      if (accepted != accepted_pass) continue;
      if (auto target = alias_target(k, st)) {
        entity_of[k] = *target;
        entity_count[*target] += st.count;
        continue;
      }
      if (!accepted) continue;
      Entity e;
      e.key = k;
      e.kind = k == outlet_key ? Kind::media : kind_of(st);
      entity_of[k] = out.entities.size();
      entity_initials.push_back(word_count(e.key) >= 2 ? initials(e.key) : std::string());
      out.entities.push_back(std::move(e));
      entity_count.push_back(st.count);
    }
  }

  // "the company" with no organisation named: the first name without other evidence is it
  // ("Orbin Dairy closed a plant. The company said…").
  const bool needs_main = std::any_of(scan.refs().begin(), scan.refs().end(), [](const Reference& ref) {
    return ref.description != nullptr && ref.description->refers == "main"sv;
  });
  const bool has_organisation = std::any_of(out.entities.begin(), out.entities.end(),
                                            [](const Entity& e) { return e.kind == Kind::organisation; });
  if (needs_main && !has_organisation) {
    for (const auto& c : cands) {
      // (Not a name with evidence of a person: "Graham Eastwood writes on technology".)
      if (c.key.empty() || entity_of.count(c.key) != 0 || !c.country.empty() || c.initial_word || c.acronym ||
          c.kind == Kind::person || c.context == Kind::person)
        continue;
      Entity e;
      e.key = c.key;
      e.kind = Kind::organisation;
      entity_of[c.key] = out.entities.size();
      out.entities.push_back(std::move(e));
      entity_count.push_back(stats[c.key].count);
      break;
    }
  }

  // Named mentions, salience and the main subject.
  for (const auto& c : cands) {
    auto it = entity_of.find(c.key);
    if (c.key.empty() || it == entity_of.end()) continue;
    Mention m;
    m.span = c.span;
    m.text = std::string(doc.text(c.span));
    m.entity = it->second;
    m.kind = out.entities[m.entity].kind;
    m.title = c.title;
    out.mentions.push_back(std::move(m));
    Entity& e = out.entities[it->second];
    e.salience += 1.0 + (c.paragraph == lead_paragraph ? 1.0 : 0.0);
  }
  std::vector<std::optional<std::size_t>> first_sentence(out.entities.size());
  std::vector<std::size_t> times_named(out.entities.size(), 0);
  for (std::size_t k = 0; k < cands.size(); ++k) {
    auto it = entity_of.find(cands[k].key);
    if (cands[k].key.empty() || it == entity_of.end()) continue;
    if (!first_sentence[it->second]) first_sentence[it->second] = cands[k].sentence;
    ++times_named[it->second];
  }
  for (const auto& [k, e] : entity_of) {
    Entity& ent = out.entities[e];
    if (contains_words(title_words, k)) ent.salience += 3.0;
  }
  for (std::size_t e = 0; e < out.entities.size(); ++e)
    if (first_sentence[e]) out.entities[e].salience += 2.0 / (1.0 + static_cast<double>(*first_sentence[e]));
  // The main subject is the most salient organisation; without one (or with one named only
  // once, against a public body at least twice as salient), the most salient public body named more than
  // once (a hacked water authority or city council is the subject of its own story; a regulator
  // quoted once is only a source).
  // A public body whose first word the title names ("Carrowdale's parking app back online",
  // over a story about the Carrowdale Parking Authority) is named there once more.
  auto named_in_title = [&](std::size_t e) {
    const std::string& key = out.entities[e].key;
    const std::size_t space = key.find(' ');
    return space != std::string::npos && contains_words(title_words, std::string_view(key).substr(0, space));
  };
  std::optional<std::size_t> salient[2];  // the most salient organisation, public body
  for (const Kind kind : {Kind::organisation, Kind::government}) {
    auto& b = salient[kind == Kind::organisation ? 0 : 1];
    for (std::size_t e = 0; e < out.entities.size(); ++e) {
      if (out.entities[e].kind != kind ||
          (kind == Kind::government && times_named[e] + (named_in_title(e) ? 1 : 0) < 2))
        continue;
      if (!b || out.entities[e].salience > out.entities[*b].salience) b = e;
    }
  }
  out.main_subject = salient[0] ? salient[0] : salient[1];
  // An organisation named once (the incident-response firm a hacked council brought in) is not
  // the subject of a story that names a public body again and again, at least twice as salient,
  // and never says "the company" or "the firm" (a fine story names its company once, then so).
  if (salient[0] && salient[1] && !needs_main && times_named[*salient[0]] <= 1 &&
      out.entities[*salient[1]].salience >= 2.0 * out.entities[*salient[0]].salience)
    out.main_subject = salient[1];

  // Descriptions and pronouns, in body order, against the names seen so far.
  std::sort(out.mentions.begin(), out.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  const std::vector<Mention> named = out.mentions;
  std::map<Kind, std::size_t> latest_kind;
  std::map<std::string, std::size_t> latest_head;
  std::optional<std::pair<std::size_t, std::size_t>> latest_person;  // entity, where named
  std::map<std::string, std::size_t> groups;                         // key → entity
  auto most_salient = [&](auto&& pred) -> std::optional<std::size_t> {
    std::optional<std::size_t> best;
    for (std::size_t e = 0; e < out.entities.size(); ++e)
      if (pred(out.entities[e]) && (!best || out.entities[e].salience > out.entities[*best].salience)) best = e;
    return best;
  };
  auto has_head = [&](const Entity& e, const std::string& head) {
    for (const auto w : util::split(e.key, ' '))
      if (w == head || (head.size() > 1 && w.size() == head.size() + 1 && w.compare(0, head.size(), head) == 0))
        return true;
    return false;
  };
  std::size_t next_named = 0;
  for (const auto& ref : scan.refs()) {
    for (; next_named < named.size() && named[next_named].span.begin < ref.span.begin; ++next_named) {
      const Mention& m = named[next_named];
      const Entity& e = out.entities[m.entity];
      latest_kind[e.kind] = m.entity;
      for (const auto w : util::split(e.key, ' ')) latest_head[std::string(w)] = m.entity;
      const std::string lower = util::to_lower_ascii(m.text);  // split() returns views into it
      for (const auto w : util::split(lower, ' ')) latest_head[std::string(w)] = m.entity;
      if (e.kind == Kind::person) latest_person = std::pair{m.entity, m.span.begin};
    }
    std::optional<std::size_t> target;
    bool reference = true;
    if (ref.description == nullptr) {
      // "he"/"she": the person named last, within the three sentences before.
      const std::size_t window = doc.sentences[ref.sentence >= 3 ? ref.sentence - 3 : 0].span.begin;
      if (latest_person && latest_person->second >= window) target = latest_person->first;
    } else if (ref.description->refers == "main"sv) {
      // "the company", "the retailer": a company, so not a public body that stands as subject.
      if (out.main_subject && out.entities[*out.main_subject].kind == Kind::organisation) target = out.main_subject;
      if (!target && latest_kind.count(Kind::organisation) != 0) target = latest_kind[Kind::organisation];
    } else if (ref.description->refers == "head"sv || ref.description->refers == "recent"sv) {
      const Kind kind = ref.description->kind;
      if (ref.description->refers == "head"sv) {
        if (auto it = latest_head.find(ref.head); it != latest_head.end()) target = it->second;
        if (!target) target = most_salient([&](const Entity& e) { return has_head(e, ref.head); });
      }
      if (!target && latest_kind.count(kind) != 0) target = latest_kind[kind];
      if (!target) target = most_salient([&](const Entity& e) { return e.kind == kind; });
    } else {  // a new actor: "a Chinese hacking group", "the hackers"
      reference = false;
      if (auto it = groups.find(ref.key); it != groups.end()) target = it->second;
      if (!target && ref.key == ref.description->key) {  // "the hackers" after "Chinese hackers"
        for (const auto& [k, e] : groups)
          if (ends_with_word(k, ref.key)) target = e;
      }
      if (!target) {
        Entity e;
        e.key = ref.key;
        e.kind = ref.description->kind;
        target = out.entities.size();
        groups[ref.key] = *target;
        out.entities.push_back(std::move(e));
      }
      latest_kind[Kind::group] = *target;
    }
    if (!target) continue;
    Mention m;
    m.span = ref.span;
    m.text = std::string(doc.text(ref.span));
    m.entity = *target;
    m.kind = out.entities[*target].kind;
    m.reference = reference;
    out.mentions.push_back(std::move(m));
  }
  std::stable_sort(out.mentions.begin(), out.mentions.end(), [](const Mention& a, const Mention& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::vector<Mention> kept;
  for (auto& m : out.mentions)
    if (kept.empty() || m.span.begin >= kept.back().span.end) kept.push_back(std::move(m));
  out.mentions = std::move(kept);

  // Names, aliases and counts of the sets.
  std::vector<std::set<std::string>> aliases(out.entities.size());
  for (const auto& m : out.mentions) {
    Entity& e = out.entities[m.entity];
    ++e.mentions;
    aliases[m.entity].insert(m.text);
    if (m.reference) continue;
    if (e.kind == Kind::group && m.kind == Kind::group) e.salience += 1.0;
    std::string name = m.text;
    for (const char* det : {"the ", "The ", "a ", "A ", "an ", "An "})
      if (name.rfind(det, 0) == 0) name = name.substr(std::string_view(det).size());
    if (e.name.empty() || word_count(name) > word_count(e.name) ||
        (word_count(name) == word_count(e.name) && name.size() > e.name.size()))
      e.name = name;
  }
  for (std::size_t e = 0; e < out.entities.size(); ++e) {
    out.entities[e].aliases.assign(aliases[e].begin(), aliases[e].end());
    if (out.entities[e].name.empty()) out.entities[e].name = out.entities[e].key;
  }
  return out;
}

}  // namespace timeline::actors
