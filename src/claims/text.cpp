// Shared immutable texts and the pool that makes equal ones one allocation.
#include <atomic>

#include "timeline/claims.hpp"

namespace timeline::claims {

struct Text::Node {
  std::atomic<std::size_t> refs{1};
  std::string value;
};

namespace {
const std::string k_empty;
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

void Pool::share(Text& t) {
  if (t.empty()) return;
  // A new key views the value of the pool's copy, which shares t's allocation and lives as
  // long as the pool.
  const auto [it, fresh] = m_texts.try_emplace(std::string_view(t.str()), t);
  if (!fresh) t = it->second;
}

void share(DocumentClaims& document, Pool& corpus) {
  Pool own;  // the document's: sentences repeat within a document, rarely across documents
  for (auto& c : document.claims) {
    own.share(c.document);
    own.share(c.text);
    own.share(c.origin);
    for (Text* t : {&c.kind, &c.trigger, &c.time.value, &c.time.earliest, &c.time.latest, &c.time.mod, &c.time.text,
                    &c.time.basis, &c.time.year_from})
      corpus.share(*t);
  }
  for (auto& f : document.figures) {
    own.share(f.document);
    own.share(f.text);
    own.share(f.origin);
  }
  document.claims.shrink_to_fit();
  document.figures.shrink_to_fit();
}

}  // namespace timeline::claims
