#include "timeline/document.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <chrono>

#include "timeline/diagnostics.hpp"

namespace timeline {

const char* to_string(Format f) {
  switch (f) {
    case Format::txt: return "txt";
    case Format::md: return "md";
    case Format::html: return "html";
    case Format::json: return "json";
    case Format::jsonl: return "jsonl";
  }
  return "txt";
}

const char* to_string(DateOrigin o) {
  switch (o) {
    case DateOrigin::cli: return "cli";
    case DateOrigin::sidecar: return "sidecar";
    case DateOrigin::metadata: return "metadata";
    case DateOrigin::dateline: return "dateline";
    case DateOrigin::url: return "url";
    case DateOrigin::filename: return "filename";
    case DateOrigin::none: return "none";
  }
  return "none";
}

const char* to_string(Confidence c) {
  switch (c) {
    case Confidence::none: return "none";
    case Confidence::low: return "low";
    case Confidence::medium: return "medium";
    case Confidence::high: return "high";
  }
  return "none";
}

const char* to_string(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

std::string format_diagnostic(const Diagnostic& d) {
  if (d.line > 0) return fmt::format("{}:{}: {}: {}", d.path, d.line, to_string(d.severity), d.message);
  return fmt::format("{}: {}: {}", d.path, to_string(d.severity), d.message);
}

std::string LocalDateTime::iso() const {
  std::string out = fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
  if (hour) out += fmt::format("T{:02d}:{:02d}:{:02d}", *hour, minute.value_or(0), second.value_or(0));
  return out;
}

std::string MonthDay::iso() const { return fmt::format("--{:02d}-{:02d}", month, day); }

namespace {
std::string offset_text(int minutes) {
  const int m = minutes < 0 ? -minutes : minutes;
  return fmt::format("{}{:02d}:{:02d}", minutes < 0 ? '-' : '+', m / 60, m % 60);
}
}  // namespace

std::string PublicationDate::value() const {
  if (!local) return {};
  std::string out = local->iso();
  if (local->hour && offset_minutes) out += offset_text(*offset_minutes);
  return out;
}

std::optional<std::string> PublicationDate::utc() const {
  if (!local || !local->hour || !offset_minutes) return std::nullopt;
  const auto day = date::sys_days{date::year{local->year} / local->month / local->day};
  const auto t = std::chrono::time_point_cast<std::chrono::seconds>(day) + std::chrono::hours{*local->hour} +
                 std::chrono::minutes{local->minute.value_or(0) - *offset_minutes} +
                 std::chrono::seconds{local->second.value_or(0)};
  return date::format("%Y-%m-%dT%H:%M:%SZ", t);
}

}  // namespace timeline
