// Markdown for GitHub and GitLab: a table of events, the evidence as footnotes.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "render/common.hpp"
#include "timeline/render.hpp"

namespace timeline::render {
namespace {

using namespace detail;

// Text inside a table cell: Markdown and HTML specials neutralised, one line.
std::string cell(std::string_view s) {
  std::string out;
  for (const char c : one_line(s)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '|':
        out += "\\|";
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '~':
      case '!':
      case '$':
        out += '\\';
        out += c;
        break;
      default:
        // Control bytes cannot reach the page (records that did not come through the loader).
        out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
    }
  }
  return out;
}

// A code span holding `s` literally: backslashes do not escape inside code spans, so the fence
// is one backtick longer than the longest run of backticks in `s` (CommonMark 6.1).
std::string code_span(std::string_view s) {
  std::string text = one_line(s);
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  std::size_t longest = 0, run = 0;
  for (const char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
  return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
}

class MarkdownWriter {
 public:
  MarkdownWriter(const correlate::Timeline& tl, const Options& o) : m_tl(tl), m_o(o), m_docs(tl) {}

  std::string run() {
    m_out += "# Timeline\n\n";
    m_out += fmt::format("{} event{} from {} document{}.", m_tl.events.size(), m_tl.events.size() == 1 ? "" : "s",
                         m_tl.documents.size(), m_tl.documents.size() == 1 ? "" : "s");
    m_out += " Dates are shown at their precision (`~` approximate); ⚠️ marks a disagreement between sources.\n\n";
    table(m_tl.events);
    if (!m_tl.undated.empty()) {
      m_out += "\n## Undated\n\n";
      table(m_tl.undated);
    }
    if (!m_tl.related.empty()) {
      m_out += "\n## Related, not part of the incident\n\n";
      table(m_tl.related);
    }
    if (!m_tl.skipped.empty()) {
      m_out += "\n## Skipped inputs\n\n";
      for (const auto& s : m_tl.skipped) m_out += "- " + code_span(s.path) + ": " + cell(s.reason) + "\n";
    }
    if (!m_refs.order.empty()) {
      m_out += "\n";
      for (std::size_t i = 0; i < m_refs.order.size(); ++i) {
        const auto index = m_refs.order[i];
        const auto& c = m_tl.claims[index];
        m_out += fmt::format("[^{}]: {}: “{}”", i + 1, cell(m_docs.cite(c.document)), cell(c.text));
        if (const auto chain = chain_label(c, m_docs.outlet(c.document)); !chain.empty())
          m_out += " — source: " + cell(chain);
        if (m_revised.count(index) != 0) m_out += " *(revised later)*";
        m_out += "\n";
      }
    }
    return std::move(m_out);
  }

 private:
  std::string refs(const std::vector<std::size_t>& claims) {
    std::string out;
    for (const auto c : claims) out += fmt::format("[^{}]", m_refs.of(c));
    return out;
  }

  void table(const std::vector<correlate::Event>& events) {
    m_out += "| Date | Kind | What happened | Sources |\n|---|---|---|---|\n";
    for (const auto& e : events) {
      std::size_t more = 0;
      const auto cited = cited_claims(m_tl, e, 6, &more);
      std::string what = cell(bare_summary(e));
      if (m_o.explain && !e.date_rationale.empty()) what += "<br>*Why this date:* " + cell(e.date_rationale);
      for (const auto& g : e.figures) {
        if (g.items.empty()) continue;
        what += g.items.size() == 1 ? "<br>Figure: " : g.agree ? "<br>Figures agree: " : "<br>Figures differ: ";
        for (std::size_t i = 0; i < g.items.size(); ++i)
          what += (i ? "; " : "") + cell(m_tl.claims[g.items[i].claim].figures[g.items[i].figure].text) +
                  refs({g.items[i].claim});
      }
      for (const auto& c : e.conflicts) {
        what += "<br>⚠️ **" + cell(c.field) + " conflict**" +
                (c.measure.empty() ? "" : " (" + cell(measure_label(c.measure)) + ")") + ": ";
        for (std::size_t i = 0; i < c.values.size(); ++i) {
          correlate::Event side;
          side.claims = c.values[i].claims;
          what += (i ? " vs " : "") + cell(c.values[i].value) + " " + refs(cited_claims(m_tl, side, 3));
        }
        what += " → kept " + cell(c.resolution);
        if (m_o.explain && !c.rationale.empty()) what += " (*" + cell(c.rationale) + "*)";
      }
      if (!e.revised.empty()) {
        what += "<br>✎ Revised later: " + refs(e.revised);
        for (const auto r : e.revised) m_revised.insert(r);
      }
      std::string sources = refs(cited);
      if (more > 0) sources += fmt::format(" +{}", more);
      sources += fmt::format("<br>{} independent", e.origins);
      m_out += "| " + cell(date_label(m_tl, e)) + " | " + cell(e.kind) + " | " + what + " | " + sources + " |\n";
    }
  }

  const correlate::Timeline& m_tl;
  const Options& m_o;
  Documents m_docs;
  References m_refs;
  std::set<std::size_t> m_revised;
  std::string m_out;
};

}  // namespace

std::string markdown(const correlate::Timeline& tl, const Options& o) { return MarkdownWriter(tl, o).run(); }

}  // namespace timeline::render
