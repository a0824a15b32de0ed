// Seeds for claim_fuzz: the claim records of the sample folders (data/samples), one JSON line
// per claim as `claims::to_json` writes them, to stdout. `make fuzz` runs it.
#include <iostream>

#include "timeline/claims.hpp"
#include "timeline/extract.hpp"
#include "timeline/load.hpp"

int main(int argc, char** argv) {
  using namespace timeline;
  std::vector<std::filesystem::path> paths(argv + 1, argv + argc);
  auto batch = load::load_paths(paths, {});
  if (!batch) {
    std::cerr << "claim_seeds: " << batch.error() << "\n";
    return 1;
  }
  for (const auto& doc : batch->documents) {
    auto dc = claims::extract(doc, extract::tag_document(doc));
    if (!dc) continue;
    for (const auto& c : dc->claims) std::cout << claims::to_json(c).dump() << "\n";
  }
  return 0;
}
