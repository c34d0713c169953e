// find_written_date and the calendar helpers of support/time.h.
#include <catch2/catch.hpp>

#include "support/time.h"

using namespace tactful;

TEST_CASE("the three mail clients' attribution dates are read", "[support]") {
  const auto gmail = find_written_date("On Tue, Nov 17, 2026 at 9:02 AM Ann Lee <ann@example.com> wrote:", -480);
  const auto outlook = find_written_date("Sent: Tuesday, November 17, 2026 9:02 AM", -480);
  const auto apple = find_written_date("> On Nov 17, 2026, at 09:02, Ann Lee <ann@example.com> wrote:", -480);
  REQUIRE(gmail);
  REQUIRE(outlook);
  REQUIRE(apple);
  CHECK(gmail->epoch == outlook->epoch);
  CHECK(gmail->epoch == apple->epoch);
  CHECK(format_instant(*gmail) == "Tue 17 Nov 2026 09:02 -0800");
}

TEST_CASE("afternoon times, day-first dates, ISO dates and written zones are read", "[support]") {
  const auto pm = find_written_date("On Tue, Nov 17, 2026 at 4:30 PM Ann Lee wrote:", 0);
  REQUIRE(pm);
  CHECK(format_instant(*pm) == "Tue 17 Nov 2026 16:30 +0000");
  const auto day_first = find_written_date("On Tue, 17 Nov 2026 at 09:02, Ann Lee <ann@example.com> wrote:", 60);
  REQUIRE(day_first);
  CHECK(format_instant(*day_first) == "Tue 17 Nov 2026 09:02 +0100");
  const auto iso = find_written_date("On 2026-11-17 09:02, Ann Lee wrote:", 0);
  REQUIRE(iso);
  CHECK(iso->epoch == day_first->epoch + 3600);
  const auto zoned = find_written_date("Sent: 17 November 2026 09:02 -0500", 0);
  REQUIRE(zoned);
  CHECK(zoned->utc_offset_minutes == -300);
  const auto noon = find_written_date("On Nov 17, 2026 at 12:15 PM", 0);
  REQUIRE(noon);
  CHECK(format_instant(*noon) == "Tue 17 Nov 2026 12:15 +0000");
}

TEST_CASE("a date without a time is date-only and text without a date gives nothing", "[support]") {
  const auto day = find_written_date("Date: November 17, 2026", 0);
  REQUIRE(day);
  CHECK(day->date_only);
  CHECK_FALSE(find_written_date("Ann Lee <ann@example.com> wrote:", 0));
  CHECK_FALSE(find_written_date("I have 3 questions about May", 0));
}

TEST_CASE("calendar helpers agree with each other", "[support]") {
  const CivilDate c = civil_from_days(days_from_civil(2026, 11, 16));
  CHECK(c.year == 2026);
  CHECK(c.month == 11u);
  CHECK(c.day == 16u);
  CHECK(c.weekday == 1u);  // a Monday
  CHECK(month_from_name("Sept.") == 9);
  CHECK(month_from_name("November") == 11);
  CHECK(month_from_name("Nova") == 0);
  CHECK(weekday_from_name("Thurs") == 4);
  CHECK(format_day(*parse_iso8601("2026-11-16T23:30:00-05:00")) == "Mon 16 Nov");
}
