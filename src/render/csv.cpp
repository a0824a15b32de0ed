// CSV (RFC 4180): one row per event, or one per claim; safe to open in a spreadsheet.
#include <fmt/format.h>

#include <vector>

#include "render/common.hpp"
#include "timeline/render.hpp"
#include "timeline/timex.hpp"

namespace timeline::render {
namespace {

using namespace detail;

// A field: a cell a spreadsheet would read as a formula (= + - @, or a tab or CR that some
// strip first) gets a leading apostrophe; quoted when it holds a comma, quote or line break.
std::string field(std::string_view s) {
  std::string v(s);
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
    v.insert(v.begin(), '\'');
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (const char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    out += field(cells[i]);
  }
  out += "\r\n";
}

template <typename Strings>
std::string join(const Strings& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? std::string(sep) : "") + v[i];
  return out;
}

std::string conflicts_cell(const correlate::Event& e, bool explain) {
  std::vector<std::string> parts;
  for (const auto& c : e.conflicts) {
    std::vector<std::string> sides;
    for (const auto& s : c.values) sides.push_back(fmt::format("{} ({} doc.)", s.value, s.documents.size()));
    std::string p = c.field + (c.measure.empty() ? "" : " " + measure_label(c.measure)) + ": " + join(sides, " vs ") +
                    " -> kept " + c.resolution;
    if (explain) p += " (" + c.rationale + ")";
    parts.push_back(std::move(p));
  }
  return join(parts, "; ");
}

void events_csv(std::string& out, const correlate::Timeline& tl, const Options& o) {
  std::vector<std::string> head = {
      "section", "id",      "date",      "date_value",          "earliest", "latest",    "precision",
      "kind",    "summary", "documents", "independent_sources", "sources",  "conflicts", "revised_claims"};
  if (o.explain) head.push_back("date_rationale");
  row(out, head);
  for (const auto* list : {&tl.events, &tl.undated, &tl.related})
    for (const auto& e : *list) {
      std::vector<std::string> cells = {list == &tl.events    ? "incident"
                                        : list == &tl.undated ? "undated"
                                                              : "related",
                                        e.id,
                                        date_label(tl, e),
                                        e.date.value,
                                        e.date.earliest,
                                        e.date.latest,
                                        e.date.value.empty() ? "" : timex::to_string(e.date.precision),
                                        e.kind,
                                        one_line(bare_summary(e)),
                                        std::to_string(e.sources.size()),
                                        std::to_string(e.origins),
                                        join(e.sources, "; "),
                                        conflicts_cell(e, o.explain),
                                        std::to_string(e.revised.size())};
      if (o.explain) cells.push_back(e.date_rationale);
      row(out, cells);
    }
}

void claims_csv(std::string& out, const correlate::Timeline& tl) {
  Documents docs(tl);
  row(out, {"event_id",   "section", "event_date", "event_kind", "claim",        "document", "outlet",
            "published",  "kind",    "trigger",    "date_text",  "date_value",   "earliest", "latest",
            "date_basis", "negated", "hedged",     "revised",    "source_chain", "sentence"});
  for (const auto* list : {&tl.events, &tl.undated, &tl.related})
    for (const auto& e : *list)
      for (const auto index : e.claims) {
        const auto& c = tl.claims[index];
        row(out, {e.id,
                  list == &tl.events    ? "incident"
                  : list == &tl.undated ? "undated"
                                        : "related",
                  date_label(tl, e),
                  e.kind,
                  std::to_string(index),
                  c.document,
                  docs.outlet(c.document),
                  docs.published(c.document),
                  c.kind,
                  c.trigger,
                  c.time->text,
                  c.time->value,
                  c.time->earliest,
                  c.time->latest,
                  c.time->basis,
                  c.negated ? "true" : "false",
                  c.hedged ? "true" : "false",
                  is_revised(e, index) ? "true" : "false",
                  join(c.chain, " <- "),
                  one_line(c.text)});
      }
}

}  // namespace

std::string csv(const correlate::Timeline& tl, const Options& o) {
  std::string out;
  if (o.csv_claims)
    claims_csv(out, tl);
  else
    events_csv(out, tl, o);
  return out;
}

}  // namespace timeline::render
