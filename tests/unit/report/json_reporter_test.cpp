// Decodes the JSON output into plain values written here, independently of
// the reporter, and checks them against INTERFACE.md.
#include "report/json_reporter.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "helpers.h"

using namespace tactful;

TEST_CASE("JSON output follows the contract: 1-based lines, code-point columns, excerpt", "[report]") {
  const auto rules = test::rules_from({test::phrase_rule("no-job", "phrases: ['any openings']\n")});
  const std::string text = "Subject: Zoë's path\n\nHi Zoë, 🙂 any openings?\n";
  const Message message = read_message("drafts/z.txt", text);
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  const auto result = engine::Linter(rules).lint(message, engine::Config{}, options);
  std::ostringstream out;
  report::JsonReporter reporter(out);
  reporter.message(message, result);
  reporter.finish({});
  const auto doc = nlohmann::json::parse(out.str());
  CHECK(doc.at("version") == 1);
  const auto& file = doc.at("files").at(0);
  CHECK(file.at("path") == "drafts/z.txt");
  CHECK(file.at("kind") == "outreach");
  const auto& d = file.at("diagnostics").at(0);
  CHECK(d.at("rule") == "no-job");
  CHECK(d.at("severity") == "error");
  CHECK(d.at("guideline") == "G1");
  CHECK(d.at("line") == 3);
  CHECK(d.at("column") == 11);  // "Hi Zoë, 🙂 " is 10 code points
  CHECK(d.at("end_line") == 3);
  CHECK(d.at("end_column") == 23);
  CHECK(d.at("excerpt") == "any openings");
  CHECK(d.at("suggestions").is_array());
  CHECK(out.str().find("\"version\"") < out.str().find("\"files\""));
}
