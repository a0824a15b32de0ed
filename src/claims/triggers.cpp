#include "claims/triggers.hpp"

#include <algorithm>

#include "lexicon/compiled.hpp"
#include "util/strings.hpp"

namespace timeline::claims {
namespace {

// A form's word sequences: "{hired,called in} * {forensic,security} firm" stands for every choice
// of one alternative per brace (an alternative may be several words).
constexpr std::size_t k_max_expansions = 4096;
Result<std::vector<std::vector<std::string>>> expand(std::string_view form) {
  std::vector<std::vector<std::string>> out{{}};
  std::size_t at = 0;
  while (at < form.size()) {
    if (form[at] == ' ') {
      ++at;
      continue;
    }
    std::vector<std::vector<std::string>> choices;
    if (form[at] == '{') {
      const auto close = form.find('}', at);
      if (close == std::string_view::npos) return Error{"'{' without '}' in '" + std::string(form) + "'"};
      for (const auto alt : util::split(form.substr(at + 1, close - at - 1), ',')) {
        std::vector<std::string> words;
        for (const auto w : util::split(util::trim(alt), ' '))
          if (!w.empty()) words.emplace_back(w);
        if (words.empty()) return Error{"an empty alternative in '" + std::string(form) + "'"};
        choices.push_back(std::move(words));
      }
      at = close + 1;
    } else {
      auto end = form.find(' ', at);
      if (end == std::string_view::npos) end = form.size();
      const std::string_view word = form.substr(at, end - at);
      if (word.find_first_of("{}") != std::string_view::npos)
        return Error{"a brace inside a word in '" + std::string(form) + "'"};
      choices.push_back({std::string(word)});
      at = end;
    }
    if (out.size() * choices.size() > k_max_expansions)
      return Error{"more than " + std::to_string(k_max_expansions) + " forms from '" + std::string(form) + "'"};
    std::vector<std::vector<std::string>> next;
    for (const auto& head : out)
      for (const auto& c : choices) {
        auto words = head;
        words.insert(words.end(), c.begin(), c.end());
        next.push_back(std::move(words));
      }
    out = std::move(next);
  }
  return out;
}

Result<Triggers> compile(const Lexicon& lex) {
  Triggers t;
  auto kinds = lex.table("en/event_kinds");
  if (!kinds) return Error{kinds.error()};
  for (const auto& row : (*kinds)->rows) {
    KindInfo k;
    k.kind = row.field(0);
    const std::string& once = row.field(1);
    const std::string& speech = row.field(2);
    if (once != "once" && once != "many")
      return Error{(*kinds)->error_at(row, "expected 'once' or 'many', got '" + once + "'")};
    if (speech != "speech" && speech != "act")
      return Error{(*kinds)->error_at(row, "expected 'speech' or 'act', got '" + speech + "'")};
    k.once = once == "once";
    k.speech = speech == "speech";
    k.label = row.field(3).empty() ? k.kind : row.field(3);
    // Flags, separated by commas: "announced", "follows".
    for (const auto flag : util::split(row.field(4), ',')) {
      const std::string_view f = util::trim(flag);
      if (f == "announced") t.announced.insert(k.kind);
      else if (f == "follows") k.follows = true;
      else if (!f.empty())
        return Error{(*kinds)->error_at(row, "expected the flags 'announced' or 'follows', got '" + std::string(f) + "'")};
    }
    t.kinds.push_back(std::move(k));
  }
  auto events = lex.table("en/events");
  if (!events) return Error{events.error()};
  for (const auto& row : (*events)->rows) {
    const std::string& kind = row.field(1);
    const bool blocks = kind == "none";
    if (!blocks && t.kind(kind) == nullptr)
      return Error{(*events)->error_at(row, "unknown event kind '" + kind + "' (see event_kinds.tsv)")};
    const std::string& role = row.field(2);
    const std::string& pos = row.field(3);
    if (role != "event" && role != "report" && role != "onset" && role != "stage" && role != "denial" &&
        role != "notice" && role != "precursor")
      return Error{(*events)->error_at(
          row,
          "expected role 'event', 'report', 'onset', 'stage', 'denial', 'notice' or 'precursor', got '" + role + "'")};
    if (pos != "noun" && pos != "verb" && pos != "clause")
      return Error{(*events)->error_at(row, "expected pos 'noun', 'verb' or 'clause', got '" + pos + "'")};
    const std::string forms = util::to_lower_ascii(row.field(0));
    std::vector<std::vector<std::string>> expanded;
    for (const auto form : util::split(forms, '|')) {
      auto words = expand(form);
      if (!words) return Error{(*events)->error_at(row, words.error())};
      for (auto& w : *words) expanded.push_back(std::move(w));
    }
    for (auto& words : expanded) {
      Trigger tr;
      tr.words = std::move(words);
      if (tr.words.empty()) return Error{(*events)->error_at(row, "empty form")};
      if (tr.words.front() == "*" || tr.words.back() == "*")
        return Error{(*events)->error_at(row, "a form cannot begin or end with '*'")};
      tr.kind = kind;
      tr.report = role == "report";
      tr.onset = role == "onset";
      tr.stage = role == "stage";
      tr.denial = role == "denial";
      tr.notice = role == "notice";
      tr.precursor = role == "precursor";
      tr.noun = pos == "noun" || pos == "clause";
      tr.clause = pos == "clause";
      tr.blocks = blocks;
      t.by_first[tr.words.front()].push_back(std::move(tr));
    }
  }
  auto weekdays = lex.table("en/weekdays");
  if (!weekdays) return Error{weekdays.error()};
  for (const auto& row : (*weekdays)->rows) {
    const std::string& n = row.field(1);
    if (n.size() != 1 || n[0] < '1' || n[0] > '7')
      return Error{(*weekdays)->error_at(row, "expected an ISO weekday 1-7, got '" + n + "'")};
    t.weekdays[util::to_lower_ascii(row.field(0))] = n[0] - '0';
  }
  static const std::pair<std::string_view, unsigned> k_classes[] = {
      {"boundary", k_boundary},
      {"function", k_function},
      {"determiner", k_determiner},
      {"quantifier", k_quantifier},
      {"numeral", k_numeral},
      {"preposition", k_preposition},
      {"not-verb", k_not_verb},
      {"perfect", k_perfect},
      {"past-perfect", k_past_perfect},
      {"between-had", k_between_had},
      {"relative", k_relative},
      {"generic-name", k_generic_name},
      {"future", k_future},
      {"anterior", k_anterior},
      {"cause", k_cause},
      {"demonstrative", k_demonstrative},
      {"awareness", k_awareness},
      {"negative", k_negative},
      {"until", k_until},
      {"subordinate", k_subordinate},
      {"opener", k_opener},
      {"sequence", k_sequence},
      {"causing", k_causing},
      {"telling", k_telling},
      {"incident", k_incident},
      {"aside", k_aside},
      {"party", k_party},
      {"question", k_question},
      {"restating", k_restating},
      {"enacting", k_enacting},
  };
  auto words = lex.table("en/clause_words");
  if (!words) return Error{words.error()};
  for (const auto& row : (*words)->rows) {
    unsigned bits = 0;
    for (const auto name : util::split(row.field(1), ',')) {
      const auto* c = std::find_if(std::begin(k_classes), std::end(k_classes),
                                   [&](const auto& k) { return k.first == util::trim(name); });
      if (c == std::end(k_classes))
        return Error{(*words)->error_at(row, "unknown word class '" + std::string(name) + "'")};
      bits |= c->second;
    }
    t.words[util::to_lower_ascii(row.field(0))] |= bits;
  }
  for (auto& [first, list] : t.by_first)
    std::stable_sort(list.begin(), list.end(),
                     [](const Trigger& a, const Trigger& b) { return a.words.size() > b.words.size(); });
  return t;
}

}  // namespace

const Trigger* Triggers::find(std::string_view written) const {
  std::string lower = util::to_lower_ascii(written);
  // Quotation marks inside a phrase are not its words (had found "no evidence").
  for (const std::string_view quote : {"\u201C", "\u201D", "\""})
    for (auto at = lower.find(quote); at != std::string::npos; at = lower.find(quote, at))
      lower.erase(at, quote.size());
  std::vector<std::string_view> parts;
  for (const auto w : util::split(lower, ' '))
    if (!w.empty()) parts.push_back(w);
  if (parts.empty()) return nullptr;
  const auto it = by_first.find(std::string(parts.front()));
  if (it == by_first.end()) return nullptr;
  for (const auto& t : it->second)
    if (match(
            t, parts, 0, [](std::size_t) { return false; }, [](std::size_t) { return true; }) == parts.size())
      return &t;
  return nullptr;
}

const KindInfo* Triggers::kind(std::string_view name) const {
  for (const auto& k : kinds)
    if (k.kind == name) return &k;
  return nullptr;
}

Result<const Triggers*> triggers(const Lexicon* lexicon) { return lexicon::compiled<Triggers>(lexicon, &compile); }

Result<std::vector<KindInfo>> kinds(const Lexicon* lexicon) {
  auto t = triggers(lexicon);
  if (!t) return Error{t.error()};
  return (*t)->kinds;
}

}  // namespace timeline::claims
