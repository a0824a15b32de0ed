// libFuzzer target: the temporal tagger on arbitrary bytes, with and without a DCT.
#include <cstddef>
#include <cstdint>
#include <string>

#include "timeline/timex.hpp"
#include "util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::string text = timeline::util::decode_text(bytes).text;  // the tagger reads valid UTF-8
  timeline::timex::Context ctx;
  (void)timeline::timex::tag(text, ctx);
  ctx.dct = timeline::LocalDateTime{2021, 12, 25, std::nullopt, std::nullopt, std::nullopt};
  (void)timeline::timex::tag(text, ctx);
  return 0;
}
