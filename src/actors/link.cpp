// Alias sets across documents: equal keys are one actor; a key that is the first words of
// exactly one longer key of a compatible kind ("acme" and "acme electric") or the surname of
// one person is that actor too. Ids follow decreasing corpus salience, then the key.
#include <algorithm>
#include <map>
#include <set>

#include "timeline/actors.hpp"
#include "util/strings.hpp"

namespace timeline::actors {
namespace {

bool compatible(Kind a, Kind b) {
  if (a == b) return true;
  const auto institution = [](Kind k) { return k == Kind::organisation || k == Kind::media; };
  return institution(a) && institution(b);
}

}  // namespace

std::vector<std::vector<std::size_t>> link(const std::vector<const DocumentActors*>& documents) {
  struct Group {
    Kind kind = Kind::organisation;
    double salience = 0;
    std::size_t documents = 0;
  };
  // The groups by key (kind: the kind of its most salient member).
  std::map<std::string, Group> groups;
  std::map<std::string, double> best_member;
  for (const auto* d : documents) {
    if (d == nullptr) continue;
    std::set<std::string> seen;
    for (const auto& e : d->entities) {
      Group& g = groups[e.key];
      g.salience += e.salience;
      if (seen.insert(e.key).second) ++g.documents;
      if (auto it = best_member.find(e.key); it == best_member.end() || e.salience > it->second) {
        best_member[e.key] = e.salience;
        g.kind = e.kind;
      }
    }
  }
  // Short keys joined to the one longer key they abbreviate (found through the sorted map and
  // an index of surnames, not by comparing every pair).
  std::map<std::string, std::vector<std::string>> by_surname;
  for (const auto& [k, g] : groups)
    if (g.kind == Kind::person || g.kind == Kind::group)
      if (const auto space = k.rfind(' '); space != std::string::npos) by_surname[k.substr(space + 1)].push_back(k);
  std::map<std::string, std::string> target;
  for (const auto& [k, g] : groups) {
    std::vector<std::string> longer;
    if (g.kind == Kind::person || g.kind == Kind::group) {  // "Doe" → "jane doe"; "hackers" → "chinese hackers"
      if (auto it = by_surname.find(k); it != by_surname.end()) longer = it->second;
    } else {
      const std::string from = k + " ";
      for (auto it = groups.lower_bound(from); it != groups.end() && it->first.compare(0, from.size(), from) == 0; ++it)
        if (compatible(g.kind, it->second.kind)) longer.push_back(it->first);
    }
    if (longer.size() == 1) target[k] = longer[0];
  }
  auto root = [&](std::string k) {
    for (int guard = 0; guard < 8; ++guard) {
      auto it = target.find(k);
      if (it == target.end()) break;
      k = it->second;
    }
    return k;
  };
  std::map<std::string, double> salience;
  for (const auto& [k, g] : groups) salience[root(k)] += g.salience + static_cast<double>(g.documents);
  std::vector<std::pair<std::string, double>> ranked(salience.begin(), salience.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::map<std::string, std::size_t> id;
  for (std::size_t i = 0; i < ranked.size(); ++i) id[ranked[i].first] = i;
  std::vector<std::vector<std::size_t>> out;
  for (const auto* d : documents) {
    std::vector<std::size_t> ids;
    if (d != nullptr)
      for (const auto& e : d->entities) ids.push_back(id[root(e.key)]);
    out.push_back(std::move(ids));
  }
  return out;
}

}  // namespace timeline::actors
