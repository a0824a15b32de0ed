#include "util/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace timeline::util {
namespace {

constexpr char32_t k_replacement = 0xFFFD;

// Eight bytes at a time: the loops below skip words of plain ASCII text, which is most of
// any article, instead of testing each byte.
constexpr std::uint64_t k_ones = 0x0101010101010101, k_high = 0x8080808080808080;
inline std::uint64_t word_at(std::string_view s, std::size_t i) {
  std::uint64_t v;
  std::memcpy(&v, s.data() + i, sizeof v);
  return v;
}
// Nonzero exactly when some byte of v is below n (n at most 0x80).
inline std::uint64_t has_less(std::uint64_t v, std::uint64_t n) { return (v - k_ones * n) & ~v & k_high; }
// Nonzero exactly when some byte of v is zero.
inline std::uint64_t has_zero(std::uint64_t v) { return has_less(v, 1); }
// Whether the eight bytes at s[i] are all ASCII.
inline bool ascii8(std::string_view s, std::size_t i) { return (word_at(s, i) & k_high) == 0; }
// Whether the eight bytes at s[i] are all printable ASCII (0x20 to 0x7E).
inline bool printable8(std::string_view s, std::size_t i) {
  const std::uint64_t v = word_at(s, i);
  return ((v & k_high) | has_less(v, 0x20) | has_zero(v ^ (k_ones * 0x7F))) == 0;
}

// Length of a valid UTF-8 sequence at s[i], or 0 when it is invalid (RFC 3629 table).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  const std::size_t n = s.size();
  if (b0 < 0x80) return 1;
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < n && byte(k) >= lo && byte(k) <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (b0 == 0xE0) return cont(i + 1, 0xA0, 0xBF) && cont(i + 2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
  if (b0 == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;  // no surrogates
  if (b0 == 0xF0) return cont(i + 1, 0x90, 0xBF) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (b0 == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

// Length of the maximal subpart of an ill-formed sequence at s[i] (Unicode's recommended
// practice: "\xE2\x82 " is one U+FFFD, not two).
std::size_t invalid_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) need = 1;
  else if (b0 == 0xE0) { need = 2; lo = 0xA0; }
  else if (b0 == 0xED) { need = 2; hi = 0x9F; }
  else if (b0 >= 0xE1 && b0 <= 0xEF) need = 2;
  else if (b0 == 0xF0) { need = 3; lo = 0x90; }
  else if (b0 == 0xF4) { need = 3; hi = 0x8F; }
  else if (b0 >= 0xF1 && b0 <= 0xF3) need = 3;
  std::size_t len = 1;
  for (std::size_t k = 0; k < need && i + len < s.size(); ++k) {
    const auto b = static_cast<unsigned char>(s[i + len]);
    if (b < (k == 0 ? lo : 0x80) || b > (k == 0 ? hi : 0xBF)) break;
    ++len;
  }
  return len;
}

DecodedText decode_utf16(std::string_view bytes, bool little_endian) {
  DecodedText out;
  out.had_bom = true;
  out.from_utf16 = true;
  const std::size_t n = bytes.size() / 2 * 2;
  auto unit = [&](std::size_t k) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[k]);
    const auto b = static_cast<unsigned char>(bytes[k + 1]);
    return little_endian ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  for (std::size_t k = 2; k < n; k += 2) {
    char32_t u = unit(k);
    if (u >= 0xD800 && u <= 0xDBFF && k + 2 < n) {
      const char32_t lo = unit(k + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        append_utf8(out.text, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        k += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      u = k_replacement;
      ++out.replaced;
    }
    append_utf8(out.text, u);
  }
  if (bytes.size() % 2 != 0) {
    append_utf8(out.text, k_replacement);
    ++out.replaced;
  }
  return out;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const std::size_t len = valid_sequence_length(s, i);
  if (len == 0) {
    ++i;
    return k_replacement;
  }
  auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
  char32_t cp = 0;
  switch (len) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F); break;
    case 3: cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
    default: cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F); break;
  }
  i += len;
  return cp;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size() && ascii8(s, i)) {
      i += 8;
      continue;
    }
    const std::size_t len = valid_sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

DecodedText decode_text(std::string_view bytes) {
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) return decode_utf16(bytes, true);
    if (b0 == 0xFE && b1 == 0xFF) return decode_utf16(bytes, false);
  }
  DecodedText out;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    out.had_bom = true;
  }
  out.text.reserve(bytes.size());
  std::size_t valid_from = 0;  // start of the valid bytes not yet copied: copied a run at a time
  for (std::size_t i = 0; i < bytes.size();) {
    if (i + 8 <= bytes.size() && ascii8(bytes, i)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = valid_sequence_length(bytes, i);
    if (len == 0) {
      out.text.append(bytes.substr(valid_from, i - valid_from));
      append_utf8(out.text, k_replacement);
      ++out.replaced;
      i += invalid_sequence_length(bytes, i);
      valid_from = i;
      continue;
    }
    i += len;
  }
  out.text.append(bytes.substr(valid_from));
  return out;
}

bool looks_binary(std::string_view bytes) {
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return false;
  }
  const std::string_view head = bytes.substr(0, 8192);
  std::size_t control = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (i + 8 <= head.size() && has_less(word_at(head, i), 0x20) == 0) {
      i += 7;  // no NUL nor control byte among these eight
      continue;
    }
    const auto b = static_cast<unsigned char>(head[i]);
    if (b == 0) return true;
    if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v') ++control;
  }
  return !head.empty() && control * 10 > head.size();
}

std::size_t blank_controls(std::string& s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 8 <= s.size() && printable8(s, i)) {
      i += 7;  // nothing to blank among these eight
      continue;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7F) {
      s[i] = ' ';
      ++count;
    } else if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      s[i] = ' ';
      s[++i] = ' ';
      ++count;
    }
  }
  return count;
}

std::size_t code_points_before(std::string_view s, std::size_t byte_offset) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_offset && i < s.size();) {
    next_code_point(s, i);
    ++count;
  }
  return count;
}

}  // namespace timeline::util
