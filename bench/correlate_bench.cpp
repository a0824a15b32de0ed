// Prints the correlator's cost against the number of claims: the claims of a corpus folder
// are extracted once (all threads), then the correlator runs on the first 1/8, 1/4, 1/2 and
// all of the documents; each step prints its claims, seconds, user-space instructions (when
// the machine lets a process count them: less noisy than time on a shared machine) and the
// growth exponent against the previous step (1 is linear, 2 quadratic):
//   correlate_bench DIR [JOBS] [STEPS]
// Not a test: it measures, it does not judge. Lines starting with ROW are for bench/run.sh.
#include <fmt/format.h>
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

#include "timeline/claims.hpp"
#include "timeline/correlate.hpp"
#include "timeline/extract.hpp"
#include "timeline/load.hpp"

namespace fs = std::filesystem;

namespace {

// Counts the instructions this thread retires in user space; -1 when the machine does not allow it.
class InstructionCounter {
 public:
  InstructionCounter() {
    perf_event_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.size = sizeof attr;
    attr.type = PERF_TYPE_HARDWARE;
    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
    attr.disabled = 1;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    m_fd = static_cast<int>(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  }
  ~InstructionCounter() {
    if (m_fd >= 0) close(m_fd);
  }
  InstructionCounter(const InstructionCounter&) = delete;
  InstructionCounter& operator=(const InstructionCounter&) = delete;
  void start() {
    if (m_fd < 0) return;
    ioctl(m_fd, PERF_EVENT_IOC_RESET, 0);
    ioctl(m_fd, PERF_EVENT_IOC_ENABLE, 0);
  }
  long long stop() {
    if (m_fd < 0) return -1;
    ioctl(m_fd, PERF_EVENT_IOC_DISABLE, 0);
    long long count = 0;
    if (read(m_fd, &count, sizeof count) != static_cast<ssize_t>(sizeof count)) return -1;
    return count;
  }

 private:
  int m_fd = -1;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: correlate_bench DIR [JOBS] [STEPS]\n");
    return 2;
  }
  unsigned jobs = argc > 2 ? static_cast<unsigned>(std::stoul(argv[2])) : 0;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const int steps = argc > 3 ? std::stoi(argv[3]) : 4;
  auto batch = timeline::load::load_paths({fs::path(argv[1])}, {});
  if (!batch) {
    fmt::print(stderr, "correlate_bench: {}\n", batch.error());
    return 1;
  }
  const auto& docs = batch->documents;
  std::vector<timeline::claims::DocumentClaims> extracted(docs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < docs.size(); i = next++) {
      const auto mentions = timeline::extract::tag_document(docs[i]);
      if (auto c = timeline::claims::extract(docs[i], mentions)) extracted[i] = std::move(*c);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < jobs; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  batch->documents.clear();
  batch->documents.shrink_to_fit();

  InstructionCounter counter;
  std::vector<std::size_t> sizes;
  for (int s = steps - 1; s >= 0; --s) sizes.push_back(std::max<std::size_t>(1, extracted.size() >> s));
  double prev_claims = 0, prev_seconds = 0;
  long long prev_instructions = 0;
  std::vector<std::pair<double, double>> points;  // log claims, log instructions (or seconds)
  for (const auto n : sizes) {
    std::vector<timeline::claims::DocumentClaims> part(extracted.begin(),
                                                       extracted.begin() + static_cast<std::ptrdiff_t>(n));
    std::size_t claims = 0;
    for (const auto& d : part) claims += d.claims.size();
    counter.start();
    const auto start = std::chrono::steady_clock::now();
    auto tl = timeline::correlate::correlate(std::move(part), {});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const long long instructions = counter.stop();
    if (!tl) {
      fmt::print(stderr, "correlate_bench: {}\n", tl.error());
      return 1;
    }
    const std::size_t events = tl->events.size() + tl->related.size() + tl->undated.size();
    std::string growth = "-";
    if (prev_claims > 0) {
      const double x = std::log(static_cast<double>(claims) / prev_claims);
      growth =
          instructions > 0 && prev_instructions > 0
              ? fmt::format("{:.2f} (instructions), {:.2f} (time)",
                            std::log(static_cast<double>(instructions) / static_cast<double>(prev_instructions)) / x,
                            std::log(seconds / prev_seconds) / x)
              : fmt::format("{:.2f} (time)", std::log(seconds / prev_seconds) / x);
    }
    fmt::print(
        "correlate: {:>7} documents, {:>8} claims, {:>6} events: {:8.3f} s, {} instructions; growth exponent {}\n", n,
        claims, events, seconds,
        instructions >= 0 ? fmt::format("{:.3g}", static_cast<double>(instructions)) : std::string("n/a"), growth);
    fmt::print("ROW\tcorrelate\t{} claims\t{:.3f} s\t{} docs, {} events, {} instructions, exponent {}\n", claims,
               seconds, n, events,
               instructions >= 0 ? fmt::format("{:.3g}", static_cast<double>(instructions)) : std::string("n/a"),
               growth);
    points.emplace_back(std::log(static_cast<double>(claims)),
                        std::log(instructions > 0 ? static_cast<double>(instructions) : seconds));
    prev_claims = static_cast<double>(claims);
    prev_seconds = seconds;
    prev_instructions = instructions;
  }
  // Least-squares slope of log cost on log claims over all the steps.
  if (points.size() >= 2) {
    double mx = 0, my = 0;
    for (const auto& [x, y] : points) mx += x, my += y;
    mx /= static_cast<double>(points.size());
    my /= static_cast<double>(points.size());
    double sxy = 0, sxx = 0;
    for (const auto& [x, y] : points) sxy += (x - mx) * (y - my), sxx += (x - mx) * (x - mx);
    fmt::print("correlate: fitted exponent over {} sizes: {:.2f} ({})\n", points.size(), sxy / sxx,
               prev_instructions > 0 ? "instructions" : "time");
    fmt::print("ROW\tcorrelate growth\t{} sizes\texponent {:.2f}\tfitted on {}\n", points.size(), sxy / sxx,
               prev_instructions > 0 ? "instructions" : "time");
  }
  return 0;
}
