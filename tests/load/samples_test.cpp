// Runs every data/samples/<folder>/expected-load.tsv: the loader must find each document with
// the stated format, publication date (value and origin), outlet and title, and nothing else.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/data.hpp"
#include "timeline/load.hpp"

using namespace timeline;

TEST_CASE("sample folders load as their expected-load.tsv says") {
  const auto samples = test::source_dir() / "data" / "samples";
  std::size_t folders = 0;
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    if (!entry.is_directory() || !std::filesystem::exists(entry.path() / "expected-load.tsv")) continue;
    ++folders;
    const std::string folder = entry.path().filename().string();
    const auto table = test::examples("../samples/" + folder + "/expected-load.tsv");
    auto batch = load::load_paths({entry.path()}, {});
    REQUIRE(batch.ok());
    std::map<std::string, const Document*> by_id;
    for (const auto& d : batch->documents) by_id[d.id] = &d;
    for (const auto& s : batch->skipped) {
      INFO(folder << ": skipped " << s.path << ": " << s.reason);
      CHECK((s.path == "expected-load.tsv" || s.reason.find("unsupported file type") != std::string::npos));
    }
    CHECK(by_id.size() == table.rows.size());
    for (const auto& row : table.rows) {
      auto dash = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
      const std::string& id = row.field(0);
      INFO(fmt::format("{}: {}", test::where(table, row), id));
      auto it = by_id.find(id);
      REQUIRE(it != by_id.end());
      const Document& d = *it->second;
      CHECK(to_string(d.format) == row.field(1));
      CHECK(dash(d.published.value()) == row.field(2));
      CHECK(to_string(d.published.origin) == row.field(3));
      CHECK(dash(d.outlet) == row.field(4));
      CHECK(dash(d.title) == row.field(5));
      CHECK_FALSE(d.sentences.empty());
    }
  }
  CHECK(folders >= 2);
}
