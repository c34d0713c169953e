// parse_rfc5322_date reads a Date header by hand; it read it with sscanf
// before. Here the sscanf reading is kept as the reference, and the two are
// held to the same answers on dates written many ways, well and badly.
#include <catch2/catch.hpp>
#include <strings.h>

#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "support/time.h"

using namespace tactful;

namespace {

// The sscanf reading, as it was. Month names and the civil-date arithmetic
// are the library's own (parse_rfc5322_date's answer for a well-formed
// date of the same fields), so only the reading of the text is compared.
std::optional<Instant> by_sscanf(std::string_view s) {
  std::string text(s);
  for (char& c : text)
    if (c == ',') c = ' ';
  char day_name[16] = {0}, month[16] = {0}, zone[16] = {0};
  int d = 0, y = 0, h = 0, mi = 0, sec = 0;
  const char* p = text.c_str();
  while (*p == ' ' || *p == '\t') ++p;
  if (std::isalpha(static_cast<unsigned char>(*p))) {
    if (std::sscanf(p, "%15s", day_name) != 1) return std::nullopt;
    p += std::strlen(day_name);
  }
  int consumed = 0;
  if (std::sscanf(p, " %d %15s %d %d:%d%n", &d, month, &y, &h, &mi, &consumed) < 5) return std::nullopt;
  p += consumed;
  if (*p == ':') {
    int n = 0;
    if (std::sscanf(p, ":%d%n", &sec, &n) < 1) return std::nullopt;
    p += n;
  }
  std::string zone_text;
  if (std::sscanf(p, " %15s", zone) == 1) zone_text = zone;
  // The fields, written back plainly, for the library to turn into an instant.
  char plain[160];
  std::snprintf(plain, sizeof plain, "%d %s %d %d:%d:%d %s", d, month, y, h, mi, sec, zone_text.c_str());
  return parse_rfc5322_date(plain);
}

std::string pick(std::mt19937& random, const std::vector<std::string>& options) {
  return options[std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(random)];
}

}  // namespace

TEST_CASE("the Date header reader answers as the sscanf reading did, on dates well and badly written", "[support]") {
  const std::vector<std::string> days = {"", "Tue", "Tue,", "Tuesday", "wednesdayyyyyyyyyyyyy", "Tu3", "1"};
  const std::vector<std::string> gaps = {" ", "  ", ",", ", ", "\t", "\n", "\v", "\r\n ", ""};
  const std::vector<std::string> numbers = {"17", "7", "+17", "-3", "017", "0", "31", "32", "99999999999",
                                            "4294967313", "-4294967279", "9223372036854775808", "", "x", "+", "1.5"};
  const std::vector<std::string> months = {"Nov", "November", "nov.", "Sept", "sep", "Xyz", "No", "Novemberrrrrrrrrrrrrr", "Feb"};
  const std::vector<std::string> years = {"2026", "26", "99", "1999", "0", "-1", "2026x", "20 26", "4294969322"};
  const std::vector<std::string> times = {"09:02", "09:02:59", "9:2", "09 :02", "09: 02", "09:02:", "25:00", "09:60",
                                          "23:59:60", "09:02:-1", "09", "09:02:03:04", "+9:+2", "09:02:4294967297",
                                          // past int, past long, past every 64 bits: stored as glibc stores them
                                          "09:4294967296", "09:-9223372036854775809", "09:99999999999999999999",
                                          "09:-99999999999999999999", "09:00:18446744073709551616"};
  const std::vector<std::string> zones = {"", "-0800", "+0530", "GMT", "pst", "Z", "+05300", "(IST)", "-0860",
                                          "-" + std::string(30, '7'), "UTC", "+0000 (UTC)", "EDT extra words"};
  std::mt19937 random(5322);
  int answered = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string text = pick(random, days) + pick(random, gaps) + pick(random, numbers) + pick(random, gaps) +
                       pick(random, months) + pick(random, gaps) + pick(random, years) + pick(random, gaps) +
                       pick(random, times) + pick(random, gaps) + pick(random, zones);
    if (round % 97 == 0) text.insert(text.size() / 2, 1, '\0');
    INFO(text);
    const auto mine = parse_rfc5322_date(text), theirs = by_sscanf(text);
    REQUIRE(mine.has_value() == theirs.has_value());
    if (mine) {
      ++answered;
      CHECK(mine->epoch == theirs->epoch);
      CHECK(mine->utc_offset_minutes == theirs->utc_offset_minutes);
    }
  }
  CHECK(answered > 1000);
}
