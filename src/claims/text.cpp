// Shared immutable texts and the pool that makes equal ones one allocation.
#include <atomic>
#include <bit>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "timeline/claims.hpp"

namespace timeline::claims {

struct Text::Node {
  std::atomic<std::size_t> refs{1};
  std::string value;
};

namespace {
const std::string k_empty;

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

Text::Text(std::string_view s) {
  if (!s.empty()) m_node = new Node{1, std::string(s)};
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

void to_json(nlohmann::json& j, const Texts& t) {
  j = nlohmann::json::array();
  for (const auto& s : t) j.push_back(s.str());
}

const figures::Figure& SharedFigure::get() const {
  static const figures::Figure none;
  return m_figure ? *m_figure : none;
}

void Pool::share(Text& t) {
  if (t.empty()) return;
  // A new key views the value of the pool's copy, which shares t's allocation and lives as
  // long as the pool.
  const auto [it, fresh] = m_texts.try_emplace(std::string_view(t.str()), t);
  if (!fresh) t = it->second;
}

void Pool::share(Texts& t) {
  if (t.empty()) return;
  std::string key;
  for (const auto& s : t) {
    key += std::to_string(s.size());
    key += ':';
    key += s.str();
  }
  const auto [it, fresh] = m_lists.try_emplace(std::move(key), t);
  if (!fresh) {
    t = it->second;
    return;
  }
  // A new list: its texts shared too (a copy of the list, then the pool's copy made that).
  std::vector<Text> items = t.items();
  for (auto& s : items) share(s);
  it->second = Texts(std::move(items));
  t = it->second;
}

void share(DocumentClaims& document, Pool& corpus) {
  Pool own;  // the document's: sentences repeat within a document, rarely across documents
  // A claim's figure is a copy of the figure mention of the same span: one figure for both.
  std::unordered_map<std::size_t, const SharedFigure*> mentioned;  // span begin → the mention's
  for (auto& f : document.figures) {
    own.share(f.document);
    own.share(f.text);
    own.share(f.origin);
    mentioned.try_emplace(f.figure->span.begin, &f.figure);
  }
  for (auto& c : document.claims) {
    own.share(c.document);
    own.share(c.text);
    own.share(c.origin);
    for (Text* t : {&c.kind, &c.trigger, &c.time.value, &c.time.earliest, &c.time.latest, &c.time.mod, &c.time.text,
                    &c.time.basis, &c.time.year_from})
      corpus.share(*t);
    for (Texts* t : {&c.markers, &c.actors, &c.chain}) corpus.share(*t);
    if (c.figures.empty()) continue;
    std::vector<SharedFigure> figs(c.figures.begin(), c.figures.end());
    bool changed = false;
    for (auto& f : figs) {
      const auto it = mentioned.find(f->span.begin);
      if (it == mentioned.end() || it->second->same(f) || !same_figure(it->second->get(), f.get())) continue;
      f = *it->second;
      changed = true;
    }
    if (changed) c.figures = Figures(Figures::Shared(std::move(figs)));
  }
  document.claims.shrink_to_fit();
  document.figures.shrink_to_fit();
}

}  // namespace timeline::claims
