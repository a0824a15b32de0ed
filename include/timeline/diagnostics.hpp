#pragma once
/// Problems found in the input, reported as data: the stage that finds one moves on.
#include <string>
#include <vector>

namespace timeline {

enum class Severity { note, warning, error };

/// One problem with one input, pointing at the spot when it can ("FILE:LINE: message").
struct Diagnostic {
  std::string path;
  std::size_t line = 0;  ///< 1-based; 0 when the problem is about the whole file
  Severity severity = Severity::warning;
  std::string message;
};

/// "path:line: warning: message" (the line part only when known).
std::string format_diagnostic(const Diagnostic& d);

const char* to_string(Severity s);

}  // namespace timeline
