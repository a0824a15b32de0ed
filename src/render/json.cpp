// timeline/1: the machine-readable timeline (documented in docs/timeline-1.schema.json).
#include <algorithm>

#include "timeline/claims.hpp"
#include "timeline/extract.hpp"
#include "timeline/render.hpp"
#include "timeline/version.hpp"

namespace timeline::render {
namespace {

using Json = nlohmann::json;

Json or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json date_json(const correlate::Date& d, const std::string& rationale) {
  return {{"value", or_null(d.value)},
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
          {{"text", or_null(c.time.text)},
           {"value", or_null(c.time.value)},
           {"earliest", or_null(c.time.earliest)},
           {"latest", or_null(c.time.latest)},
           {"basis", c.time.basis}}},
         {"source_chain", c.chain},
         {"origin", c.origin},
         {"negated", c.negated},
         {"hedged", c.hedged}};
  if (!c.time.year_from.empty()) j["date"]["year_from"] = c.time.year_from;
  if (revised) j["revised"] = true;
  return j;
}

Json event_json(const correlate::Timeline& tl, const correlate::Event& e) {
  Json j;
  j["id"] = e.id;
  j["kind"] = e.kind;
  j["date"] = date_json(e.date, e.date_rationale);
  j["summary"] = e.summary;
  j["sources"] = e.sources;
  j["independent_sources"] = e.origins;
  j["claims"] = Json::array();
  for (const auto c : e.claims)
    j["claims"].push_back(claim_json(tl, c, std::find(e.revised.begin(), e.revised.end(), c) != e.revised.end()));
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

}  // namespace

std::string json(const correlate::Timeline& tl, const Options&) {
  Json out;
  out["schema"] = "timeline/1";
  out["generator"] = {{"name", "timeline"}, {"version", k_version}};
  out["subject"] = or_null(tl.subject);
  out["documents"] = Json::array();
  for (const auto& d : tl.documents) {
    Json dj = claims::to_json(d);
    dj.erase("type");
    out["documents"].push_back(std::move(dj));
  }
  out["skipped"] = Json::array();
  for (const auto& s : tl.skipped) out["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
  out["events"] = Json::array();
  for (const auto& e : tl.events) out["events"].push_back(event_json(tl, e));
  out["figures"] = Json::array();
  for (const auto& g : tl.figures) {
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
    out["figures"].push_back({{"measure", g.measure},
                              {"agree", g.agree},
                              {"values", std::move(values)},
                              {"conflicts", std::move(conflicts)}});
  }
  out["related"] = Json::array();
  for (const auto& e : tl.related) out["related"].push_back(event_json(tl, e));
  out["undated"] = Json::array();
  for (const auto& e : tl.undated) out["undated"].push_back(event_json(tl, e));
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace timeline::render
