#include "support/byte_set.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("a byte set holds exactly its members, high bytes and NUL included", "[support]") {
  static constexpr ByteSet set = byte_set(std::string_view("_./\xE2\0", 5));
  static_assert(in_byte_set(set, '_') && !in_byte_set(set, 'a'));
  int members = 0;
  for (int b = 0; b < 256; ++b) members += in_byte_set(set, static_cast<char>(b)) ? 1 : 0;
  CHECK(members == 5);
  CHECK(in_byte_set(set, '\xE2'));
  CHECK(in_byte_set(set, '\0'));
  CHECK_FALSE(in_byte_set(set, '\xE3'));
  CHECK_FALSE(in_byte_set(byte_set(""), '_'));
}
