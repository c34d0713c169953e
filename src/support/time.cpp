#include "support/time.h"

#include <strings.h>

#include <cctype>
#include <climits>
#include <optional>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

namespace tactful {
namespace {

int local_offset_minutes(std::int64_t epoch) {
  std::time_t t = static_cast<std::time_t>(epoch);
  std::tm local{};
  localtime_r(&t, &local);
  return static_cast<int>(local.tm_gmtoff / 60);
}

bool read_int(std::string_view s, std::size_t& i, int digits, int& out) {
  if (i + static_cast<std::size_t>(digits) > s.size()) return false;
  out = 0;
  for (int k = 0; k < digits; ++k) {
    const char c = s[i + static_cast<std::size_t>(k)];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    out = out * 10 + (c - '0');
  }
  i += static_cast<std::size_t>(digits);
  return true;
}

bool valid_civil(int y, int mo, int d, int h, int mi, int s) {
  return y >= 1900 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 24 && mi >= 0 &&
         mi <= 59 && s >= 0 && s <= 60;
}

}  // namespace

std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<Instant> parse_iso8601(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::size_t i = 0;
  int y, mo, d, h = 0, mi = 0, sec = 0;
  if (!read_int(s, i, 4, y) || i >= s.size() || s[i++] != '-' || !read_int(s, i, 2, mo) || i >= s.size() ||
      s[i++] != '-' || !read_int(s, i, 2, d))
    return std::nullopt;
  Instant out;
  bool has_zone = false;
  int offset = 0;
  if (i == s.size()) {
    out.date_only = true;
  } else {
    if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return std::nullopt;
    ++i;
    if (!read_int(s, i, 2, h) || i >= s.size() || s[i++] != ':' || !read_int(s, i, 2, mi)) return std::nullopt;
    if (i < s.size() && s[i] == ':') {
      ++i;
      if (!read_int(s, i, 2, sec)) return std::nullopt;
      if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      }
    }
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size()) {
      if (s[i] == 'Z' || s[i] == 'z') {
        has_zone = true;
        ++i;
      } else if (s[i] == '+' || s[i] == '-') {
        const int sign = s[i++] == '-' ? -1 : 1;
        int zh, zm = 0;
        if (!read_int(s, i, 2, zh)) return std::nullopt;
        if (i < s.size() && s[i] == ':') ++i;
        if (i < s.size() && !read_int(s, i, 2, zm)) return std::nullopt;
        offset = sign * (zh * 60 + zm);
        has_zone = true;
      }
    }
    if (i != s.size()) return std::nullopt;
  }
  if (!valid_civil(y, mo, d, h, mi, sec)) return std::nullopt;
  const std::int64_t local = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + sec;
  if (!has_zone) offset = local_offset_minutes(local);
  out.epoch = local - offset * 60;
  out.utc_offset_minutes = offset;
  return out;
}

int month_from_name(std::string_view name) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);
  if (name.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    const std::string_view full = kMonths[m];
    // The full name, its first three letters, or "Sept".
    if (name.size() > full.size() || strncasecmp(name.data(), full.data(), name.size()) != 0) continue;
    if (name.size() == 3 || name.size() == full.size() || (m == 8 && name.size() == 4)) return m + 1;
  }
  return 0;
}

int weekday_from_name(std::string_view name) {
  static const char* kDays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);
  if (name.size() < 3) return -1;
  for (int d = 0; d < 7; ++d) {
    const std::string_view full = kDays[d];
    if (name.size() > full.size() || strncasecmp(name.data(), full.data(), name.size()) != 0) continue;
    // "Tue", "Tues", "Thu", "Thur", "Thurs", "Wed", or the whole name.
    if (name.size() == 3 || name.size() == full.size() || ((d == 2 || d == 4) && name.size() <= 5)) return d;
  }
  return -1;
}

CivilDate civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  CivilDate out;
  out.day = doy - (153 * mp + 2) / 5 + 1;
  out.month = mp < 10 ? mp + 3 : mp - 9;
  out.year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (out.month <= 2));
  const std::int64_t since_epoch = z - 719468;  // 1970-01-01 was a Thursday
  out.weekday = static_cast<unsigned>((since_epoch % 7 + 11) % 7);
  return out;
}

std::int64_t local_day(const Instant& t) {
  const std::int64_t local = t.epoch + t.utc_offset_minutes * 60;
  return local >= 0 ? local / 86400 : (local - 86399) / 86400;
}

std::string format_day(const Instant& t) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const CivilDate c = civil_from_days(local_day(t));
  return std::string(kDays[c.weekday]) + " " + std::to_string(c.day) + " " + kMonths[c.month - 1];
}

namespace {

// Reads a date header the way sscanf read it before (four sscanf calls were
// a sixth of a batch's header reading): the same conversions, with C's
// white space, stopping at a NUL byte as a C string does.
class ScanfReader {
 public:
  explicit ScanfReader(std::string_view s) : s_(s.substr(0, s.find('\0'))) {}
  std::size_t position() const { return i_; }
  bool at(char c) const { return i_ < s_.size() && s_[i_] == c; }
  bool alpha() const { return i_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[i_])); }
  void skip(char c) { i_ += at(c) ? 1 : 0; }
  void skip_blanks_and_tabs() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  void skip_space() {  // a ' ' in a format: any white space, or none
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  // %15s: white space skipped, then 1 to 15 other bytes.
  std::optional<std::string_view> word() {
    skip_space();
    const std::size_t begin = i_;
    while (i_ < s_.size() && i_ - begin < 15 && !std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
    if (i_ == begin) return std::nullopt;
    return s_.substr(begin, i_ - begin);
  }
  // %d: white space skipped, a sign, then digits, read as strtol reads them
  // (a value past long's range is clamped to it) and stored into an int.
  std::optional<int> number() {
    skip_space();
    std::size_t k = i_;
    bool negative = false;
    if (k < s_.size() && (s_[k] == '+' || s_[k] == '-')) negative = s_[k++] == '-';
    if (k >= s_.size() || !std::isdigit(static_cast<unsigned char>(s_[k]))) return std::nullopt;
    unsigned long long magnitude = 0;
    bool overflow = false;
    for (; k < s_.size() && std::isdigit(static_cast<unsigned char>(s_[k])); ++k) {
      const unsigned digit = static_cast<unsigned>(s_[k] - '0');
      if (magnitude > (ULLONG_MAX - digit) / 10) overflow = true;
      else magnitude = magnitude * 10 + digit;
    }
    i_ = k;
    long value;
    if (negative) {
      value = overflow || magnitude > static_cast<unsigned long long>(LONG_MAX) + 1 ? LONG_MIN : static_cast<long>(0 - magnitude);
    } else {
      value = overflow || magnitude > static_cast<unsigned long long>(LONG_MAX) ? LONG_MAX : static_cast<long>(magnitude);
    }
    return static_cast<int>(value);  // as glibc stores a %d: the low 32 bits
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<Instant> parse_rfc5322_date(std::string_view s) {
  // Tokens: [Day,] DD Mon YYYY HH:MM[:SS] zone
  std::string text(s);
  for (char& c : text)
    if (c == ',') c = ' ';
  ScanfReader r(text);
  r.skip_blanks_and_tabs();
  if (r.alpha()) r.word();  // the day's name: up to 15 bytes of it
  const std::optional<int> d = r.number();
  const std::optional<std::string_view> month = d ? r.word() : std::nullopt;
  std::optional<int> y = month ? r.number() : std::nullopt;
  const std::optional<int> h = y ? r.number() : std::nullopt;
  if (!h || !r.at(':')) return std::nullopt;
  r.skip(':');
  const std::optional<int> mi = r.number();
  if (!mi) return std::nullopt;
  int sec = 0;
  if (r.at(':')) {
    r.skip(':');
    const std::optional<int> seconds = r.number();
    if (!seconds) return std::nullopt;
    sec = *seconds;
  }
  const int mo = month_from_name(*month);
  if (*y < 100) *y += *y < 50 ? 2000 : 1900;
  if (mo == 0 || !valid_civil(*y, mo, *d, *h, *mi, sec)) return std::nullopt;
  int offset = 0;
  if (const std::optional<std::string_view> token = r.word()) {
    char zone[16] = {0};
    std::memcpy(zone, token->data(), token->size());
    if (zone[0] == '+' || zone[0] == '-') {
      // Only +HHMM counts (RFC 5322: four digits). atoi over the whole token
      // let "-0777…7" overflow int and then the offset in minutes (found by
      // fuzz_time); any other sign-led token is an unknown zone, as names are.
      const auto digit = [&](int i) { return zone[i] >= '0' && zone[i] <= '9'; };
      const bool hhmm = digit(1) && digit(2) && digit(3) && digit(4) && !digit(5) && zone[3] <= '5';
      if (hhmm)
        offset = (zone[0] == '-' ? -1 : 1) * (((zone[1] - '0') * 10 + zone[2] - '0') * 60 + (zone[3] - '0') * 10 + zone[4] - '0');
    } else {
      static const std::pair<const char*, int> kZones[] = {{"UT", 0},    {"GMT", 0},   {"EST", -300}, {"EDT", -240},
                                                           {"CST", -360}, {"CDT", -300}, {"MST", -420}, {"MDT", -360},
                                                           {"PST", -480}, {"PDT", -420}, {"Z", 0}};
      for (auto [name, minutes] : kZones)
        if (strcasecmp(zone, name) == 0) offset = minutes;
    }
  }
  Instant out;
  out.epoch = days_from_civil(*y, static_cast<unsigned>(mo), static_cast<unsigned>(*d)) * 86400 + *h * 3600 + *mi * 60 + sec -
              offset * 60;
  out.utc_offset_minutes = offset;
  return out;
}

std::optional<Instant> parse_time(std::string_view text) {
  if (auto t = parse_iso8601(text)) return t;
  return parse_rfc5322_date(text);
}

namespace {

// Tokens of a written date: words, numbers (with an ordinal suffix dropped),
// clock times, numeric dates and numeric zones.
struct DateToken {
  enum Type { word, number, clock, numeric_date, zone } type = word;
  std::string_view text;
  int value = 0, digits = 0;       // number
  int hour = 0, minute = 0;        // clock
  int year = 0, month = 0, day = 0;  // numeric_date
  int offset = 0;                  // zone, minutes
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::vector<DateToken> date_tokens(std::string_view s) {
  std::vector<DateToken> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < 64) {
    const char c = s[i];
    if (is_alpha(c)) {
      std::size_t e = i;
      while (e < s.size() && (is_alpha(s[e]) || (s[e] == '.' && e + 1 < s.size() && is_alpha(s[e + 1])))) ++e;
      if (e < s.size() && s[e] == '.') ++e;  // "Nov.", "a.m."
      out.push_back({DateToken::word, s.substr(i, e - i)});
      i = e;
    } else if ((c == '+' || c == '-') && i + 3 <= s.size() && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
               (i == 0 || !is_digit(s[i - 1]))) {
      // "+0530", "-08:00", "+1" after GMT/UTC.
      std::size_t e = i + 1;
      int value = 0, n = 0;
      while (e < s.size() && (is_digit(s[e]) || s[e] == ':') && n < 4) {
        if (s[e] != ':') value = value * 10 + (s[e] - '0'), ++n;
        ++e;
      }
      const int minutes = n <= 2 ? value * 60 : (value / 100) * 60 + value % 100;
      out.push_back({DateToken::zone, s.substr(i, e - i)});
      out.back().offset = c == '-' ? -minutes : minutes;
      i = e;
    } else if ((c == '+' || c == '-') && i + 2 <= s.size() && is_digit(s[i + 1]) && !out.empty() &&
               out.back().type == DateToken::word) {
      out.push_back({DateToken::zone, s.substr(i, 2)});
      out.back().offset = (c == '-' ? -60 : 60) * (s[i + 1] - '0');
      i += 2;
    } else if (is_digit(c)) {
      std::size_t e = i;
      int parts[3] = {0, 0, 0}, lengths[3] = {0, 0, 0}, count = 0;
      char separator = 0;
      while (e < s.size() && count < 3) {
        if (is_digit(s[e])) {
          // Saturate: a run of hundreds of digits must not overflow the int
          // (found by fuzz_time); its length already rules it out as a date.
          if (parts[count] < 100000000) parts[count] = parts[count] * 10 + (s[e] - '0');
          ++lengths[count];
          ++e;
          continue;
        }
        const char sep = s[e];
        if ((sep == ':' || sep == '/' || sep == '-' || sep == '.') && e + 1 < s.size() && is_digit(s[e + 1]) &&
            (separator == 0 || separator == sep) && count < 2) {
          separator = sep;
          ++count;
          ++e;
          continue;
        }
        break;
      }
      ++count;
      DateToken t{DateToken::number, s.substr(i, e - i)};
      if (count == 1) {
        t.value = parts[0];
        t.digits = lengths[0];
        // "17th", "1st": the suffix belongs to the number.
        if (e + 2 <= s.size() && is_alpha(s[e]) && is_alpha(s[e + 1]) && (e + 2 == s.size() || !is_alpha(s[e + 2]))) e += 2;
      } else if (separator == ':') {
        t.type = DateToken::clock;
        t.hour = parts[0];
        t.minute = parts[1];
      } else if (count == 3) {
        t.type = DateToken::numeric_date;
        if (lengths[0] == 4) {  // 2026-11-17
          t.year = parts[0], t.month = parts[1], t.day = parts[2];
        } else {  // 11/17/26 in the US order unless the first part cannot be a month
          const bool day_first = parts[0] > 12 || separator == '.';
          t.month = day_first ? parts[1] : parts[0];
          t.day = day_first ? parts[0] : parts[1];
          t.year = lengths[2] == 2 ? 2000 + parts[2] : parts[2];
        }
      } else {
        t.value = parts[0];  // "1.5" and the like: not part of a date
        t.digits = 0;
      }
      out.push_back(t);
      i = e;
    } else {
      ++i;
    }
  }
  return out;
}

bool word_is(const DateToken& t, std::string_view w) {
  return t.type == DateToken::word && t.text.size() == w.size() && strncasecmp(t.text.data(), w.data(), w.size()) == 0;
}

std::optional<int> named_zone(std::string_view name) {
  static const std::pair<const char*, int> kZones[] = {
      {"UTC", 0},     {"UT", 0},      {"GMT", 0},     {"Z", 0},       {"EST", -300},  {"EDT", -240}, {"CST", -360},
      {"CDT", -300},  {"MST", -420},  {"MDT", -360},  {"PST", -480},  {"PDT", -420},  {"BST", 60},   {"CET", 60},
      {"CEST", 120},  {"IST", 330},   {"JST", 540},   {"AEST", 600},  {"AEDT", 660},  {"WET", 0},    {"EET", 120}};
  for (auto [zone, minutes] : kZones)
    if (name.size() == std::strlen(zone) && strncasecmp(name.data(), zone, name.size()) == 0) return minutes;
  return std::nullopt;
}

}  // namespace

std::optional<Instant> find_written_date(std::string_view text, int default_offset_minutes) {
  const std::vector<DateToken> t = date_tokens(text);
  int year = 0, month = 0, day = 0;
  std::size_t after = 0;  // first token after the date
  for (std::size_t i = 0; i < t.size() && !year; ++i) {
    if (t[i].type == DateToken::numeric_date) {
      year = t[i].year, month = t[i].month, day = t[i].day;
      after = i + 1;
    } else if (t[i].type == DateToken::word && month_from_name(t[i].text)) {
      // "Nov 17, 2026" or "17 Nov 2026" / "17 November, 2026"; words such as
      // "of" may not stand between.
      const int m = month_from_name(t[i].text);
      auto day_at = [&](std::size_t k) { return k < t.size() && t[k].type == DateToken::number && t[k].digits <= 2 && t[k].value >= 1 && t[k].value <= 31; };
      auto year_at = [&](std::size_t k) { return k < t.size() && t[k].type == DateToken::number && t[k].digits == 4; };
      if (day_at(i + 1) && year_at(i + 2)) {
        year = t[i + 2].value, month = m, day = t[i + 1].value;
        after = i + 3;
      } else if (i > 0 && day_at(i - 1) && year_at(i + 1)) {
        year = t[i + 1].value, month = m, day = t[i - 1].value;
        after = i + 2;
      }
    }
  }
  if (!year || !valid_civil(year, month, day, 0, 0, 0)) return std::nullopt;
  Instant out;
  int hour = -1, minute = 0;
  std::size_t k = after;
  // The clock time follows within a couple of tokens ("at", a comma is not a token).
  for (std::size_t skipped = 0; k < t.size() && skipped < 3; ++k, ++skipped) {
    if (t[k].type == DateToken::clock) {
      hour = t[k].hour, minute = t[k].minute;
      ++k;
      break;
    }
    if (!word_is(t[k], "at") && !word_is(t[k], "um") && !word_is(t[k], "a") && !word_is(t[k], "à")) break;
  }
  if (hour >= 0 && k < t.size() && t[k].type == DateToken::word) {
    const std::string_view w = t[k].text;
    const bool pm = strncasecmp(w.data(), "pm", 2) == 0 || strncasecmp(w.data(), "p.m", 3) == 0;
    const bool am = strncasecmp(w.data(), "am", 2) == 0 || strncasecmp(w.data(), "a.m", 3) == 0;
    if ((pm || am) && w.size() <= 4) {
      if (hour == 12) hour = 0;
      if (pm) hour += 12;
      ++k;
    }
  }
  int offset = default_offset_minutes;
  if (hour >= 0 && k < t.size()) {
    if (t[k].type == DateToken::zone) {
      offset = t[k].offset;
    } else if (t[k].type == DateToken::word) {
      if (auto zone = named_zone(t[k].text)) {
        offset = *zone;
        if (k + 1 < t.size() && t[k + 1].type == DateToken::zone) offset += t[k + 1].offset;  // "GMT+1"
      }
    }
  }
  if (hour < 0) {
    out.date_only = true;
    hour = 0;
  }
  if (!valid_civil(year, month, day, hour, minute, 0)) return std::nullopt;
  const std::int64_t local = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
                             hour * 3600 + minute * 60;
  out.epoch = local - offset * 60;
  out.utc_offset_minutes = offset;
  return out;
}

Instant now_instant() {
  Instant out;
  out.epoch = static_cast<std::int64_t>(std::time(nullptr));
  out.utc_offset_minutes = local_offset_minutes(out.epoch);
  return out;
}

std::string format_instant(const Instant& t) {
  const std::int64_t local = t.epoch + t.utc_offset_minutes * 60;
  std::time_t tt = static_cast<std::time_t>(local);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, t.date_only ? "%a %d %b %Y" : "%a %d %b %Y %H:%M", &tm);
  std::string out = buffer;
  if (!t.date_only) {
    const int off = t.utc_offset_minutes;
    char zone[16];
    std::snprintf(zone, sizeof zone, " %c%02d%02d", off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
    out += zone;
  }
  return out;
}

}  // namespace tactful
