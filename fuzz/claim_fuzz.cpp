// libFuzzer target: the claim-record reader `claims::claim_from_json` (what `timeline merge`
// reads) over every line of arbitrary bytes parsed as JSON. A record it accepts must survive
// a round trip: written back with `to_json` and read again, it gives the same claim.
// The whole input is also read as a `timeline merge` file (claims::read_jsonl): document
// records, skipped inputs, bad lines; an error must name the file and line.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "timeline/claims.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  {
    timeline::claims::Records records;
    const auto read = timeline::claims::read_jsonl(bytes, "fuzz.jsonl", records);
    if (!read && read.error().rfind("fuzz.jsonl:", 0) != 0) __builtin_trap();  // errors name file and line
  }
  while (!bytes.empty()) {
    const auto nl = bytes.find('\n');
    const std::string_view line = bytes.substr(0, nl);
    bytes.remove_prefix(nl == std::string_view::npos ? bytes.size() : nl + 1);
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    auto claim = timeline::claims::claim_from_json(j);
    if (!claim) {
      if (claim.error().empty()) __builtin_trap();  // a rejection names its reason
      continue;
    }
    const auto again = timeline::claims::claim_from_json(timeline::claims::to_json(*claim));
    if (!again || timeline::claims::to_json(*again) != timeline::claims::to_json(*claim)) __builtin_trap();
  }
  return 0;
}
