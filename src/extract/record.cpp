#include <fmt/format.h>

#include <cmath>

#include "actors/words.hpp"
#include "sources/tagger.hpp"
#include "timeline/extract.hpp"
#include "util/strings.hpp"

namespace timeline::extract {
namespace {

nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json number(double v) {
  if (std::isinf(v) || std::isnan(v)) return nullptr;  // an open bound
  return v;
}

nlohmann::json amount_json(const figures::Amount& a) {
  return {{"value", number(a.value)}, {"low", number(a.low)}, {"high", number(a.high)}, {"unit", a.unit}};
}

}  // namespace

nlohmann::json figure_json(const figures::Figure& f) {
  nlohmann::json j{{"start", f.span.begin},    {"end", f.span.end},
                   {"text", f.text},           {"kind", figures::to_string(f.kind)},
                   {"qualifier", f.qualifier}, {"amount", amount_json(f.amount)}};
  if (f.converted) j["converted"] = amount_json(*f.converted);
  if (!f.size_convention.empty()) j["size_convention"] = f.size_convention;
  j["counted"] = f.counted;
  j["counted_head"] = f.counted_head;
  j["counted_class"] = f.counted_class;
  j["rate"] = f.rate;
  j["period"] = f.period;
  j["measure"] = figures::measure_key(f);
  return j;
}

nlohmann::json published_json(const PublicationDate& pd) {
  nlohmann::json j;
  j["value"] = or_null(pd.value());
  j["local"] = pd.local ? nlohmann::json(pd.local->iso()) : nlohmann::json(nullptr);
  const auto utc = pd.utc();
  j["utc"] = utc ? nlohmann::json(*utc) : nlohmann::json(nullptr);
  if (pd.offset_minutes) {
    const int m = *pd.offset_minutes < 0 ? -*pd.offset_minutes : *pd.offset_minutes;
    j["offset"] = fmt::format("{}{:02d}:{:02d}", *pd.offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
  } else {
    j["offset"] = nullptr;
  }
  j["zone"] = or_null(pd.zone);
  j["origin"] = to_string(pd.origin);
  j["confidence"] = to_string(pd.confidence);
  j["evidence"] = or_null(pd.evidence);
  if (pd.updated) j["updated"] = true;
  if (pd.month_day) j["month_day"] = pd.month_day->iso();
  return j;
}

Mentions tag_document(const Document& doc, const Lexicon* lexicon, int fiscal_year_start_month) {
  Mentions m;
  timex::Context ctx;
  ctx.dct = doc.published.local;
  ctx.lexicon = lexicon;
  ctx.fiscal_year_start_month = fiscal_year_start_month;
  auto found = timex::tag(doc.body, ctx);
  if (!found) return m;
  // Keep what lies inside a sentence: header lines and furniture are not article text.
  std::size_t s = 0;
  for (auto& t : *found) {
    while (s < doc.sentences.size() && doc.sentences[s].span.end <= t.span.begin) ++s;
    if (s < doc.sentences.size() && doc.sentences[s].span.begin <= t.span.begin &&
        t.span.end <= doc.sentences[s].span.end)
      m.timexes.push_back(std::move(t));
  }
  // The figure, actor and source taggers read the same tokens and lower-case text: made once.
  const auto tokens = segment::tokenize(doc.body);
  const auto words = actors::sentence_words(doc, tokens, lexicon);
  figures::Context fctx;
  fctx.lexicon = lexicon;
  fctx.timexes = &m.timexes;
  fctx.tokens = &tokens;
  if (words.store) fctx.lower = &words.store->lower;
  if (auto figs = figures::tag(doc.body, fctx)) {
    s = 0;
    for (auto& f : *figs) {
      while (s < doc.sentences.size() && doc.sentences[s].span.end <= f.span.begin) ++s;
      if (s < doc.sentences.size() && doc.sentences[s].span.begin <= f.span.begin &&
          f.span.end <= doc.sentences[s].span.end)
        m.figures.push_back(std::move(f));
    }
  }
  // The actor and source taggers read the same words of each sentence.
  if (auto found_actors = actors::tag(doc, words, lexicon)) {
    m.actors = std::move(*found_actors);
    if (auto attributions = sources::tag(doc, m.actors, words, lexicon)) m.attributions = std::move(*attributions);
  }
  return m;
}

nlohmann::json timex_json(const timex::Timex& t) {
  nlohmann::json j;
  j["start"] = t.span.begin;
  j["end"] = t.span.end;
  j["text"] = t.text;
  j["type"] = timex::to_string(t.type);
  j["value"] = t.value;
  if (!t.mod.empty()) j["mod"] = t.mod;
  j["earliest"] = or_null(t.earliest);
  j["latest"] = or_null(t.latest);
  j["precision"] = timex::to_string(t.precision);
  if (!t.anchor.empty()) j["anchor"] = t.anchor;
  j["rule"] = t.rule;
  if (t.ambiguous) {
    j["ambiguous"] = true;
    j["alternatives"] = t.alternatives;
  }
  if (t.range) j["range"] = {{"earliest", t.range->earliest}, {"latest", t.range->latest}};
  return j;
}

nlohmann::json document_record(const Document& doc, const Mentions& mentions) {
  nlohmann::json j;
  j["type"] = "document";
  j["id"] = doc.id;
  j["path"] = doc.path;
  j["format"] = to_string(doc.format);
  j["title"] = or_null(doc.title);
  j["outlet"] = or_null(doc.outlet);
  j["outlet_origin"] = or_null(doc.outlet_origin);
  j["url"] = or_null(doc.url);
  j["published"] = published_json(doc.published);
  auto& header = j["header"] = nlohmann::json::array();
  for (const auto& h : doc.header)
    header.push_back(
        {{"kind", h.kind}, {"start", h.span.begin}, {"end", h.span.end}, {"text", std::string(doc.text(h.span))}});
  auto& removed = j["removed"] = nlohmann::json::array();
  for (const auto& r : doc.removed) {
    nlohmann::json e;
    e["start"] = r.span ? nlohmann::json(r.span->begin) : nlohmann::json(nullptr);
    e["end"] = r.span ? nlohmann::json(r.span->end) : nlohmann::json(nullptr);
    e["reason"] = r.reason;
    e["text"] = r.text;
    removed.push_back(std::move(e));
  }
  j["paragraphs"] = doc.paragraphs.size();
  auto& sentences = j["sentences"] = nlohmann::json::array();
  std::size_t t = 0, f = 0, a = 0;
  for (const auto& s : doc.sentences) {
    nlohmann::json sentence = {{"start", s.span.begin},
                               {"end", s.span.end},
                               {"paragraph", s.paragraph},
                               {"text", util::collapse_spaces(doc.text(s.span))}};
    auto& timexes = sentence["timex"] = nlohmann::json::array();
    while (t < mentions.timexes.size() && mentions.timexes[t].span.begin < s.span.end) {
      if (mentions.timexes[t].span.begin >= s.span.begin) timexes.push_back(timex_json(mentions.timexes[t]));
      ++t;
    }
    auto& figs = sentence["figures"] = nlohmann::json::array();
    while (f < mentions.figures.size() && mentions.figures[f].span.begin < s.span.end) {
      if (mentions.figures[f].span.begin >= s.span.begin) figs.push_back(figure_json(mentions.figures[f]));
      ++f;
    }
    auto& people = sentence["actors"] = nlohmann::json::array();
    while (a < mentions.actors.mentions.size() && mentions.actors.mentions[a].span.begin < s.span.end) {
      const auto& mention = mentions.actors.mentions[a];
      if (mention.span.begin >= s.span.begin) {
        nlohmann::json mj{{"start", mention.span.begin},
                          {"end", mention.span.end},
                          {"text", mention.text},
                          {"kind", actors::to_string(mention.kind)},
                          {"entity", mention.entity}};
        if (!mention.title.empty()) mj["title"] = mention.title;
        if (mention.reference) mj["reference"] = true;
        people.push_back(std::move(mj));
      }
      ++a;
    }
    const std::size_t index = static_cast<std::size_t>(&s - doc.sentences.data());
    if (index < mentions.attributions.size()) {
      const auto& at = mentions.attributions[index];
      nlohmann::json chain = nlohmann::json::array();
      for (const auto& src : at.chain) {
        nlohmann::json sj{{"name", src.name}};
        if (src.entity) sj["entity"] = *src.entity;
        chain.push_back(std::move(sj));
      }
      sentence["source_chain"] = std::move(chain);
      sentence["origin"] = sources::origin(at, doc, mentions.actors);
      if (!at.frame.empty()) sentence["frame"] = at.frame;
      if (at.quoted) sentence["quoted"] = true;
      nlohmann::json markers = nlohmann::json::array();
      for (const auto& mk : at.markers) {
        nlohmann::json mj{{"start", mk.span.begin}, {"end", mk.span.end}, {"text", mk.text}, {"kind", mk.kind}};
        if (mk.scope)
          mj["scope"] = {
              {"start", mk.scope->begin}, {"end", mk.scope->end}, {"text", std::string(doc.text(*mk.scope))}};
        markers.push_back(std::move(mj));
      }
      sentence["markers"] = std::move(markers);
    }
    sentences.push_back(std::move(sentence));
  }
  auto& entities = j["entities"] = nlohmann::json::array();
  for (const auto& e : mentions.actors.entities)
    entities.push_back({{"name", e.name},
                        {"key", e.key},
                        {"kind", actors::to_string(e.kind)},
                        {"aliases", e.aliases},
                        {"mentions", e.mentions},
                        {"salience", e.salience}});
  j["main_subject"] =
      mentions.actors.main_subject ? nlohmann::json(*mentions.actors.main_subject) : nlohmann::json(nullptr);
  j["warnings"] = doc.warnings;
  return j;
}

nlohmann::json skipped_record(const Skipped& skipped) {
  return {{"type", "skipped"}, {"path", skipped.path}, {"reason", skipped.reason}};
}

std::string to_line(const nlohmann::json& record) {
  return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace timeline::extract
