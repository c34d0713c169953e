#include "support/char_classes.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <utility>
#include <vector>

#include "support/utf8.h"

using namespace tactful;

namespace {

std::string encode(char32_t cp) {
  std::string out;
  utf8::append(out, cp);
  return out;
}

using Blocks = std::vector<std::pair<char32_t, char32_t>>;

// The cheap class and RE2's own agree on every code point of `blocks`.
void agree(const std::string& cls, const Blocks& blocks) {
  const RE2 cheap(with_cheap_classes(cls));
  const RE2 real(cls);
  REQUIRE(cheap.ok());
  REQUIRE(real.ok());
  for (auto [first, last] : blocks)
    for (char32_t cp = first; cp <= last; ++cp) {
      const std::string s = encode(cp);
      INFO(cls << " at U+" << std::hex << static_cast<unsigned>(cp));
      CHECK(RE2::FullMatch(s, cheap) == RE2::FullMatch(s, real));
    }
}

}  // namespace

TEST_CASE("the cheap letter and number classes agree with Unicode's on the text of mail", "[support]") {
  // ASCII, Latin-1 and Latin Extended-A, the letters of Greek and Cyrillic
  // (their blocks also hold numeric signs and combining marks that the wide
  // ranges take), punctuation, currency, arrows and CJK punctuation.
  agree("\\pL", {{0x20, 0x7E}, {0xA0, 0xFF}, {0x100, 0x17F}, {0x391, 0x3A1}, {0x3A3, 0x3C9}, {0x410, 0x44F},
                 {0x2000, 0x206F}, {0x20A0, 0x20BF}, {0x2190, 0x21FF}, {0x3000, 0x3003}});
  agree("\\pN", {{0x20, 0x7E}, {0xA0, 0xFF}});
}

TEST_CASE("the cheap capital class agrees with Unicode's outside the mixed Latin blocks", "[support]") {
  agree("\\p{Lu}", {{0x20, 0x7E}, {0xA0, 0xFF}, {0x388, 0x3CE}, {0x400, 0x45F}, {0x2000, 0x206F}});
  // In Latin Extended-A capitals and small letters alternate; both count.
  const RE2 upper(with_cheap_classes("\\p{Lu}"));
  CHECK(RE2::FullMatch("Ł", upper));
  CHECK(RE2::FullMatch("Š", upper));
}

TEST_CASE("classes are replaced inside brackets and on their own, and nothing else changes", "[support]") {
  CHECK(with_cheap_classes("abc") == "abc");
  CHECK(with_cheap_classes("\\\\pL") == "\\\\pL");  // an escaped backslash, then "pL"
  const std::string negated = with_cheap_classes("[^\\pL'’]");
  CHECK(negated.rfind("[^A-Za-z", 0) == 0);
  const RE2 re(with_cheap_classes("(?i)(^|[^\\pL'’])(me)([^\\pL'’]|$)"));
  REQUIRE(re.ok());
  CHECK(RE2::PartialMatch("tell me, please", re));
  CHECK_FALSE(RE2::PartialMatch("someone", re));
  CHECK_FALSE(RE2::PartialMatch("émeute", re));
  const RE2 name(with_cheap_classes("^\\p{Lu}[\\pL'.-]*$"));
  CHECK(RE2::FullMatch("Zoë", name));
  CHECK(RE2::FullMatch("O'Neil", name));
  CHECK_FALSE(RE2::FullMatch("zoë", name));
}

TEST_CASE("the braced names of the letter and number classes are replaced as the short ones are", "[support]") {
  CHECK(with_cheap_classes("\\p{L}") == with_cheap_classes("\\pL"));
  CHECK(with_cheap_classes("[\\p{L}.'-]") == with_cheap_classes("[\\pL.'-]"));
  CHECK(with_cheap_classes("\\p{N}") == with_cheap_classes("\\pN"));
  agree("\\p{L}", {{0x20, 0x7E}, {0xA0, 0xFF}, {0x100, 0x17F}, {0x2000, 0x206F}});
  // Negated and other classes are RE2's own.
  CHECK(with_cheap_classes("\\PL\\p{^L}\\p{P}") == "\\PL\\p{^L}\\p{P}");
}
