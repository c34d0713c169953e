#include "text/relative_date.h"

#include <catch2/catch.hpp>

#include <string>

using namespace tactful;

namespace {

// Thu 26 Nov 2026 17:30 +0100
Instant reference() { return *parse_iso8601("2026-11-26T17:30:00+01:00"); }

std::vector<RelativeDate> dates_in(const std::string& text) {
  return find_relative_dates(text, {0, text.size()}, reference());
}

int days_before(const std::string& text) {
  const auto found = dates_in(text);
  INFO(text);
  REQUIRE(found.size() == 1);
  return found.front().days_before;
}

}  // namespace

TEST_CASE("words for today and yesterday resolve to whole days before the reference", "[text]") {
  CHECK(days_before("thank you for meeting me this morning") == 0);
  CHECK(days_before("Thanks for your time today.") == 0);
  CHECK(days_before("Thank you for talking with me yesterday.") == 1);
  CHECK(days_before("the day before yesterday") == 2);
}

TEST_CASE("weekdays resolve to the latest such day before the reference", "[text]") {
  CHECK(days_before("our call on Tuesday") == 2);   // Thursday -> Tuesday
  CHECK(days_before("our call last Friday") == 6);
  CHECK(dates_in("our call on Thursday").empty());  // today, or a week ago: unknown
  CHECK(days_before("our call last Thursday") == 7);
  CHECK(days_before("our call last Wednesday") == 8);  // not yesterday, which has its own word
}

TEST_CASE("calendar dates without a year are the latest one not after the reference", "[text]") {
  CHECK(days_before("speaking with me on November 12") == 14);
  CHECK(days_before("speaking with me on the 12th of November") == 14);
  CHECK(days_before("on Nov 26th") == 0);
  CHECK(days_before("on December 2") == 359);  // last year's
  const auto found = dates_in("on November 12");
  REQUIRE(found.size() == 1);
  CHECK(format_day(found.front().day) == "Thu 12 Nov");
}

TEST_CASE("spans like last week are lower bounds", "[text]") {
  const auto found = dates_in("Thank you again for meeting me for coffee last week.");
  REQUIRE(found.size() == 1);
  CHECK(found.front().span);
  CHECK(found.front().days_before >= 3);
  CHECK(days_before("a few days ago") == 3);
  CHECK(days_before("two weeks ago") == 14);
  CHECK(days_before("a couple of weeks ago") == 14);
}
