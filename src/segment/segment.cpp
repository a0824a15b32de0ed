// Paragraphs from lines: blank lines and set-aside spans (header, furniture) separate them.
// Inside a block of consecutive lines, hard-wrapped prose (lines that stop mid-sentence) is
// one paragraph; otherwise each line is one (news text often puts a paragraph on each line).
#include <algorithm>

#include "timeline/segment.hpp"
#include "util/strings.hpp"

namespace timeline::segment {
namespace {

struct LivePart {
  ByteSpan span;
  bool ends_sentence = false;
};

bool ends_like_sentence(std::string_view t) {
  t = util::trim(t);
  while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" || t.substr(t.size() - 3) == "\xE2\x80\x99"))
    t.remove_suffix(3);
  if (t.empty()) return false;
  const char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6");
}

std::size_t words(std::string_view t) {
  std::size_t n = 0;
  bool in = false;
  for (const char c : t) {
    const bool sp = util::is_ascii_space(c);
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// A wrapped block: most of its lines (all but the last) stop mid-sentence and are long. A line
// that a list item follows ends there ("- 28 January – account compromised" then "- 12 February
// – first payment sent": a chronology's items, each a line of its own).
bool is_wrapped(std::string_view body, const std::vector<LivePart>& block) {
  if (block.size() < 2) return false;
  std::size_t open = 0;
  for (std::size_t i = 0; i + 1 < block.size(); ++i)
    if (!block[i].ends_sentence && words(body.substr(block[i].span.begin, block[i].span.size())) >= 6 &&
        !opens_item(body.substr(block[i + 1].span.begin, block[i + 1].span.size())))
      ++open;
  return open * 2 > block.size() - 1;
}

}  // namespace

Result<bool> segment(Document& doc, const Lexicon* lexicon) {
  doc.paragraphs.clear();
  doc.sentences.clear();
  // Spans that are not article text, sorted.
  std::vector<ByteSpan> dead;
  for (const auto& h : doc.header) dead.push_back(h.span);
  for (const auto& r : doc.removed)
    if (r.span) dead.push_back(*r.span);
  std::sort(dead.begin(), dead.end(), [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });

  const std::string_view body = doc.body;
  std::vector<std::vector<LivePart>> blocks(1);
  std::size_t d = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= body.size(); ++i) {
    i = std::min(body.find('\n', i), body.size());
    ByteSpan line{start, i};
    start = i + 1;
    // Cut away dead spans overlapping this line: a dead span covering the line ends the block;
    // one covering a prefix (a dateline before a dash) leaves the rest.
    while (d < dead.size() && dead[d].end <= line.begin) ++d;
    bool broken = false;
    for (std::size_t k = d; k < dead.size() && dead[k].begin < line.end; ++k) {
      if (dead[k].begin <= line.begin) {
        line.begin = std::max(line.begin, dead[k].end);
        broken = true;
      } else {
        line.end = dead[k].begin;  // a dead span inside the line: keep what precedes it
      }
    }
    if (line.end < line.begin) line.end = line.begin;
    const std::string_view text = util::trim(body.substr(line.begin, line.end - line.begin));
    if (broken && !blocks.back().empty()) blocks.emplace_back();
    if (text.empty()) {
      if (!blocks.back().empty()) blocks.emplace_back();
      continue;
    }
    const std::size_t lead = static_cast<std::size_t>(text.data() - body.data());
    blocks.back().push_back({{lead, lead + text.size()}, ends_like_sentence(text)});
  }

  for (const auto& block : blocks) {
    if (block.empty()) continue;
    std::vector<ByteSpan> paras;
    if (is_wrapped(body, block)) paras.push_back({block.front().span.begin, block.back().span.end});
    else
      for (const auto& part : block) paras.push_back(part.span);
    for (const auto& p : paras) {
      const std::size_t index = doc.paragraphs.size();
      doc.paragraphs.push_back(p);
      for (const auto& s : split_sentences(body.substr(p.begin, p.size()), p.begin, lexicon))
        doc.sentences.push_back({s, index});
    }
  }
  return true;
}

bool opens_item(std::string_view t) {
  return t.starts_with("- ") || t.starts_with("* ") || t.starts_with("\xE2\x80\xA2 ");
}

}  // namespace timeline::segment
