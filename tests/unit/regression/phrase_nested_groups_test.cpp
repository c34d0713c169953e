// Found by fuzz_rule_loader: a phrase of some 2,400 nested '[' groups
// ("phrases: [[[[...]]]]" written as one plain YAML scalar) made the phrase
// parser recurse once per '[' until the stack overflowed (ASan:
// stack-overflow). Groups may now nest 16 deep; deeper is a located error.
#include <catch2/catch.hpp>

#include <string>

#include "check/phrase_pattern.h"
#include "check/rule_set.h"

using namespace tactful;

namespace {
std::string nested(int depth) { return std::string(depth, '[') + "job|" + std::string(depth, ']'); }
}  // namespace

TEST_CASE("a phrase with thousands of nested [ ] groups is refused, not a stack overflow", "[regression]") {
  CHECK(check::phrase_to_regex(nested(16)));
  for (int depth : {17, 2400, 100000}) {
    auto regex = check::phrase_to_regex(nested(depth));
    REQUIRE_FALSE(regex);
    CHECK(regex.error().message.find("nested more than 16 deep") != std::string::npos);
  }
  // Unbalanced too: the depth check comes before any ']' is looked for.
  CHECK_FALSE(check::phrase_to_regex("x " + std::string(50000, '[')));
}

TEST_CASE("a rule file with a deeply nested phrase is an error at the phrases line", "[regression]") {
  const std::string head =
      "id: x\nkind: phrase\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: m\ndescription: d\n"
      "examples: {fail: [], pass: []}\n";
  auto set = check::RuleSet::from_texts({{"x", head + "phrases: \xae" + nested(2400) + "\n"}});
  REQUIRE_FALSE(set);
  CHECK(set.error().message.find("nested more than 16 deep") != std::string::npos);
  CHECK(set.error().line == 9);
}
