// Shared immutable texts and the pool that makes equal ones one allocation.
#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "timeline/claims.hpp"
#include "util/hash.hpp"

namespace timeline {

struct Text::Node {
  std::atomic<std::size_t> refs{1};
  std::string value;
};

namespace {
const std::string k_empty;

// A slot of the recent texts for `s`, from its length and its first and last eight bytes
// (cheap for a long sentence; texts that collide only take each other's slot).
std::size_t recent_slot(std::string_view s, std::size_t slots) {
  const std::size_t edge = std::min<std::size_t>(s.size(), 8);
  const std::uint64_t h = util::string_hash(s.substr(0, edge)) ^ (util::string_hash(s.substr(s.size() - edge)) >> 1);
  return static_cast<std::size_t>((h ^ s.size()) % slots);
}

}  // namespace

Text::Text(std::string_view s) {
  if (s.empty()) return;
  // Texts are made in runs that repeat: a document's id, its sentence for each claim and
  // figure of the sentence, kinds, dates and origins. Each thread keeps the last texts it
  // made, one per slot, and shares an equal one instead of allocating a copy (a shared node is
  // what `claims::Pool` would make of them later anyway).
  thread_local std::array<Text, 64> recent;
  Text& cached = recent[recent_slot(s, recent.size())];
  if (!cached.empty() && cached.str() == s) {
    m_node = cached.m_node;
    m_node->refs.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  m_node = new Node{1, std::string(s)};
  cached = *this;
}

Text::Text(const Text& other) noexcept : m_node(other.m_node) {
  if (m_node != nullptr) m_node->refs.fetch_add(1, std::memory_order_relaxed);
}

Text& Text::operator=(const Text& other) noexcept {
  Text copy(other);
  std::swap(m_node, copy.m_node);
  return *this;
}

Text& Text::operator=(Text&& other) noexcept {
  Text moved(std::move(other));
  std::swap(m_node, moved.m_node);
  return *this;
}

Text::~Text() {
  if (m_node != nullptr && m_node->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete m_node;
}

const std::string& Text::str() const { return m_node == nullptr ? k_empty : m_node->value; }

void to_json(nlohmann::json& j, const Text& t) { j = t.str(); }

}  // namespace timeline

namespace timeline::claims {

namespace {
std::size_t combine(std::size_t seed, std::string_view s) {
  return seed ^ (std::hash<std::string_view>{}(s) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

// A time's texts, in one order.
template <typename T>  // Time or const Time
auto texts_of(T& t) {
  return std::array{&t.value, &t.earliest, &t.latest, &t.mod, &t.text, &t.basis, &t.year_from};
}

// Replaces `t` by the set's equal value; a new value is first made of shared parts
// (`share_parts`), then kept.
template <typename Set, typename T, typename ShareParts>
void share_in(Set& set, T& t, ShareParts share_parts) {
  if (t.empty()) return;
  if (const auto it = set.find(t); it != set.end()) {
    t = *it;
    return;
  }
  share_parts(t);
  set.insert(t);
}

bool same_amount(const figures::Amount& a, const figures::Amount& b) {
  auto bits = [](double d) { return std::bit_cast<std::uint64_t>(d); };
  return bits(a.value) == bits(b.value) && bits(a.low) == bits(b.low) && bits(a.high) == bits(b.high) &&
         a.unit == b.unit;
}

// Equal in every field (amounts bit for bit).
bool same_figure(const figures::Figure& a, const figures::Figure& b) {
  return a.span == b.span && a.text == b.text && a.kind == b.kind && a.qualifier == b.qualifier &&
         same_amount(a.amount, b.amount) && a.converted.has_value() == b.converted.has_value() &&
         (!a.converted || same_amount(*a.converted, *b.converted)) && a.size_convention == b.size_convention &&
         a.counted == b.counted && a.counted_head == b.counted_head && a.counted_class == b.counted_class &&
         a.rate == b.rate && a.period == b.period && a.period_timex == b.period_timex;
}
}  // namespace

void to_json(nlohmann::json& j, const Texts& t) {
  j = nlohmann::json::array();
  for (const auto& s : t) j.push_back(s.str());
}

void Pool::share(Text& t) {
  if (t.empty()) return;
  // A new key views the value of the pool's copy, which shares t's allocation and lives as
  // long as the pool.
  const auto [it, fresh] = m_texts.try_emplace(std::string_view(t.str()), t);
  if (!fresh) t = it->second;
}

void Pool::share(Texts& t) {
  share_in(m_lists, t, [&](Texts& list) {
    std::vector<Text> items = list.items();
    for (auto& s : items) share(s);
    list = Texts(std::move(items));
  });
}

void Pool::share(Shared<Time>& t) {
  share_in(m_times, t, [&](Shared<Time>& time) {
    Time copy = time;
    for (Text* s : texts_of(copy)) share(*s);
    time = Shared<Time>(std::move(copy));
  });
}

std::size_t Pool::ValueHash::operator()(const Texts& t) const {
  std::size_t h = t.size();
  for (const auto& s : t) h = combine(h, s);
  return h;
}

std::size_t Pool::ValueHash::operator()(const Shared<Time>& t) const {
  auto h = static_cast<std::size_t>(t->precision);
  for (const Text* s : texts_of(t.get())) h = combine(h, *s);
  return h;
}

bool Pool::ValueEqual::operator()(const Shared<Time>& a, const Shared<Time>& b) const {
  if (a.same(b)) return true;
  if (a->precision != b->precision) return false;
  const auto x = texts_of(a.get()), y = texts_of(b.get());
  return std::equal(x.begin(), x.end(), y.begin(), [](const Text* p, const Text* q) { return *p == *q; });
}

void Pool::share(SharedFigure& f) {
  if (f.empty()) return;
  figures::Figure copy = f.get();
  for (Text* t : {&copy.text, &copy.qualifier, &copy.amount.unit, &copy.size_convention, &copy.counted,
                  &copy.counted_head, &copy.counted_class, &copy.rate, &copy.period})
    share(*t);
  if (copy.converted) share(copy.converted->unit);
  f = SharedFigure(std::move(copy));
}

void share(DocumentClaims& document, Pool& corpus) {
  Pool own;  // the document's: sentences repeat within a document, rarely across documents
  // A claim's figure is a copy of the figure mention of the same span: one figure for both.
  std::unordered_map<std::size_t, const SharedFigure*> mentioned;  // span begin → the mention's
  for (auto& f : document.figures) {
    own.share(f.document);
    own.share(f.text);
    own.share(f.origin);
    corpus.share(f.figure);  // units, qualifiers, counted things and amounts as written repeat across a corpus
    mentioned.try_emplace(f.figure->span.begin, &f.figure);
  }
  for (auto& c : document.claims) {
    own.share(c.document);
    own.share(c.text);
    own.share(c.origin);
    for (Text* t : {&c.kind, &c.trigger}) corpus.share(*t);
    corpus.share(c.time);
    for (Texts* t : {&c.markers, &c.actors, &c.chain}) corpus.share(*t);
    if (c.figures.empty()) continue;
    std::vector<SharedFigure> figs(c.figures.begin(), c.figures.end());
    bool changed = false;
    for (auto& f : figs) {
      const auto it = mentioned.find(f->span.begin);
      if (it != mentioned.end() && it->second->same(f)) continue;
      if (it != mentioned.end() && same_figure(it->second->get(), f.get()))
        f = *it->second;
      else
        corpus.share(f);
      changed = true;
    }
    if (changed) c.figures = Figures(Figures::Shared(std::move(figs)));
  }
  document.claims.shrink_to_fit();
  document.figures.shrink_to_fit();
}

}  // namespace timeline::claims
