// One self-contained HTML page: a time axis drawn in inline SVG where a bar's width is the
// date's precision, and every event opening to its evidence. No network, no external file.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "render/common.hpp"
#include "timeline/render.hpp"

namespace timeline::render {
namespace {

using namespace detail;

// Days since 1970-01-01 of YYYY-MM-DD (Howard Hinnant's days_from_civil).
std::optional<long> day_number(const std::string& ymd) {
  if (ymd.size() != 10 || ymd[4] != '-' || ymd[7] != '-') return std::nullopt;
  long y = 0;
  unsigned m = 0, d = 0;
  try {
    y = std::stol(ymd.substr(0, 4));
    m = static_cast<unsigned>(std::stoul(ymd.substr(5, 2)));
    d = static_cast<unsigned>(std::stoul(ymd.substr(8, 2)));
  } catch (...) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

const char* kind_colour(const std::string& kind) {
  static const std::pair<const char*, const char*> k_colours[] = {
      {"intrusion", "#b03a2e"}, {"discovery", "#d35400"}, {"investigation", "#7d6608"}, {"disclosure", "#1f618d"},
      {"media-report", "#5b2c6f"}, {"finding", "#117864"}, {"admission", "#a04000"}, {"sanction", "#78281f"},
      {"apology", "#2e86c1"}, {"remediation", "#1e8449"}, {"fine", "#6e2c00"}, {"lawsuit", "#4a235a"},
      {"statement", "#566573"}, {"other", "#7f8c8d"}};
  for (const auto& [k, c] : k_colours)
    if (kind == k) return c;
  return "#7f8c8d";
}

// The page's one script (printing opens every <details>) and its CSP hash: base64 of its SHA-256
// (printf '%s' SCRIPT | openssl dgst -sha256 -binary | base64); tests/hostile checks they match.
constexpr const char* k_script =
    "addEventListener('beforeprint',function(){"
    "document.querySelectorAll('details').forEach(function(d){d.open=true})})";
constexpr const char* k_script_hash = "sha256-wS5Y3Vy5U9cQQzjssyEiCwlqZMTM2KcIpw8VSgn5Cnk=";

constexpr const char* k_style = R"(
:root{--ink:#1b1f23;--muted:#5f6b76;--line:#d6dbe0;--bad:#c0392b;--bg:#fff}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin:28px 0 8px;border-bottom:1px solid var(--line)}
.lede{color:var(--muted);margin:0 0 16px}
.axis{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#fafbfc}
.axis text{font:11px system-ui,sans-serif;fill:var(--ink)}.axis .tick{stroke:var(--line)}.axis .ticklabel{fill:var(--muted)}
.axis .bar{stroke:#0000;stroke-width:0}.axis .conflict .bar{stroke:var(--bad);stroke-width:2.5}
.axis .open{opacity:.45}.axis a:hover .bar{opacity:.8}
.legend{color:var(--muted);font-size:.85em;margin:6px 0 0}
.event{border:1px solid var(--line);border-left:6px solid var(--kind);border-radius:6px;margin:8px 0;background:var(--bg)}
.event.conflict{border-color:var(--bad);border-left-color:var(--kind);box-shadow:0 0 0 1px var(--bad)}
.event>summary{cursor:pointer;padding:8px 12px;list-style-position:inside}
.date{font-weight:700;font-variant-numeric:tabular-nums;margin-right:.5em}
.kind{display:inline-block;font-size:.8em;padding:1px 7px;border-radius:9px;color:#fff;background:var(--kind);margin-right:.5em}
.badge{display:inline-block;font-size:.8em;padding:1px 7px;border-radius:9px;margin-left:.4em;border:1px solid var(--bad);color:var(--bad)}
.badge.revised{border-color:#b7950b;color:#7d6608}
.count{color:var(--muted);font-size:.85em;margin-left:.4em}
.evidence{padding:0 14px 10px;border-top:1px dashed var(--line)}
.evidence p{margin:8px 0}
.why{color:var(--muted);font-size:.9em}
.conflicts{border-collapse:collapse;margin:8px 0;font-size:.92em}
.conflicts td,.conflicts th{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
.conflicts .kept{font-weight:700}
.claims{list-style:none;padding:0;margin:8px 0}
.claims li{margin:8px 0;padding-left:10px;border-left:3px solid var(--line)}
.claims li.revised{border-left-color:#b7950b}
.claims blockquote{margin:0;font-style:italic}
.claims cite{display:block;color:var(--muted);font-size:.85em;font-style:normal}
.skipped li{color:var(--muted)}
footer{color:var(--muted);font-size:.8em;margin-top:32px}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  .event{break-inside:avoid;box-shadow:none}
  .event>summary{list-style:none}
  details::details-content{content-visibility:visible;display:block;height:auto}
  .axis{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
)";

class HtmlWriter {
 public:
  HtmlWriter(const correlate::Timeline& tl, const Options& o) : m_tl(tl), m_o(o), m_docs(tl) {}

  std::string run() {
    const std::string subject = subject_name(m_tl);
    const std::string title = subject.empty() ? "Timeline" : "Timeline of " + subject;
    m_out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    m_out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // Nothing may be fetched: the page stands alone, and article text can never load anything.
    // Only the page's own script runs, named by its hash: no inline script, event handler or
    // javascript: URL from an article could run even if escaping failed (tests/hostile checks both).
    m_out += std::string(
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                 "'unsafe-inline'; script-src '") +
             k_script_hash + "'; img-src data:; form-action 'none'; base-uri 'none'\">\n";
    m_out += "<title>" + html_escape(title) + "</title>\n<style>" + k_style + "</style>\n</head>\n<body>\n";
    m_out += "<header>\n<h1>" + html_escape(title) + "</h1>\n";
    m_out += fmt::format("<p class=\"lede\">{} event{} from {} document{}{}.</p>\n</header>\n", m_tl.events.size(),
                         m_tl.events.size() == 1 ? "" : "s", m_tl.documents.size(),
                         m_tl.documents.size() == 1 ? "" : "s",
                         m_tl.skipped.empty() ? "" : fmt::format(" ({} input{} skipped)", m_tl.skipped.size(), m_tl.skipped.size() == 1 ? "" : "s"));
    axis();
    m_out += "<main>\n<h2>Events</h2>\n";
    for (std::size_t i = 0; i < m_tl.events.size(); ++i) entry(m_tl.events[i], "ev-" + std::to_string(i + 1));
    if (!m_tl.related.empty()) {
      m_out += "<h2>Related, not part of the incident</h2>\n";
      for (std::size_t i = 0; i < m_tl.related.size(); ++i)
        entry(m_tl.related[i], "rel-" + std::to_string(i + 1));
    }
    if (!m_tl.skipped.empty()) {
      m_out += "<h2>Skipped inputs</h2>\n<ul class=\"skipped\">\n";
      for (const auto& s : m_tl.skipped)
        m_out += "<li><code>" + html_escape(s.path) + "</code>: " + html_escape(s.reason) + "</li>\n";
      m_out += "</ul>\n";
    }
    m_out += "</main>\n<footer>Made by timeline. Every quoted sentence links back to its article file; dates are "
             "intervals shown at their precision.</footer>\n";
    // Printing shows the evidence too (browsers without ::details-content).
    m_out += std::string("<script>") + k_script + "</script>\n</body>\n</html>\n";
    return std::move(m_out);
  }

 private:
  void axis() {
    struct Bar {
      std::size_t index;
      long from, to;  // days, inclusive
      bool open_start, open_end;
    };
    std::vector<Bar> bars;
    long lo = 0, hi = 0;
    bool any = false;
    for (std::size_t i = 0; i < m_tl.events.size(); ++i) {
      const auto& d = m_tl.events[i].date;
      if (d.value.empty()) continue;
      auto from = day_number(d.earliest), to = day_number(d.latest);
      if (!from && !to) continue;
      bars.push_back({i, from.value_or(0), to.value_or(0), !from, !to});
      for (const auto v : {from, to})
        if (v) {
          lo = any ? std::min(lo, *v) : *v;
          hi = any ? std::max(hi, *v) : *v;
          any = true;
        }
    }
    if (bars.empty()) return;
    const long pad = std::max(3L, (hi - lo) / 30);
    lo -= pad;
    hi += pad + 1;
    for (auto& b : bars) {
      if (b.open_start) b.from = lo;
      if (b.open_end) b.to = hi - 1;
    }
    const double left = 10, right = 990, label_w = 0, row_h = 24, top = 30;
    const double scale = (right - left - label_w) / static_cast<double>(hi - lo);
    auto x = [&](long day) { return left + label_w + static_cast<double>(day - lo) * scale; };
    const double height = top + row_h * static_cast<double>(bars.size()) + 10;
    m_out += fmt::format(
        "<section>\n<svg class=\"axis\" viewBox=\"0 0 1000 {:.0f}\" role=\"img\" aria-label=\"Events on a time axis\" "
        "xmlns=\"http://www.w3.org/2000/svg\">\n",
        height);
    ticks(lo, hi, x, height);
    for (std::size_t row = 0; row < bars.size(); ++row) {
      const auto& b = bars[row];
      const auto& e = m_tl.events[b.index];
      const double y = top + row_h * static_cast<double>(row);
      const double x0 = x(b.from), x1 = std::max(x(b.to + 1), x0 + 4);
      const std::string label = date_label(m_tl, e) + " · " + e.kind + (e.conflicts.empty() ? "" : " ⚠");
      const bool label_left = x1 > 700;
      m_out += fmt::format("<a href=\"#ev-{}\" class=\"{}\"><title>{}</title>", b.index + 1,
                           e.conflicts.empty() ? "entry" : "entry conflict",
                           html_escape(date_label(m_tl, e) + " — " + one_line(e.summary)));
      m_out += fmt::format("<rect class=\"bar{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.0f}\" rx=\"3\" "
                           "fill=\"{}\"/>",
                           b.open_start || b.open_end ? " open" : "", x0, y + 4, x1 - x0, row_h - 8,
                           kind_colour(e.kind));
      m_out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\"{}>{}</text></a>\n", label_left ? x0 - 6 : x1 + 6,
                           y + row_h / 2 + 4, label_left ? " text-anchor=\"end\"" : "", html_escape(label));
    }
    m_out += "</svg>\n<p class=\"legend\">Each bar spans the interval its date allows: a day is a sliver, a month a "
             "wide bar; a faded bar is open on one side (\"before …\"). A red outline and ⚠ mark a date or claim the "
             "sources disagree on. Click a bar for its evidence.</p>\n</section>\n";
  }

  template <typename X>
  void ticks(long lo, long hi, X x, double height) {
    // Month ticks up to three years, else years.
    const bool months = hi - lo <= 3 * 366;
    long year = 1970, month = 1;
    {  // civil date of `lo` (inverse by search: cheap for the spans we draw)
      year = 1970 + lo / 366 - 1;
      while (*day_number(fmt::format("{:04}-01-01", year + 1)) <= lo) ++year;
      month = 1;
      while (month < 12 && *day_number(fmt::format("{:04}-{:02}-01", year, month + 1)) <= lo) ++month;
    }
    if (!months) month = 1;
    int drawn = 0;
    while (drawn < 200) {
      if (months) {
        if (++month > 12) {
          month = 1;
          ++year;
        }
      } else {
        ++year;
      }
      const long day = *day_number(fmt::format("{:04}-{:02}-01", year, month));
      if (day >= hi) break;
      const double tx = x(day);
      if (tx > 950) break;  // no label cut by the edge
      m_out += fmt::format("<line class=\"tick\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"18\" y2=\"{1:.0f}\"/>", tx, height);
      m_out += fmt::format("<text class=\"ticklabel\" x=\"{:.1f}\" y=\"13\">{}</text>\n", tx + 2,
                           months ? fmt::format("{:04}-{:02}", year, month) : fmt::format("{:04}", year));
      ++drawn;
    }
  }

  std::string cite(std::size_t index, bool revised) {
    const auto& c = m_tl.claims[index];
    std::string out = std::string("<li") + (revised ? " class=\"revised\"" : "") + "><blockquote>“" +
                      html_escape(one_line(c.text)) + "”</blockquote><cite>" +
                      html_escape(m_docs.outlet(c.document)) + ", " + html_escape(m_docs.published(c.document)) +
                      " — <code>" + html_escape(c.document) + "</code>";
    if (const auto chain = chain_label(c, m_docs.outlet(c.document)); !chain.empty())
      out += " — source: " + html_escape(chain);
    if (!c.time->text.empty()) out += " — dated by “" + html_escape(c.time->text) + "”";
    if (c.negated) out += " — denial";
    if (revised) out += " — <strong>revised by a later report</strong>";
    return out + "</cite></li>\n";
  }

  void entry(const correlate::Event& e, const std::string& id) {
    m_out += fmt::format("<details class=\"event{}\" id=\"{}\" style=\"--kind:{}\">\n<summary>",
                         e.conflicts.empty() ? "" : " conflict", id, kind_colour(e.kind));
    m_out += "<span class=\"date\">" + html_escape(date_label(m_tl, e)) + "</span><span class=\"kind\">" +
             html_escape(e.kind) + "</span><span class=\"text\">" + html_escape(one_line(bare_summary(e))) + "</span>";
    for (const auto& c : e.conflicts) m_out += "<span class=\"badge\">⚠ " + html_escape(c.field) + " conflict</span>";
    if (!e.revised.empty()) m_out += "<span class=\"badge revised\">✎ revised</span>";
    m_out += fmt::format("<span class=\"count\">{} document{}, {} independent</span></summary>\n<div class=\"evidence\">\n",
                         e.sources.size(), e.sources.size() == 1 ? "" : "s", e.origins);
    if (!e.date_rationale.empty())
      m_out += "<p class=\"why\">Why this date: " + html_escape(e.date_rationale) + "</p>\n";
    for (const auto& g : e.figures) {
      if (g.items.empty()) continue;
      m_out += std::string("<p>") + (g.items.size() == 1 ? "Figure" : g.agree ? "Figures agree" : "Figures differ") +
               " (" + html_escape(measure_label(g.measure)) + "): ";
      for (std::size_t i = 0; i < g.items.size(); ++i) {
        const auto& c = m_tl.claims[g.items[i].claim];
        m_out += (i ? "; " : "") + html_escape(c.figures[g.items[i].figure].text) + " <small>(" +
                 html_escape(m_docs.outlet(c.document)) + ")</small>";
      }
      m_out += "</p>\n";
    }
    for (const auto& c : e.conflicts) {
      m_out += "<table class=\"conflicts\"><caption>⚠ Sources disagree on the " + html_escape(c.field) +
               (c.measure.empty() ? "" : " (" + html_escape(measure_label(c.measure)) + ")") +
               "</caption>\n<tr><th>value</th><th>documents</th><th>independent</th></tr>\n";
      for (const auto& s : c.values) {
        std::string docs;
        for (std::size_t k = 0; k < s.documents.size(); ++k)
          docs += (k ? ", " : "") + html_escape(m_docs.outlet(s.documents[k]));
        m_out += fmt::format("<tr{}><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                             s.value == c.resolution ? " class=\"kept\"" : "", html_escape(s.value), docs, s.origins);
      }
      m_out += "</table>\n<p class=\"why\">Kept " + html_escape(c.resolution) + ": " + html_escape(c.rationale) +
               "</p>\n";
    }
    m_out += "<ul class=\"claims\">\n";
    // The first dozen sentences (the dating ones come first) and every revised one.
    std::size_t shown = 0;
    for (std::size_t i = 0; i < e.claims.size(); ++i) {
      const bool revised = is_revised(e, e.claims[i]);
      if (!m_o.explain && i >= 12 && !revised) continue;
      m_out += cite(e.claims[i], revised);
      ++shown;
    }
    m_out += "</ul>\n";
    if (shown < e.claims.size())
      m_out += fmt::format("<p class=\"why\">{} more sentence{} not shown (--explain lists all).</p>\n",
                           e.claims.size() - shown, e.claims.size() - shown == 1 ? "" : "s");
    m_out += "</div>\n</details>\n";
  }

  const correlate::Timeline& m_tl;
  const Options& m_o;
  Documents m_docs;
  std::string m_out;
};

}  // namespace

std::string html(const correlate::Timeline& tl, const Options& o) { return HtmlWriter(tl, o).run(); }

}  // namespace timeline::render
