#include "text/durations.h"

#include <catch2/catch.hpp>

#include <string>

using namespace tactful;

namespace {

// The minutes of every duration in `text`, in order.
std::vector<double> minutes_in(const std::string& text) {
  const Document doc = Document::of_ranges(text, {{0, text.size()}});
  std::vector<double> out;
  for (const Duration& d : find_durations(doc)) out.push_back(d.minutes);
  return out;
}

double only_minutes(const std::string& text) {
  const auto all = minutes_in(text);
  INFO(text);
  REQUIRE(all.size() == 1);
  return all.front();
}

}  // namespace

TEST_CASE("digits and spelled numbers with minute and hour units are read", "[text]") {
  CHECK(only_minutes("Would you have 45 minutes?") == Approx(45));
  CHECK(only_minutes("a forty-five minute chat") == Approx(45));
  CHECK(only_minutes("a thirty-minute chat") == Approx(30));
  CHECK(only_minutes("a quick 15-minute call") == Approx(15));
  CHECK(only_minutes("about 1.5 hrs") == Approx(90));
  CHECK(only_minutes("a 90 min session") == Approx(90));
  CHECK(only_minutes("90min on Zoom") == Approx(90));
  CHECK(only_minutes("2h if you can") == Approx(120));
  CHECK(only_minutes("maybe 1h30 in total") == Approx(90));
  CHECK(only_minutes("an hour-long call") == Approx(60));
  CHECK(only_minutes("for two hours") == Approx(120));
}

TEST_CASE("ranges count by their upper end", "[text]") {
  CHECK(only_minutes("20-30 minutes") == Approx(30));
  CHECK(only_minutes("30\xE2\x80\x93" "45 min") == Approx(45));
  CHECK(only_minutes("between 20 and 40 minutes") == Approx(40));
  CHECK(only_minutes("20 to 30 minutes") == Approx(30));
  CHECK(only_minutes("twenty or thirty minutes") == Approx(30));
  CHECK(only_minutes("30 minutes to an hour") == Approx(60));
  CHECK(only_minutes("an hour or two") == Approx(120));
  CHECK(only_minutes("15/20 minutes") == Approx(20));
}

TEST_CASE("fractions and vague counts of hours are read", "[text]") {
  CHECK(only_minutes("half an hour") == Approx(30));
  CHECK(only_minutes("a half-hour chat") == Approx(30));
  CHECK(only_minutes("an hour and a half") == Approx(90));
  CHECK(only_minutes("one and a half hours") == Approx(90));
  CHECK(only_minutes("a couple of hours") == Approx(120));
  CHECK(only_minutes("a couple hours") == Approx(120));
  CHECK(only_minutes("a few minutes") <= 5);
  CHECK(only_minutes("three quarters of an hour") == Approx(45));
  CHECK(only_minutes("an hour and fifteen minutes") == Approx(75));
  CHECK(only_minutes("a full day") == Approx(480));
}

TEST_CASE("a length is found whatever the case of the word it starts with", "[text]") {
  CHECK(only_minutes("Between 20 and 40 Minutes") == Approx(40));
  CHECK(only_minutes("SEVERAL HOURS") == Approx(180));
  CHECK(only_minutes("A Handful of minutes") == Approx(5));
  CHECK(only_minutes("The Entire Morning") == Approx(180));
  CHECK(only_minutes("Twenty minutes") == Approx(20));
  CHECK(only_minutes("Couple of hours") == Approx(120));
  CHECK(only_minutes("Few minutes") == Approx(3));
  CHECK(only_minutes("Quarter of an hour") == Approx(15));
  CHECK(only_minutes("An hour") == Approx(60));
  CHECK(only_minutes("Half a day") == Approx(240));
  CHECK(minutes_in("Meetings run long; the team minutes are late.").empty());
}

TEST_CASE("bounds before and after a length are kept", "[text]") {
  const std::string text = "at least 30 minutes, or 45 minutes or more, but under an hour";
  const Document doc = Document::of_ranges(text, {{0, text.size()}});
  const auto found = find_durations(doc);
  REQUIRE(found.size() == 3);
  CHECK(found[0].open_above);
  CHECK(found[1].open_above);
  CHECK(found[2].below);
  CHECK(std::string(found[1].range.in(text)) == "45 minutes or more");
  const std::string capped = "no more than 30 minutes";
  const auto at_most = find_durations(Document::of_ranges(capped, {{0, capped.size()}}));
  REQUIRE(at_most.size() == 1);
  CHECK_FALSE(at_most.front().open_above);
}

TEST_CASE("years, bare numbers and lengths across a sentence end are not durations", "[text]") {
  CHECK(minutes_in("I worked there for two years.").empty());
  CHECK(minutes_in("We met at 9:30 in room 12.").empty());
  CHECK(minutes_in("I have 3 questions. Minutes matter.").empty());
  CHECK(minutes_in("the hour you spent with me").empty());
}
