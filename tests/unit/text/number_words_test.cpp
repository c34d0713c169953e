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
