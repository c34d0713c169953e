#include "lsp/transport.h"

#include <strings.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tactful::lsp {
namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kMaxHeaderLine = 8 * 1024;
constexpr std::string_view kLengthHeader = "content-length";

// Where "Content-Length" starts in `line`, case-insensitively, or npos.
std::size_t find_length_header(std::string_view line) {
  if (line.size() < kLengthHeader.size()) return std::string_view::npos;
  for (std::size_t i = 0; i + kLengthHeader.size() <= line.size(); ++i)
    if (strncasecmp(line.data() + i, kLengthHeader.data(), kLengthHeader.size()) == 0) return i;
  return std::string_view::npos;
}

// The number after "Content-Length:", or -1 when it is not one.
long long parse_length(std::string_view header) {
  const std::size_t colon = header.find(':');
  if (colon == std::string_view::npos) return -1;
  std::string_view value = header.substr(colon + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty() || value.size() > 15) return -1;
  long long n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

ByteSource fd_source(int fd) {
  return [fd](char* buffer, std::size_t size) -> std::size_t {
    for (;;) {
      const ssize_t n = ::read(fd, buffer, size);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno != EINTR) return 0;
    }
  };
}

ByteSink fd_sink(int fd) {
  return [fd](std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = ::write(fd, bytes.data(), bytes.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  };
}

bool Transport::fill() {
  if (eof_) return false;
  if (position_ > 0 && position_ >= buffer_.size() / 2) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const std::size_t n = in_(buffer_.data() + old, kChunk);
  buffer_.resize(old + n);
  if (n == 0) eof_ = true;
  return n > 0;
}

Transport::LineStatus Transport::read_line(std::string& line) {
  for (;;) {
    const std::size_t nl = buffer_.find('\n', position_);
    if (nl != std::string::npos) {
      line.assign(buffer_, position_, nl - position_);
      position_ = nl + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return LineStatus::ok;
    }
    if (buffer_.size() - position_ > kMaxHeaderLine) {
      // Keep the tail: a header may start in it.
      position_ = buffer_.size() - std::min<std::size_t>(64, buffer_.size() - position_);
      return LineStatus::too_long;
    }
    if (!fill()) return LineStatus::eof;
  }
}

bool Transport::read_body(std::size_t length, std::string& body) {
  while (buffer_.size() - position_ < length)
    if (!fill()) return false;
  body.assign(buffer_, position_, length);
  position_ += length;
  return true;
}

void Transport::discard(std::size_t length) {
  std::string window;  // the last bytes seen, so a header split across chunks is still found
  while (length > 0) {
    if (position_ == buffer_.size() && !fill()) return;
    const std::size_t take = std::min(length, buffer_.size() - position_);
    window.append(buffer_, position_, take);
    const std::size_t found = window.find("Content-Length:");
    if (found != std::string::npos) {
      // Put the header and what follows back in front of the unread input.
      position_ += take;
      std::string rest = window.substr(found);
      buffer_.erase(0, position_);
      buffer_.insert(0, rest);
      position_ = 0;
      return;
    }
    position_ += take;
    length -= take;
    if (window.size() > 32) window.erase(0, window.size() - 32);
  }
}

Frame Transport::read() {
  long long length = -1;
  bool saw_header = false;
  std::string problem;
  std::string line;
  for (;;) {
    const LineStatus status = read_line(line);
    if (status == LineStatus::eof) {
      Frame f;
      f.status = Frame::Status::eof;
      if (saw_header) f.problem = "the input ended inside a message header";
      return f;
    }
    if (status == LineStatus::too_long) {
      problem = "skipped a header line longer than 8 KiB";
      continue;
    }
    if (line.empty()) {
      if (!saw_header) continue;  // stray line ends between messages
      break;
    }
    saw_header = true;
    const std::size_t at = find_length_header(line);
    if (at == std::string::npos) continue;  // Content-Type and unknown headers
    if (at > 0) problem = "skipped " + std::to_string(at) + " bytes of garbage before a Content-Length header";
    length = parse_length(std::string_view(line).substr(at));
    if (length < 0) problem = "bad Content-Length header: " + line.substr(at, 64);
  }
  Frame f;
  if (length < 0) {
    f.status = Frame::Status::error;
    f.problem = problem.empty() ? "a message without a Content-Length header" : problem;
    return f;
  }
  if (static_cast<unsigned long long>(length) > max_message_) {
    discard(static_cast<std::size_t>(length));
    f.status = Frame::Status::error;
    f.problem = "a message of " + std::to_string(length) + " bytes is over the limit of " +
                std::to_string(max_message_ >> 20) + " MiB; it was skipped";
    return f;
  }
  if (!read_body(static_cast<std::size_t>(length), f.body)) {
    f.status = Frame::Status::eof;
    f.problem = "the input ended inside a message body (Content-Length " + std::to_string(length) + ")";
    f.body.clear();
    return f;
  }
  f.status = Frame::Status::message;
  f.problem = problem;
  return f;
}

bool Transport::recover(const std::string& body) {
  const std::size_t found = body.find("Content-Length:");
  if (found == std::string::npos) return false;
  // Those bytes were consumed from the input: put them back in front.
  std::string rest = body.substr(found);
  buffer_.erase(0, position_);
  buffer_.insert(0, rest);
  position_ = 0;
  return true;
}

bool Transport::write(std::string_view body) {
  std::string frame = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  frame.append(body);
  std::lock_guard lock(write_mutex_);
  return out_(frame);
}

}  // namespace tactful::lsp
