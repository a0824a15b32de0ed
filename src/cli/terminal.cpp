#include "cli/terminal.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace timeline::cli {

bool is_terminal(std::FILE* stream) { return ::isatty(::fileno(stream)) == 1; }

std::size_t terminal_width(std::size_t fallback) {
  if (!is_terminal(stdout)) return fallback;
  winsize ws{};
  if (::ioctl(::fileno(stdout), TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
  return fallback;
}

bool no_color_requested() {
  const char* v = std::getenv("NO_COLOR");
  return v != nullptr && *v != '\0';
}

Progress::Progress(std::size_t steps, bool quiet) : m_steps(steps), m_on(!quiet && is_terminal(stderr)) {}

Progress::~Progress() { done(); }

void Progress::step(const std::string& what) {
  if (!m_on) return;
  ++m_at;
  constexpr std::size_t k_bar = 20;
  const std::size_t filled = m_steps == 0 ? k_bar : k_bar * (m_at - 1) / m_steps;
  fmt::print(stderr, "\r\x1b[2K[{}{}] {}/{} {}", std::string(filled, '#'), std::string(k_bar - filled, '-'), m_at,
             m_steps, what);
  std::fflush(stderr);
}

void Progress::done() {
  if (!m_on) return;
  fmt::print(stderr, "\r\x1b[2K");
  std::fflush(stderr);
  m_on = false;
}

}  // namespace timeline::cli
