#include "check/literal_view.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace tactful;

TEST_CASE("the literal view lower-cases ASCII and makes each run of gap characters one space", "[check][prefilter]") {
  CHECK(check::literal_view("An In") == "an in");
  CHECK(check::literal_view("an \t\r\n  in") == "an in");
  CHECK(check::literal_view("an-/in") == "an in");
  CHECK(check::literal_view("an \xE2\x80\x93 in, an\xE2\x80\x94in") == "an in, an in");
  CHECK(check::literal_view("  lead and trail  ") == " lead and trail ");
}

TEST_CASE("the literal view leaves what a gap does not match as it is", "[check][prefilter]") {
  // RE2's \s has no vertical tab or no-break space; other dashes are not gaps.
  CHECK(check::literal_view("a\vb") == "a\vb");
  CHECK(check::literal_view("a\xC2\xA0" "b") == "a\xC2\xA0" "b");
  CHECK(check::literal_view("a\xE2\x80\x92" "b") == "a\xE2\x80\x92" "b");
  CHECK(check::literal_view("Zo\xC3\x8B don\xE2\x80\x99t") == "zo\xC3\x8B don\xE2\x80\x99t");
  CHECK(check::literal_view("\xE2\x80") == "\xE2\x80");  // a cut sequence at the end
  CHECK(check::literal_view("") == "");
}

TEST_CASE("the literal view answers as a byte-by-byte reading of the rules above on random text", "[check][prefilter]") {
  // The rules spelled out plainly: lower-case A-Z, one space for each run of
  // \s - / and the dashes U+2013 and U+2014, every other byte as it is.
  const auto plainly = [](std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      std::size_t gap = 0;
      if (std::string_view(" \t\n\f\r-/").find(text[i]) != std::string_view::npos) gap = 1;
      else if (text.substr(i, 3) == "\xE2\x80\x93" || text.substr(i, 3) == "\xE2\x80\x94") gap = 3;
      if (gap) {
        if (out.empty() || out.back() != ' ') out += ' ';
        i += gap;
        continue;
      }
      out += text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
      ++i;
    }
    return out;
  };
  const std::vector<std::string> pieces = {"A", "z", "Q", " ", "\t", "\n", "\r", "\v", "-", "/", ".", "\xE2\x80\x93",
                                           "\xE2\x80\x94", "\xE2\x80\x99", "\xE2", "\x80", "\xC3\xA9", "0", "_"};
  std::mt19937 random(17);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (std::size_t k = length(random); k > 0; --k) text += pieces[piece(random)];
    INFO(text);
    REQUIRE(check::literal_view(text) == plainly(text));
  }
}
