// libFuzzer target: the expectation reader of `timeline check` (`render::parse_expectation`)
// on arbitrary bytes. A file it accepts is written back with `to_text`, read again and must
// compare equal to itself (no drift); a rejection names the file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "timeline/expectation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto x = timeline::render::parse_expectation(bytes, "expected.json");
  if (!x) {
    if (x.error().rfind("expected.json: ", 0) != 0) __builtin_trap();
    return 0;
  }
  auto again = timeline::render::parse_expectation(timeline::render::to_text(*x), "again.json");
  if (!again || !timeline::render::compare(*x, *again).empty()) __builtin_trap();
  return 0;
}
