#pragma once
/// Actors: the organisations, government bodies, people, groups and media a document names,
/// grouped into alias sets inside the document ("Acme Corp." = "Acme" = "the company") and
/// across documents.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "timeline/document.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"

namespace timeline::actors {

enum class Kind { organisation, government, person, group, media };
const char* to_string(Kind k);

/// One mention of an actor in the body.
struct Mention {
  ByteSpan span;            ///< bytes into Document::body
  std::string text;         ///< as written: "Norway's Transport Ministry", "the company"
  Kind kind = Kind::organisation;
  std::size_t entity = 0;   ///< index into DocumentActors::entities
  std::string title;        ///< for people: "Chief Cabinet Secretary", "spokesperson" … ("" for none)
  bool reference = false;   ///< a description resolved to an entity ("the company", "the ministry", "he")
};

/// One alias set inside a document.
struct Entity {
  std::string name;                  ///< the fullest name used: "Acme Corp."
  std::string key;                   ///< normalised key for cross-document linking: "acme"
  Kind kind = Kind::organisation;
  std::vector<std::string> aliases;  ///< distinct surface forms, sorted
  std::size_t mentions = 0;
  double salience = 0;               ///< higher: more central to the document (title, first paragraph, frequency)
};

struct DocumentActors {
  std::vector<Mention> mentions;     ///< in body order
  std::vector<Entity> entities;
  std::optional<std::size_t> main_subject;  ///< the most salient organisation (what "the company" refers to)
};

/// Finds the actors of a loaded, segmented document (its title counts towards salience).
Result<DocumentActors> tag(const Document& doc, const Lexicon* lexicon = nullptr);

/// The normalised key of a name, as Entity::key: lower case, legal suffixes, a leading "the" and
/// a possessive country left out ("The Acme Corp." → "acme", "Norway's Transport Ministry" →
/// "defense ministry"). Outlets and cited sources compare by it.
std::string key(std::string_view name, const Lexicon* lexicon = nullptr);

/// Alias sets across documents: for each document, for each of its entities, the corpus-wide
/// entity id (equal ids: the same actor). Ids are dense, deterministic (independent of input
/// order within equal keys) and ordered by decreasing corpus salience: id 0 is the corpus's
/// main subject when there is one.
std::vector<std::vector<std::size_t>> link(const std::vector<const DocumentActors*>& documents);

}  // namespace timeline::actors
