// The line-length limit: a message whose text has a line over the limit
// (default 100,000 bytes) is not linted; one `input` error says why and how
// to raise the limit. `limits: {max-line-length: N}` in the config sets it.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace tactful;

namespace {

engine::LintResult lint_with(const std::string& text, const engine::Config& config) {
  const auto rules = test::rules_from({test::phrase_rule("no-job", "phrases: [a job]\n")});
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  return engine::Linter(rules).lint(read_message("draft.txt", text), config, options);
}

}  // namespace

TEST_CASE("a line over the default limit is one input error and no rule runs", "[engine][limits]") {
  const std::string text = "Subject: s\n\nHi Ann,\n\nI want a job. " + std::string(100001, 'x') + "\n";
  const auto result = lint_with(text, engine::Config{});
  REQUIRE(result.diagnostics.size() == 1);
  const Diagnostic& d = result.diagnostics.front();
  CHECK(d.rule == engine::kInputRuleId);
  CHECK(d.severity == Severity::error);
  CHECK(d.message.find("100000") != std::string::npos);
  CHECK(d.message.find("max-line-length") != std::string::npos);
  CHECK(text.compare(d.range.begin, 6, "I want") == 0);  // points at the start of the long line
}

TEST_CASE("the line-length limit comes from the config", "[engine][limits]") {
  const std::string text = "Subject: s\n\nHi Ann,\n\nI want a job. " + std::string(100001, 'x') + "\n";
  auto raised = engine::parse_config("limits:\n  max-line-length: 200000\n", "p/.tactful.yaml");
  REQUIRE(raised);
  CHECK(test::excerpts_of(lint_with(text, *raised), "no-job").size() == 1);

  auto lowered = engine::parse_config("limits:\n  max-line-length: 10\n", "p/.tactful.yaml");
  REQUIRE(lowered);
  const auto result = lint_with("Hi Ann,\n\nI want a job.\n", *lowered);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics.front().rule == engine::kInputRuleId);
  CHECK(lint_with("Hi Ann,\n\nI want a job.\n", engine::Config{}).diagnostics.size() == 1);  // the rule's finding
}
