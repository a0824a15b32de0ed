// Prints the temporal tagger's throughput on a large text, one thread (Release build:
// `make bench`). Not a test: it measures, it does not judge.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "timeline/load.hpp"
#include "timeline/timex.hpp"

namespace fs = std::filesystem;

namespace {

// Text to tag, from the folders under `source`: the sample articles (news as it comes), or the
// timex example sentences (brackets removed: four times denser in expressions than news).
std::string corpus(const std::vector<fs::path>& dirs) {
  std::string text;
  for (const auto& dir : dirs) {
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string s = ss.str();
      std::erase(s, '[');
      std::erase(s, ']');
      text += s;
      text += "\n\n";
    }
  }
  return text;
}

void run(const std::string& label, const std::string& unit, std::size_t target);

}  // namespace

int main(int argc, char** argv) {
  const fs::path source = argc > 1 ? fs::path(argv[1]) : fs::path(TIMELINE_SOURCE_DIR);
  const std::size_t target = argc > 2 ? std::stoul(argv[2]) << 20 : std::size_t{32} << 20;
  // The tagger reads article bodies (markup already removed by the loader), so tag those.
  std::string news;
  if (auto batch = timeline::load::load_paths({source / "data" / "samples"}, {}))
    for (const auto& doc : batch->documents) news += doc.body + "\n\n";
  const std::string dense = corpus({source / "data" / "examples" / "timex"});
  if (news.empty() || dense.empty()) {
    fmt::print(stderr, "timex_bench: no text under {}/data\n", source.string());
    return 1;
  }
  run("news (bodies of data/samples)", news, target);
  run("dense (timex examples)", dense, target);
  return 0;
}

namespace {

void run(const std::string& label, const std::string& unit, std::size_t target) {
  std::string text;
  text.reserve(target + unit.size());
  while (text.size() < target) text += unit;

  timeline::timex::Context ctx;
  ctx.dct = timeline::LocalDateTime{2021, 12, 25, std::nullopt, std::nullopt, std::nullopt};
  (void)timeline::timex::tag("warm up on Friday", ctx);  // lexicons compiled outside the timing

  // Tag in documents of about 8 KiB, as articles come.
  constexpr std::size_t k_doc = 8192;
  std::size_t expressions = 0;
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.size(), at + k_doc);
    while (end < text.size() && text[end] != '\n') ++end;  // whole lines
    auto found = timeline::timex::tag(std::string_view(text).substr(at, end - at), ctx);
    if (found) expressions += found->size();
    at = end + 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mb = static_cast<double>(text.size()) / 1e6;
  fmt::print("timex tagging, 1 thread, {}: {:.1f} MB in {:.2f} s = {:.1f} MB/s ({} expressions, {:.0f} per MB)\n",
             label, mb, seconds, mb / seconds, expressions, static_cast<double>(expressions) / mb);
  fmt::print("ROW\ttimex tagging, 1 thread\t{}\t{:.1f} MB/s\t{:.1f} MB in {:.2f} s\n", label, mb / seconds, mb,
             seconds);
}

}  // namespace
