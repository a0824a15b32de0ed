#pragma once
// Hash sets and maps keyed by std::string that are looked up with a std::string_view (no
// std::string made for each look-up): the lexicon tables the taggers ask about every word.
//
// They are built once and then read millions of times, mostly with short words that are not
// in them. So instead of std::unordered_map (a node per key, a division by the bucket count and
// a walk along a bucket's list at each look-up), the table is flat: one array of slots, a power
// of two long and at most half full, probed in order from the hash's low bits; each slot keeps
// the full hash, so a key is compared only when the hashes are equal. The entries themselves sit
// in a deque in insertion order: references to them stay valid as the table grows, and
// iteration gives the order of insertion. Most words asked about are in no table: a bit per
// first byte and length that some key has turns most of them away before they are hashed.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timeline::util {

/// A fast hash of a short string (the words and phrases of a lexicon), eight bytes at a time.
inline std::uint64_t string_hash(std::string_view s) {
  constexpr std::uint64_t k_mul = 0x9E3779B97F4A7C15ULL;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = (n + 1) * k_mul;
  auto mix = [&](std::uint64_t chunk) {
    h = (h ^ chunk) * k_mul;
    h ^= h >> 31;
  };
  for (; n > 8; p += 8, n -= 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    mix(chunk);
  }
  // The last 1 to 8 bytes, read as two overlapping halves (the length is already in h).
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    mix((std::uint64_t{a} << 32) | b);
  } else if (n > 0) {
    const auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])}; };
    mix((byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1));
  }
  h *= k_mul;
  return h ^ (h >> 32);
}

namespace detail {

// The flat table under StringSet and StringMap: `Entry` is a key (a set) or a key and its
// value (a map); `KeyOf` gives an entry's key.
template <class Entry, class KeyOf>
class FlatStringTable {
 public:
  using value_type = Entry;
  using iterator = typename std::deque<Entry>::iterator;
  using const_iterator = typename std::deque<Entry>::const_iterator;

  FlatStringTable() = default;
  // A copy points its index at its own entries, not at the original's (a moved deque keeps its
  // elements where they are, so moves need nothing).
  FlatStringTable(const FlatStringTable& other)
      : m_entries(other.m_entries), m_slots(other.m_slots), m_filter(other.m_filter) {
    for (auto& e : m_entries) m_index.push_back(&e);
  }
  FlatStringTable& operator=(const FlatStringTable& other) {
    if (this != &other) *this = FlatStringTable(other);
    return *this;
  }
  FlatStringTable(FlatStringTable&&) noexcept = default;
  FlatStringTable& operator=(FlatStringTable&&) noexcept = default;
  ~FlatStringTable() = default;

  iterator begin() { return m_entries.begin(); }
  iterator end() { return m_entries.end(); }
  const_iterator begin() const { return m_entries.begin(); }
  const_iterator end() const { return m_entries.end(); }
  std::size_t size() const { return m_entries.size(); }
  bool empty() const { return m_entries.empty(); }

  iterator find(std::string_view key) { return at_index(lookup(key)); }
  const_iterator find(std::string_view key) const { return at_index(lookup(key)); }
  std::size_t count(std::string_view key) const { return lookup(key) != k_none ? 1 : 0; }
  bool contains(std::string_view key) const { return lookup(key) != k_none; }

 protected:
  // The index of `key`'s entry, made by `make()` when there is none; true when made.
  template <class Make>
  std::pair<std::size_t, bool> find_or_add(std::string_view key, Make&& make) {
    const std::uint64_t h = string_hash(key);
    if (const std::size_t k = lookup(key, h); k != k_none) return {k, false};
    const auto [row, bit] = filter_place(key);
    m_filter[row] |= bit;
    if ((m_entries.size() + 1) * 2 > m_slots.size()) grow();
    m_index.push_back(&m_entries.emplace_back(make()));
    place({h, static_cast<std::uint32_t>(m_entries.size() - 1)});
    return {m_entries.size() - 1, true};
  }
  Entry& entry(std::size_t k) { return *m_index[k]; }
  iterator at_index(std::size_t k) { return k == k_none ? end() : begin() + static_cast<std::ptrdiff_t>(k); }
  const_iterator at_index(std::size_t k) const {
    return k == k_none ? end() : begin() + static_cast<std::ptrdiff_t>(k);
  }

 private:
  static constexpr std::uint32_t k_empty = 0xFFFFFFFF;
  static constexpr std::size_t k_none = static_cast<std::size_t>(-1);
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = k_empty;  // index into m_entries
  };

  // The filter's row (the first byte's low five bits) and bit (the length's low six bits) of `key`.
  static std::pair<std::size_t, std::uint64_t> filter_place(std::string_view key) {
    const std::size_t row = key.empty() ? 0 : static_cast<unsigned char>(key[0]) & 31U;
    return {row, std::uint64_t{1} << (key.size() & 63U)};
  }

  std::size_t lookup(std::string_view key) const {
    const auto [row, bit] = filter_place(key);
    if ((m_filter[row] & bit) == 0) return k_none;  // no key starts with this byte and has this length
    return lookup(key, string_hash(key));
  }

  std::size_t lookup(std::string_view key, std::uint64_t h) const {
    if (m_slots.empty()) return k_none;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = m_slots[i];
      if (s.entry == k_empty) return k_none;
      if (s.hash == h && KeyOf{}(*m_index[s.entry]) == key) return s.entry;
    }
  }

  void place(Slot slot) {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slot.hash & mask;
    while (m_slots[i].entry != k_empty) i = (i + 1) & mask;
    m_slots[i] = slot;
  }

  void grow() {
    m_slots.assign(m_slots.empty() ? 16 : m_slots.size() * 2, Slot{});
    for (std::size_t k = 0; k < m_index.size(); ++k)
      place({string_hash(KeyOf{}(*m_index[k])), static_cast<std::uint32_t>(k)});
  }

  std::deque<Entry> m_entries;
  std::vector<Entry*> m_index;  // &m_entries[k], without the deque's arithmetic
  std::vector<Slot> m_slots;
  std::array<std::uint64_t, 32> m_filter{};  // filter_place of every key
};

struct SetKey {
  std::string_view operator()(const std::string& k) const { return k; }
};
struct MapKey {
  template <class Pair>
  std::string_view operator()(const Pair& p) const {
    return p.first;
  }
};

}  // namespace detail

/// A set of strings, looked up by view.
class StringSet : public detail::FlatStringTable<std::string, detail::SetKey> {
 public:
  StringSet() = default;
  StringSet(std::initializer_list<std::string_view> keys) {
    for (const auto k : keys) insert(k);
  }
  std::pair<iterator, bool> insert(std::string_view key) {
    const auto [k, made] = find_or_add(key, [&] { return std::string(key); });
    return {at_index(k), made};
  }
  std::pair<iterator, bool> emplace(std::string_view key) { return insert(key); }
};

/// A map from strings to `Value`, looked up by view.
template <class Value>
class StringMap : public detail::FlatStringTable<std::pair<const std::string, Value>, detail::MapKey> {
  using Entry = std::pair<const std::string, Value>;

 public:
  Value& operator[](std::string_view key) {
    return this->entry(this->find_or_add(key, [&] { return Entry(std::string(key), Value{}); }).first).second;
  }
};

}  // namespace timeline::util
