// timeline/1: the machine-readable timeline (documented in docs/timeline-1.schema.json).
#include <algorithm>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "timeline/claims.hpp"
#include "timeline/extract.hpp"
#include "timeline/render.hpp"
#include "timeline/version.hpp"

namespace timeline::render {
namespace {

using Json = nlohmann::json;

Json or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// The value a reader of calendar dates can compare: a week ("2024-W20", a weekend "2024-W16-WE")
// is given as the month that holds it, else the year; its days stay in earliest/latest and its
// precision says week.
std::string calendar_value(const correlate::Date& d) {
  if (d.value.find("-W") == std::string::npos || d.earliest.size() != 10 || d.latest.size() != 10) return d.value;
  if (d.earliest.compare(0, 7, d.latest, 0, 7) == 0) return d.earliest.substr(0, 7);
  if (d.earliest.compare(0, 4, d.latest, 0, 4) == 0) return d.earliest.substr(0, 4);
  return d.value;
}

Json date_json(const correlate::Date& d, const std::string& rationale) {
  return {{"value", or_null(calendar_value(d))},
          {"earliest", or_null(d.earliest)},
          {"latest", or_null(d.latest)},
          {"precision", d.value.empty() ? Json(nullptr) : Json(timex::to_string(d.precision))},
          {"rationale", rationale}};
}

Json side_json(const correlate::Side& s) {
  return {{"value", s.value}, {"documents", s.documents}, {"claims", s.claims}, {"independent_sources", s.origins}};
}

Json claim_json(const correlate::Timeline& tl, std::size_t index, bool revised) {
  const auto& c = tl.claims[index];
  Json j{{"index", index},
         {"document", c.document},
         {"sentence", c.sentence},
         {"start", c.span.begin},
         {"end", c.span.end},
         {"text", c.text},
         {"kind", c.kind},
         {"trigger", c.trigger},
         {"date",
          {{"text", or_null(c.time->text)},
           {"value", or_null(c.time->value)},
           {"earliest", or_null(c.time->earliest)},
           {"latest", or_null(c.time->latest)},
           {"basis", c.time->basis}}},
         {"source_chain", c.chain},
         {"origin", c.origin},
         {"negated", c.negated},
         {"hedged", c.hedged}};
  if (!c.time->year_from.empty()) j["date"]["year_from"] = c.time->year_from;
  if (revised) j["revised"] = true;
  return j;
}

// Without its claims when `with_claims` is false (write_event streams them).
Json event_json(const correlate::Timeline& tl, const correlate::Event& e, bool with_claims = true) {
  Json j;
  j["id"] = e.id;
  j["kind"] = e.kind;
  j["date"] = date_json(e.date, e.date_rationale);
  j["summary"] = e.summary;
  j["sources"] = e.sources;
  j["independent_sources"] = e.origins;
  if (with_claims) {
    j["claims"] = Json::array();
    for (const auto c : e.claims)
      j["claims"].push_back(claim_json(tl, c, std::find(e.revised.begin(), e.revised.end(), c) != e.revised.end()));
  }
  j["figures"] = Json::array();
  for (const auto& g : e.figures) {
    Json values = Json::array();
    for (const auto& item : g.items) {
      Json f = extract::figure_json(tl.claims[item.claim].figures[item.figure]);
      f["document"] = tl.claims[item.claim].document;
      f["claim"] = item.claim;
      values.push_back(std::move(f));
    }
    j["figures"].push_back({{"measure", g.measure}, {"agree", g.agree}, {"values", std::move(values)}});
  }
  j["conflicts"] = Json::array();
  for (const auto& c : e.conflicts) {
    Json cj{{"field", c.field}, {"resolution", c.resolution}, {"rationale", c.rationale}};
    if (!c.measure.empty()) cj["measure"] = c.measure;
    cj["values"] = Json::array();
    for (const auto& s : c.values) cj["values"].push_back(side_json(s));
    j["conflicts"].push_back(std::move(cj));
  }
  return j;
}

// Writes `j` as nlohmann's dump(2) would inside a container `depth` spaces deep: every line
// after the first indented by `depth` (dump escapes line breaks inside strings).
void put(std::ostream& out, const Json& j, std::size_t depth) {
  const std::string s = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  const std::string pad(depth, ' ');
  std::size_t from = 0;
  for (std::size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', from)) {
    out.write(s.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    out << pad;
    from = nl + 1;
  }
  out.write(s.data() + from, static_cast<std::streamsize>(s.size() - from));
}

// An object `indent` spaces deep, member by member in the order nlohmann's (sorted) object
// dumps them; an array member's elements are made and written one at a time, so no large
// tree is ever in memory.
class Writer {
 public:
  Writer(std::ostream& out, std::size_t indent) : m_out(out), m_indent(indent) { m_out << "{"; }
  void member(const std::string& key, const Json& value) {
    open(key);
    put(m_out, value, m_indent + 2);
  }
  /// `write(out, item, indent)` writes one element whose lines after the first are `indent` deep.
  template <typename Range, typename Write>
  void array(const std::string& key, const Range& items, Write write) {
    open(key);
    if (items.empty()) {
      m_out << "[]";
      return;
    }
    const std::string pad(m_indent + 4, ' ');
    m_out << "[";
    bool first = true;
    for (const auto& item : items) {
      m_out << (first ? "\n" : ",\n") << pad;
      first = false;
      write(m_out, item, m_indent + 4);
    }
    m_out << "\n" << std::string(m_indent + 2, ' ') << "]";
  }
  void close() { m_out << "\n" << std::string(m_indent, ' ') << "}"; }

 private:
  void open(const std::string& key) {
    m_out << (m_first ? "\n" : ",\n") << std::string(m_indent + 2, ' ');
    m_first = false;
    put(m_out, Json(key), 0);
    m_out << ": ";
  }
  std::ostream& m_out;
  std::size_t m_indent;
  bool m_first = true;
};

// An element made whole by `make` (small: a document, a claim, a figure group).
template <typename Make>
auto made(Make make) {
  return [make](std::ostream& out, const auto& item, std::size_t indent) { put(out, make(item), indent); };
}

// An event with its claims written one by one: an event of a large corpus may have a hundred
// thousand.
void write_event(std::ostream& out, const correlate::Timeline& tl, const correlate::Event& e, std::size_t indent) {
  std::vector<std::size_t> revised = e.revised;
  std::sort(revised.begin(), revised.end());
  Writer w(out, indent);
  // "claims" sorts before every other member of an event.
  w.array("claims", e.claims, made([&](std::size_t c) {
            return claim_json(tl, c, std::binary_search(revised.begin(), revised.end(), c));
          }));
  const Json rest = event_json(tl, e, false);
  for (const auto& [key, value] : rest.items()) w.member(key, value);
  w.close();
}

Json figure_group_json(const correlate::Timeline& tl, const correlate::MeasureGroup& g) {
  Json values = Json::array();
  for (const auto m : g.mentions) {
    const auto& fm = tl.figure_mentions[m];
    Json f = extract::figure_json(fm.figure);
    f["index"] = m;
    f["document"] = fm.document;
    f["sentence"] = fm.sentence;
    f["sentence_text"] = fm.text;
    f["origin"] = fm.origin;
    values.push_back(std::move(f));
  }
  Json conflicts = Json::array();
  for (const auto& c : g.conflicts) {
    Json cj{{"field", c.field}, {"measure", c.measure}, {"resolution", c.resolution}, {"rationale", c.rationale}};
    cj["values"] = Json::array();
    for (const auto& side : c.values)
      cj["values"].push_back({{"value", side.value},
                              {"documents", side.documents},
                              {"claims", side.claims},
                              {"figures", side.figures},
                              {"independent_sources", side.origins}});
    conflicts.push_back(std::move(cj));
  }
  return {
      {"measure", g.measure}, {"agree", g.agree}, {"values", std::move(values)}, {"conflicts", std::move(conflicts)}};
}

}  // namespace

void json(const correlate::Timeline& tl, const Options&, std::ostream& out) {
  Writer w(out, 0);
  auto event = [&](std::ostream& o, const correlate::Event& e, std::size_t indent) { write_event(o, tl, e, indent); };
  w.array("documents", tl.documents, made([](const claims::DocumentInfo& d) {
            Json dj = claims::to_json(d);
            dj.erase("type");
            return dj;
          }));
  w.array("events", tl.events, event);
  w.array("figures", tl.figures, made([&](const correlate::MeasureGroup& g) { return figure_group_json(tl, g); }));
  w.member("generator", {{"name", "timeline"}, {"version", k_version}});
  w.array("related", tl.related, event);
  w.member("schema", "timeline/1");
  w.array("skipped", tl.skipped, made([](const Skipped& sk) {
            return Json{{"path", sk.path}, {"reason", sk.reason}};
          }));
  w.member("subject", or_null(tl.subject));
  w.array("undated", tl.undated, event);
  w.close();
  out << "\n";
}

std::string json(const correlate::Timeline& tl, const Options& options) {
  std::ostringstream out;
  json(tl, options, out);
  return std::move(out).str();
}

}  // namespace timeline::render
