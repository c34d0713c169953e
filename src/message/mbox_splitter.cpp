#include "message/mbox_splitter.h"

#include <memory>
#include <utility>

namespace tactful {

MboxSplitter::MboxSplitter(std::string path, Source source, std::size_t chunk)
    : path_(std::move(path)), source_(std::move(source)), chunk_(chunk == 0 ? 1 : chunk) {}

bool MboxSplitter::read_more() {
  if (ended_) return false;
  const std::size_t had = buffer_.size();
  buffer_.resize(had + chunk_);
  const std::size_t got = source_(buffer_.data() + had, chunk_);
  buffer_.resize(had + got);
  if (got == 0) ended_ = true;
  return got > 0;
}

std::optional<InputEntry> MboxSplitter::next() {
  // What earlier entries used is dropped once it is a chunk's worth, so the
  // buffer holds about one message and a chunk, and is not shifted for each
  // of many small messages.
  if (consumed_ >= chunk_) {
    buffer_.erase(0, consumed_);
    consumed_ = 0;
  }

  // The "From " line itself is not part of the message.
  std::size_t searched = consumed_, from_line_end;
  while ((from_line_end = buffer_.find('\n', searched)) == std::string::npos) {
    searched = buffer_.size();
    if (!read_more()) return std::nullopt;
  }
  const std::size_t begin = from_line_end + 1;
  const int first_line = lines_before_ + 1;

  // Each line is judged whole: whether it is blank, and whether it starts a
  // new message after a blank one.
  std::size_t line = begin, end = 0;
  int lines_in = 0;
  bool previous_blank = false;
  for (;;) {
    std::size_t newline;
    searched = line;
    while ((newline = buffer_.find('\n', searched)) == std::string::npos) {
      searched = buffer_.size();
      if (!read_more()) break;
    }
    if (line >= buffer_.size()) {
      end = buffer_.size();
      break;
    }
    if (previous_blank && buffer_.compare(line, 5, "From ") == 0) {
      end = line;
      break;
    }
    const std::size_t line_end = newline == std::string::npos ? buffer_.size() : newline;
    previous_blank = line_end == line || (line_end - line == 1 && buffer_[line] == '\r');
    ++lines_in;
    line = newline == std::string::npos ? buffer_.size() : newline + 1;
  }

  auto bytes = std::make_shared<std::string>(buffer_, begin, end - begin);
  const std::size_t size = bytes->size();
  InputEntry entry{path_ + ":" + std::to_string(++number_), std::move(bytes), 0, size, first_line};
  lines_before_ = first_line + lines_in;
  consumed_ = end;
  return entry;
}

}  // namespace tactful
