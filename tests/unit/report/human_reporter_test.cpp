#include "report/human_reporter.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "helpers.h"

using namespace tactful;

TEST_CASE("human output is compiler style with the source line, a caret underline and a summary", "[report]") {
  const auto rules = test::rules_from({test::phrase_rule("no-job", "phrases: ['any openings']\n")});
  const Message message = read_message("a.txt", "Dear Ann,\nI wondered if there are any openings on your team.\n");
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  const auto result = engine::Linter(rules).lint(message, engine::Config{}, options);
  std::ostringstream out;
  report::HumanReporter reporter(out, {});
  reporter.message(message, result);
  reporter.finish({1, 1, 0, 0});
  const std::string expected =
      "a.txt:2:25: error: m [no-job]\n"
      " 2 | I wondered if there are any openings on your team.\n"
      "   |                         ^^^^^^^^^^^^\n"
      "1 error, 0 warnings in 1 message\n";
  CHECK(out.str() == expected);
}
