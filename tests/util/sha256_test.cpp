// SHA-256, the extraction cache's content hash, against the FIPS 180-4 test vectors.
#include "util/sha256.hpp"

#include <catch2/catch.hpp>
#include <string>

using timeline::util::Sha256;

namespace {

std::string sha256(const std::string& text) {
  Sha256 h;
  h.update(text);
  return h.hex();
}

}  // namespace

TEST_CASE("sha256: the standard test vectors") {
  CHECK(sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: pieces hash as their concatenation") {
  Sha256 h;
  h.update("abcdbcdecdefdefgefghfghighijhijk");
  h.update("");
  h.update("ijkljklmklmnlmnomnopnopq");
  CHECK(h.hex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
