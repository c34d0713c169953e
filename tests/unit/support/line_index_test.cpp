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
