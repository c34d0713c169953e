#include "check/text_matcher.h"

#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>


using namespace tactful;

namespace {

check::TextMatcher matcher_of(const std::string& yaml, check::PatternSet& set) {
  auto made = check::TextMatcher::make(check::RuleFields(YAML::Load(yaml), "rule.yaml"), set, check::TextMatcher::Search::sometimes);
  if (!made) FAIL(made.error().to_string());
  REQUIRE(set.compile());
  return std::move(*made);
}

}  // namespace

TEST_CASE("occurs answers as find does with cues and without", "[check]") {
  // Without cues occurs asks RE2 only whether a match exists; with them it
  // looks at each match's place. Either way: whether find finds anything.
  const std::vector<std::string> rules = {
      "phrases: [\"not asking for a job\", \"purely informational\"]",
      "patterns: ['\\bnot\\b[^.;!?]{0,20}?\\bjob\\b', '(?m)^thanks$']",
      "phrases: [\"not asking for a job\"]\nunless: [\"but\"]",
      "patterns: ['\\bjob\\b']\nunless-after: [\"offer\"]",
  };
  const std::vector<std::string> texts = {
      "I am not asking for a job.",     "It is purely informational.", "But not asking for a job.", "a job offer",
      "no job here, and a job offer",  "thanks",                       "x\nthanks\ny",              "nothing at all",
      "not a job",                      "notjob",                       "",                          "I am not asking for a jobs list",
  };
  std::size_t found = 0;
  for (const std::string& rule : rules) {
    check::PatternSet set;
    const check::TextMatcher matcher = matcher_of(rule, set);
    for (const std::string& text : texts)
      for (const TextRange range : {TextRange{0, text.size()}, TextRange{2, text.size()}, TextRange{0, text.size() / 2}}) {
        if (range.begin > text.size()) continue;
        INFO(rule << " on '" << text << "' [" << range.begin << ", " << range.end << ")");
        const bool expected = !matcher.find(text, {range}, nullptr).empty();
        CHECK(matcher.occurs(text, {range}, nullptr) == expected);
        found += expected ? 1 : 0;
      }
  }
  CHECK(found >= 10);
}
