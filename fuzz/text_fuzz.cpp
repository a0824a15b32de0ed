// libFuzzer target: the loader on arbitrary bytes as .txt (header: title, masthead, dateline,
// wire credit; furniture; the publication date; segmentation), and the date reader used for
// metadata strings and --published on the first line.
#include "load_common.hpp"
#include "timeline/lexicon.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string_view first_line = bytes.substr(0, bytes.find('\n'));
  if (auto pd = timeline::load::parse_date_text(first_line, timeline::Lexicon::builtin()); pd && pd->known()) {
    const auto& d = *pd->local;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) __builtin_trap();
    (void)pd->value();
    (void)pd->utc();
  }
  return timeline::fuzz::load_as("a.txt", data, size);
}
