// Maps byte offsets of one text to line/column positions and back, in the two
// column units the front ends need: code points (CLI, JSON) and UTF-16 code
// units (LSP). Lines end at "\n"; a "\r" before it belongs to no column.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tactful {

struct LinePosition {
  int line = 0;    // 0-based
  int column = 0;  // 0-based, in the unit asked for
};

enum class ColumnUnit { byte, code_point, utf16 };

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  LinePosition position(std::size_t offset, ColumnUnit unit) const;
  // The byte offset of a (line, column) position; clamps to the line's end and
  // the text's end, so a client's out-of-range position never reads past them.
  std::size_t offset(LinePosition pos, ColumnUnit unit) const;

  int line_count() const { return static_cast<int>(starts_.size()); }
  std::size_t line_start(int line) const;
  // The line's text without its "\r\n" or "\n".
  std::string_view line_text(int line) const;

 private:
  // Column counts at code-point boundaries about every kCheckpointBytes inside
  // long lines, so position() scans at most that far instead of from the line
  // start: with many findings on one huge line (a 10 MB single-line message)
  // scanning from the line start made reporting quadratic.
  struct Checkpoint {
    std::size_t offset;  // a code-point boundary
    int code_points;     // columns before it on its line, in each unit
    int utf16;
  };
  static constexpr std::size_t kCheckpointBytes = 1024;
  // The checkpoints of the line [begin, end) (no '\n' inside).
  void add_checkpoints(std::size_t begin, std::size_t end);

  std::string_view text_;
  std::vector<std::size_t> starts_;
  std::vector<Checkpoint> checkpoints_;  // by offset; none in short lines
};

}  // namespace tactful
