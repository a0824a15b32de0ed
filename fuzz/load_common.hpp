// Shared by the loader's fuzz targets: one input format per target, so each reader is the
// one exercised, and a check of the invariants every loaded document must keep.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "timeline/load.hpp"
#include "util/utf8.hpp"

namespace timeline::fuzz {

// Every document's body is valid UTF-8 and every span points inside it; every input ends as
// documents or skipped entries with a reason.
inline void check(const load::Batch& b) {
  if (b.documents.empty() && b.skipped.empty()) __builtin_trap();
  for (const auto& s : b.skipped)
    if (s.reason.empty() || s.path.empty()) __builtin_trap();
  for (const auto& d : b.documents) {
    if (!util::is_valid_utf8(d.body)) __builtin_trap();
    for (const auto& p : d.paragraphs)
      if (p.begin > p.end || p.end > d.body.size()) __builtin_trap();
    for (const auto& s : d.sentences)
      if (s.span.begin > s.span.end || s.span.end > d.body.size() || s.paragraph >= d.paragraphs.size())
        __builtin_trap();
    for (const auto& h : d.header)
      if (h.span.begin > h.span.end || h.span.end > d.body.size()) __builtin_trap();
    for (const auto& r : d.removed)
      if (r.span && (r.span->begin > r.span->end || r.span->end > d.body.size())) __builtin_trap();
  }
}

inline int load_as(std::string_view name, const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  check(load::load_bytes(name, bytes, {}));
  return 0;
}

}  // namespace timeline::fuzz
