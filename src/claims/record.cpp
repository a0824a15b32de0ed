// Claim and document records as JSON, and back (the records `extract` writes and `merge` reads).
#include <cmath>
#include <limits>

#include "timeline/claims.hpp"
#include "timeline/extract.hpp"

namespace timeline::claims {
namespace {

using nlohmann::json;

const char* precision_name(timex::Precision p) { return timex::to_string(p); }

// Reading: each accessor names the field it could not read.
struct Reader {
  const json& j;
  std::string where;
  std::string error;

  const json* get(const char* key) {
    if (!j.is_object()) {
      fail(where + ": expected an object");
      return nullptr;
    }
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
  }
  void fail(std::string message) {
    if (error.empty()) error = std::move(message);
  }
  std::string str(const char* key, bool required = false) {
    const json* v = get(key);
    if (v == nullptr || v->is_null()) {
      if (required) fail(where + ": missing field '" + key + "'");
      return {};
    }
    if (!v->is_string()) {
      fail(where + ": field '" + key + "' must be a string");
      return {};
    }
    return v->get<std::string>();
  }
  std::size_t size(const char* key) {
    const json* v = get(key);
    if (v == nullptr) return 0;
    if (!v->is_number_unsigned()) {
      fail(where + ": field '" + key + "' must be a non-negative integer");
      return 0;
    }
    return v->get<std::size_t>();
  }
  double real(const char* key, double absent) {
    const json* v = get(key);
    if (v == nullptr || v->is_null()) return absent;
    if (!v->is_number()) {
      fail(where + ": field '" + key + "' must be a number");
      return absent;
    }
    return v->get<double>();
  }
  bool flag(const char* key) {
    const json* v = get(key);
    if (v == nullptr) return false;
    if (!v->is_boolean()) {
      fail(where + ": field '" + key + "' must be true or false");
      return false;
    }
    return v->get<bool>();
  }
  std::vector<std::string> strings(const char* key) {
    std::vector<std::string> out;
    const json* v = get(key);
    if (v == nullptr) return out;
    if (!v->is_array()) {
      fail(where + ": field '" + key + "' must be an array of strings");
      return out;
    }
    for (const auto& x : *v) {
      if (!x.is_string()) {
        fail(where + ": field '" + key + "' must be an array of strings");
        return out;
      }
      out.push_back(x.get<std::string>());
    }
    return out;
  }
};

timex::Precision precision_from(const std::string& s) {
  for (int p = 0; p <= static_cast<int>(timex::Precision::minute); ++p)
    if (s == timex::to_string(static_cast<timex::Precision>(p))) return static_cast<timex::Precision>(p);
  return timex::Precision::none;
}

figures::Kind figure_kind_from(const std::string& s) {
  for (const auto k : {figures::Kind::count, figures::Kind::money, figures::Kind::size, figures::Kind::percent})
    if (s == figures::to_string(k)) return k;
  return figures::Kind::count;
}

figures::Amount amount_from(const json& j, Reader& parent, const std::string& where) {
  Reader r{j, where, {}};
  figures::Amount a;
  a.value = r.real("value", 0);
  a.low = r.real("low", -std::numeric_limits<double>::infinity());
  a.high = r.real("high", std::numeric_limits<double>::infinity());
  a.unit = r.str("unit");
  if (!r.error.empty()) parent.fail(r.error);
  return a;
}

}  // namespace

json to_json(const Claim& c) {
  json j;
  j["type"] = "claim";
  j["document"] = c.document;
  j["sentence"] = c.sentence;
  j["start"] = c.span.begin;
  j["end"] = c.span.end;
  j["text"] = c.text;
  j["kind"] = c.kind;
  j["trigger"] = {{"text", c.trigger}, {"start", c.trigger_span.begin}, {"end", c.trigger_span.end}};
  json t{{"value", c.time.value},
         {"earliest", c.time.earliest},
         {"latest", c.time.latest},
         {"precision", precision_name(c.time.precision)},
         {"basis", c.time.basis}};
  if (!c.time.mod.empty()) t["mod"] = c.time.mod;
  if (!c.time.text.empty()) t["text"] = c.time.text;
  if (!c.time.year_from.empty()) t["year_from"] = c.time.year_from;
  j["time"] = t;
  j["negated"] = c.negated;
  j["hedged"] = c.hedged;
  j["markers"] = c.markers;
  j["figures"] = json::array();
  for (const auto& f : c.figures) j["figures"].push_back(extract::figure_json(f));
  j["actors"] = c.actors;
  j["about_subject"] = c.about_subject;
  j["about_other"] = c.about_other;
  j["chain"] = c.chain;
  j["origin"] = c.origin;
  return j;
}

json to_json(const DocumentInfo& d) {
  json j;
  j["type"] = "document";
  j["id"] = d.id;
  j["path"] = d.path;
  j["outlet"] = d.outlet.empty() ? json(nullptr) : json(d.outlet);
  j["title"] = d.title.empty() ? json(nullptr) : json(d.title);
  j["published"] = extract::published_json(d.published);
  if (!d.inferred_earliest.empty() || !d.inferred_latest.empty()) {
    j["published"]["inferred"] = {{"earliest", d.inferred_earliest.empty() ? json(nullptr) : json(d.inferred_earliest)},
                                  {"latest", d.inferred_latest.empty() ? json(nullptr) : json(d.inferred_latest)},
                                  {"from", d.inferred_from}};
  }
  j["subject"] = d.subject.empty() ? json(nullptr) : json(d.subject);
  j["subject_name"] = d.subject_name.empty() ? json(nullptr) : json(d.subject_name);
  return j;
}

Result<Claim> claim_from_json(const json& j) {
  Reader r{j, "claim", {}};
  Claim c;
  c.document = r.str("document", true);
  r.where = "claim of '" + c.document + "'";
  c.sentence = r.size("sentence");
  c.span = {r.size("start"), r.size("end")};
  c.text = r.str("text");
  c.kind = r.str("kind", true);
  if (const json* t = r.get("trigger"); t != nullptr) {
    Reader tr{*t, r.where + " trigger", {}};
    c.trigger = tr.str("text");
    c.trigger_span = {tr.size("start"), tr.size("end")};
    if (!tr.error.empty()) r.fail(tr.error);
  }
  if (const json* t = r.get("time"); t != nullptr) {
    Reader tr{*t, r.where + " time", {}};
    c.time.value = tr.str("value");
    c.time.earliest = tr.str("earliest");
    c.time.latest = tr.str("latest");
    c.time.precision = precision_from(tr.str("precision"));
    c.time.mod = tr.str("mod");
    c.time.text = tr.str("text");
    c.time.basis = tr.str("basis");
    c.time.year_from = tr.str("year_from");
    if (c.time.basis.empty()) c.time.basis = "unknown";
    if (!tr.error.empty()) r.fail(tr.error);
  }
  c.negated = r.flag("negated");
  c.hedged = r.flag("hedged");
  c.markers = r.strings("markers");
  if (const json* fs = r.get("figures"); fs != nullptr) {
    if (!fs->is_array())
      r.fail(r.where + ": field 'figures' must be an array");
    else
      for (const auto& fj : *fs) {
        Reader fr{fj, r.where + " figure", {}};
        figures::Figure f;
        f.span = {fr.size("start"), fr.size("end")};
        f.text = fr.str("text");
        f.kind = figure_kind_from(fr.str("kind"));
        f.qualifier = fr.str("qualifier");
        if (const json* a = fr.get("amount"); a != nullptr)
          f.amount = amount_from(*a, fr, fr.where + " amount");
        else
          fr.fail(fr.where + ": missing field 'amount'");
        if (const json* a = fr.get("converted"); a != nullptr)
          f.converted = amount_from(*a, fr, fr.where + " converted");
        f.size_convention = fr.str("size_convention");
        f.counted = fr.str("counted");
        f.counted_head = fr.str("counted_head");
        f.counted_class = fr.str("counted_class");
        f.rate = fr.str("rate");
        f.period = fr.str("period");
        if (!fr.error.empty()) r.fail(fr.error);
        c.figures.push_back(std::move(f));
      }
  }
  c.actors = r.strings("actors");
  c.about_subject = r.flag("about_subject");
  c.about_other = r.flag("about_other");
  c.chain = r.strings("chain");
  c.origin = r.str("origin");
  if (!r.error.empty()) return Error{r.error};
  return c;
}

}  // namespace timeline::claims
