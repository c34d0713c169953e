#include "support/time.h"

#include <catch2/catch.hpp>

using namespace tactful;

TEST_CASE("ISO 8601 times keep their zone and compare across zones", "[support]") {
  const auto a = parse_iso8601("2026-11-17T09:30:00-08:00");
  const auto b = parse_iso8601("2026-11-17T17:30Z");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->epoch == b->epoch);
  CHECK(a->utc_offset_minutes == -480);
  CHECK_FALSE(parse_iso8601("2026-13-01"));
  CHECK_FALSE(parse_iso8601("yesterday"));
  CHECK(parse_iso8601("2026-11-17")->date_only);
}

TEST_CASE("RFC 5322 dates parse with and without day names and seconds", "[support]") {
  const auto a = parse_rfc5322_date("Tue, 17 Nov 2026 09:02:00 -0800");
  const auto b = parse_rfc5322_date("17 Nov 2026 17:02 +0000");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->epoch == b->epoch);
  CHECK(format_instant(*a) == "Tue 17 Nov 2026 09:02 -0800");
  CHECK_FALSE(parse_rfc5322_date("not a date"));
}
