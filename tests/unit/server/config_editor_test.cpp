#include "server/config_editor.h"

#include <catch2/catch.hpp>

namespace tactful::server {

TEST_CASE("a word goes into a new words list when the config has none", "[server][config_editor]") {
  auto out = add_word_to_config("", "Oyelaran", ".tactful.yaml");
  REQUIRE(out);
  CHECK(*out == "words:\n  - Oyelaran\n");
}

TEST_CASE("a word joins the existing list and keeps comments and indentation", "[server][config_editor]") {
  const std::string text = "# mine\nwords:\n    - Zoë   # a friend\nrules:\n  too-long: off\n";
  auto out = add_word_to_config(text, "Oyelaran", ".tactful.yaml");
  REQUIRE(out);
  CHECK(*out == "# mine\nwords:\n    - Zoë   # a friend\n    - Oyelaran\nrules:\n  too-long: off\n");
}

TEST_CASE("a word joins a flow list and a word already there changes nothing", "[server][config_editor]") {
  auto flow = add_word_to_config("words: [Zoë]\n", "Ngozi", "c.yaml");
  REQUIRE(flow);
  CHECK(*flow == "words: [Zoë, Ngozi]\n");
  auto empty = add_word_to_config("words: []\n", "Ngozi", "c.yaml");
  REQUIRE(empty);
  CHECK(*empty == "words: [Ngozi]\n");
  auto same = add_word_to_config("words:\n  - Ngozi\n", "Ngozi", "c.yaml");
  REQUIRE(same);
  CHECK(*same == "words:\n  - Ngozi\n");
}

TEST_CASE("words YAML would misread are quoted", "[server][config_editor]") {
  auto out = add_word_to_config("", "yes", "c.yaml");
  REQUIRE(out);
  CHECK(*out == "words:\n  - \"yes\"\n");
  out = add_word_to_config("", "C#: \"x\"", "c.yaml");
  REQUIRE(out);
  CHECK(*out == "words:\n  - \"C#: \\\"x\\\"\"\n");
}

TEST_CASE("CRLF configs stay CRLF", "[server][config_editor]") {
  auto out = add_word_to_config("words:\r\n  - a\r\n", "b", "c.yaml");
  REQUIRE(out);
  CHECK(*out == "words:\r\n  - a\r\n  - b\r\n");
}

TEST_CASE("disabling a rule adds it under rules or replaces its severity", "[server][config_editor]") {
  auto added = disable_rule_in_config("words:\n  - a\n", "too-long", "c.yaml");
  REQUIRE(added);
  CHECK(*added == "words:\n  - a\nrules:\n  too-long: off\n");
  auto replaced = disable_rule_in_config("rules:\n  self-focus: error\n  too-long: warning  # loud\nkind: auto\n", "too-long", "c.yaml");
  REQUIRE(replaced);
  CHECK(*replaced == "rules:\n  self-focus: error\n  too-long: off\nkind: auto\n");
  auto appended = disable_rule_in_config("rules:\n  self-focus: error\n\nkind: auto\n", "too-long", "c.yaml");
  REQUIRE(appended);
  CHECK(*appended == "rules:\n  self-focus: error\n  too-long: off\n\nkind: auto\n");
  auto flow = disable_rule_in_config("rules: {}\n", "too-long", "c.yaml");
  REQUIRE(flow);
  CHECK(*flow == "rules:\n  too-long: off\n");
}

TEST_CASE("a config that does not load is not touched", "[server][config_editor]") {
  CHECK_FALSE(add_word_to_config("words: [\n", "a", "c.yaml"));
  CHECK_FALSE(disable_rule_in_config("rules: 5\n", "too-long", "c.yaml"));
  CHECK_FALSE(add_word_to_config("words: Zoë\n", "a", "c.yaml"));
  CHECK_FALSE(disable_rule_in_config("", "Bad Rule!", "c.yaml"));
  CHECK_FALSE(add_word_to_config("", "two\nlines", "c.yaml"));
}

}  // namespace tactful::server
