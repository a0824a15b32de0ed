// libFuzzer target: the figures tagger on arbitrary bytes, alone and with the timex tagger's
// expressions, and the compare relation on every pair it finds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "timeline/figures.hpp"
#include "timeline/timex.hpp"
#include "util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::string text = timeline::util::decode_text(bytes).text;  // the taggers read valid UTF-8
  timeline::figures::Context ctx;
  (void)timeline::figures::tag(text, ctx);
  timeline::timex::Context tctx;
  tctx.dct = timeline::LocalDateTime{2021, 12, 25, std::nullopt, std::nullopt, std::nullopt};
  auto timexes = timeline::timex::tag(text, tctx);
  if (!timexes) return 0;
  ctx.timexes = &*timexes;
  auto figs = timeline::figures::tag(text, ctx);
  if (!figs) return 0;
  for (const auto& a : *figs) {
    if (a.span.end > text.size() || a.span.begin >= a.span.end) __builtin_trap();
    for (const auto& b : *figs) (void)timeline::figures::compare(a, b);
    (void)timeline::figures::measure_key(a);
  }
  return 0;
}
