#include "support/time.h"

#include <strings.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

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

int month_from_name(std::string_view name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  for (int m = 0; m < 12; ++m)
    if (strncasecmp(name.data(), kMonths[m], 3) == 0) return m + 1;
  return 0;
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

std::optional<Instant> parse_rfc5322_date(std::string_view s) {
  // Tokens: [Day,] DD Mon YYYY HH:MM[:SS] zone
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
  const int mo = month_from_name(month);
  if (y < 100) y += y < 50 ? 2000 : 1900;
  if (mo == 0 || !valid_civil(y, mo, d, h, mi, sec)) return std::nullopt;
  int offset = 0;
  if (std::sscanf(p, " %15s", zone) == 1) {
    if ((zone[0] == '+' || zone[0] == '-') && std::strlen(zone) >= 5) {
      const int v = std::atoi(zone + 1);
      offset = (zone[0] == '-' ? -1 : 1) * ((v / 100) * 60 + v % 100);
    } else {
      static const std::pair<const char*, int> kZones[] = {{"UT", 0},    {"GMT", 0},   {"EST", -300}, {"EDT", -240},
                                                           {"CST", -360}, {"CDT", -300}, {"MST", -420}, {"MDT", -360},
                                                           {"PST", -480}, {"PDT", -420}, {"Z", 0}};
      for (auto [name, minutes] : kZones)
        if (strcasecmp(zone, name) == 0) offset = minutes;
    }
  }
  Instant out;
  out.epoch = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + sec -
              offset * 60;
  out.utc_offset_minutes = offset;
  return out;
}

std::optional<Instant> parse_time(std::string_view text) {
  if (auto t = parse_iso8601(text)) return t;
  return parse_rfc5322_date(text);
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
