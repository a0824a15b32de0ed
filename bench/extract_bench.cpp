// Prints extraction throughput end to end (load + tag + claims) on J threads over a corpus
// folder, and where the time goes (CPU seconds per stage, summed over threads):
//   extract_bench DIR [JOBS]     (JOBS 0 or absent: one thread per core)
// Not a test: it measures, it does not judge. The last line is a tab-separated row for
// `bench/run.sh`.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "timeline/claims.hpp"
#include "timeline/extract.hpp"
#include "timeline/load.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: extract_bench DIR [JOBS]\n");
    return 2;
  }
  unsigned jobs = argc > 2 ? static_cast<unsigned>(std::stoul(argv[2])) : 0;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  auto inputs = timeline::load::collect({fs::path(argv[1])});
  if (!inputs) {
    fmt::print(stderr, "extract_bench: {}\n", inputs.error());
    return 1;
  }
  std::uintmax_t bytes = 0;
  for (const auto& in : *inputs) {
    std::error_code ec;
    const auto size = fs::file_size(in.path, ec);
    if (!ec) bytes += size;
  }
  // Lexicons compiled outside the timing (each stage builds its tables on first use).
  {
    auto warm = timeline::load::load_bytes("warm.txt", "Acme Corp. said on Friday it was hacked in May 2020.\n", {});
    for (const auto& doc : warm.documents) {
      const auto m = timeline::extract::tag_document(doc);
      (void)timeline::claims::extract(doc, m);
    }
  }

  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  double load_s = 0, tag_s = 0, claims_s = 0;
  std::size_t documents = 0, claims = 0, figures = 0;
  auto seconds = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); };
  auto work = [&] {
    double l = 0, t = 0, c = 0;
    std::size_t d = 0, k = 0, f = 0;
    for (std::size_t i = next++; i < inputs->size(); i = next++) {
      const auto t0 = Clock::now();
      auto batch = timeline::load::load_input((*inputs)[i], {});
      const auto t1 = Clock::now();
      l += seconds(t0, t1);
      for (const auto& doc : batch.documents) {
        const auto a = Clock::now();
        const auto mentions = timeline::extract::tag_document(doc);
        const auto b = Clock::now();
        auto record = timeline::claims::extract(doc, mentions);
        const auto e = Clock::now();
        t += seconds(a, b);
        c += seconds(b, e);
        ++d;
        if (record) k += record->claims.size(), f += record->figures.size();
      }
    }
    const std::lock_guard lock(mutex);
    load_s += l, tag_s += t, claims_s += c;
    documents += d, claims += k, figures += f;
  };
  const auto start = Clock::now();
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < jobs; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  const double wall = seconds(start, Clock::now());
  const double mb = static_cast<double>(bytes) / 1e6;
  const double cpu = load_s + tag_s + claims_s;
  fmt::print(
      "extraction (load+tag+claims), {} threads: {:.1f} MB ({} files, {} documents) in {:.2f} s = {:.1f} MB/s; "
      "{} claims, {} figure mentions\n",
      jobs, mb, inputs->size(), documents, wall, mb / wall, claims, figures);
  fmt::print(
      "  CPU seconds by stage: load {:.2f} ({:.0f}%), tag {:.2f} ({:.0f}%), claims {:.2f} ({:.0f}%); "
      "{:.1f} MB/s per busy thread\n",
      load_s, 100 * load_s / cpu, tag_s, 100 * tag_s / cpu, claims_s, 100 * claims_s / cpu, mb / cpu);
  fmt::print("ROW\textraction, {} threads\t{} docs\t{:.1f} MB/s\t{:.1f} MB in {:.2f} s; {} claims\n", jobs, documents,
             mb / wall, mb, wall, claims);
  return 0;
}
