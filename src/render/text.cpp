// The timeline for people: one entry per event, conflicts beside it, references as footnotes.
#include <fmt/format.h>

#include <map>

#include "timeline/render.hpp"
#include "util/strings.hpp"

namespace timeline::render {
namespace {

// "2019-06-28", "2020-01", "~2019" (approximate), "before 2020-01-20", "undated".
std::string shown_date(const correlate::Date& d) {
  if (d.value.empty()) return "undated";
  if (d.earliest.empty() && !d.latest.empty()) return "before " + d.latest;
  if (d.latest.empty() && !d.earliest.empty()) return "after " + d.earliest;
  return d.value;
}

// Greedy word wrap; continuation lines are indented by `indent` spaces.
std::string wrap(const std::string& text, std::size_t width, std::size_t indent, std::size_t first_used) {
  std::string out;
  std::size_t col = first_used;
  bool first = true;
  for (const auto word : util::split(text, ' ')) {
    if (word.empty()) continue;
    if (!first && col + 1 + word.size() > width) {
      out += "\n" + std::string(indent, ' ');
      col = indent;
    } else if (!first) {
      out += ' ';
      ++col;
    }
    out += word;
    col += word.size();
    first = false;
  }
  return out;
}

struct References {
  std::map<std::size_t, std::size_t> number;  // claim → reference number
  std::vector<std::size_t> order;
  std::size_t of(std::size_t claim) {
    auto [it, fresh] = number.try_emplace(claim, order.size() + 1);
    if (fresh) order.push_back(claim);
    return it->second;
  }
};

std::string refs(References& r, const std::vector<std::size_t>& claims, std::size_t max = 6) {
  std::string out;
  for (std::size_t i = 0; i < claims.size() && i < max; ++i) out += fmt::format("[{}]", r.of(claims[i]));
  if (claims.size() > max) out += fmt::format("+{}", claims.size() - max);
  return out;
}

void entry(std::string& out, const correlate::Timeline& tl, const correlate::Event& e, References& r,
           const Options& o) {
  const std::string date = shown_date(e.date);
  const std::string head = fmt::format("{:<12} {:<13} ", date, e.kind);
  out += head + wrap(e.summary + " " + refs(r, e.claims), o.width, head.size(), head.size()) + "\n";
  const std::string pad(head.size(), ' ');
  if (o.explain && !e.date_rationale.empty())
    out += pad + wrap("why this date: " + e.date_rationale, o.width, pad.size() + 2, pad.size()) + "\n";
  for (const auto& g : e.figures) {
    if (g.items.empty()) continue;
    std::string line = g.items.size() == 1 ? "figure: " : g.agree ? "figures agree: " : "figures differ: ";
    for (std::size_t i = 0; i < g.items.size(); ++i) {
      const auto& item = g.items[i];
      line += (i ? "; " : "") + tl.claims[item.claim].figures[item.figure].text + " " + refs(r, {item.claim});
    }
    out += pad + wrap(line, o.width, pad.size() + 2, pad.size()) + "\n";
  }
  for (const auto& c : e.conflicts) {
    std::string line = "! " + c.field + " conflict: ";
    for (std::size_t i = 0; i < c.values.size(); ++i)
      line += (i ? " vs " : "") + c.values[i].value + " " + refs(r, c.values[i].claims, 3);
    line += " → " + c.resolution;
    if (o.explain) line += " (" + c.rationale + ")";
    out += pad + wrap(line, o.width, pad.size() + 2, pad.size()) + "\n";
  }
  for (const auto rev : e.revised)
    out += pad + wrap("revised by a later report: " + refs(r, {rev}), o.width, pad.size() + 2, pad.size()) + "\n";
}

}  // namespace

std::string text(const correlate::Timeline& tl, const Options& o) {
  std::string out;
  out += fmt::format("Timeline of {} event{} from {} document{}", tl.events.size(), tl.events.size() == 1 ? "" : "s",
                     tl.documents.size(), tl.documents.size() == 1 ? "" : "s");
  if (!tl.skipped.empty())
    out += fmt::format(" ({} input{} skipped)", tl.skipped.size(), tl.skipped.size() == 1 ? "" : "s");
  out += "\n\n";
  References r;
  bool undated_heading = false;
  for (const auto& e : tl.events) {
    if (e.date.value.empty() && !undated_heading) {
      out += "\nUndated (said to have happened before the articles that mention them):\n";
      undated_heading = true;
    }
    entry(out, tl, e, r, o);
  }
  if (!tl.undated.empty()) {
    out += "\nUndated (said to have happened before the articles that mention them):\n";
    for (const auto& e : tl.undated) entry(out, tl, e, r, o);
  }
  if (!tl.related.empty()) {
    out += "\nRelated, not part of the incident:\n";
    for (const auto& e : tl.related) entry(out, tl, e, r, o);
  }
  if (!r.order.empty()) {
    out += "\nReferences\n";
    std::map<std::string, const claims::DocumentInfo*> docs;
    for (const auto& d : tl.documents) docs.emplace(d.id, &d);
    for (std::size_t i = 0; i < r.order.size(); ++i) {
      const auto& c = tl.claims[r.order[i]];
      const auto* d = docs.at(c.document);
      std::string pub = d->published.value();
      if (pub.empty())
        pub = d->inferred_earliest.empty() ? "date unknown" : "after " + d->inferred_earliest + " (inferred)";
      const std::string head = fmt::format("[{}] ", i + 1);
      const std::string line =
          fmt::format("{} — {}, {}: \"{}\"", c.document, d->outlet.empty() ? "outlet unknown" : d->outlet, pub,
                      util::collapse_spaces(c.text));
      out += head + wrap(line, o.width, head.size(), head.size()) + "\n";
    }
  }
  if (!tl.skipped.empty()) {
    out += "\nSkipped inputs\n";
    for (const auto& s : tl.skipped) out += "  " + s.path + ": " + s.reason + "\n";
  }
  return out;
}

}  // namespace timeline::render
