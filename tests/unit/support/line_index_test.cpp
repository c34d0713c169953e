#include "support/line_index.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("line index counts columns in code points and in UTF-16 units", "[support]") {
  const std::string text = "Dear Zoë,\n🙂 any openings?\r\nend";
  const LineIndex index(text);
  const std::size_t any = text.find("any");
  CHECK(index.position(any, ColumnUnit::code_point).line == 1);
  CHECK(index.position(any, ColumnUnit::code_point).column == 2);  // emoji is one code point
  CHECK(index.position(any, ColumnUnit::utf16).column == 3);       // and two UTF-16 units
  CHECK(index.position(any, ColumnUnit::byte).column == 5);
  const std::size_t comma = text.find(',');
  CHECK(index.position(comma, ColumnUnit::code_point).column == 8);
}

TEST_CASE("line index maps positions back to byte offsets and clamps out-of-range ones", "[support]") {
  const std::string text = "ab\r\nçd\n";
  const LineIndex index(text);
  CHECK(index.offset({1, 1}, ColumnUnit::utf16) == text.find('d'));
  CHECK(index.offset({1, 99}, ColumnUnit::utf16) == text.find('d') + 1);  // end of line, before "\n"
  CHECK(index.offset({0, 99}, ColumnUnit::code_point) == 2);             // "\r" is not a column
  CHECK(index.offset({99, 0}, ColumnUnit::utf16) == text.size());
  CHECK(index.line_text(0) == "ab");
}

// Long lines get checkpoints so that position() need not count from the line
// start; short lines none. Every code-point boundary of lines on both sides
// of the checkpoint span must get the column a count from the line start gives.
TEST_CASE("line index columns in long and short lines match a count from the line start", "[support]") {
  std::string text;
  for (int line = 0; line < 6; ++line) {
    const int pieces = line % 2 == 0 ? 40 : 700;  // short lines, and lines of a few KB
    for (int k = 0; k < pieces; ++k) text += k % 3 == 0 ? "é" : k % 3 == 1 ? "🙂" : "ab";
    text += line == 3 ? "\r\n" : "\n";
  }
  text += "last line without an end";
  const LineIndex index(text);
  int line = 0, code_points = 0, utf16 = 0;
  std::size_t line_begin = 0;
  for (std::size_t i = 0; i <= text.size();) {
    const LinePosition cp = index.position(i, ColumnUnit::code_point);
    const LinePosition u16 = index.position(i, ColumnUnit::utf16);
    REQUIRE(cp.line == line);
    REQUIRE(cp.column == code_points);
    REQUIRE(u16.column == utf16);
    REQUIRE(index.position(i, ColumnUnit::byte).column == static_cast<int>(i - line_begin));
    if (i == text.size()) break;
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (text[i] == '\n') {
      ++line;
      code_points = utf16 = 0;
      line_begin = i + 1;
    } else {
      ++code_points;
      utf16 += n == 4 ? 2 : 1;
    }
    i += n;
  }
  CHECK(index.line_count() == 7);
  CHECK(index.line_text(3).size() == index.line_start(4) - index.line_start(3) - 2);  // "\r\n" left out
}
