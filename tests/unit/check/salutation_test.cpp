// The `salutation` kind against the cases G10 names: first names, titles with
// family names, accents, nicknames, several people, misspellings, and the
// cases where it must stay silent.
#include <catch2/catch.hpp>

#include "check/rule_set.h"
#include "engine/linter.h"
#include "message/reader.h"

using namespace tactful;

namespace {

const char* kRule = R"(id: salutation-mismatch
kind: salutation
severity: error
guideline: G10
applies-to: [all]
message: m
description: d
examples: {fail: [], pass: []}
not-names: [dear hi hello there team hiring manager good morning all]
nicknames: [robert bob bobby rob, elizabeth liz beth]
role-words: [team careers recruiting]
)";

std::shared_ptr<const check::RuleSet> rules() {
  static auto set = check::RuleSet::from_texts({{"salutation-mismatch.yaml", kRule}});
  if (!set) FAIL(set.error().to_string());
  return *set;
}

std::vector<Diagnostic> findings(const std::string& text, engine::Config config = {}) {
  const Message message = read_message("draft.txt", text);
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  return engine::Linter(rules()).lint(message, config, options).diagnostics;
}

void require_no_findings(const std::string& text) {
  INFO(text);
  CHECK(findings(text).empty());
}

// The one finding's fix applied to the message source.
std::string fixed(const std::string& text) {
  const auto found = findings(text);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].fixes.size() == 1);
  const Fix& f = found[0].fixes[0];
  std::string out = text;
  out.replace(f.range.begin, f.range.size(), f.replacement);
  return out;
}

const std::string kBody = "\n\nCould you spare 15 minutes for a call?\n";

}  // namespace

TEST_CASE("a greeting with the recipient's first name passes", "[salutation]") {
  require_no_findings("To: \"Ann Lee\" <ann@example.com>\n\nDear Ann," + kBody);
  require_no_findings("To: Ann Lee <ann@example.com>\n\nhi ann," + kBody);
}

TEST_CASE("a title with the family name passes", "[salutation]") {
  require_no_findings("To: Ann Lee <ann@example.com>\n\nHi Dr. Lee," + kBody);
  require_no_findings("To: Margaret Oyelaran <m@example.org>\n\nDear Ms. Oyelaran," + kBody);
}

TEST_CASE("accents and case are folded", "[salutation]") {
  require_no_findings("To: José Núñez <jose@example.com>\n\nHi Jose," + kBody);
  require_no_findings("To: Jose Nunez <jose@example.com>\n\nHi José," + kBody);
  require_no_findings("To: Zoë Hartmann <zoe@example.com>\n\nDear ZOE," + kBody);
}

TEST_CASE("common nicknames match the full name and back", "[salutation]") {
  require_no_findings("To: Robert Chen <rc@example.com>\n\nHi Bob," + kBody);
  require_no_findings("To: Liz Warren <lw@example.com>\n\nDear Elizabeth," + kBody);
}

TEST_CASE("a short form cut from the full name matches, but a longer spelling does not", "[salutation]") {
  require_no_findings("To: Oluwaseun Adebayo <seun@example.net>\n\nHi Seun," + kBody);
  require_no_findings("To: Christopher Vance <cv@example.net>\n\nHi Chris," + kBody);
  CHECK(findings("To: Ann Lee <ann@example.com>\n\nHi Anne," + kBody).size() == 1);
}

TEST_CASE("a greeting that names someone else is an error whose fix greets the recipient", "[salutation]") {
  const std::string text = "To: \"Ann Lee\" <ann@example.com>\n\nDear Raj," + kBody;
  const auto found = findings(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::error);
  CHECK(found[0].excerpt == "Raj");
  CHECK(found[0].message.find("Ann Lee") != std::string::npos);
  CHECK(fixed(text) == "To: \"Ann Lee\" <ann@example.com>\n\nDear Ann," + kBody);
}

TEST_CASE("a misspelt recipient name is this rule's error, fixed to the right spelling", "[salutation]") {
  CHECK(fixed("To: Ann Lee <ann@example.com>\n\nDear Anne," + kBody) == "To: Ann Lee <ann@example.com>\n\nDear Ann," + kBody);
  CHECK(fixed("To: Margaret Oyelaran <m@example.org>\n\nDear Ms. Oyelarn," + kBody) ==
        "To: Margaret Oyelaran <m@example.org>\n\nDear Ms. Oyelaran," + kBody);
  const auto found = findings("To: Ann Lee <ann@example.com>\n\nDear Anne," + kBody);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("misspelling") != std::string::npos);
}

TEST_CASE("a title with a wrong family name is fixed to the recipient's family name", "[salutation]") {
  CHECK(fixed("To: Ann Lee <ann@example.com>\n\nDear Dr. Kumar," + kBody) == "To: Ann Lee <ann@example.com>\n\nDear Dr. Lee," + kBody);
}

TEST_CASE("several people greeted may be found in To and Cc", "[salutation]") {
  require_no_findings("To: Ann Lee <ann@example.com>\nCc: Raj Patel <raj@example.com>\n\nHello Ann and Raj," + kBody);
  require_no_findings("To: Ann Lee <ann@example.com>, Raj Patel <raj@example.com>\n\nHi Ann & Raj," + kBody);
  const std::string wrong = "To: Ann Lee <ann@example.com>\nCc: Raj Patel <raj@example.com>\n\nHello Ann and Priya," + kBody;
  CHECK(fixed(wrong) == "To: Ann Lee <ann@example.com>\nCc: Raj Patel <raj@example.com>\n\nHello Ann and Raj," + kBody);
}

TEST_CASE("one person greeted must be the addressee, not someone in Cc", "[salutation]") {
  const auto found = findings("To: Ann Lee <ann@example.com>\nCc: Raj Patel <raj@example.com>\n\nDear Raj," + kBody);
  CHECK(found.size() == 1);
}

TEST_CASE("no recipient known or no name in the greeting: no finding", "[salutation]") {
  require_no_findings("Dear Ms. Kaur," + kBody);
  require_no_findings("To: ann@example.com\n\nDear Raj," + kBody);
  require_no_findings("To: Ann Lee <ann@example.com>\n\nHello there," + kBody);
  require_no_findings("To: Ann Lee <ann@example.com>\n\nDear Hiring Manager," + kBody);
  require_no_findings("To: Ann Lee <ann@example.com>\n\nGood morning all," + kBody);
}

TEST_CASE("a shared mailbox may be greeted by any name", "[salutation]") {
  require_no_findings("To: Acme Careers <careers@acme.example>\n\nDear Ann," + kBody);
  require_no_findings("To: \"Talent Team, Acme\" <talent@acme.example>\n\nHi Raj," + kBody);
}

TEST_CASE("the configured recipient counts when the draft has no To header", "[salutation]") {
  engine::Config config;
  config.settings.recipient = "Dr. Ann Lee";
  CHECK(findings("Dear Ann," + kBody, config).empty());
  CHECK(findings("Dear Raj," + kBody, config).size() == 1);
  CHECK(findings("X-Recipient: Raj Patel\n\nDear Raj," + kBody).empty());
}

TEST_CASE("a nickname group with a single name is a located load error", "[salutation]") {
  std::string bad = kRule;
  const std::string groups = "nicknames: [robert bob bobby rob, elizabeth liz beth]";
  bad.replace(bad.find(groups), groups.size(), "nicknames: [robert]");
  auto set = check::RuleSet::from_texts({{"salutation-mismatch.yaml", bad}});
  REQUIRE_FALSE(set.has_value());
  CHECK(set.error().line > 0);
  CHECK(set.error().message.find("nickname") != std::string::npos);
}
