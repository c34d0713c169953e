#include <catch2/catch.hpp>

#include "check/rule_set.h"

using namespace tactful;

namespace {
Error load_error(const std::string& yaml, const std::string& name = "rules/x.yaml") {
  auto set = check::RuleSet::from_texts({{name, yaml}});
  REQUIRE_FALSE(set);
  return set.error();
}
const std::string kHead =
    "id: x\nkind: phrase\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: m\ndescription: d\n"
    "examples: {fail: [], pass: []}\n";
}  // namespace

TEST_CASE("an unknown key is an error at its line with a did-you-mean", "[check]") {
  const Error e = load_error(kHead + "phrases: [a]\ntokns: [b]\n");
  CHECK(e.file == "rules/x.yaml");
  CHECK(e.line == 10);
  CHECK(e.column == 1);
  CHECK(e.message.find("unknown key 'tokns'") != std::string::npos);
  CHECK(e.message.find("did you mean") == std::string::npos);  // too far from any key
  const Error near = load_error(kHead + "phrasess: [a]\n");
  CHECK(near.message.find("did you mean 'phrases'") != std::string::npos);
}

TEST_CASE("wrong types, bad regexes and unknown kinds are located errors", "[check]") {
  CHECK(load_error(kHead + "phrases: {a: b}\n").message.find("list of strings") != std::string::npos);
  const Error regex = load_error(kHead + "patterns: ['(unclosed']\n");
  CHECK(regex.message.find("bad pattern") != std::string::npos);
  CHECK(regex.line == 9);
  std::string other_kind = kHead;
  other_kind.replace(other_kind.find("phrase"), 6, "phrasal");
  CHECK(load_error(other_kind + "phrases: [a]\n").message.find("did you mean 'phrase'") != std::string::npos);
  CHECK(load_error("id: [unterminated\n").line == 2);
}

TEST_CASE("a rule's id must match its file name and be unique", "[check]") {
  CHECK(load_error(kHead + "phrases: [a]\n", "rules/y.yaml").message.find("must match the file name") != std::string::npos);
  auto twice = check::RuleSet::from_texts({{"a", kHead + "phrases: [a]\n"}, {"b", kHead + "phrases: [b]\n"}});
  REQUIRE_FALSE(twice);
  CHECK(twice.error().message.find("defined twice") != std::string::npos);
}

TEST_CASE("the shipped pack loads", "[check]") {
  std::string pack = TACTFUL_SOURCE_DIR;
  pack += "/rules";  // not +: GCC 12 warns falsely (-Warray-bounds)
  auto set = check::RuleSet::load({pack});
  if (!set) FAIL(set.error().to_string());
  CHECK((*set)->find("no-job-request"));
}
