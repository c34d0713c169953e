#include "check/phrase_pattern.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

using namespace tactful;

namespace {
bool matches(const std::string& phrase, const std::string& text) {
  auto regex = check::alternation({phrase}, {});
  REQUIRE(regex);
  RE2 re(*regex);
  REQUIRE(re.ok());
  return RE2::PartialMatch(text, re);
}
}  // namespace

TEST_CASE("phrases match across spaces, line breaks and hyphens, case-insensitively", "[check]") {
  CHECK(matches("are you hiring", "So, Are  you\nhiring?"));
  CHECK(matches("follow-up", "a follow up note"));
  CHECK(matches("follow-up", "a followup note"));
  CHECK_FALSE(matches("are you hiring", "are you rehiring"));
}

TEST_CASE("groups, optional groups, one-word and multi-word gaps", "[check]") {
  CHECK(matches("[any|] openings", "openings"));
  CHECK(matches("[any|] openings", "any openings"));
  CHECK(matches("[a role|a position] on your team", "a position on your team"));
  CHECK(matches("consider me ... role", "consider me for the analyst role"));
  CHECK_FALSE(matches("consider me ... role", "consider me for one of the many open analyst role"));
  CHECK(matches("is * hiring", "is Acme hiring"));
}

TEST_CASE("apostrophes match both forms and '~' adds common endings", "[check]") {
  CHECK(matches("I'd be a great fit", "I’d be a great fit"));
  CHECK(matches("open~", "openings"));
  CHECK(matches("hire~", "hiring"));
  CHECK(matches("hire~", "hired"));
}

TEST_CASE("malformed phrases are errors, not silent rules", "[check]") {
  CHECK_FALSE(check::phrase_to_regex("[any openings"));
  CHECK_FALSE(check::phrase_to_regex("any] openings"));
  CHECK_FALSE(check::phrase_to_regex("... openings"));
  CHECK_FALSE(check::phrase_to_regex(""));
}
