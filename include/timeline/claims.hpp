#pragma once
/// Claims: what a sentence asserts happened — an event kind from the trigger lexicon, its
/// time, figures, actors, who says so, polarity and hedging — with its citation. Claims are
/// self-contained records: the correlator never looks at article text again.
#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "timeline/actors.hpp"
#include "timeline/diagnostics.hpp"
#include "timeline/document.hpp"
#include "timeline/extract.hpp"
#include "timeline/figures.hpp"
#include "timeline/lexicon.hpp"
#include "timeline/result.hpp"
#include "timeline/text.hpp"
#include "timeline/timex.hpp"

namespace timeline::claims {

/// An immutable string that copies share (`timeline::Text`, also the strings of a stored figure).
using Text = timeline::Text;

/// An immutable value that copies share (8 bytes, one reference-counted node; empty: a
/// default value). Reads like a `const T&` through `get()` and `->`; `edit()` gives a value to
/// change, copied first when another handle shares it.
template <typename T>
class Shared {
 public:
  Shared() = default;
  Shared(T value) : m_node(new Node{{1}, std::move(value)}) {}  // NOLINT: implicit, like the value it replaces
  Shared(const Shared& other) noexcept : m_node(other.m_node) {
    if (m_node != nullptr) m_node->refs.fetch_add(1, std::memory_order_relaxed);
  }
  Shared(Shared&& other) noexcept : m_node(std::exchange(other.m_node, nullptr)) {}
  Shared& operator=(Shared other) noexcept {
    std::swap(m_node, other.m_node);
    return *this;
  }
  ~Shared() {
    if (m_node != nullptr && m_node->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete m_node;
  }

  const T& get() const { return m_node == nullptr ? default_value() : m_node->value; }
  operator const T&() const { return get(); }  // NOLINT
  const T* operator->() const { return &get(); }
  /// No node: the default value.
  bool empty() const { return m_node == nullptr; }
  /// The value, to change: this handle's own (copied first when shared).
  T& edit() {
    if (m_node == nullptr) {
      m_node = new Node{{1}, T{}};
    } else if (m_node->refs.load(std::memory_order_acquire) != 1) {
      *this = Shared(m_node->value);
    }
    return m_node->value;
  }
  /// Whether both share one node (equal values, for values from one `Pool`).
  bool same(const Shared& other) const { return m_node == other.m_node; }

 private:
  struct Node {
    std::atomic<std::size_t> refs;
    T value;
  };
  static const T& default_value() {
    static const T none{};
    return none;
  }
  Node* m_node = nullptr;
};

/// An immutable list that copies share (8 bytes, one reference-counted node; empty: none):
/// the claims of a sentence have the same source chain, markers and actors, and `Pool` makes
/// equal lists of a corpus one node. Reads like a `const std::vector<T>&`; `push_back` copies
/// a node that another list shares first.
template <typename T>
class List {
 public:
  List() = default;
  List(std::vector<T> items) {  // NOLINT: implicit, like the vector it replaces
    if (!items.empty()) m_items = std::move(items);
  }
  List(std::initializer_list<T> items) : List(std::vector<T>(items)) {}
  template <typename U>
    requires(!std::is_same_v<U, T> && std::is_constructible_v<T, const U&>)
  List(const std::vector<U>& items) : List(std::vector<T>(items.begin(), items.end())) {}  // NOLINT

  const std::vector<T>& items() const { return m_items.get(); }
  std::size_t size() const { return items().size(); }
  bool empty() const { return m_items.empty(); }
  const T& operator[](std::size_t i) const { return items()[i]; }
  const T& front() const { return items().front(); }
  const T& back() const { return items().back(); }
  const T* begin() const { return items().data(); }
  const T* end() const { return items().data() + items().size(); }
  void push_back(T item) { m_items.edit().push_back(std::move(item)); }
  /// Whether both share one node (equal lists, for lists from one `Pool`).
  bool same(const List& other) const { return m_items.same(other.m_items); }
  friend bool operator==(const List& a, const List& b) { return a.same(b) || a.items() == b.items(); }

 private:
  Shared<std::vector<T>> m_items;
};

/// Texts (a source chain, markers, actor keys).
using Texts = List<Text>;

/// As a JSON array of strings.
void to_json(nlohmann::json& j, const Texts& t);

/// A figure that copies share: a claim's figure is also the figure mention of its sentence.
/// Reads like a `const figures::Figure&` (a default one when empty).
class SharedFigure {
 public:
  SharedFigure() = default;
  SharedFigure(figures::Figure f)  // NOLINT: implicit, like the figure it replaces
      : m_figure(std::move(f)) {}
  const figures::Figure& get() const { return m_figure.get(); }
  operator const figures::Figure&() const { return get(); }  // NOLINT
  const figures::Figure* operator->() const { return &get(); }
  bool same(const SharedFigure& other) const { return m_figure.same(other.m_figure); }
  bool empty() const { return m_figure.empty(); }

 private:
  Shared<figures::Figure> m_figure;
};

/// A claim's figures: shared with the figure mentions of its sentence. Reads like a
/// `const std::vector<figures::Figure>&`.
class Figures {
 public:
  using Shared = List<SharedFigure>;
  Figures() = default;
  Figures(std::vector<figures::Figure> figures)  // NOLINT: implicit, like the vector it replaces
      : m_list(std::vector<SharedFigure>(figures.begin(), figures.end())) {}
  explicit Figures(Shared figures) : m_list(std::move(figures)) {}
  std::size_t size() const { return m_list.size(); }
  bool empty() const { return m_list.empty(); }
  const figures::Figure& operator[](std::size_t i) const { return m_list[i].get(); }
  const SharedFigure* begin() const { return m_list.begin(); }
  const SharedFigure* end() const { return m_list.end(); }
  void push_back(SharedFigure f) { m_list.push_back(std::move(f)); }

 private:
  Shared m_list;
};

/// "XXXX-07" or "XXXX-07-29": a month or day of a year the text does not give.
bool is_partial_date(std::string_view value);

/// When a claim says its event happened.
struct Time {
  Text value;     ///< TIMEX3 date value: 2018-03-14, 2018-03, 2019, 2020-Q1; "" when unknown
  Text earliest;  ///< first possible day (YYYY-MM-DD), "" when open
  Text latest;    ///< last possible day, "" when open
  timex::Precision precision = timex::Precision::none;
  Text mod;   ///< TIMEX3 mod of the expression (APPROX, BEFORE …)
  Text text;  ///< the expression as written ("the 28th of June 2019"); "" when not from an expression
  /// Where the time comes from: "expression" (a temporal expression tied to the event),
  /// "report" (the date of the sentence's reporting verb, "said Friday"), "reporting-date"
  /// (the document's reporting date: the last dated report before it, else publication),
  /// "previous" (the date of the act an "also" adds to, told in a sentence before),
  /// "relative" (an expression the missing publication date would resolve),
  /// "unknown" (kept, bounded by the publication date when there is one).
  Text basis = "unknown";
  /// Set when the year was missing from the text and taken from the other articles' dates.
  Text year_from;
  /// A full date (2018-03-14, 2018-03, 2019, 2020-Q1), not a partial one.
  bool known() const { return !value.empty() && value[0] >= '0' && value[0] <= '9'; }
  /// A month or day without its year: XXXX-07 or XXXX-07-29.
  bool partial() const { return is_partial_date(value); }
};

/// Equal texts made one: `share` replaces a text by the pool's copy of its value (adding it
/// when new). Not thread-safe; the pool keeps its texts alive until it is destroyed.
class Pool {
 public:
  void share(Text& t);
  /// The list and its texts.
  void share(Texts& t);
  /// The time and its texts.
  void share(Shared<Time>& t);
  /// The figure's texts (a new node for the figure: its claims and mention share it after).
  void share(SharedFigure& f);
  std::size_t size() const { return m_texts.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
  };
  // Lists and times are found by their values: no key of their own.
  struct ValueHash {
    std::size_t operator()(const Texts& t) const;
    std::size_t operator()(const Shared<Time>& t) const;
  };
  struct ValueEqual {
    bool operator()(const Texts& a, const Texts& b) const { return a == b; }
    bool operator()(const Shared<Time>& a, const Shared<Time>& b) const;
  };
  std::unordered_map<std::string_view, Text, Hash, Equal> m_texts;  // views into their own value
  std::unordered_set<Texts, ValueHash, ValueEqual> m_lists;
  std::unordered_set<Shared<Time>, ValueHash, ValueEqual> m_times;
};

/// Makes a document's equal texts one allocation: its claims' sentences, documents and
/// origins with each other (and with its figures'), and the values that repeat across a
/// corpus (kinds, triggers, dates, bases) with `corpus`'s. Also drops the vectors' spare room.
struct DocumentClaims;
void share(DocumentClaims& document, Pool& corpus);

/// One claim.
struct Claim {
  Text document;               ///< Document::id
  std::uint32_t sentence = 0;  ///< index into the document's sentences (32 bits: beside the flags, 8 bytes a claim less)
  bool negated = false;
  bool hedged = false;
  bool about_subject = false;  ///< names the document's main subject (or refers to it)
  bool about_other = false;    ///< names another company and not the subject: maybe another incident
  ByteSpan span;               ///< the sentence, bytes into the body
  Text text;                   ///< the sentence text
  Text kind;                   ///< an event kind of event_kinds.tsv
  Text trigger;                ///< the trigger as written
  ByteSpan trigger_span;
  Shared<Time> time;  ///< equal times of a corpus share one node (`Pool`)
  Texts markers;               ///< the hedge and negation words as written
  Figures figures;             ///< offsets relative to the body
  Texts actors;                ///< actor keys (actors::Entity::key) named in the sentence
  Texts chain;                 ///< source chain, outermost first (names as written)
  Text origin;                 ///< line-of-evidence key (sources::origin)
};

/// What the correlator needs to know of a document, without its text.
struct DocumentInfo {
  std::string id, path, outlet, title;
  PublicationDate published;
  /// Publication bounds inferred from the content when no date was found ("" when open).
  std::string inferred_earliest, inferred_latest, inferred_from;
  std::string subject;  ///< key of the document's main subject ("" when none)
  std::string subject_name;
};

/// A figure as a sentence states it, whether or not the sentence makes a claim ("In fiscal
/// 2018, procurement totaled about ¥45 billion" names no event but is evidence all the same).
struct FigureMention {
  Text document;
  std::size_t sentence = 0;
  ByteSpan span;           ///< the sentence
  Text text;               ///< the sentence text
  Text origin;             ///< line of evidence
  SharedFigure figure;     ///< offsets into the body; the same figure as its claim's
};

struct DocumentClaims {
  DocumentInfo info;
  std::vector<Claim> claims;
  std::vector<FigureMention> figures;
};

/// Properties of an event kind (event_kinds.tsv).
struct KindInfo {
  std::string kind;
  bool once = false;    ///< one such event per incident
  bool speech = false;  ///< a public act, dated by its reporting verb when undated
  bool follows = false; ///< comes after an incident (a fine, a lawsuit): one dated before it began is another story
  std::string label;
};

/// The kinds, in the order of the lexicon; an error names the table row that is wrong.
Result<std::vector<KindInfo>> kinds(const Lexicon* lexicon = nullptr);

/// The claims of one tagged document.
Result<DocumentClaims> extract(const Document& doc, const extract::Mentions& mentions,
                               const Lexicon* lexicon = nullptr);

/// JSON records (the map step's output) and back; `claim_from_json` rejects a malformed
/// record with a message naming the field.
nlohmann::json to_json(const Claim& c);
nlohmann::json to_json(const DocumentInfo& d);
Result<Claim> claim_from_json(const nlohmann::json& j);

/// How many days before an article's publication a dated public act of its lead ("said on
/// Tuesday") may be and still be the news the article reports: what the article tells without a
/// date of its own is of that day (the claims stage, and the correlator for an article it dates
/// from a year-less dateline).
inline constexpr long k_lead_act_days = 10;

/// Version of the claim records `timeline extract -o` writes (the "version" field of each line).
inline constexpr int k_record_version = 1;

/// Where a record stands in the input order: the input file (as loading names it) and its
/// position among that file's documents (or skipped entries). Records sort by it.
struct Place {
  std::string input;
  std::size_t index = 0;
};

/// One document's extraction without its text: what the correlator and cross-document actor
/// linking need (claims, figure mentions, the document's alias sets).
struct Record {
  Place place;
  DocumentClaims document;
  std::vector<actors::Entity> entities;  ///< mentions dropped: linking needs the alias sets only
};

/// An input that was not loaded, with its place.
struct SkippedRecord {
  Place place;
  Skipped skipped;
};

/// The records of a set of inputs: documents, skipped inputs and the loader's warnings.
struct Records {
  std::vector<Record> documents;
  std::vector<SkippedRecord> skipped;
  std::vector<Diagnostic> diagnostics;
};

/// Whether `a` comes before `b` in document order: input paths compared folder by folder
/// (as loading walks a folder), then the position in the file.
bool before(const Place& a, const Place& b);

/// The records as JSON lines ({"type":"document-claims"|"skipped"|"diagnostic","version":1,…}),
/// each line ending with '\n'.
std::string to_jsonl(const Records& records);

/// Appends the records of a JSONL text to `into` and returns how many lines it read; an error
/// names `file`, the line and the field.
Result<std::size_t> read_jsonl(std::string_view text, std::string_view file, Records& into);

}  // namespace timeline::claims

/// Texts format as their value.
template <>
struct fmt::formatter<timeline::claims::Text> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const timeline::claims::Text& t, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(t), ctx);
  }
};
