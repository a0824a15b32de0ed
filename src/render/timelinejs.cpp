// The JSON format of Knight Lab's TimelineJS3: {"title": slide, "events": [slide…]}, each
// slide with "start_date" parts down to the date's precision, "display_date" for vague
// dates, "text": {"headline", "text"} (HTML, so every article string is escaped) and "group".
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "render/common.hpp"
#include "timeline/render.hpp"

namespace timeline::render {
namespace {

using namespace detail;
using Json = nlohmann::json;

// {"year", "month", "day"} from YYYY-MM-DD, cut to `parts` (1 year, 2 month, 3 day).
Json date_parts(const std::string& ymd, int parts) {
  Json j = Json::object();
  if (ymd.size() != 10) return j;
  j["year"] = std::stoi(ymd.substr(0, 4));
  if (parts >= 2) j["month"] = std::stoi(ymd.substr(5, 2));
  if (parts >= 3) j["day"] = std::stoi(ymd.substr(8, 2));
  return j;
}

// How many parts of the date the precision knows.
int known_parts(timex::Precision p) {
  switch (p) {
    case timex::Precision::century:
    case timex::Precision::decade:
    case timex::Precision::year:
      return 1;
    case timex::Precision::half:
    case timex::Precision::quarter:
    case timex::Precision::season:
    case timex::Precision::month:
      return 2;
    default:
      return 3;
  }
}

std::optional<Json> slide(const correlate::Timeline& tl, const correlate::Event& e, const Documents& docs,
                          const Options& o) {
  const auto& d = e.date;
  if (d.value.empty() || (d.earliest.empty() && d.latest.empty())) return std::nullopt;  // TimelineJS needs a year
  Json s;
  const int parts = known_parts(d.precision);
  const std::string label = date_label(tl, e);
  const bool plain = label == d.value && (d.precision == timex::Precision::year ||
                                          d.precision == timex::Precision::month || d.precision == timex::Precision::day);
  if (d.earliest.empty()) {  // "before X": shown at X, said so
    s["start_date"] = date_parts(d.latest, parts);
  } else {
    s["start_date"] = date_parts(d.earliest, parts);
    // A quarter, season, week or part of a month spans its interval.
    if (!plain && !d.latest.empty() && d.latest != d.earliest) s["end_date"] = date_parts(d.latest, 3);
  }
  if (!plain) s["display_date"] = label;
  std::string text = "<p>" + html_escape(one_line(bare_summary(e))) + "</p>";
  for (const auto& c : e.conflicts) {
    text += "<p><strong>⚠ Sources disagree on the " + html_escape(c.field) + ":</strong> ";
    for (std::size_t i = 0; i < c.values.size(); ++i)
      text += (i ? " vs " : "") + html_escape(c.values[i].value) +
              fmt::format(" ({} document{})", c.values[i].documents.size(), c.values[i].documents.size() == 1 ? "" : "s");
    text += "; kept " + html_escape(c.resolution) + (o.explain ? " (" + html_escape(c.rationale) + ")" : "") + ".</p>";
  }
  if (!e.revised.empty()) text += "<p>✎ An earlier claim here was revised by a later report.</p>";
  std::size_t more = 0;
  const auto cited = cited_claims(tl, e, 5, &more);
  text += "<p><small>Sources: ";
  for (std::size_t i = 0; i < cited.size(); ++i) {
    const auto& c = tl.claims[cited[i]];
    text += (i ? "; " : "") + html_escape(docs.outlet(c.document)) + " (" + html_escape(docs.published(c.document)) + ")";
  }
  if (more > 0) text += fmt::format(" and {} more", more);
  text += "</small></p>";
  s["text"] = {{"headline", kind_label(e.kind)}, {"text", text}};
  s["group"] = e.kind;
  s["unique_id"] = e.id;
  return s;
}

}  // namespace

std::string timelinejs(const correlate::Timeline& tl, const Options& o) {
  Documents docs(tl);
  Json events = Json::array();
  std::size_t undated = 0;
  for (const auto& e : tl.events) {
    if (auto s = slide(tl, e, docs, o))
      events.push_back(std::move(*s));
    else
      ++undated;
  }
  const std::string subject = subject_name(tl);
  std::string intro = fmt::format("<p>{} event{} from {} document{}.", tl.events.size(), tl.events.size() == 1 ? "" : "s",
                                  tl.documents.size(), tl.documents.size() == 1 ? "" : "s");
  if (undated > 0) intro += fmt::format(" {} undated event{} not shown.", undated, undated == 1 ? " is" : "s are");
  intro += "</p>";
  Json out;
  out["title"] = {{"text", {{"headline", html_escape(subject.empty() ? "Timeline" : "Timeline of " + subject)},
                            {"text", intro}}}};
  out["events"] = std::move(events);
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace timeline::render
