// Found by fuzz_time: a Date header whose numeric zone was a long run of
// digits ("17 Nov 2026 15:00 -0777…7500") was read with atoi, which wrapped,
// and the offset times 60 overflowed an int (UBSan: signed integer overflow).
// A numeric zone is now exactly four digits, +HHMM; anything else is an
// unknown zone and counts as UTC, as an unknown zone name does.
#include <catch2/catch.hpp>

#include <string>

#include "support/time.h"

using namespace tactful;

TEST_CASE("a numeric zone of many digits is no overflow and no offset", "[regression]") {
  const auto t = parse_rfc5322_date("17 Nov 2026 15:00 -" + std::string(60, '7') + "500");
  REQUIRE(t);
  CHECK(t->utc_offset_minutes == 0);
  for (const char* zone : {"-07777", "+2400000000", "+07:00", "+0760", "-"}) {
    const auto odd = parse_rfc5322_date(std::string("Tue, 17 Nov 2026 15:00:00 ") + zone);
    REQUIRE(odd);
    CHECK(odd->utc_offset_minutes == 0);
  }
}

TEST_CASE("four-digit numeric zones still count", "[regression]") {
  const auto west = parse_rfc5322_date("Tue, 17 Nov 2026 15:00:00 -0800");
  REQUIRE(west);
  CHECK(west->utc_offset_minutes == -480);
  const auto india = parse_rfc5322_date("17 Nov 2026 15:00 +0530 (IST)");
  REQUIRE(india);
  CHECK(india->utc_offset_minutes == 330);
  CHECK(india->epoch == west->epoch - 480 * 60 - 330 * 60);
}
