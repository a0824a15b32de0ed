#pragma once
// SHA-256 (FIPS 180-4): content hashes for the extraction cache.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace timeline::util {

/// An incremental SHA-256: update() with any number of pieces, then hex().
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  /// The digest as 64 lower-case hex digits (the object is finished afterwards).
  std::string hex();

 private:
  void block(const unsigned char* p);
  std::array<std::uint32_t, 8> m_state;
  std::array<unsigned char, 64> m_buffer{};
  std::size_t m_used = 0;
  std::uint64_t m_length = 0;
};

}  // namespace timeline::util
