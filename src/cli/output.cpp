#include "cli/output.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <streambuf>

namespace timeline::cli {

namespace {

// A buffered stream buffer over a C stream (stdout), so large outputs are written in blocks.
class FileBuffer : public std::streambuf {
 public:
  explicit FileBuffer(std::FILE* file) : m_file(file) { setp(m_buffer.data(), m_buffer.data() + m_buffer.size()); }
  FileBuffer(const FileBuffer&) = delete;
  FileBuffer& operator=(const FileBuffer&) = delete;
  ~FileBuffer() override { sync(); }

 protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    const auto n = static_cast<std::size_t>(pptr() - pbase());
    if (n > 0 && std::fwrite(pbase(), 1, n, m_file) != n) return -1;
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return std::fflush(m_file) == 0 ? 0 : -1;
  }

 private:
  std::FILE* m_file;
  std::array<char, 1 << 16> m_buffer{};
};

}  // namespace

Result<bool> write_output(const std::string& path, const std::string& data) {
  return write_output(path,
                      [&](std::ostream& out) { out.write(data.data(), static_cast<std::streamsize>(data.size())); });
}

Result<bool> write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    FileBuffer buffer(stdout);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    return true;
  }
  namespace fs = std::filesystem;
  const fs::path target(path);
  std::string tmp_name = ".";
  tmp_name += target.filename().string();
  tmp_name += ".tmp";
  tmp_name += std::to_string(::getpid());
  const fs::path tmp = target.parent_path() / tmp_name;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Error{path + ": cannot write: " + std::strerror(errno)};
    write(out);
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return Error{path + ": write failed"};
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Error{path + ": cannot write: " + ec.message()};
  }
  return true;
}

}  // namespace timeline::cli
