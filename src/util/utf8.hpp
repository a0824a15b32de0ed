#pragma once
// UTF-8 helpers: validation with repair, UTF-16 decoding, code-point walking.
// util/ depends on nothing timeline-specific.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace timeline::util {

/// Result of turning raw bytes into valid UTF-8 text.
struct DecodedText {
  std::string text;
  std::size_t replaced = 0;      ///< invalid sequences replaced with U+FFFD
  bool had_bom = false;          ///< a UTF-8 or UTF-16 byte-order mark was removed
  bool from_utf16 = false;       ///< the input was UTF-16 (with a BOM) and was converted
};

/// Decodes bytes as UTF-8 (or UTF-16 when a UTF-16 BOM says so), replacing every invalid
/// or overlong sequence and every surrogate with U+FFFD; removes a leading BOM.
DecodedText decode_text(std::string_view bytes);

/// True when `bytes` looks like a binary file rather than text: NUL bytes or many control
/// characters in the first 8 KiB (UTF-16 with a BOM is text).
bool looks_binary(std::string_view bytes);

/// True when `s` is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// Decodes the code point starting at s[i]; advances i. Invalid bytes yield U+FFFD and advance 1.
char32_t next_code_point(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Replaces in place, byte for byte with spaces (offsets do not move), every control
/// character a terminal or a spreadsheet could act on: C0 controls other than tab and line
/// feed, DEL, and the C1 controls U+0080-U+009F (two bytes each in UTF-8). Returns how many.
std::size_t blank_controls(std::string& s);

/// Number of code points in s[0, byte_offset).
std::size_t code_points_before(std::string_view s, std::size_t byte_offset);

}  // namespace timeline::util
