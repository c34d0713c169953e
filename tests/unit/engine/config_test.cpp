#include "engine/config.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("a config turns rules off, changes severities and sets limits", "[engine]") {
  auto config = engine::parse_config(
      "rules:\n  too-long: off\n  self-focus: error\nlimits:\n  max-words: 250\n  max-meeting-minutes: {outreach: 20}\n"
      "words: [Kubernetes, Łódź]\nrecipient: Ann Lee\nkind: thank-you\n",
      "proj/.tactful.yaml");
  REQUIRE(config);
  CHECK_FALSE(config->rules.at("too-long").enabled);
  CHECK(config->rules.at("self-focus").severity == Severity::error);
  CHECK(config->settings.limit("max-words", MessageKind::outreach, 200) == 250);
  CHECK(config->settings.limit("max-meeting-minutes", MessageKind::outreach, 30) == 20);
  CHECK(config->settings.limit("max-meeting-minutes", MessageKind::follow_up, 30) == 30);
  CHECK(config->settings.personal_words.size() == 2);
  CHECK(config->settings.recipient == "Ann Lee");
  CHECK(config->kind == MessageKind::thank_you);
}

TEST_CASE("a bad config names the file, the line and what to write instead", "[engine]") {
  auto unknown = engine::parse_config("rulez: {}\n", "p/.tactful.yaml");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().file == "p/.tactful.yaml");
  CHECK(unknown.error().line == 1);
  CHECK(unknown.error().message.find("known keys") != std::string::npos);
  auto severity = engine::parse_config("rules:\n  too-long: loud\n", "c.yaml");
  REQUIRE_FALSE(severity);
  CHECK(severity.error().line == 2);
  auto syntax = engine::parse_config("rules: [\n", "c.yaml");
  REQUIRE_FALSE(syntax);
  CHECK(engine::parse_config("", "c.yaml"));
}
