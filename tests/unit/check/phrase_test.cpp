#include <catch2/catch.hpp>

#include "helpers.h"

using namespace tactful;
using test::excerpts_of;
using test::lint;
using test::phrase_rule;
using test::rules_from;

TEST_CASE("a negation earlier in the clause turns a phrase rule off", "[check]") {
  const auto rules = rules_from({phrase_rule("job", "negation: true\nphrases: ['asking for a job', 'job request']\n")});
  CHECK(excerpts_of(lint(rules, "Dear Ann,\nI am asking for a job.\n"), "job").size() == 1);
  CHECK(excerpts_of(lint(rules, "Dear Ann,\nI am not asking for a job.\n"), "job").empty());
  CHECK(excerpts_of(lint(rules, "Dear Ann,\nThis isn’t a job request.\n"), "job").empty());
  // A negation in another clause does not excuse it.
  CHECK(excerpts_of(lint(rules, "Dear Ann,\nI'm not sure, but I am asking for a job.\n"), "job").size() == 1);
}

TEST_CASE("phrase rules look only at the writer's new text by default", "[check]") {
  const auto rules = rules_from({phrase_rule("job", "phrases: ['any openings']\n")});
  const std::string text =
      "Hi Ann,\nThanks for the reply.\n\nBest,\nJo\n\nOn Tue, Nov 17, 2026 at 9:02 AM Ann Lee <a@x.org> wrote:\n> Any openings?\n";
  CHECK(excerpts_of(lint(rules, text), "job").empty());
}

TEST_CASE("a greeting-scoped rule sees only the greeting", "[check]") {
  const auto rules = rules_from({phrase_rule("generic", "scope: greeting\nphrases: ['to whom it may concern']\n")});
  CHECK(excerpts_of(lint(rules, "To whom it may concern,\nHello.\n"), "generic").size() == 1);
  CHECK(excerpts_of(lint(rules, "Dear Ann,\nTo whom it may concern is a phrase I avoid.\n"), "generic").empty());
}

TEST_CASE("a fix replaces the matched words and lands on the source bytes", "[check]") {
  const auto rules = rules_from({phrase_rule("hour", "phrases: ['an hour']\nfix: {replace: '20 minutes'}\n")});
  const auto result = lint(rules, "Subject: x\n\nDear Ann,\nCould we meet for an hour?\n");
  REQUIRE(result.diagnostics.size() == 1);
  REQUIRE(result.diagnostics[0].fixes.size() == 1);
  const Fix& fix = result.diagnostics[0].fixes[0];
  CHECK(fix.replacement == "20 minutes");
  CHECK(fix.range.begin == std::string("Subject: x\n\nDear Ann,\nCould we meet for ").size());
}
