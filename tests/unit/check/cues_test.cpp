#include "check/cues.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("clauses end at punctuation and at 'but'", "[check]") {
  const std::string text = "I am not sure, but are you hiring";
  const std::size_t at = text.find("are");
  CHECK(check::clause_start(text, at, 10) == text.find(" are"));
  const std::string plain = "one two three four five six seven";
  CHECK(check::clause_start(plain, plain.size(), 3) == plain.find("five"));
}

TEST_CASE("negation cues are found within the window before a match", "[check]") {
  auto cues = check::Cues::make({}, true, 6);
  REQUIRE(cues);
  const std::string text = "I'm not asking for a job, just advice.";
  const std::size_t at = text.find("asking");
  CHECK(cues->before(text, {at, at + 6}));
  const std::string far = "Not that it matters at all to anyone here really asking for a job.";
  const std::size_t far_at = far.find("asking");
  CHECK_FALSE(cues->before(far, {far_at, far_at + 6}));
}
