#include <catch2/catch.hpp>

#include "util/utf8.hpp"

using timeline::util::decode_text;
using timeline::util::looks_binary;

TEST_CASE("invalid UTF-8 is repaired with U+FFFD - one per bad sequence") {
  const auto d = decode_text("ok \xC3\x28 and \xE2\x82 end \xFF");
  CHECK(d.replaced == 3);
  CHECK(d.text == "ok \xEF\xBF\xBD( and \xEF\xBF\xBD end \xEF\xBF\xBD");
}

TEST_CASE("overlong encodings and surrogates are invalid") {
  CHECK(decode_text("\xC0\xAF").replaced == 2);          // overlong '/'
  CHECK(decode_text("\xE0\x80\xAF").replaced == 3);      // overlong, 3 bytes
  CHECK(decode_text("\xED\xA0\x80").replaced == 3);      // surrogate D800
  CHECK(decode_text("\xF4\x90\x80\x80").replaced == 4);  // above U+10FFFF
  CHECK(decode_text("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80").replaced == 0);
}

TEST_CASE("a UTF-8 BOM is removed - UTF-16 with a BOM is converted") {
  const auto bom = decode_text("\xEF\xBB\xBFHello");
  CHECK(bom.text == "Hello");
  CHECK(bom.had_bom);
  const std::string le("\xFF\xFEH\0i\0 \0\xAC\x20", 10);  // "Hi €"
  const auto d = decode_text(le);
  CHECK(d.from_utf16);
  CHECK(d.text == "Hi \xE2\x82\xAC");
  CHECK_FALSE(looks_binary(le));
}

TEST_CASE("binary files are recognised - text is not") {
  CHECK(looks_binary(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  CHECK(looks_binary(std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", 10)));
  CHECK_FALSE(looks_binary("Plain text.\nWith lines.\tAnd tabs."));
  CHECK_FALSE(looks_binary(""));
}
