#include "correlate/summary.hpp"

#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace timeline::correlate {

std::string summarize(const std::vector<claims::Claim>& claims, const std::vector<std::size_t>& members,
                      const std::string& kind, const std::vector<claims::KindInfo>& kinds, std::size_t max_bytes) {
  std::string label = kind;
  for (const auto& k : kinds)
    if (k.kind == kind) label = k.label;
  if (members.empty()) return label;
  // The claim that is not a denial, when there is one: it says what happened.
  std::size_t pick = members.front();
  for (const auto m : members)
    if (!claims[m].negated) {
      pick = m;
      break;
    }
  std::string text = util::collapse_spaces(util::trim(claims[pick].text));
  if (text.size() > max_bytes) {
    std::size_t cut = text.rfind(' ', max_bytes);
    if (cut == std::string::npos || cut < max_bytes / 2) cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    text = text.substr(0, cut);
    while (!text.empty() && (text.back() == ',' || text.back() == ' ' || text.back() == ';')) text.pop_back();
    text += " …";
  }
  return label + ": " + text;
}

}  // namespace timeline::correlate
