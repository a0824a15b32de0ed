// --since/--until/--kind/--min-sources: which events a rendering keeps.
#include <algorithm>
#include <cstdio>

#include "timeline/render.hpp"
#include "util/strings.hpp"

namespace timeline::render {

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int y, int m) {
  static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : k_days[m - 1];
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return util::is_ascii_digit(c); });
}

// An event may fall within [since, until] when its interval meets it.
bool within(const correlate::Event& e, const Filter& f) {
  if (f.since.empty() && f.until.empty()) return true;
  if (e.date.value.empty() && e.date.earliest.empty() && e.date.latest.empty()) return false;
  if (!f.since.empty() && !e.date.latest.empty() && e.date.latest < f.since) return false;
  if (!f.until.empty() && !e.date.earliest.empty() && e.date.earliest > f.until) return false;
  return true;
}

bool keep(const correlate::Event& e, const Filter& f) {
  if (!f.kinds.empty() && std::find(f.kinds.begin(), f.kinds.end(), e.kind) == f.kinds.end()) return false;
  if (e.origins < f.min_sources) return false;
  return within(e, f);
}

}  // namespace

Result<std::string> parse_bound(std::string_view value, bool end) {
  const Error bad{"'" + std::string(value) + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"};
  const auto parts = util::split(value, '-');
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 4 || !digits(parts[0])) return bad;
  const int y = std::stoi(std::string(parts[0]));
  int m = end ? 12 : 1;
  if (parts.size() >= 2) {
    if (parts[1].size() != 2 || !digits(parts[1])) return bad;
    m = std::stoi(std::string(parts[1]));
    if (m < 1 || m > 12) return bad;
  }
  int d = end ? days_in(y, m) : 1;
  if (parts.size() == 3) {
    if (parts[2].size() != 2 || !digits(parts[2])) return bad;
    d = std::stoi(std::string(parts[2]));
    if (d < 1 || d > days_in(y, m)) return bad;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

void apply(correlate::Timeline& tl, const Filter& f) {
  for (auto* list : {&tl.events, &tl.undated, &tl.related})
    list->erase(std::remove_if(list->begin(), list->end(), [&](const correlate::Event& e) { return !keep(e, f); }),
                list->end());
}

}  // namespace timeline::render
