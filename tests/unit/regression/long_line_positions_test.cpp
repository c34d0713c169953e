// Found by a hostile-input run (not the fuzzer, whose inputs are small): a
// 3.7 MB message written as one line with 100,000 findings on it did not
// finish in ten minutes, while the same text with line breaks took 30 s.
// Every finding's column was counted from the start of its line. LineIndex
// now keeps checkpoints inside long lines; the columns must not change.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "support/line_index.h"
#include "support/utf8.h"

using namespace tactful;

namespace {

// Columns the slow, obvious way.
int brute_column(std::string_view text, std::size_t offset, ColumnUnit unit) {
  std::size_t begin = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  begin = begin == std::string_view::npos || begin >= offset ? 0 : begin + 1;
  if (offset > 0 && text[offset - 1] == '\n') begin = offset;
  int column = 0;
  for (std::size_t i = begin, n = 0; i < offset; i += n) {
    utf8::decode(text, i, n);
    column += unit == ColumnUnit::utf16 ? utf8::utf16_units(n) : 1;
  }
  return column;
}

}  // namespace

TEST_CASE("columns on very long lines are right and cost no more than on short ones", "[regression]") {
  std::string text = "Subject: x\n\n";
  for (int i = 0; i < 60000; ++i) text += i % 7 == 0 ? "Zoë 😀 \xff naïve, " : "plain words, ";
  text += "\nshort line é\n\xe2\x82";  // ends inside a code point
  const LineIndex index(text);
  for (std::size_t offset = 0; offset <= text.size(); offset += 997) {
    for (ColumnUnit unit : {ColumnUnit::code_point, ColumnUnit::utf16}) {
      const LinePosition p = index.position(offset, unit);
      REQUIRE(p.column == brute_column(text, offset, unit));
      // Back again: within the code point the offset points into.
      CHECK(index.offset(p, unit) <= offset + 4);
    }
  }
  const auto start = std::chrono::steady_clock::now();
  long sum = 0;
  for (int i = 0; i < 20000; ++i) sum += index.position(text.size() - 20 - static_cast<std::size_t>(i), ColumnUnit::utf16).column;
  CHECK(sum > 0);
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 5);
}
