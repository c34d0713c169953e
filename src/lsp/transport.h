// JSON-RPC framing for the language server: messages as `Content-Length: N`
// headers, an empty line, then N bytes of body. Reads frames from a byte
// source and writes them to a byte sink; knows nothing of JSON or of what the
// messages mean. Hostile or broken input never crashes or grows memory without
// bound: a frame without a usable length or over the size cap is returned as
// an error (the caller answers it), and a wrong length is recovered from by
// resynchronising on the next `Content-Length:` header.
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace tactful::lsp {

// Reads up to `size` bytes into `buffer`; returns 0 at the end of the input.
using ByteSource = std::function<std::size_t(char* buffer, std::size_t size)>;
// Writes all of `bytes`; returns false when the other side is gone.
using ByteSink = std::function<bool(std::string_view bytes)>;

ByteSource fd_source(int fd);
ByteSink fd_sink(int fd);

struct Frame {
  enum class Status { message, error, eof };
  Status status = Status::eof;
  std::string body;     // the message bytes (Status::message)
  std::string problem;  // what was wrong (Status::error; also a warning for a recovered message)
};

class Transport {
 public:
  static constexpr std::size_t kDefaultMaxMessage = std::size_t{16} << 20;  // 16 MiB

  Transport(ByteSource in, ByteSink out, std::size_t max_message = kDefaultMaxMessage)
      : in_(std::move(in)), out_(std::move(out)), max_message_(max_message) {}

  // The next frame. Call from one thread only.
  Frame read();
  // After a body turned out not to be JSON: if a `Content-Length:` header hides
  // inside it (the previous length was too long), read again from there.
  // Returns true when it found one.
  bool recover(const std::string& body);
  // Frames and writes one message; safe from any thread. False if the sink failed.
  bool write(std::string_view body);

  std::size_t max_message() const { return max_message_; }

 private:
  bool fill();
  // One header line without its line end; false at the end of input.
  enum class LineStatus { ok, eof, too_long };
  LineStatus read_line(std::string& line);
  bool read_body(std::size_t length, std::string& body);
  // Drops `length` bytes unless a `Content-Length:` header shows up among them.
  void discard(std::size_t length);

  ByteSource in_;
  ByteSink out_;
  std::size_t max_message_;
  std::string buffer_;      // read but not consumed
  std::size_t position_ = 0;
  bool eof_ = false;
  std::mutex write_mutex_;
};

}  // namespace tactful::lsp
