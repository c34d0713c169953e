#include "support/utf8.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("invalid UTF-8 is repaired byte for byte so offsets do not move", "[support]") {
  const std::string bad = "caf\xC3 ok \xFF\xFE end";
  CHECK_FALSE(utf8::is_valid(bad));
  const std::string fixed = utf8::repair_in_place_copy(bad);
  CHECK(fixed.size() == bad.size());
  CHECK(utf8::is_valid(fixed));
  CHECK(fixed == "caf? ok ?? end");
  CHECK(utf8::is_valid("Zoë 🙂"));
  CHECK_FALSE(utf8::is_valid("\xED\xA0\x80"));  // a lone surrogate
}
