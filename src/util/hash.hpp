#pragma once
// Hash sets and maps keyed by std::string that are looked up with a std::string_view (no
// std::string made for each look-up). The hash is std::hash's, so iteration order is that of
// the plain std::string containers.
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace timeline::util {

struct StringHash {
  using is_transparent = void;
  // Not noexcept, like std::hash<std::string>: libstdc++ then keeps each key's hash in its node,
  // so a look-up compares stored hashes along a bucket instead of hashing the keys again.
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace timeline::util
