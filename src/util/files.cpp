#include "util/files.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <system_error>
#include <utility>

namespace timeline::util {
namespace fs = std::filesystem;

ReadResult read_file(const fs::path& path, std::uintmax_t max_bytes) {
  ReadResult r;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec) {
    r.error = ec.message();
    return r;
  }
  if (fs::is_directory(status)) {
    r.error = "is a folder, not a file";
    return r;
  }
  if (!fs::is_regular_file(status)) {
    r.error = "not a regular file";
    return r;
  }
  const auto size = fs::file_size(path, ec);
  if (ec) {
    r.error = ec.message();
    return r;
  }
  if (size > max_bytes) {
    r.error = "larger than the limit of " + std::to_string(max_bytes) + " bytes (" + std::to_string(size) +
              " bytes; see --max-bytes)";
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    r.error = std::strerror(errno);
    if (r.error.empty() || errno == 0) r.error = "cannot be opened";
    return r;
  }
  r.bytes.resize(static_cast<std::size_t>(size));
  in.read(r.bytes.data(), static_cast<std::streamsize>(size));
  r.bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    r.error = "read error";
    return r;
  }
  // A file that grew while we read it is cut at the limit rather than read without bound.
  r.ok = true;
  return r;
}

namespace {

struct FileId {
  dev_t dev;
  ino_t ino;
  auto operator<=>(const FileId&) const = default;
};

bool file_id(const fs::path& p, FileId& id) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return false;
  id = FileId{st.st_dev, st.st_ino};
  return true;
}

void walk(const fs::path& dir, const fs::path& rel, std::set<FileId>& active /* every folder entered so far */, std::vector<WalkEntry>& out) {
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) {
    out.push_back({dir, rel, "folder cannot be read: " + ec.message()});
    return;
  }
  std::vector<std::pair<std::string, fs::path>> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    entries.emplace_back(name, it->path());
  }
  if (ec) out.push_back({dir, rel, "folder listing failed: " + ec.message()});
  std::sort(entries.begin(), entries.end());
  for (const auto& [name, path] : entries) {
    const fs::path child_rel = rel.empty() ? fs::path(name) : rel / name;
    std::error_code sec;
    const auto status = fs::status(path, sec);
    if (sec) {
      const auto lstatus = fs::symlink_status(path, sec);
      const bool dangling = fs::is_symlink(lstatus);
      out.push_back({path, child_rel, dangling ? "broken symbolic link" : "cannot be examined"});
      continue;
    }
    if (fs::is_directory(status)) {
      FileId id{};
      if (!file_id(path, id)) {
        out.push_back({path, child_rel, "folder cannot be examined"});
        continue;
      }
      if (active.count(id) != 0) {
        out.push_back({path, child_rel, "folder already read (a symbolic link loop or a second link to it)"});
        continue;
      }
      active.insert(id);
      walk(path, child_rel, active, out);
    } else {
      out.push_back({path, child_rel, fs::is_regular_file(status) ? "" : "not a regular file"});
    }
  }
}

}  // namespace

std::vector<WalkEntry> walk_files(const fs::path& root) {
  std::vector<WalkEntry> out;
  std::set<FileId> active;
  FileId id{};
  if (file_id(root, id)) active.insert(id);
  walk(root, {}, active, out);
  return out;
}

}  // namespace timeline::util
