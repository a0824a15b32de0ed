#include "util/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
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
    r.error = ec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop" : ec.message();
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
  // Opened without blocking (a file swapped for a FIFO after the check cannot hang us) and
  // checked again on the descriptor: what is read is what was checked.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    r.error = std::strerror(errno);
    return r;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    r.error = "not a regular file";
    return r;
  }
  const auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size > max_bytes) {
    r.error = "larger than the limit of " + std::to_string(max_bytes) + " bytes (" + std::to_string(size) +
              " bytes; see --max-bytes)";
    return r;
  }
  // A file that grows while we read it is cut at the limit rather than read without bound.
  r.bytes.resize(static_cast<std::size_t>(size));
  std::size_t have = 0;
  while (have < r.bytes.size()) {
    const ssize_t n = ::read(fd, r.bytes.data() + have, r.bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      r.error = std::string("read error: ") + std::strerror(errno);
      return r;
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  r.bytes.resize(have);
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
      const bool loop = sec == std::errc::too_many_symbolic_link_levels;
      const std::string why = sec.message();
      const bool link = fs::is_symlink(fs::symlink_status(path, sec));
      out.push_back({path, child_rel,
                     loop   ? "symbolic link loop"
                     : link ? "broken symbolic link (its target does not exist)"
                            : "cannot be examined: " + why});
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
