// libFuzzer target: the loader on arbitrary bytes as each input format (text with datelines
// and furniture, Markdown, HTML, JSON, JSONL), the way a file from an article folder arrives.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "timeline/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"a.txt", "a.md", "a.html", "a.json", "a.jsonl"}) (void)timeline::load::load_bytes(name, bytes, {});
  return 0;
}
