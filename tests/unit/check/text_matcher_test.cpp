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

TEST_CASE("with the set's hits a matcher finds and tells what it does without them", "[check][fast-path]") {
  // Three matchers in one set: each walks only the hit ids among its own.
  check::PatternSet set;
  std::vector<check::TextMatcher> matchers;
  for (const std::string& rule : {std::string("phrases: [\"not asking for a job\", \"purely informational\", \"a quick call\"]"),
                                  std::string("phrases: [\"job\", \"role\", \"opening\"]\nunless: [\"no\"]"),
                                  std::string("patterns: ['\\bcall\\b', '\\bchat\\b']")}) {
    auto made = check::TextMatcher::make(check::RuleFields(YAML::Load(rule), "rule.yaml"), set, check::TextMatcher::Search::always);
    if (!made) FAIL(made.error().to_string());
    matchers.push_back(std::move(*made));
  }
  REQUIRE(set.compile());
  const std::vector<std::string> texts = {
      "I am not asking for a job, only a quick call or a chat about the role.",
      "It is purely informational: no opening, no role.", "A chat.", "nothing here", "",
  };
  for (const std::string& text : texts) {
    const std::vector<TextRange> ranges = {{0, text.size()}};
    const check::PatternHits hits = set.match(text, ranges);
    for (const check::TextMatcher& m : matchers) {
      INFO(text);
      CHECK(m.find(text, ranges, &hits) == m.find(text, ranges, nullptr));
      CHECK(m.occurs(text, ranges, &hits) == m.occurs(text, ranges, nullptr));
    }
  }
  const check::PatternHits listed({false, true, false, true}, std::vector<int>{3, 1});
  CHECK(listed.ids() == std::vector<int>{1, 3});
  CHECK(check::PatternHits({true, false, true}).ids() == std::vector<int>{0, 2});
}
