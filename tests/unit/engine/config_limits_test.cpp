// Limits in .tactful.yaml: any number YAML can write used to be accepted
// (.nan, .inf, -1e308), and a rule converting such a limit to an int would hit
// undefined behaviour (seen while writing fuzz_config). They must be 0..1e9.
#include <catch2/catch.hpp>

#include "engine/config.h"

using namespace tactful;

TEST_CASE("a limit that is not a finite, non-negative number is a located config error", "[engine]") {
  for (const char* value : {".nan", ".inf", "-.inf", "-1", "1e300"}) {
    auto plain = engine::parse_config(std::string("limits:\n  max-words: ") + value + "\n", "p/.tactful.yaml");
    REQUIRE_FALSE(plain);
    CHECK(plain.error().line == 2);
    CHECK(plain.error().message.find("from 0 to 1e9") != std::string::npos);
    auto per_kind = engine::parse_config(std::string("limits:\n  max-words:\n    outreach: ") + value + "\n", "p/.tactful.yaml");
    REQUIRE_FALSE(per_kind);
    CHECK(per_kind.error().line == 3);
  }
  auto fine = engine::parse_config("limits:\n  max-words: 0\n  max-meeting-minutes: {outreach: 20.5}\n", "p/.tactful.yaml");
  REQUIRE(fine);
  CHECK(fine->settings.limits.at("max-words") == 0);
}
