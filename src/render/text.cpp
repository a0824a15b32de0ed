// The timeline for people: one entry per event, conflicts beside it, references as footnotes.
#include <fmt/format.h>

#include <algorithm>
#include <ostream>
#include <set>

#include "render/common.hpp"
#include "timeline/render.hpp"
#include "util/strings.hpp"

namespace timeline::render {
namespace {

using namespace detail;

// ANSI styles, empty without colour.
struct Style {
  bool on = false;
  std::string paint(std::string_view code, const std::string& s) const {
    if (!on || s.empty()) return s;
    return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
  }
  std::string bold(const std::string& s) const { return paint("1", s); }
  std::string kind(const std::string& s) const { return paint("36", s); }
  std::string conflict(const std::string& s) const { return paint("1;31", s); }
  std::string revised(const std::string& s) const { return paint("33", s); }
  std::string dim(const std::string& s) const { return paint("2", s); }
};

// Greedy word wrap by terminal columns; continuation lines are indented by `indent` spaces.
// Control bytes (an escape sequence in a record that did not come through the loader) are
// blanked: the only escape sequences printed are the colours above.
std::string wrap(const std::string& raw, std::size_t width, std::size_t indent, std::size_t first_used) {
  std::string text = raw;
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  std::string out;
  std::size_t col = first_used;
  bool first = true;
  for (const auto word : util::split(text, ' ')) {
    if (word.empty()) continue;
    const std::size_t w = columns(word);
    if (!first && col + 1 + w > width) {
      out += "\n" + std::string(indent, ' ');
      col = indent;
    } else if (!first) {
      out += ' ';
      ++col;
    }
    out += word;
    col += w;
    first = false;
  }
  return out;
}

std::string refs(References& r, const std::vector<std::size_t>& claims) {
  std::string out;
  for (const auto c : claims) out += fmt::format("[{}]", r.of(c));
  return out;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

struct Layout {
  std::size_t date_cols = 10;
  std::size_t kind_cols = 12;
  std::size_t indent() const { return date_cols + 2 + kind_cols + 2; }
};

class TextWriter {
 public:
  /// Written to `sink` as it is made when there is one (run() then returns what is left: "").
  TextWriter(const correlate::Timeline& tl, const Options& o, std::ostream* sink = nullptr)
      : m_tl(tl), m_o(o), m_docs(tl), m_sink(sink) {
    m_style.on = o.color;
  }

  std::string run() {
    for (const auto* list : {&m_tl.events, &m_tl.undated, &m_tl.related})
      for (const auto& e : *list) {
        // Longer labels ("week of 2024-04-15") take a line of their own rather than a wide column.
        m_layout.date_cols = std::clamp(columns(date_label(m_tl, e)), m_layout.date_cols, std::size_t{12});
        m_layout.kind_cols = std::max(m_layout.kind_cols, columns(e.kind));
      }
    heading();
    bool undated = false;
    for (const auto& e : m_tl.events) {
      if (e.date.value.empty() && !undated) {
        m_out += "\n" +
                 m_style.bold(
                     wrap("Undated (said to have happened before the articles that mention them)", m_o.width, 0, 0)) +
                 "\n";
        undated = true;
      }
      entry(e);
      flush();
    }
    if (!m_tl.undated.empty()) {
      m_out +=
          "\n" +
          m_style.bold(wrap("Undated (said to have happened before the articles that mention them)", m_o.width, 0, 0)) +
          "\n";
      for (const auto& e : m_tl.undated) {
        entry(e);
        flush();
      }
    }
    if (!m_tl.related.empty()) {
      m_out += "\n" + m_style.bold("Related, not part of the incident") + "\n";
      for (const auto& e : m_tl.related) {
        entry(e);
        flush();
      }
    }
    footnotes();
    if (!m_tl.skipped.empty()) {
      m_out += "\n" + m_style.bold("Skipped inputs") + "\n";
      for (const auto& s : m_tl.skipped) m_out += "  " + s.path + ": " + s.reason + "\n";
    }
    flush(0);
    return std::move(m_out);
  }

 private:
  void heading() {
    const std::string subject = subject_name(m_tl);
    std::string line = subject.empty() ? "Timeline" : "Timeline of " + subject;
    line += fmt::format(": {} from {}", plural(m_tl.events.size(), "event", "events"),
                        plural(m_tl.documents.size(), "document", "documents"));
    if (!m_tl.skipped.empty()) line += fmt::format(" ({} skipped)", plural(m_tl.skipped.size(), "input", "inputs"));
    m_out += m_style.bold(wrap(line, m_o.width, 2, 0)) + "\n\n";
  }

  // A line under the entry, wrapped and indented, painted with `paint`.
  template <typename Paint>
  void sub(const std::string& text, Paint paint) {
    const std::size_t in = m_layout.indent();
    const std::string wrapped = wrap(text, std::max(m_o.width, in + 20), in + 2, in);
    m_out += std::string(in, ' ');
    // Paint each physical line on its own so a pager that cuts lines keeps the colours right.
    std::size_t start = 0;
    while (true) {
      const auto nl = wrapped.find('\n', start);
      const std::string part = wrapped.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
      const auto body = part.find_first_not_of(' ');
      m_out += part.substr(0, body == std::string::npos ? part.size() : body);
      if (body != std::string::npos) m_out += paint(part.substr(body));
      m_out += "\n";
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }

  void entry(const correlate::Event& e) {
    const std::string date = date_label(m_tl, e);
    std::string date_cell = date;
    if (columns(date) > m_layout.date_cols)
      date_cell = m_style.bold(date) + "\n" + std::string(m_layout.date_cols, ' ');
    else
      date_cell = m_style.bold(date + std::string(m_layout.date_cols - columns(date), ' '));
    const std::string kind_cell = e.kind + std::string(m_layout.kind_cols - columns(e.kind), ' ');
    std::size_t more = 0;
    const auto cited = cited_claims(m_tl, e, 6, &more);
    std::string line = bare_summary(e) + " " + refs(m_refs, cited);
    if (more > 0) line += fmt::format(" +{} more", more);
    const std::size_t in = m_layout.indent();
    m_out +=
        date_cell + "  " + m_style.kind(kind_cell) + "  " + wrap(line, std::max(m_o.width, in + 20), in, in) + "\n";
    if (m_o.explain && !e.date_rationale.empty())
      sub("why this date: " + e.date_rationale, [&](const std::string& s) { return m_style.dim(s); });
    for (const auto& g : e.figures) {
      if (g.items.empty()) continue;
      std::string f = g.items.size() == 1 ? "figure: " : g.agree ? "figures agree: " : "figures differ: ";
      for (std::size_t i = 0; i < g.items.size(); ++i) {
        const auto& item = g.items[i];
        f += (i ? "; " : "") + one_line(m_tl.claims[item.claim].figures[item.figure].text) + " " +
             refs(m_refs, {item.claim});
      }
      sub(f, [](const std::string& s) { return s; });
    }
    for (const auto& c : e.conflicts) {
      std::string f = "! " + c.field + (c.measure.empty() ? "" : " (" + measure_label(c.measure) + ")") + " conflict: ";
      for (std::size_t i = 0; i < c.values.size(); ++i) {
        const auto& s = c.values[i];
        correlate::Event side;
        side.claims = s.claims;
        std::size_t side_more = 0;
        const auto side_cited = cited_claims(m_tl, side, 3, &side_more);
        f += (i ? " vs " : "") + s.value + " (" + plural(s.documents.size(), "document", "documents") + ", " +
             std::to_string(s.origins) + " independent) " + refs(m_refs, side_cited);
        if (side_more > 0) f += fmt::format(" +{}", side_more);
      }
      f += " → kept " + c.resolution;
      sub(f, [&](const std::string& s) { return m_style.conflict(s); });
      if (m_o.explain && !c.rationale.empty())
        sub("  why: " + c.rationale, [&](const std::string& s) { return m_style.dim(s); });
    }
    if (!e.revised.empty()) {
      std::vector<std::size_t> revised = e.revised;
      for (const auto r : revised) m_refs.of(r);
      std::sort(revised.begin(), revised.end(),
                [&](std::size_t a, std::size_t b) { return m_refs.of(a) < m_refs.of(b); });
      sub("revised: " + refs(m_refs, revised) + (revised.size() == 1 ? " was" : " were") +
              " contradicted by a later report",
          [&](const std::string& s) { return m_style.revised(s); });
      for (const auto r : revised) m_revised.insert(r);
    }
  }

  void footnotes() {
    if (m_refs.order.empty()) return;
    m_out += "\n" + m_style.bold("References") + "\n";
    for (std::size_t i = 0; i < m_refs.order.size(); ++i) {
      const auto& c = m_tl.claims[m_refs.order[i]];
      const std::string head = fmt::format("[{}] ", i + 1);
      std::string line = m_docs.cite(c.document) + ": \"" + one_line(c.text) + "\"";
      if (const auto chain = chain_label(c, m_docs.outlet(c.document)); !chain.empty()) line += " — source: " + chain;
      if (m_revised.count(m_refs.order[i]) != 0) line += " (revised later)";
      m_out += m_style.dim(head) + wrap(line, m_o.width, head.size(), head.size()) + "\n";
      flush();
    }
  }

  // Hands what is written so far to the sink once there is `at_least` of it: the text of a
  // large corpus is never held whole.
  void flush(std::size_t at_least = std::size_t{1} << 16) {
    if (m_sink == nullptr || m_out.size() < at_least) return;
    m_sink->write(m_out.data(), static_cast<std::streamsize>(m_out.size()));
    m_out.clear();
  }

  const correlate::Timeline& m_tl;
  const Options& m_o;
  Documents m_docs;
  Style m_style;
  Layout m_layout;
  References m_refs;
  std::set<std::size_t> m_revised;
  std::string m_out;
  std::ostream* m_sink = nullptr;
};

}  // namespace

std::string text(const correlate::Timeline& tl, const Options& o) { return TextWriter(tl, o).run(); }

void text(const correlate::Timeline& tl, const Options& o, std::ostream& out) { TextWriter(tl, o, &out).run(); }

}  // namespace timeline::render
