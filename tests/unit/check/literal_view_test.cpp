#include "check/literal_view.h"

#include <catch2/catch.hpp>

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
