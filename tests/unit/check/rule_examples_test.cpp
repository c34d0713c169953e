// Every rule in the shipped pack carries `examples:`; this runs them. A rule
// must fire on each `fail` text and stay silent on each `pass` text, linted as
// a message of the example's kind (else the rule's first kind).
#include <catch2/catch.hpp>

#include "check/rule_set.h"
#include "engine/linter.h"
#include "message/reader.h"

using namespace tactful;

namespace {

bool fires(const engine::Linter& linter, const check::RuleInfo& rule, const check::RuleExample& example) {
  const Message message = read_message("example.txt", example.text);
  engine::LintOptions options;
  options.kind = example.kind.value_or(rule.first_kind());
  for (const Diagnostic& d : linter.lint(message, engine::Config{}, options).diagnostics)
    if (d.rule == rule.id) return true;
  return false;
}

}  // namespace

TEST_CASE("every rule in the pack fires on its fail examples and not on its pass examples", "[rules]") {
  auto loaded = check::RuleSet::load({std::string(TACTFUL_SOURCE_DIR) + "/rules"});
  if (!loaded) FAIL(loaded.error().to_string());
  const engine::Linter linter(*loaded);
  REQUIRE(!(*loaded)->rules().empty());
  for (const auto& rule : (*loaded)->rules()) {
    const auto& info = rule->info();
    DYNAMIC_SECTION(info.id) {
      CHECK(!info.examples.fail().empty());
      CHECK(!info.examples.pass().empty());
      for (const auto& example : info.examples.fail()) {
        INFO(info.id << " should fire on:\n" << example.text);
        CHECK(fires(linter, info, example));
      }
      for (const auto& example : info.examples.pass()) {
        INFO(info.id << " should stay silent on:\n" << example.text);
        CHECK_FALSE(fires(linter, info, example));
      }
    }
  }
}
