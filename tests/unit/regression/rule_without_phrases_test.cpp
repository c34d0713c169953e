// Found by fuzz_rule_loader: a phrase or required rule with neither `phrases`
// nor `patterns` made the loader point its error at the missing key, and
// yaml-cpp throws when asked where a missing key is; the exception ended the
// process (std::terminate) instead of becoming a located error.
#include <catch2/catch.hpp>

#include "check/rule_set.h"

using namespace tactful;

namespace {
const std::string kHead =
    "id: x\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: m\ndescription: d\n"
    "examples: {fail: [], pass: []}\n";
}  // namespace

TEST_CASE("a phrase rule with neither phrases nor patterns is a located error, not a crash", "[regression]") {
  auto set = check::RuleSet::from_texts({{"x", kHead + "kind: phrase\n"}});
  REQUIRE_FALSE(set);
  CHECK(set.error().message.find("needs 'phrases' or 'patterns'") != std::string::npos);
  CHECK(set.error().line == 1);
}

TEST_CASE("an all-of group with neither phrases nor patterns is a located error, not a crash", "[regression]") {
  auto set = check::RuleSet::from_texts({{"x", kHead + "kind: required\nall-of:\n  - name: why\n    negation: true\n"}});
  REQUIRE_FALSE(set);
  CHECK(set.error().message.find("needs 'phrases' or 'patterns'") != std::string::npos);
  CHECK(set.error().line == 10);
}
