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

// Until a cue list's regex is compiled, a clause without any of its words is
// answered from the words alone (Cues::may_hold); the answer must be the
// regex's, including where RE2's case folding goes beyond ASCII.
TEST_CASE("cues answer the same before and after their regex is compiled", "[check]") {
  struct List {
    std::vector<std::string> phrases;
    bool negation;
    std::string primer;  // holds one of the list's words, so that the regex compiles
  };
  const std::vector<List> lists = {
      {{}, true, "not"},
      {{"regardless of", "irrespective of", "as you [asked|requested]", "kindly"}, false, "kindly"},
      {{"hardly *"}, true, "hardly ever"},
  };
  const std::vector<std::string> clauses = {
      "I am not asking",        "I don't mean to",        "I don\xE2\x80\x99t mean to", "I can't say",
      "NEVER would I",          "just asking for advice", "regardless of the role",     "REGARDLESS OF",
      "as you requested",       "as you said",            "\xE2\x84\xAAindly",           "kindly",
      "no\xC5\xBFt a cue",      "hardly ever",            "",                           "isn\xE2\x80\x99t it",
      "independent of nothing", "the last thing I want",  "wondering whether",         "kin dly",
      "as you as\xE2\x84\xAA" "ed", "regardle\xC5\xBF\xC5\xBF of",
  };
  for (const List& list : lists) {
    auto compiled = check::Cues::make(list.phrases, list.negation, 6);
    REQUIRE(compiled);
    REQUIRE(compiled->within(list.primer, {0, list.primer.size()}));
    for (const std::string& clause : clauses) {
      auto fresh = check::Cues::make(list.phrases, list.negation, 6);
      REQUIRE(fresh);
      INFO("list primed by '" << list.primer << "', clause '" << clause << "'");
      CHECK(fresh->within(clause, {0, clause.size()}) == compiled->within(clause, {0, clause.size()}));
    }
  }
}

TEST_CASE("a clause without a cue's words is answered without compiling the cues", "[check]") {
  auto cues = check::Cues::make({"regardless of"}, true, 6);
  REQUIRE(cues);
  const std::string clause = "I would love to hear about your work";
  CHECK_FALSE(cues->within(clause, {0, clause.size()}));
  CHECK_FALSE(cues->compiled());
  const std::string negated = "I would not want to take much of your time";
  CHECK(cues->within(negated, {0, negated.size()}));
  CHECK(cues->compiled());
}
