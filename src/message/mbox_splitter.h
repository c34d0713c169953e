// Cuts an mbox into its messages while reading it a piece at a time, so that a
// batch over a large mbox holds the messages it is working on, never the whole
// file. A "From " line at the start or after a blank line begins a message;
// each entry is named "FILE:N" and carries the number of lines before it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "message/reader.h"

namespace tactful {

class MboxSplitter {
 public:
  // Fills `into` with up to `room` bytes and says how many; 0 at the end.
  using Source = std::function<std::size_t(char* into, std::size_t room)>;

  MboxSplitter(std::string path, Source source, std::size_t chunk = 1 << 16);

  // The next message, with bytes of its own; nullopt after the last. A final
  // "From " line with nothing after it is not a message.
  std::optional<InputEntry> next();

 private:
  bool read_more();  // false at the end of the source

  std::string path_;
  Source source_;
  std::size_t chunk_;
  std::string buffer_;
  std::size_t consumed_ = 0;  // buffer_[0, consumed_) belongs to entries handed out
  bool ended_ = false;
  int lines_before_ = 0;  // lines of the file before buffer_[consumed_]
  int number_ = 0;
};

}  // namespace tactful
