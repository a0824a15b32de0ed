#include "render/common.hpp"

#include <algorithm>
#include <set>

#include "timeline/claims.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace timeline::render::detail {

namespace {

int day_of(const std::string& ymd) { return ymd.size() == 10 ? std::stoi(ymd.substr(8, 2)) : 0; }

// "late 2024-07" when the interval is the end of the month, "early"/"mid" likewise.
std::string part_of_month(const correlate::Date& d) {
  if (d.earliest.size() != 10 || d.latest.size() != 10 || d.earliest.substr(0, 7) != d.latest.substr(0, 7)) return "";
  const int first = day_of(d.earliest), last = day_of(d.latest);
  if (first == 1 && last >= 28) return "";
  if (first >= 20) return "late ";
  if (last <= 11) return "early ";
  return "mid ";
}

}  // namespace

std::string date_label(const correlate::Timeline& tl, const correlate::Event& e) {
  const auto& d = e.date;
  if (d.value.empty()) return d.latest.empty() ? "undated" : "before " + d.latest;
  if (d.earliest.empty() && !d.latest.empty()) return "before " + d.latest;
  if (d.latest.empty() && !d.earliest.empty()) return "after " + d.earliest;
  std::string approx;
  if (!e.claims.empty() && e.claims.front() < tl.claims.size() && tl.claims[e.claims.front()].time->mod == "APPROX")
    approx = "~";
  switch (d.precision) {
    case timex::Precision::week:
      return approx + (d.earliest.empty() ? d.value : "week of " + d.earliest);
    case timex::Precision::month:
      return approx + part_of_month(d) + d.value;
    default:
      return approx + d.value;
  }
}

std::string subject_name(const correlate::Timeline& tl) {
  if (tl.subject.empty()) return "";
  std::size_t about = 0;
  std::string name;
  for (const auto& d : tl.documents)
    if (d.subject == tl.subject) {
      ++about;
      if (name.empty()) name = d.subject_name;
    }
  return about * 2 >= tl.documents.size() ? name : "";
}

std::string measure_label(std::string_view measure) {
  std::string out;
  for (const auto part : util::split(measure, '|'))
    if (!part.empty()) out += (out.empty() ? "" : " ") + std::string(part);
  return out;
}

std::string kind_label(const std::string& kind) {
  static const std::vector<claims::KindInfo> k_kinds = [] {
    auto k = claims::kinds(nullptr);
    return k ? *k : std::vector<claims::KindInfo>{};
  }();
  for (const auto& k : k_kinds)
    if (k.kind == kind && !k.label.empty()) return k.label;
  return kind;
}

std::string bare_summary(const correlate::Event& e) {
  const std::string prefix = kind_label(e.kind) + ": ";
  if (e.summary.rfind(prefix, 0) == 0) return e.summary.substr(prefix.size());
  return e.summary;
}

std::vector<std::size_t> cited_claims(const correlate::Timeline& tl, const correlate::Event& e, std::size_t max,
                                      std::size_t* more) {
  std::vector<std::size_t> out;
  std::set<std::string> seen;
  std::size_t left = 0;
  for (const auto c : e.claims) {
    if (c >= tl.claims.size() || !seen.insert(tl.claims[c].document).second) continue;
    if (out.size() < max)
      out.push_back(c);
    else
      ++left;
  }
  if (more != nullptr) *more = left;
  return out;
}

bool is_revised(const correlate::Event& e, std::size_t claim) {
  return std::find(e.revised.begin(), e.revised.end(), claim) != e.revised.end();
}

Documents::Documents(const correlate::Timeline& tl) {
  for (const auto& d : tl.documents) m_by_id.emplace(d.id, &d);
}

const claims::DocumentInfo* Documents::find(const std::string& id) const {
  const auto it = m_by_id.find(id);
  return it == m_by_id.end() ? nullptr : it->second;
}

std::string Documents::outlet(const std::string& id) const {
  const auto* d = find(id);
  return d == nullptr || d->outlet.empty() ? id : d->outlet;
}

std::string Documents::published(const std::string& id) const {
  const auto* d = find(id);
  if (d == nullptr) return "date unknown";
  std::string pub = d->published.value();
  if (!pub.empty()) return pub.substr(0, 10);
  if (d->published.month_day && d->inferred_earliest.empty() && d->inferred_latest.empty())
    return d->published.month_day->iso() + " (year unknown)";
  if (!d->inferred_earliest.empty()) return "after " + d->inferred_earliest + " (inferred)";
  if (!d->inferred_latest.empty()) return "before " + d->inferred_latest + " (inferred)";
  return "date unknown";
}

std::string Documents::cite(const std::string& id) const {
  const auto* d = find(id);
  if (d == nullptr || d->outlet.empty()) return id + ", " + published(id);
  return d->outlet + ", " + published(id) + " (" + id + ")";
}

std::string chain_label(const claims::Claim& c, const std::string& outlet) {
  if (c.chain.empty()) return "";
  if (c.chain.size() == 1 && (c.chain[0] == outlet || c.chain[0].rfind("the document", 0) == 0)) return "";
  std::string out;
  for (std::size_t k = 0; k < c.chain.size(); ++k) {
    if (k == 0 && c.chain[k].rfind("the document", 0) == 0) continue;
    out += (out.empty() ? "" : " citing ") + c.chain[k];
  }
  return out;
}

std::size_t References::of(std::size_t claim) {
  auto [it, fresh] = number.try_emplace(claim, order.size() + 1);
  if (fresh) order.push_back(claim);
  return it->second;
}

std::string one_line(std::string_view s) { return util::collapse_spaces(s); }

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace timeline::render::detail
