#include "text/fold.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("folding drops case and accents so José and jose compare equal", "[fold]") {
  CHECK(text::fold("José") == "jose");
  CHECK(text::fold("Núñez") == "nunez");
  CHECK(text::fold("Zoë") == "zoe");
  CHECK(text::fold("ŁUKASZ") == "lukasz");
  CHECK(text::fold("Søren") == "soren");
  CHECK(text::fold("Ann") == "ann");
  CHECK(text::fold("Ann") != text::fold("Anne"));
}

TEST_CASE("folding makes typographic apostrophes plain", "[fold]") {
  CHECK(text::fold("O’Brien") == "o'brien");
  CHECK(text::plain_apostrophes("don’t") == "don't");
  CHECK(text::plain_apostrophes("don't") == "don't");
}

TEST_CASE("case folding alone keeps the accents", "[fold]") {
  CHECK(text::fold_case("JOSÉ") == "josé");
  CHECK(text::fold_case("Straße") == "strasse");
}

TEST_CASE("edit distance counts code points, not bytes", "[fold]") {
  CHECK(text::edit_distance("josé", "jose") == 1);
  CHECK(text::edit_distance("oyelarn", "oyelaran") == 1);
  CHECK(text::edit_distance("priya", "divya") == 3);
  CHECK(text::edit_distance("", "ann") == 3);
}

TEST_CASE("words in other scripts are told apart from Latin ones", "[fold]") {
  CHECK(text::has_non_latin_letter("Дмитрий"));
  CHECK(text::has_non_latin_letter("谢谢"));
  CHECK_FALSE(text::has_non_latin_letter("Łukasz"));
  CHECK_FALSE(text::has_non_latin_letter("don't"));
}
