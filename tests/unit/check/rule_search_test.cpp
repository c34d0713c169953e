#include "check/rule_search.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <random>
#include <string>

#include "check/pattern_set.h"

using namespace tactful;

namespace {
std::vector<TextRange> all_matches(const RE2& re, const std::string& text) {
  std::vector<TextRange> out;
  re2::StringPiece input(text), m;
  std::size_t pos = 0;
  while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const auto b = static_cast<std::size_t>(m.data() - text.data());
    out.push_back({b, b + m.size()});
    pos = m.empty() ? b + m.size() + 1 : b + m.size();
  }
  return out;
}
}  // namespace

TEST_CASE("a rule's regex with long bounds on single characters is searched through its relaxed twin", "[check]") {
  const check::LazyRegex bounded(R"((?i)\bnot\b(?:\s+\w+){0,2}?\s+asking\b[^.;!?]{0,12}?\bjobs?\b)");
  REQUIRE(bounded.search());
  CHECK(bounded.search()->relaxed());
  const check::LazyRegex phrase(R"((?i)\b(?:pick(?:[\s\-/]|–|—)+your(?:[\s\-/]|–|—)+brain)\b)");
  REQUIRE(phrase.search());
  CHECK_FALSE(phrase.search()->relaxed());
}

TEST_CASE("the relaxed search finds what RE2 finds with the exact regex, long matches included", "[check]") {
  const std::string pattern = R"((?i)\bnot\b(?:\s+\w+){0,2}?\s+asking\b[^.;!?]{0,30}?\bjobs?\b)";
  const RE2 exact(pattern);
  const check::LazyRegex lazy(pattern);
  REQUIRE(lazy.search());
  REQUIRE(lazy.search()->relaxed());
  // Texts shaped like the pattern, with matches both shorter than the bound
  // of 30 (answered by the twin) and longer (asked of the exact regex), and
  // now and then a '.' that ends a sentence.
  const std::string words[] = {"not", "NOT", "asking", "for", "a", "job", "jobs", "really", "x"};
  const std::string filler = "ab c.  d!e";
  std::mt19937 random(11);
  std::size_t found = 0, within_bound = 0, beyond_bound = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (int parts = static_cast<int>(random() % 6); parts > 0; --parts) {
      text += words[random() % std::size(words)];
      text += ' ';
      for (int k = static_cast<int>(random() % 20); k > 0; --k) text += filler[random() % filler.size()];
      if (random() % 3 == 0) text += " not asking ";
    }
    const auto expected = all_matches(exact, text);
    INFO(text);
    REQUIRE(check::find_all(*lazy.search(), text, {0, text.size()}) == expected);
    CHECK(lazy.search()->find(text, 0, text.size(), nullptr) == !expected.empty());
    found += !expected.empty();
    for (const TextRange& m : expected) (m.size() > 30 ? beyond_bound : within_bound) += 1;
  }
  CHECK(found > 500);
  CHECK(within_bound > 100);
  CHECK(beyond_bound > 50);
}
