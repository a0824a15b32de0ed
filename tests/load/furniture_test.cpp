// Runs data/examples/load/furniture/*.txt: every line is marked "K " (keep: article text) or
// "R " (remove: page furniture); the loader must remove exactly the R lines.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "support/data.hpp"
#include "timeline/load.hpp"

using namespace timeline;

TEST_CASE("furniture corpus: data/examples/load/furniture/") {
  const auto dir = test::source_dir() / "data" / "examples" / "load" / "furniture";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 5);
  for (const auto& file : files) {
    const std::string marked = test::read_file(file);
    std::string text;
    std::vector<std::pair<std::string, bool>> lines;  // text, removed?
    std::size_t line_no = 0;
    for (std::size_t start = 0; start < marked.size();) {
      auto end = marked.find('\n', start);
      if (end == std::string::npos) end = marked.size();
      const std::string line = marked.substr(start, end - start);
      start = end + 1;
      ++line_no;
      INFO(fmt::format("{}:{}: every line starts with 'K ' or 'R '", file.filename().string(), line_no));
      REQUIRE((line.rfind("K", 0) == 0 || line.rfind("R", 0) == 0));
      const std::string content = line.size() > 2 ? line.substr(2) : "";
      lines.emplace_back(content, line[0] == 'R');
      text += content + "\n";
    }
    auto batch = load::load_bytes(file.filename().string(), text, {});
    REQUIRE(batch.documents.size() == 1);
    const auto& doc = batch.documents.front();
    // A line counts as removed when a removed span covers it.
    std::size_t offset = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& [content, want_removed] = lines[i];
      bool removed = false;
      for (const auto& r : doc.removed)
        if (r.span && r.span->begin <= offset + 0 && offset + content.size() <= r.span->end && !content.empty()) removed = true;
      // Leading spaces are not part of a line's span: compare on the trimmed line.
      const auto first = content.find_first_not_of(" \t");
      if (first != std::string::npos && !removed)
        for (const auto& r : doc.removed)
          if (r.span && r.span->begin <= offset + first && offset + content.size() <= r.span->end) removed = true;
      if (first != std::string::npos) {
        INFO(fmt::format("{}:{}: \"{}\" should be {}", file.filename().string(), i + 1, content,
                         want_removed ? "removed" : "kept"));
        CHECK(removed == want_removed);
      }
      offset += content.size() + 1;
    }
  }
}
