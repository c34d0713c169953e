// Decodes the JSON output into plain values written here, independently of
// the reporter, and checks them against INTERFACE.md.
#include "report/json_reporter.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "helpers.h"
#include "support/time.h"

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

TEST_CASE("a file's JSON is written directly with the bytes the JSON tree dumps to", "[report]") {
  const Message message = read_message("drafts/\"odd\"\\name.txt", "Subject: s\n\nHi Zoë,\nline two\twith tab\n");
  engine::LintResult result;
  result.kind = MessageKind::thank_you;
  result.kind_source = "header";
  result.notes = {"timing: no \"interview\" time was found", "tab\there, newline\nthere", "bell\x07, DEL\x7F, nul-free"};
  const std::vector<std::string> strings = {
      "", "plain", "quote \" and backslash \\", "controls \x01\x02\x1F \b \f \r", "Zoë’s 🙂 résumé", "bad \xFF\xFE bytes",
      "cut \xE2\x80", "\xC0\xAF overlong", "x"};
  for (std::size_t i = 0; i < strings.size(); ++i) {
    Diagnostic d;
    d.rule = "rule-" + std::to_string(i);
    d.severity = i % 3 == 0 ? Severity::error : i % 3 == 1 ? Severity::warning : Severity::suggestion;
    d.guideline = "G" + std::to_string(i);
    d.message = strings[i];
    d.excerpt = strings[(i + 1) % strings.size()];
    d.range = {i, i + 3};
    for (std::size_t k = 0; k < i % 3; ++k) d.fixes.push_back({"Replace with '" + strings[k] + "'", {i + k, i + k + 1}, strings[(i + k) % strings.size()]});
    result.diagnostics.push_back(d);
  }
  CHECK(report::JsonReporter::file_text(message, result) == report::JsonReporter::file_text_from_tree(message, result));
  // And with nothing to say: empty lists.
  engine::LintResult empty;
  CHECK(report::JsonReporter::file_text(message, empty) == report::JsonReporter::file_text_from_tree(message, empty));
}

TEST_CASE("every corpus message's JSON is written as the JSON tree dumps it", "[report]") {
  auto rules = check::RuleSet::load({std::string(TACTFUL_SOURCE_DIR) + "/rules"});
  REQUIRE(rules);
  std::size_t compared = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(TACTFUL_SOURCE_DIR) + "/corpus")) {
    if (!entry.is_regular_file() || entry.path().extension() == ".expect") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const Message& message : read_messages(entry.path().string(), bytes)) {
      engine::LintOptions options;
      options.now = parse_time("2026-12-02T12:00:00Z");
      const auto result = engine::Linter(*rules).lint(message, engine::Config{}, options);
      INFO(message.path);
      CHECK(report::JsonReporter::file_text(message, result) == report::JsonReporter::file_text_from_tree(message, result));
      ++compared;
    }
  }
  CHECK(compared > 50);
}
