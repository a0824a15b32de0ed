#pragma once
// What the CLI needs to know of the terminal: is it one, how wide, may it have colour; and a
// progress line on stderr that only a person at a terminal sees.
#include <cstddef>
#include <cstdio>
#include <string>

namespace timeline::cli {

bool is_terminal(std::FILE* stream);
/// The columns of the terminal on stdout, else `fallback`.
std::size_t terminal_width(std::size_t fallback = 100);
/// NO_COLOR set to anything non-empty (https://no-color.org).
bool no_color_requested();

/// Steps of a run drawn as "[###---] 2/4 extracting claims" on stderr; silent unless stderr
/// is a terminal and the run is not --quiet. The line is erased when done.
class Progress {
 public:
  Progress(std::size_t steps, bool quiet);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void step(const std::string& what);
  void done();

 private:
  std::size_t m_steps, m_at = 0;
  bool m_on;
};

}  // namespace timeline::cli
