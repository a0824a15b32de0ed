#pragma once
/// Text: the immutable shared string of the stored records (claims, their times and figures).
#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json_fwd.hpp>

namespace timeline {

/// An immutable string that copies share (8 bytes, one reference-counted allocation): a
/// corpus has millions of claims whose document, sentence, kind, dates and origin repeat, and
/// `claims::Pool` makes equal values one allocation. Reads like a `const std::string&`.
class Text {
 public:
  Text() = default;
  Text(const std::string& s) : Text(std::string_view(s)) {}  // NOLINT: implicit, like std::string
  Text(const char* s) : Text(std::string_view(s)) {}         // NOLINT
  Text(std::string_view s);                                  // NOLINT
  Text(const Text& other) noexcept;
  Text(Text&& other) noexcept : m_node(std::exchange(other.m_node, nullptr)) {}
  Text& operator=(const Text& other) noexcept;
  Text& operator=(Text&& other) noexcept;
  ~Text();

  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT
  bool empty() const { return m_node == nullptr; }
  void clear() { *this = Text(); }
  std::size_t size() const { return str().size(); }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  char operator[](std::size_t i) const { return str()[i]; }
  std::string substr(std::size_t pos, std::size_t n = std::string::npos) const { return str().substr(pos, n); }
  std::size_t rfind(std::string_view s, std::size_t pos = std::string::npos) const { return str().rfind(s, pos); }
  /// Whether both share one allocation (equal values, for texts from one `claims::Pool`).
  bool same(const Text& other) const { return m_node == other.m_node; }

  friend bool operator==(const Text& a, const Text& b) { return a.same(b) || a.str() == b.str(); }
  friend bool operator==(const Text& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const Text& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const Text& a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const Text& a, const Text& b) { return a.str() <=> b.str(); }
  friend std::strong_ordering operator<=>(const Text& a, const std::string& b) { return a.str() <=> b; }
  friend std::string operator+(const Text& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const Text& b) { return a + b.str(); }
  friend std::string operator+(const Text& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const char* a, const Text& b) { return a + b.str(); }

 private:
  struct Node;
  Node* m_node = nullptr;  // nullptr: ""
};

void to_json(nlohmann::json& j, const Text& t);

}  // namespace timeline
