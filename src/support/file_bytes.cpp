#include "support/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace tactful {
namespace {

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

FileRead read_file_bytes(const std::string& path, std::size_t max_bytes, std::string& out) {
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return FileRead::missing_or_unreadable;
  struct stat info{};
  if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) return FileRead::missing_or_unreadable;
  if (static_cast<std::size_t>(info.st_size) > max_bytes) return FileRead::too_large;
  out.resize(static_cast<std::size_t>(info.st_size));
  std::size_t got = 0;
  // The file may grow or shrink while it is read: what is there up to its
  // size at the fstat is kept, and a shorter file is read to its end.
  while (got < out.size()) {
    const ssize_t n = ::read(fd.get(), out.data() + got, out.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return FileRead::missing_or_unreadable;
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  out.resize(got);
  return FileRead::ok;
}

}  // namespace tactful
