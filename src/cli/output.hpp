#pragma once
// Where a command's data goes: stdout, or a file written atomically (-o FILE).
#include <functional>
#include <iosfwd>
#include <string>

#include "timeline/result.hpp"

namespace timeline::cli {

/// Writes `data` to stdout when `path` is empty or "-", else to `path` through a temporary
/// file in the same folder renamed into place (never half a file).
Result<bool> write_output(const std::string& path, const std::string& data);

/// The same, for data that `write` makes as it writes it (a timeline too large to hold twice).
Result<bool> write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace timeline::cli
