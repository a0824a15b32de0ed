// libFuzzer target: the loader on arbitrary bytes as .html: pages through libxml2 (metadata,
// JSON-LD, <time>, the article element, furniture elements), then the common steps.
#include "load_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return timeline::fuzz::load_as("a.html", data, size);
}
