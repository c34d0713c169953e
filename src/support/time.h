// Points in time as mail writes them: ISO 8601 (command line, config, front
// matter) and RFC 5322 dates (Date: headers). Each keeps the UTC offset it was
// written with, so messages can show times the way the writer saw them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tactful {

struct Instant {
  std::int64_t epoch = 0;        // seconds since 1970-01-01T00:00:00Z
  int utc_offset_minutes = 0;    // the zone it was written in
  bool date_only = false;        // "2026-11-17": no time of day was given
};

// "2026-11-17", "2026-11-17T09:30", "2026-11-17 09:30:00+05:30", "...Z".
// A time without a zone is taken in the machine's local zone.
std::optional<Instant> parse_iso8601(std::string_view text);
// "Tue, 17 Nov 2026 09:02:00 -0800" (day name and seconds optional; obsolete zones).
std::optional<Instant> parse_rfc5322_date(std::string_view text);
// Either of the above.
std::optional<Instant> parse_time(std::string_view text);

Instant now_instant();
// "Tue 17 Nov 2026 09:02 -0800"
std::string format_instant(const Instant& t);
// Days since 1970-01-01 for a civil date (proleptic Gregorian).
std::int64_t days_from_civil(int y, unsigned m, unsigned d);

}  // namespace tactful
