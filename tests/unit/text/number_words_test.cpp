#include "text/number_words.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("spelled-out numbers are read with or without a hyphen and in any case", "[text]") {
  CHECK(parse_number_words("forty-five") == Approx(45));
  CHECK(parse_number_words("forty five") == Approx(45));
  CHECK(parse_number_words("Thirty") == Approx(30));
  CHECK(parse_number_words("twenty-two") == Approx(22));
  CHECK(parse_number_words("fifteen") == Approx(15));
  CHECK(parse_number_words("one hundred and twenty") == Approx(120));
  CHECK(parse_number_words("fourty") == Approx(40));
}

TEST_CASE("words that are not numbers, or do not make one number, give nothing", "[text]") {
  CHECK_FALSE(parse_number_words("minutes"));
  CHECK_FALSE(parse_number_words("a"));
  CHECK_FALSE(parse_number_words(""));
  CHECK_FALSE(parse_number_words("forty apples"));
  CHECK(is_number_word("Ninety"));
  CHECK_FALSE(is_number_word("half"));
}

TEST_CASE("single number words are read as ICU's spell-out reads them, without asking it", "[text]") {
  const char* words[] = {"zero",     "one",       "two",      "three",    "four",    "five",    "six",
                         "seven",    "eight",     "nine",     "ten",      "eleven",  "twelve",  "thirteen",
                         "fourteen", "fifteen",   "sixteen",  "seventeen", "eighteen", "nineteen", "twenty",
                         "thirty",   "forty",     "fifty",    "sixty",    "seventy", "eighty",  "ninety",
                         "hundred"};
  for (const char* word : words) {
    INFO(word);
    CHECK(is_number_word(word));
    const auto icu = parse_number_words_with_icu(word);
    CHECK(parse_number_words(word) == icu);
    std::string upper = word;
    for (char& c : upper) c = static_cast<char>(c - 32);
    CHECK(parse_number_words(upper) == icu);
  }
  CHECK(parse_number_words("four") == Approx(4));
  CHECK(parse_number_words("fourty") == parse_number_words_with_icu("forty"));
}
