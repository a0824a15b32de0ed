// Claim and document records as JSON, and back (the records `extract` writes and `merge` reads).
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>

#include "timeline/claims.hpp"
#include "timeline/extract.hpp"
#include "util/strings.hpp"

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
  std::uint32_t size32(const char* key) {
    const std::size_t n = size(key);
    if (n > UINT32_MAX) {
      fail(where + ": field '" + key + "' is out of range");
      return 0;
    }
    return static_cast<std::uint32_t>(n);
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

// An absent precision is none; one this tool does not write is an error naming it.
timex::Precision precision_from(Reader& r, const char* key) {
  const std::string s = r.str(key);
  if (s.empty()) return timex::Precision::none;
  for (int p = 0; p <= static_cast<int>(timex::Precision::minute); ++p)
    if (s == timex::to_string(static_cast<timex::Precision>(p))) return static_cast<timex::Precision>(p);
  r.fail(r.where + ": field '" + key + "' has an unknown value '" + s + "'");
  return timex::Precision::none;
}

figures::Kind figure_kind_from(Reader& r, const char* key) {
  const std::string s = r.str(key, true);
  for (const auto k : {figures::Kind::count, figures::Kind::money, figures::Kind::size, figures::Kind::percent})
    if (s == figures::to_string(k)) return k;
  if (!s.empty()) r.fail(r.where + ": field '" + key + "' has an unknown value '" + s + "'");
  return figures::Kind::count;
}

// start/end offsets that run backwards are an error naming the object.
ByteSpan span_from(Reader& r) {
  const ByteSpan span{r.size("start"), r.size("end")};
  if (span.begin > span.end)
    r.fail(r.where + ": 'start' (" + std::to_string(span.begin) + ") is after 'end' (" + std::to_string(span.end) + ")");
  return span;
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

figures::Figure figure_from(const json& j, Reader& parent) {
  Reader fr{j, parent.where + " figure", {}};
  figures::Figure f;
  f.span = span_from(fr);
  f.text = fr.str("text");
  f.kind = figure_kind_from(fr, "kind");
  f.qualifier = fr.str("qualifier");
  if (const json* a = fr.get("amount"); a != nullptr)
    f.amount = amount_from(*a, fr, fr.where + " amount");
  else
    fr.fail(fr.where + ": missing field 'amount'");
  if (const json* a = fr.get("converted"); a != nullptr) f.converted = amount_from(*a, fr, fr.where + " converted");
  f.size_convention = fr.str("size_convention");
  f.counted = fr.str("counted");
  f.counted_head = fr.str("counted_head");
  f.counted_class = fr.str("counted_class");
  f.rate = fr.str("rate");
  f.period = fr.str("period");
  if (!fr.error.empty()) parent.fail(fr.error);
  return f;
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
  json t{{"value", c.time->value},
         {"earliest", c.time->earliest},
         {"latest", c.time->latest},
         {"precision", precision_name(c.time->precision)},
         {"basis", c.time->basis}};
  if (!c.time->mod.empty()) t["mod"] = c.time->mod;
  if (!c.time->text.empty()) t["text"] = c.time->text;
  if (!c.time->year_from.empty()) t["year_from"] = c.time->year_from;
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
  c.sentence = r.size32("sentence");
  c.span = span_from(r);
  c.text = r.str("text");
  c.kind = r.str("kind", true);
  if (const json* t = r.get("trigger"); t != nullptr) {
    Reader tr{*t, r.where + " trigger", {}};
    c.trigger = tr.str("text");
    c.trigger_span = span_from(tr);
    if (!tr.error.empty()) r.fail(tr.error);
  }
  if (const json* t = r.get("time"); t != nullptr) {
    Reader tr{*t, r.where + " time", {}};
    c.time.edit().value = tr.str("value");
    c.time.edit().earliest = tr.str("earliest");
    c.time.edit().latest = tr.str("latest");
    c.time.edit().precision = precision_from(tr, "precision");
    c.time.edit().mod = tr.str("mod");
    c.time.edit().text = tr.str("text");
    c.time.edit().basis = tr.str("basis");
    c.time.edit().year_from = tr.str("year_from");
    if (c.time->basis.empty()) c.time.edit().basis = "unknown";
    if (!tr.error.empty()) r.fail(tr.error);
  }
  c.negated = r.flag("negated");
  c.hedged = r.flag("hedged");
  c.markers = r.strings("markers");
  if (const json* fs = r.get("figures"); fs != nullptr) {
    if (!fs->is_array())
      r.fail(r.where + ": field 'figures' must be an array");
    else
      for (const auto& fj : *fs) c.figures.push_back(figure_from(fj, r));
  }
  c.actors = r.strings("actors");
  c.about_subject = r.flag("about_subject");
  c.about_other = r.flag("about_other");
  c.chain = r.strings("chain");
  c.origin = r.str("origin");
  if (!r.error.empty()) return Error{r.error};
  return c;
}

namespace {

template <typename Enum, std::size_t N>
Enum enum_from(Reader& r, const char* key, const Enum (&values)[N]) {
  const std::string s = r.str(key, true);
  for (const auto v : values)
    if (s == to_string(v)) return v;
  r.fail(r.where + ": field '" + key + "' has an unknown value '" + s + "'");
  return values[0];
}

constexpr DateOrigin k_origins[] = {DateOrigin::cli, DateOrigin::sidecar,  DateOrigin::metadata, DateOrigin::dateline,
                                    DateOrigin::url, DateOrigin::filename, DateOrigin::none};
constexpr Confidence k_confidences[] = {Confidence::none, Confidence::low, Confidence::medium, Confidence::high};
constexpr actors::Kind k_actor_kinds[] = {actors::Kind::organisation, actors::Kind::government, actors::Kind::person,
                                          actors::Kind::group, actors::Kind::media};
constexpr Severity k_severities[] = {Severity::note, Severity::warning, Severity::error};

// The publication date field by field (the renderers' `published` object is derived from it
// and cannot be read back exactly).
json published_record(const PublicationDate& p) {
  json j{{"origin", to_string(p.origin)}, {"confidence", to_string(p.confidence)}};
  j["local"] = nullptr;
  if (p.local) {
    j["local"] = {{"year", p.local->year}, {"month", p.local->month}, {"day", p.local->day}};
    if (p.local->hour) j["local"]["hour"] = *p.local->hour;
    if (p.local->minute) j["local"]["minute"] = *p.local->minute;
    if (p.local->second) j["local"]["second"] = *p.local->second;
  }
  j["offset_minutes"] = p.offset_minutes ? json(*p.offset_minutes) : json(nullptr);
  j["zone"] = p.zone;
  j["evidence"] = p.evidence;
  j["updated"] = p.updated;
  if (p.month_day) {
    j["month_day"] = {{"month", p.month_day->month}, {"day", p.month_day->day}};
    if (p.month_day->weekday != 0) j["month_day"]["weekday"] = p.month_day->weekday;
    if (p.month_day->lead) j["month_day"]["lead"] = true;
  }
  return j;
}

std::optional<int> integer(Reader& r, const char* key) {
  const json* v = r.get(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  if (!v->is_number_integer()) {
    r.fail(r.where + ": field '" + key + "' must be an integer");
    return std::nullopt;
  }
  return v->get<int>();
}

PublicationDate published_from(const json& j, Reader& parent) {
  Reader r{j, parent.where + " published", {}};
  PublicationDate p;
  p.origin = enum_from(r, "origin", k_origins);
  p.confidence = enum_from(r, "confidence", k_confidences);
  if (const json* l = r.get("local"); l != nullptr && !l->is_null()) {
    Reader lr{*l, r.where + " local", {}};
    LocalDateTime local;
    local.year = integer(lr, "year").value_or(0);
    local.month = integer(lr, "month").value_or(0);
    local.day = integer(lr, "day").value_or(0);
    local.hour = integer(lr, "hour");
    local.minute = integer(lr, "minute");
    local.second = integer(lr, "second");
    if (!lr.error.empty()) r.fail(lr.error);
    p.local = local;
  }
  p.offset_minutes = integer(r, "offset_minutes");
  p.zone = r.str("zone");
  p.evidence = r.str("evidence");
  p.updated = r.flag("updated");
  if (const json* md = r.get("month_day"); md != nullptr && !md->is_null()) {
    Reader mr{*md, r.where + " month_day", {}};
    const int month = integer(mr, "month").value_or(0), day = integer(mr, "day").value_or(0);
    const int weekday = integer(mr, "weekday").value_or(0);
    if (month < 1 || month > 12 || day < 1 || day > 31) mr.fail(mr.where + ": not a month and a day");
    if (weekday < 0 || weekday > 7) mr.fail(mr.where + ": weekday is not 1 (Monday) to 7 (Sunday)");
    const bool lead = mr.flag("lead");
    if (!mr.error.empty()) r.fail(mr.error);
    else p.month_day = MonthDay{month, day, weekday, lead};
  }
  if (!r.error.empty()) parent.fail(r.error);
  return p;
}

json info_record(const DocumentInfo& d) {
  return {{"id", d.id},
          {"path", d.path},
          {"outlet", d.outlet},
          {"title", d.title},
          {"published", published_record(d.published)},
          {"inferred_earliest", d.inferred_earliest},
          {"inferred_latest", d.inferred_latest},
          {"inferred_from", d.inferred_from},
          {"subject", d.subject},
          {"subject_name", d.subject_name}};
}

DocumentInfo info_from(const json& j, Reader& parent) {
  Reader r{j, parent.where + " document", {}};
  DocumentInfo d;
  d.id = r.str("id", true);
  d.path = r.str("path");
  d.outlet = r.str("outlet");
  d.title = r.str("title");
  if (const json* p = r.get("published"); p != nullptr)
    d.published = published_from(*p, r);
  else
    r.fail(r.where + ": missing field 'published'");
  d.inferred_earliest = r.str("inferred_earliest");
  d.inferred_latest = r.str("inferred_latest");
  d.inferred_from = r.str("inferred_from");
  d.subject = r.str("subject");
  d.subject_name = r.str("subject_name");
  if (!r.error.empty()) parent.fail(r.error);
  return d;
}

json mention_record(const FigureMention& m) {
  return {{"document", m.document},
          {"sentence", m.sentence},
          {"start", m.span.begin},
          {"end", m.span.end},
          {"text", m.text},
          {"origin", m.origin},
          {"figure", extract::figure_json(m.figure)}};
}

FigureMention mention_from(const json& j, Reader& parent) {
  Reader r{j, parent.where + " figure mention", {}};
  FigureMention m;
  m.document = r.str("document", true);
  m.sentence = r.size("sentence");
  m.span = span_from(r);
  m.text = r.str("text");
  m.origin = r.str("origin");
  if (const json* f = r.get("figure"); f != nullptr)
    m.figure = figure_from(*f, r);
  else
    r.fail(r.where + ": missing field 'figure'");
  if (!r.error.empty()) parent.fail(r.error);
  return m;
}

json entity_record(const actors::Entity& e) {
  return {{"name", e.name},
          {"key", e.key},
          {"kind", actors::to_string(e.kind)},
          {"mentions", e.mentions},
          {"salience", e.salience}};
}

actors::Entity entity_from(const json& j, Reader& parent) {
  Reader r{j, parent.where + " actor", {}};
  actors::Entity e;
  e.name = r.str("name");
  e.key = r.str("key", true);
  e.kind = enum_from(r, "kind", k_actor_kinds);
  e.mentions = r.size("mentions");
  e.salience = r.real("salience", 0);
  if (!r.error.empty()) parent.fail(r.error);
  return e;
}

// The elements of an array field, each read by `one`.
template <typename T, typename F>
std::vector<T> array_of(Reader& r, const char* key, F one) {
  std::vector<T> out;
  const json* v = r.get(key);
  if (v == nullptr) {
    r.fail(r.where + ": missing field '" + key + "'");
    return out;
  }
  if (!v->is_array()) {
    r.fail(r.where + ": field '" + key + "' must be an array");
    return out;
  }
  for (const auto& x : *v) out.push_back(one(x));
  return out;
}

json head(const char* type, const Place& place) {
  return {{"type", type}, {"version", k_record_version}, {"input", place.input}, {"index", place.index}};
}

Place place_from(Reader& r) { return {r.str("input", true), r.size("index")}; }

// One line of a records file into `into`.
void read_line(Records& into, Reader& r) {
  const std::string type = r.str("type", true);
  if (!r.error.empty()) return;
  const json* version = r.get("version");
  if (version == nullptr) {
    r.fail("not a claim record (no 'version' field; write records with 'timeline extract -o FILE')");
    return;
  }
  if (!version->is_number_integer() || version->get<long long>() != k_record_version) {
    r.fail("record version " + version->dump() + " is not supported (this timeline reads version " +
           std::to_string(k_record_version) + ")");
    return;
  }
  if (type == "document-claims") {
    Record rec;
    rec.place = place_from(r);
    if (const json* d = r.get("document"); d != nullptr)
      rec.document.info = info_from(*d, r);
    else
      r.fail("missing field 'document'");
    rec.document.claims = array_of<Claim>(r, "claims", [&](const json& c) {
      auto claim = claim_from_json(c);
      if (!claim) r.fail(claim.error());
      return claim ? std::move(*claim) : Claim{};
    });
    rec.document.figures = array_of<FigureMention>(r, "figures", [&](const json& m) { return mention_from(m, r); });
    rec.entities = array_of<actors::Entity>(r, "actors", [&](const json& e) { return entity_from(e, r); });
    if (r.error.empty()) into.documents.push_back(std::move(rec));
  } else if (type == "skipped") {
    SkippedRecord rec;
    rec.place = place_from(r);
    rec.skipped = {r.str("path", true), r.str("reason", true)};
    if (r.error.empty()) into.skipped.push_back(std::move(rec));
  } else if (type == "diagnostic") {
    Diagnostic d;
    d.path = r.str("path", true);
    d.line = r.size("line");
    d.severity = enum_from(r, "severity", k_severities);
    d.message = r.str("message", true);
    if (r.error.empty()) into.diagnostics.push_back(std::move(d));
  } else {
    r.fail("unknown record type '" + type + "' (expected document-claims, skipped or diagnostic)");
  }
}

// "a/b/c.md" → {"a", "b", "c.md"}.
std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const std::size_t slash = path.find('/', start);
    out.push_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) return out;
    start = slash + 1;
  }
}

}  // namespace

bool before(const Place& a, const Place& b) {
  if (a.input != b.input) {
    const auto ca = components(a.input), cb = components(b.input);
    return std::lexicographical_compare(ca.begin(), ca.end(), cb.begin(), cb.end());
  }
  return a.index < b.index;
}

std::string to_jsonl(const Records& records) {
  std::string out;
  auto line = [&](const json& j) {
    out += j.dump(-1, ' ', false, json::error_handler_t::replace);
    out += '\n';
  };
  for (const auto& r : records.documents) {
    json j = head("document-claims", r.place);
    j["document"] = info_record(r.document.info);
    j["claims"] = json::array();
    for (const auto& c : r.document.claims) j["claims"].push_back(to_json(c));
    j["figures"] = json::array();
    for (const auto& m : r.document.figures) j["figures"].push_back(mention_record(m));
    j["actors"] = json::array();
    for (const auto& e : r.entities) j["actors"].push_back(entity_record(e));
    line(j);
  }
  for (const auto& s : records.skipped) {
    json j = head("skipped", s.place);
    j["path"] = s.skipped.path;
    j["reason"] = s.skipped.reason;
    line(j);
  }
  for (const auto& d : records.diagnostics)
    line({{"type", "diagnostic"},
          {"version", k_record_version},
          {"path", d.path},
          {"line", d.line},
          {"severity", to_string(d.severity)},
          {"message", d.message}});
  return out;
}

constexpr std::size_t k_max_record_nesting = 32;

Result<std::size_t> read_jsonl(std::string_view text, std::string_view file, Records& into) {
  std::size_t number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = std::string(file) + ":" + std::to_string(number);
    // Records nest a few levels; refusing deep input keeps the parser's stack bounded.
    if (util::json_nesting(line) > k_max_record_nesting)
      return Error{where + ": JSON nested deeper than " + std::to_string(k_max_record_nesting) + " levels"};
    const json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) return Error{where + ": not valid JSON"};
    Reader r{j, "record", {}};
    read_line(into, r);
    if (!r.error.empty()) return Error{where + ": " + r.error};
  }
  return number;
}

}  // namespace timeline::claims
