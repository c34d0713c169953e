#include "check/duration.h"

#include "helpers.h"

using namespace tactful;

namespace {

const std::string kHeader =
    "kind: duration\nseverity: error\nguideline: G4\napplies-to: [outreach, follow-up]\nmessage: m\ndescription: d\n"
    "examples: {fail: [], pass: []}\n";

std::string too_long_rule() {
  return "id: too-long-meeting\n" + kHeader +
         "limit: {name: max-meeting-minutes, all: 30}\n"
         "phrases: [\"[call|chat|coffee|meeting|talk|conversation|zoom]\", \"of your time\", \"[I'd|I would] [only|] need\"]\n";
}

std::vector<std::string> flagged(const std::string& text) {
  static const auto rules = test::rules_from({too_long_rule()});
  return test::excerpts_of(test::lint(rules, text), "too-long-meeting");
}

}  // namespace

TEST_CASE("a requested duration over the limit is reported on its words", "[check]") {
  CHECK(flagged("Would you have 45 minutes for a call?") == std::vector<std::string>{"45 minutes"});
  CHECK(flagged("Could we chat for an hour and a half?") == std::vector<std::string>{"an hour and a half"});
  CHECK(flagged("Could I ask for 30-45 min of your time?") == std::vector<std::string>{"30-45 min"});
  CHECK(flagged("I'd only need a couple of hours.") == std::vector<std::string>{"a couple of hours"});
  CHECK(flagged("I'd love to pick your brain over coffee for an hour.") == std::vector<std::string>{"an hour"});
}

TEST_CASE("a length asked for in the subject line is reported there", "[check]") {
  CHECK(flagged("Subject: A 45-minute chat?\n\nWould you be open to it?") == std::vector<std::string>{"45-minute"});
  CHECK(flagged("Subject: Your 45-minute talk\n\nI enjoyed it.").empty());
}

TEST_CASE("exactly the limit and shorter requests pass", "[check]") {
  CHECK(flagged("Would you have half an hour for a call?").empty());
  CHECK(flagged("Would you have thirty minutes for a chat?").empty());
  CHECK(flagged("Could we have a quick 15-minute call?").empty());
  CHECK(flagged("Would you have 20-30 minutes for a call?").empty());
}

TEST_CASE("durations that are not the meeting asked for do not count", "[check]") {
  CHECK(flagged("I spent an hour reading your article. Would you have 20 minutes for a call?").empty());
  CHECK(flagged("I worked there for two years before this call centre job.").empty());
  CHECK(flagged("I watched your 45-minute talk twice.").empty());
  CHECK(flagged("I live an hour away, so a call is easiest.").empty());
  CHECK(flagged("Some days I spend three hours on the train. Would a call work?").empty());
  CHECK(flagged("I study for three hours every evening, so a 20-minute call would suit me.").empty());
}

TEST_CASE("a meeting word counts only in the sentence of the length, with each sentence searched once", "[check]") {
  CHECK(flagged("I have an hour free on Fridays. A call would be lovely.").empty());
  CHECK(flagged("Would you have an hour for a call? Or an hour for coffee?") ==
        std::vector<std::string>{"an hour", "an hour"});
  // Two lengths in one sentence, the meeting word near the second only.
  CHECK(flagged("After two hours in the library I read your post, and could we chat for an hour?") ==
        std::vector<std::string>{"an hour"});
  // A quoted reply is not searched for meeting words.
  CHECK(flagged("Thanks for the reply.\n\n> Could we talk for an hour?\n").empty());
}

TEST_CASE("the limit comes from the config when set there", "[check]") {
  const auto rules = test::rules_from({too_long_rule()});
  const Message message = read_message("draft.txt", "Would you have 45 minutes for a call?");
  engine::Config config;
  config.settings.limits["max-meeting-minutes"] = 60;
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  CHECK(engine::Linter(rules).lint(message, config, options).diagnostics.empty());
}

TEST_CASE("a meeting request without any length is reported once about the message", "[check]") {
  const auto rules = test::rules_from({"id: unstated\n" + kHeader +
                                       "check: unstated\nnegation: true\nphrases: [\"[a|quick] [call|chat|coffee]\"]\n"});
  CHECK(test::excerpts_of(test::lint(rules, "Would you be open to a call about your work?"), "unstated").size() == 1);
  CHECK(test::excerpts_of(test::lint(rules, "Would you be open to a 20-minute call?"), "unstated").empty());
  CHECK(test::excerpts_of(test::lint(rules, "Could we have a call? I'd keep it to fifteen minutes."), "unstated").empty());
  CHECK(test::excerpts_of(test::lint(rules, "I don't need a call; a short reply is plenty."), "unstated").empty());
  CHECK(test::excerpts_of(test::lint(rules, "Subject: 15 minutes?\n\nWould you be open to a call?"), "unstated").empty());
  CHECK(test::excerpts_of(test::lint(rules, "I spent an hour on your blog. Could we have a call?"), "unstated").size() == 1);
}

TEST_CASE("a duration rule with an unknown check or a bad limit does not load", "[check]") {
  auto bad = check::RuleSet::from_texts({{"x.yaml", "id: x\n" + kHeader + "check: sometimes\nphrases: [call]\n"}});
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message.find("over-limit or unstated") != std::string::npos);
  auto bad_limit = check::RuleSet::from_texts({{"x.yaml", "id: x\n" + kHeader + "limit: {name: m, all: -3}\nphrases: [call]\n"}});
  CHECK_FALSE(bad_limit);
}
