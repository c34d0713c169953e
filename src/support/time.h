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

struct CivilDate {
  int year = 1970;
  unsigned month = 1, day = 1;
  unsigned weekday = 4;  // 0 = Sunday
};
CivilDate civil_from_days(std::int64_t days);
// The calendar day `t` falls on, in the zone it was written in.
std::int64_t local_day(const Instant& t);
// "Mon 16 Nov", as messages name a day.
std::string format_day(const Instant& t);
// 1..12 for an English month name or its abbreviation ("Nov", "Sept."), else 0.
int month_from_name(std::string_view word);
// 0..6 (Sunday first) for an English day name or abbreviation, else -1.
int weekday_from_name(std::string_view word);

// A date (and time) written the way mail clients write them in reply
// attribution lines, found anywhere in `text`:
//   "On Tue, Nov 17, 2026 at 9:02 AM Ann Lee <ann@x> wrote:"   (Gmail)
//   "Sent: Tuesday, November 17, 2026 9:02 AM"                 (Outlook)
//   "On Nov 17, 2026, at 09:02, Ann Lee <ann@x> wrote:"        (Apple Mail)
//   "On 17 Nov 2026 at 09:02, …", "On 2026-11-17 09:02, …", "On 11/17/26 9:02 AM, …"
// A written zone ("-0800", "GMT+1", "PST", "UTC") is honoured; without one the
// time is taken in `default_offset_minutes` (the reader's zone, usually that
// of the reply's own Date). Without a time of day the result is date_only.
std::optional<Instant> find_written_date(std::string_view text, int default_offset_minutes);

}  // namespace tactful
