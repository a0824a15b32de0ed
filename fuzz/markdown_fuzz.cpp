// libFuzzer target: the loader on arbitrary bytes as .md: front matter, headings, links and
// emphasis stripped, then the common steps (header, furniture, dates, segmentation).
#include "load_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return timeline::fuzz::load_as("a.md", data, size);
}
