#include "support/relaxed_regex.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using tactful::RelaxedRegex;
using tactful::without_long_bounds;

namespace {

std::string relaxed(std::string_view regex, std::size_t& bound) { return without_long_bounds(regex, 8, bound); }

// The whole match of `re` in `text` as "begin-end", or "none".
std::string answer(const RE2& re, const std::string& text) {
  re2::StringPiece m;
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1)) return "none";
  return std::to_string(m.data() - text.data()) + "-" + std::to_string(m.data() - text.data() + m.size());
}
std::string answer(const RelaxedRegex& re, const std::string& text) {
  re2::StringPiece m;
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, &m)) return "none";
  return std::to_string(m.data() - text.data()) + "-" + std::to_string(m.data() - text.data() + m.size());
}

}  // namespace

TEST_CASE("without_long_bounds drops the upper bound of long counted repetitions only") {
  std::size_t bound = std::string::npos;
  CHECK(relaxed("a{1,40}b{0,60}c{0,2}d{3}", bound) == "a{1,}b{0,}c{0,2}d{3}");
  CHECK(bound == 40);
  bound = std::string::npos;
  CHECK(relaxed("(?:x|yz){2,12}?", bound) == "(?:x|yz){2,}?");
  CHECK(bound == 12);
}

TEST_CASE("without_long_bounds leaves escapes and bracket classes alone") {
  std::size_t bound = std::string::npos;
  CHECK(relaxed(R"(\{1,40}[{1,40}]\x{41}\p{Lu}[]{0,9}]e{0,0012})", bound) == R"(\{1,40}[{1,40}]\x{41}\p{Lu}[]{0,9}]e{0,})");
  CHECK(bound == 12);
  bound = std::string::npos;
  CHECK(relaxed("a{,40}b{40,3}c{x,40}", bound) == "a{,40}b{40,3}c{x,40}");
  CHECK(bound == std::string::npos);
}

TEST_CASE("a relaxed regex finds what the exact one finds, long matches included") {
  // Loops whose turns take one character or more, as the precondition asks,
  // over short random texts whose runs are longer and shorter than the bounds.
  const std::string pattern = R"((?i)\b(?:hi|hello)(?:,\s*(?:[^,:!.]|\bdr\.){1,9}[,:!]|(?:[^,:!.]|\bdr\.){0,12}(?:[,:!]|$))\s*)";
  const RE2 exact(pattern);
  const RelaxedRegex re(pattern);
  REQUIRE(exact.ok());
  REQUIRE(re.ok());
  const std::string alphabet[] = {"hi", "hello", ",", " ", "dr.", "a", "b", ":", "!", ".", "x"};
  std::mt19937 random(7);
  std::size_t long_matches = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const int parts = static_cast<int>(random() % 16);
    for (int k = 0; k < parts; ++k) text += alphabet[random() % std::size(alphabet)];
    INFO(text);
    const std::string expected = answer(exact, text);
    REQUIRE(answer(re, text) == expected);
    re2::StringPiece m;
    if (expected != "none" && exact.Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1) && m.size() > 9) ++long_matches;
  }
  CHECK(long_matches > 100);  // the exact regex was asked, and agreed
  CHECK(re.exact_compiled());
}

TEST_CASE("a relaxed regex leaves the exact one uncompiled while its matches are short") {
  const RelaxedRegex re(R"(^(?:hi|hello)[^,]{0,60},)");
  re2::StringPiece m;
  const std::string text = "hello Ann, and more";
  REQUIRE(re.Match(text, 0, text.size(), RE2::UNANCHORED, &m));
  CHECK(m == "hello Ann,");
  CHECK_FALSE(re.exact_compiled());
  const std::string long_text = "hi " + std::string(70, 'a') + ",";
  CHECK_FALSE(re.Match(long_text, 0, long_text.size(), RE2::UNANCHORED, &m));
  CHECK(re.exact_compiled());
}

TEST_CASE("relaxes_single_characters holds only where every long bound repeats one character") {
  using tactful::relaxes_single_characters;
  for (const char* regex : {R"([^.;!?]{0,80}?)", "a{1,40}", R"(\w{0,30}x)", R"(\p{L}{0,9})", ".{0,50}", "é{0,20}",
                            R"((?i)\bnot\b[^.]{0,80}?\bjob)", R"(\x{41}{2,12}|b)", R"((?P<n>a)[a-z]{0,9})"}) {
    INFO(regex);
    CHECK(relaxes_single_characters(regex, 8));
  }
  for (const char* regex : {"(?:ab){0,40}", "a{0,7}", "a{12}", "a{8,}", "(?:x|){0,40}", R"(\Qa{0,40}\E)",
                            "a{0,40}(?:b){1,20}", "(?i:x){0,40}", R"(\b{0,10})", "a*{0,40}", "plain"}) {
    INFO(regex);
    CHECK_FALSE(relaxes_single_characters(regex, 8));
  }
}
