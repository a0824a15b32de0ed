#include "correlate/cache.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "timeline/version.hpp"
#include "util/files.hpp"
#include "util/sha256.hpp"

namespace timeline::correlate {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_format = "timeline-cache 1";

// Every table's name, format line and rows: a --data-dir edit changes it.
std::string lexicon_fingerprint(const Lexicon& lexicon) {
  util::Sha256 h;
  for (const auto& [name, table] : lexicon.tables()) {
    h.update(fmt::format("{}\n{}\n{}\n", name, table.format, table.rows.size()));
    for (const auto& row : table.rows) {
      h.update(fmt::format("{}:{}", row.line, row.fields.size()));
      for (const auto& f : row.fields) h.update(fmt::format("\t{}:{}", f.size(), f));
      h.update("\n");
    }
  }
  return h.hex();
}

// A length-prefixed piece, so that no two different inputs hash the same bytes.
void feed(util::Sha256& h, std::string_view piece) {
  h.update(fmt::format("{}:", piece.size()));
  h.update(piece);
}

}  // namespace

Cache::Cache(fs::path dir, const load::Options& options) : m_dir(std::move(dir)), m_max_bytes(options.max_bytes) {
  static const std::string builtin = lexicon_fingerprint(Lexicon::builtin());
  util::Sha256 h;
  feed(h, k_format);
  feed(h, k_version);
  feed(h, options.lexicon != nullptr ? lexicon_fingerprint(*options.lexicon) : builtin);
  feed(h, std::to_string(options.max_bytes));
  if (options.published)
    feed(h, fmt::format("{}|{}|{}", options.published->value(), options.published->zone, options.published->evidence));
  else
    feed(h, "");
  m_salt = h.hex();
}

std::optional<std::string> Cache::key(const load::Input& input) const {
  if (!input.problem.empty()) return std::nullopt;
  const auto read = util::read_file(input.path, m_max_bytes);
  if (!read.ok) return std::nullopt;
  util::Sha256 h;
  feed(h, m_salt);
  feed(h, input.display);
  feed(h, input.explicit_file ? "file" : "walked");
  feed(h, read.bytes);
  // The sidecars loading looks for (NAME.meta.json with or without the extension).
  for (const fs::path& sidecar : {fs::path(input.path.string() + ".meta.json"),
                                  input.path.parent_path() / (input.path.stem().string() + ".meta.json")}) {
    std::error_code ec;
    if (!fs::is_regular_file(sidecar, ec)) {
      feed(h, "-");
      continue;
    }
    const auto side = util::read_file(sidecar, m_max_bytes);
    feed(h, side.ok ? "+" + side.bytes : "!" + side.error);
  }
  return h.hex();
}

fs::path Cache::entry(const std::string& key) const { return m_dir / key.substr(0, 2) / (key + ".jsonl"); }

std::optional<claims::Records> Cache::get(const std::string& key) const {
  std::ifstream in(entry(key), std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  // The first line names the format and the key: a truncated or foreign file is not trusted.
  const std::string header = fmt::format("{} {}\n", k_format, key);
  const std::string footer = "end\n";
  if (text.size() < header.size() + footer.size() || text.compare(0, header.size(), header) != 0 ||
      text.compare(text.size() - footer.size(), footer.size(), footer) != 0)
    return std::nullopt;
  claims::Records records;
  const auto body = std::string_view(text).substr(header.size(), text.size() - header.size() - footer.size());
  if (!claims::read_jsonl(body, entry(key).string(), records)) return std::nullopt;
  return records;
}

bool Cache::put(const std::string& key, const claims::Records& records) const {
  const fs::path path = entry(key);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return false;
  // Written beside the entry, then renamed over it: readers see the old entry or the new one.
  const fs::path tmp =
      path.string() + fmt::format(".tmp{}.{}", ::getpid(), std::hash<std::thread::id>{}(std::this_thread::get_id()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << k_format << ' ' << key << '\n' << claims::to_jsonl(records) << "end\n";
    if (!out.flush()) {
      out.close();
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, path, ec);
  if (!ec) return true;
  fs::remove(tmp, ec);
  return false;
}

}  // namespace timeline::correlate
