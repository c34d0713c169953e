#include "support/line_index.h"

#include <algorithm>
#include <cstring>

#include "support/utf8.h"

namespace tactful {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  // Room for lines as long as mail's usually are, so the vector rarely grows
  // (a message's worth: a huge text grows it as it goes).
  starts_.reserve(std::min<std::size_t>(text.size() / 48 + 1, 4096));
  starts_.push_back(0);
  // Line by line with memchr: only a line longer than kCheckpointBytes can
  // need a checkpoint, and only such a line is decoded here. (Decoding
  // every byte was 3 % of a batch's time.)
  for (std::size_t begin = 0; begin < text.size();) {
    const void* newline = std::memchr(text.data() + begin, '\n', text.size() - begin);
    const std::size_t end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) : text.size();
    if (end - begin > kCheckpointBytes) add_checkpoints(begin, end);
    if (!newline) break;
    begin = end + 1;
    starts_.push_back(begin);
  }
}

void LineIndex::add_checkpoints(std::size_t begin, std::size_t end) {
  std::size_t last_mark = begin;
  int code_points = 0, utf16 = 0;
  for (std::size_t i = begin, n = 0; i < end; i += n) {
    if (i - last_mark >= kCheckpointBytes) {
      checkpoints_.push_back({i, code_points, utf16});
      last_mark = i;
    }
    if (static_cast<unsigned char>(text_[i]) < 0x80) {  // most of a text: no decoding
      n = 1;
      ++code_points;
      ++utf16;
      continue;
    }
    utf8::decode(text_, i, n);
    ++code_points;
    utf16 += utf8::utf16_units(n);
  }
}

std::size_t LineIndex::line_start(int line) const {
  if (line < 0) return 0;
  if (line >= line_count()) return text_.size();
  return starts_[static_cast<std::size_t>(line)];
}

std::string_view LineIndex::line_text(int line) const {
  if (line < 0 || line >= line_count()) return {};
  const std::size_t begin = starts_[static_cast<std::size_t>(line)];
  std::size_t end = line + 1 < line_count() ? starts_[static_cast<std::size_t>(line) + 1] - 1
                                            : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

LinePosition LineIndex::position(std::size_t offset, ColumnUnit unit) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const int line = static_cast<int>(it - starts_.begin()) - 1;
  const std::size_t begin = starts_[static_cast<std::size_t>(line)];
  if (unit == ColumnUnit::byte) return {line, static_cast<int>(offset - begin)};
  int column = 0;
  std::size_t from = begin;
  // Start from the last checkpoint of this line at or before `offset`.
  auto mark = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                               [](std::size_t o, const Checkpoint& c) { return o < c.offset; });
  if (mark != checkpoints_.begin() && std::prev(mark)->offset > begin) {
    --mark;
    from = mark->offset;
    column = unit == ColumnUnit::utf16 ? mark->utf16 : mark->code_points;
  }
  for (std::size_t i = from; i < offset;) {
    if (static_cast<unsigned char>(text_[i]) < 0x80) {  // one column in either unit, nothing to decode
      ++column;
      ++i;
      continue;
    }
    std::size_t n;
    utf8::decode(text_, i, n);
    column += unit == ColumnUnit::utf16 ? utf8::utf16_units(n) : 1;
    i += n;
  }
  return {line, column};
}

std::size_t LineIndex::offset(LinePosition pos, ColumnUnit unit) const {
  if (pos.line < 0) return 0;
  if (pos.line >= line_count()) return text_.size();
  const std::string_view line = line_text(pos.line);
  const std::size_t begin = line_start(pos.line);
  if (pos.column <= 0) return begin;
  if (unit == ColumnUnit::byte)
    return begin + std::min(line.size(), static_cast<std::size_t>(pos.column));
  int column = 0;
  std::size_t i = 0;
  while (i < line.size() && column < pos.column) {
    std::size_t n;
    utf8::decode(line, i, n);
    column += unit == ColumnUnit::utf16 ? utf8::utf16_units(n) : 1;
    i += n;
  }
  return begin + i;
}

}  // namespace tactful
