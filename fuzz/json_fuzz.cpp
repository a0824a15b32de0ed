// libFuzzer target: the loader on arbitrary bytes as a JSON news export (an article, an array,
// {"articles": [...]}), as JSONL (one article per line), and as a NAME.meta.json sidecar.
#include "load_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  timeline::fuzz::load_as("a.json", data, size);
  timeline::fuzz::load_as("a.jsonl", data, size);
  timeline::fuzz::check(timeline::load::load_bytes("a.txt", "Nothing happened on Monday.\n", {}, bytes));
  return 0;
}
