// `timeline check` expectations: written from a timeline, read back with precise errors, and
// compared as a list of drifts a person can act on.
#include "timeline/expectation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace timeline::render {

namespace {

using Json = nlohmann::json;
constexpr const char* k_schema = "timeline-expect/1";

ExpectedEvent expected_event(const correlate::Timeline& tl, const correlate::Event& e, bool figures) {
  ExpectedEvent x;
  x.kind = e.kind;
  x.date = e.date.value;
  x.summary = e.summary;
  for (const auto& c : e.conflicts) {
    ExpectedConflict ec{c.field, c.measure, {}};
    for (const auto& s : c.values) ec.values.push_back(s.value);
    std::sort(ec.values.begin(), ec.values.end());
    x.conflicts.push_back(std::move(ec));
  }
  std::sort(x.conflicts.begin(), x.conflicts.end(), [](const auto& a, const auto& b) {
    return std::tie(a.field, a.measure, a.values) < std::tie(b.field, b.measure, b.values);
  });
  if (figures) {
    for (const auto& g : e.figures) {
      ExpectedFigures f{g.measure, g.agree, {}};
      for (const auto& item : g.items) f.values.push_back(tl.claims[item.claim].figures[item.figure].text);
      std::sort(f.values.begin(), f.values.end());
      x.figures.push_back(std::move(f));
    }
    std::sort(x.figures.begin(), x.figures.end(), [](const auto& a, const auto& b) {
      return std::tie(a.measure, a.agree, a.values) < std::tie(b.measure, b.agree, b.values);
    });
  }
  return x;
}

// --- reading -------------------------------------------------------------------------------

struct Reader {
  const std::string& name;
  std::optional<Error> error;

  bool fail(const std::string& where, const std::string& problem) {
    if (!error) error = Error{name + ": " + (where.empty() ? "" : where + ": ") + problem};
    return false;
  }

  static const char* type_name(const Json& j) { return j.type_name(); }

  bool known_fields(const Json& j, const std::string& where, std::initializer_list<const char*> known) {
    for (const auto& [key, value] : j.items()) {
      bool ok = false;
      std::string list;
      for (const char* k : known) {
        ok = ok || key == k;
        list += (list.empty() ? "" : ", ") + std::string(k);
      }
      if (!ok) return fail(where, fmt::format("unknown field '{}' (known: {})", key, list));
    }
    return true;
  }

  bool string_field(const Json& j, const std::string& where, const char* key, std::string& out, bool required,
                    bool nullable = false) {
    const auto it = j.find(key);
    if (it == j.end()) return required ? fail(where, fmt::format("missing field '{}'", key)) : true;
    if (nullable && it->is_null()) return true;
    if (!it->is_string())
      return fail(where + "." + key,
                  fmt::format("expected a string{}, got {}", nullable ? " or null" : "", type_name(*it)));
    out = it->get<std::string>();
    return true;
  }

  bool strings(const Json& j, const std::string& where, std::vector<std::string>& out) {
    if (!j.is_array()) return fail(where, fmt::format("expected an array of strings, got {}", type_name(j)));
    for (std::size_t i = 0; i < j.size(); ++i) {
      if (!j[i].is_string()) return fail(fmt::format("{}[{}]", where, i), "expected a string");
      out.push_back(j[i].get<std::string>());
    }
    std::sort(out.begin(), out.end());
    return true;
  }

  bool conflict(const Json& j, const std::string& where, ExpectedConflict& c) {
    if (!j.is_object()) return fail(where, fmt::format("expected an object, got {}", type_name(j)));
    if (!known_fields(j, where, {"field", "measure", "values"})) return false;
    if (!string_field(j, where, "field", c.field, true) || !string_field(j, where, "measure", c.measure, false))
      return false;
    if (c.field != "date" && c.field != "figure" && c.field != "claim")
      return fail(where + ".field", "expected \"date\", \"figure\" or \"claim\", got \"" + c.field + "\"");
    if (!j.contains("values")) return fail(where, "missing field 'values'");
    return strings(j["values"], where + ".values", c.values);
  }

  bool figures(const Json& j, const std::string& where, ExpectedFigures& f) {
    if (!j.is_object()) return fail(where, fmt::format("expected an object, got {}", type_name(j)));
    if (!known_fields(j, where, {"measure", "agree", "values"})) return false;
    if (!string_field(j, where, "measure", f.measure, true)) return false;
    if (const auto it = j.find("agree"); it != j.end()) {
      if (!it->is_boolean()) return fail(where + ".agree", "expected true or false");
      f.agree = it->get<bool>();
    }
    if (!j.contains("values")) return fail(where, "missing field 'values'");
    return strings(j["values"], where + ".values", f.values);
  }

  bool event(const Json& j, const std::string& where, ExpectedEvent& e) {
    if (!j.is_object()) return fail(where, fmt::format("expected an object, got {}", type_name(j)));
    if (!known_fields(j, where, {"kind", "date", "summary", "conflicts", "figures"})) return false;
    if (!string_field(j, where, "kind", e.kind, true) || !string_field(j, where, "summary", e.summary, false))
      return false;
    if (!j.contains("date")) return fail(where, "missing field 'date' (null for an undated event)");
    if (!string_field(j, where, "date", e.date, true, true)) return false;
    if (const auto it = j.find("conflicts"); it != j.end()) {
      if (!it->is_array()) return fail(where + ".conflicts", fmt::format("expected an array, got {}", type_name(*it)));
      for (std::size_t i = 0; i < it->size(); ++i) {
        ExpectedConflict c;
        if (!conflict((*it)[i], fmt::format("{}.conflicts[{}]", where, i), c)) return false;
        e.conflicts.push_back(std::move(c));
      }
    }
    if (const auto it = j.find("figures"); it != j.end()) {
      if (!it->is_array()) return fail(where + ".figures", fmt::format("expected an array, got {}", type_name(*it)));
      for (std::size_t i = 0; i < it->size(); ++i) {
        ExpectedFigures f;
        if (!figures((*it)[i], fmt::format("{}.figures[{}]", where, i), f)) return false;
        e.figures.push_back(std::move(f));
      }
    }
    return true;
  }

  bool events(const Json& root, const char* key, std::vector<ExpectedEvent>& out, bool required) {
    const auto it = root.find(key);
    if (it == root.end()) return required ? fail("", fmt::format("missing field '{}'", key)) : true;
    if (!it->is_array()) return fail(key, fmt::format("expected an array of events, got {}", type_name(*it)));
    for (std::size_t i = 0; i < it->size(); ++i) {
      ExpectedEvent e;
      if (!event((*it)[i], fmt::format("{}[{}]", key, i), e)) return false;
      out.push_back(std::move(e));
    }
    return true;
  }
};

// --- writing -------------------------------------------------------------------------------

Json event_json(const ExpectedEvent& e, bool figures) {
  Json j;
  j["kind"] = e.kind;
  j["date"] = e.date.empty() ? Json(nullptr) : Json(e.date);
  if (!e.summary.empty()) j["summary"] = e.summary;
  if (!e.conflicts.empty()) {
    j["conflicts"] = Json::array();
    for (const auto& c : e.conflicts) {
      Json cj{{"field", c.field}, {"values", c.values}};
      if (!c.measure.empty()) cj["measure"] = c.measure;
      j["conflicts"].push_back(std::move(cj));
    }
  }
  if (figures) {
    j["figures"] = Json::array();
    for (const auto& f : e.figures)
      j["figures"].push_back({{"measure", f.measure}, {"agree", f.agree}, {"values", f.values}});
  }
  return j;
}

// --- comparing -----------------------------------------------------------------------------

std::string describe(const ExpectedEvent& e, const std::string& section) {
  return section + e.kind + " " + (e.date.empty() ? "undated" : e.date);
}

std::string describe(const ExpectedConflict& c) {
  std::string out = c.field + (c.measure.empty() ? "" : " (" + c.measure + ")") + ": ";
  for (std::size_t i = 0; i < c.values.size(); ++i) out += (i ? " vs " : "") + c.values[i];
  return out;
}

std::string describe(const ExpectedFigures& f) {
  std::string out = f.measure + (f.agree ? " agree: " : " differ: ");
  for (std::size_t i = 0; i < f.values.size(); ++i) out += (i ? "; " : "") + f.values[i];
  return out;
}

// Items of `want` missing from `got` (as multisets), and the other way round.
template <typename T, typename Describe>
void multiset_diff(const std::vector<T>& want, const std::vector<T>& got, const std::string& what,
                   const std::string& where, Describe describe_item, std::vector<std::string>& out) {
  std::vector<bool> used(got.size(), false);
  for (const auto& w : want) {
    bool found = false;
    for (std::size_t i = 0; i < got.size() && !found; ++i)
      if (!used[i] && got[i] == w) used[i] = found = true;
    if (!found) out.push_back("- vanished " + what + " on " + where + ": " + describe_item(w));
  }
  for (std::size_t i = 0; i < got.size(); ++i)
    if (!used[i]) out.push_back("+ new " + what + " on " + where + ": " + describe_item(got[i]));
}

void details(const ExpectedEvent& want, const ExpectedEvent& got, const std::string& where, bool figures,
             std::vector<std::string>& out) {
  multiset_diff(want.conflicts, got.conflicts, "conflict", where,
                [](const ExpectedConflict& c) { return describe(c); }, out);
  if (figures)
    multiset_diff(want.figures, got.figures, "figures", where, [](const ExpectedFigures& f) { return describe(f); },
                  out);
}

void compare_events(const std::vector<ExpectedEvent>& want, const std::vector<ExpectedEvent>& got,
                    const std::string& section, bool figures, std::vector<std::string>& out) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> pair(want.size(), none);
  std::vector<bool> used(got.size(), false);
  // Same kind and date first, then what is left of a kind pairs in date order: a moved date.
  for (std::size_t w = 0; w < want.size(); ++w)
    for (std::size_t g = 0; g < got.size(); ++g)
      if (!used[g] && got[g].kind == want[w].kind && got[g].date == want[w].date) {
        pair[w] = g;
        used[g] = true;
        break;
      }
  for (std::size_t w = 0; w < want.size(); ++w) {
    if (pair[w] != none) continue;
    for (std::size_t g = 0; g < got.size(); ++g)
      if (!used[g] && got[g].kind == want[w].kind) {
        pair[w] = g;
        used[g] = true;
        break;
      }
  }
  for (std::size_t w = 0; w < want.size(); ++w) {
    if (pair[w] == none) {
      out.push_back("- missing event: " + describe(want[w], section));
      continue;
    }
    const auto& g = got[pair[w]];
    if (g.date != want[w].date)
      out.push_back(fmt::format("~ date moved: {}{} from {} to {}", section, g.kind,
                                want[w].date.empty() ? "undated" : want[w].date, g.date.empty() ? "undated" : g.date));
    details(want[w], g, describe(g, section), figures, out);
  }
  for (std::size_t g = 0; g < got.size(); ++g)
    if (!used[g]) {
      out.push_back("+ new event: " + describe(got[g], section));
      details(ExpectedEvent{}, got[g], describe(got[g], section), figures, out);
    }
}

}  // namespace

Expectation expectation(const correlate::Timeline& tl, bool figures, bool related) {
  Expectation x;
  x.figures = figures;
  x.related = related;
  for (const auto& e : tl.events) x.events.push_back(expected_event(tl, e, figures));
  if (related)
    for (const auto& e : tl.related) x.related_events.push_back(expected_event(tl, e, figures));
  return x;
}

Result<Expectation> parse_expectation(std::string_view text, const std::string& name) {
  Json root;
  try {
    root = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    if (const auto p = what.find("] "); what.rfind("[json.exception", 0) == 0 && p != std::string::npos)
      what = what.substr(p + 2);
    return Error{name + ": not valid JSON: " + what};
  } catch (const Json::exception& e) {  // a number too large for a double ("1e999")
    std::string what = e.what();
    if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    return Error{name + ": not valid JSON: " + what};
  }
  Reader r{name, std::nullopt};
  Expectation x;
  if (!root.is_object()) {
    r.fail("", fmt::format("expected a JSON object with \"schema\": \"{}\", got {}", k_schema, root.type_name()));
    return *r.error;
  }
  std::string schema;
  if (!r.known_fields(root, "", {"schema", "compare", "events", "related"}) ||
      !r.string_field(root, "", "schema", schema, true))
    return *r.error;
  if (schema != k_schema) return Error{name + ": schema: expected \"" + k_schema + "\", got \"" + schema + "\""};
  if (const auto it = root.find("compare"); it != root.end()) {
    if (!it->is_object()) {
      r.fail("compare", fmt::format("expected an object, got {}", it->type_name()));
      return *r.error;
    }
    if (!r.known_fields(*it, "compare", {"figures", "related"})) return *r.error;
    for (const auto& [key, flag] : {std::pair<const char*, bool*>{"figures", &x.figures}, {"related", &x.related}})
      if (const auto f = it->find(key); f != it->end()) {
        if (!f->is_boolean()) {
          r.fail(std::string("compare.") + key, "expected true or false");
          return *r.error;
        }
        *flag = f->get<bool>();
      }
  }
  if (!r.events(root, "events", x.events, true) || !r.events(root, "related", x.related_events, x.related))
    return *r.error;
  return x;
}

std::string to_text(const Expectation& x) {
  // Keys in a fixed, readable order (nlohmann sorts object keys; ordered_json keeps ours).
  nlohmann::ordered_json out;
  out["schema"] = k_schema;
  out["compare"] = {{"figures", x.figures}, {"related", x.related}};
  auto list = [&](const std::vector<ExpectedEvent>& events) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& e : events) {
      const Json j = event_json(e, x.figures);
      nlohmann::ordered_json o;
      for (const char* key : {"kind", "date", "summary", "conflicts", "figures"})
        if (j.contains(key)) o[key] = j[key];
      a.push_back(std::move(o));
    }
    return a;
  };
  out["events"] = list(x.events);
  if (x.related) out["related"] = list(x.related_events);
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::vector<std::string> compare(const Expectation& want, const Expectation& got) {
  std::vector<std::string> out;
  compare_events(want.events, got.events, "", want.figures, out);
  if (want.related) compare_events(want.related_events, got.related_events, "related ", want.figures, out);
  return out;
}

}  // namespace timeline::render
