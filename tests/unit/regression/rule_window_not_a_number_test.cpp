// Found reading the code behind fuzz_rule_loader: `window: .nan` or `window:
// 1e300` was converted to int before it was range-checked, which is undefined
// behaviour (UBSan: float-cast-overflow). The number is now checked first.
#include <catch2/catch.hpp>

#include "check/rule_set.h"

using namespace tactful;

TEST_CASE("a window that is not a small number is refused before it is converted", "[regression]") {
  const std::string head =
      "id: x\nkind: phrase\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: m\ndescription: d\n"
      "examples: {fail: [], pass: []}\nphrases: [job]\n";
  for (const char* window : {".nan", "1e300", "-1e300", ".inf", "0", "51"}) {
    auto set = check::RuleSet::from_texts({{"x", head + "window: " + window + "\n"}});
    REQUIRE_FALSE(set);
    CHECK(set.error().message.find("between 1 and 50") != std::string::npos);
    CHECK(set.error().line == 10);
  }
  CHECK(check::RuleSet::from_texts({{"x", head + "window: 50\n"}}));
}
