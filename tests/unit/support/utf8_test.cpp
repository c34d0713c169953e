#include "support/utf8.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

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

TEST_CASE("is_valid skips plain ASCII eight bytes at a time and still finds a bad byte anywhere", "[support]") {
  // The answer of decoding every code point, which is_valid's ASCII skip must equal.
  const auto decoded_valid = [](std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      std::size_t n;
      if (utf8::decode(s, i, n) == 0xFFFD && s.substr(i, n) != "\xEF\xBF\xBD") return false;
      i += n;
    }
    return true;
  };
  const std::vector<std::string> inserts = {"\xFF", "\xC3", "\xC3\xA9", "\xE2\x80\x99", "\xE2\x80", "\xF0\x9F\x99\x82",
                                            "\xED\xA0\x80", "\xEF\xBF\xBD", "\x80"};
  int invalid = 0;
  for (std::size_t length = 0; length <= 20; ++length)
    for (std::size_t at = 0; at <= length; ++at)
      for (const std::string& insert : inserts) {
        std::string s(length, 'a');
        s.insert(at, insert);
        CHECK(utf8::is_valid(s) == decoded_valid(s));
        invalid += decoded_valid(s) ? 0 : 1;
      }
  CHECK(invalid > 0);
  CHECK(utf8::is_valid(std::string(1000, 'x')));
  std::string cut_short(1000, 'x');
  cut_short += "\xC3";
  CHECK_FALSE(utf8::is_valid(cut_short));
}
