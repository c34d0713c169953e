#include "text/relative_date.h"

#include <re2/re2.h>

#include <algorithm>

namespace tactful {
namespace {

constexpr const char* kMonth =
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

// Each pattern's first group is the whole expression; the others are read by kind.
const RE2& fixed_days() {
  static const RE2 re(
      R"((?i)\b(the day before yesterday|yesterday|last night|today|tonight|earlier today|this (?:morning|afternoon|evening)|earlier this (?:morning|afternoon|evening))\b)");
  return re;
}
const RE2& weekdays() {
  static const RE2 re(
      R"((?i)\b((?:(last|this past|past)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|tues|thurs))\b)");
  return re;
}
const RE2& month_day() {
  static const RE2 re(std::string(R"((?i)\b(()") + kMonth +
                      R"()\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?))");
  return re;
}
const RE2& day_month() {
  static const RE2 re(std::string(R"((?i)\b((?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?()") + kMonth +
                      R"()\b(?:,?\s+(\d{4})\b)?))");
  return re;
}
const RE2& spans() {
  static const RE2 re(
      R"((?i)\b(last week|last month|the week before last|(a few|several|a couple of|a couple|two|three|four|five|six|\d{1,2}|a|one) (days?|weeks?|months?) ago)\b)");
  return re;
}

int count_word(std::string_view w) {
  static const std::pair<std::string_view, int> kCounts[] = {
      {"a", 1},     {"one", 1},  {"two", 2},     {"three", 3},     {"four", 4},     {"five", 5},
      {"six", 6},   {"a few", 3}, {"several", 3}, {"a couple of", 2}, {"a couple", 2}};
  std::string lower;
  for (char c : w) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (auto [word, n] : kCounts)
    if (lower == word) return n;
  return std::atoi(lower.c_str());
}

RelativeDate at(std::int64_t ref_day, int days_before, const Instant& reference, TextRange range, bool span) {
  RelativeDate d;
  d.range = range;
  d.days_before = days_before;
  d.span = span;
  d.day.utc_offset_minutes = reference.utc_offset_minutes;
  d.day.date_only = true;
  d.day.epoch = (ref_day - days_before) * 86400 - reference.utc_offset_minutes * 60;
  return d;
}

TextRange range_of(std::string_view text, re2::StringPiece m) {
  const std::size_t begin = static_cast<std::size_t>(m.data() - text.data());
  return {begin, begin + m.size()};
}

// A calendar date with or without a year; without one it is the latest such
// date not after the reference.
std::optional<int> days_before_date(int year, int month, int day, std::int64_t ref_day) {
  if (month < 1 || day < 1 || day > 31) return std::nullopt;
  const CivilDate ref = civil_from_days(ref_day);
  if (year == 0) {
    year = ref.year;
    if (days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) > ref_day) --year;
  }
  const std::int64_t when = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  if (civil_from_days(when).day != static_cast<unsigned>(day)) return std::nullopt;  // "February 31"
  if (when > ref_day) return std::nullopt;
  return static_cast<int>(ref_day - when);
}

}  // namespace

void warm_relative_date_patterns() {
  for (auto pattern : {&fixed_days, &weekdays, &month_day, &day_month, &spans}) pattern();
}

std::vector<RelativeDate> find_relative_dates(std::string_view text, TextRange range, const Instant& reference) {
  std::vector<RelativeDate> out;
  const std::int64_t ref_day = local_day(reference);
  const unsigned ref_weekday = civil_from_days(ref_day).weekday;
  const re2::StringPiece input(text.data() + range.begin, range.size());

  re2::StringPiece rest = input, whole;
  while (RE2::FindAndConsume(&rest, fixed_days(), &whole)) {
    std::string lower;
    for (char c : std::string_view(whole.data(), whole.size())) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    const int days = lower == "the day before yesterday" ? 2 : lower == "yesterday" || lower == "last night" ? 1 : 0;
    out.push_back(at(ref_day, days, reference, range_of(text, whole), false));
  }

  re2::StringPiece last, name;
  rest = input;
  while (RE2::FindAndConsume(&rest, weekdays(), &whole, &last, &name)) {
    const int target = weekday_from_name(std::string_view(name.data(), name.size()));
    if (target < 0) continue;
    int days = (static_cast<int>(ref_weekday) - target + 7) % 7;
    if (days == 0 && last.empty()) continue;  // "on Tuesday", written on a Tuesday: today or a week ago
    // "last Monday" written on a Tuesday is the Monday of the week before:
    // yesterday would have been called yesterday.
    if (!last.empty() && days <= 2) days += 7;
    out.push_back(at(ref_day, days, reference, range_of(text, whole), false));
  }

  re2::StringPiece month, day, year;
  rest = input;
  while (RE2::FindAndConsume(&rest, month_day(), &whole, &month, &day, &year)) {
    const int m = month_from_name(std::string_view(month.data(), month.size()));
    if (auto days = days_before_date(year.empty() ? 0 : std::atoi(std::string(year.data(), year.size()).c_str()), m,
                                     std::atoi(std::string(day.data(), day.size()).c_str()), ref_day))
      out.push_back(at(ref_day, *days, reference, range_of(text, whole), false));
  }
  rest = input;
  while (RE2::FindAndConsume(&rest, day_month(), &whole, &day, &month, &year)) {
    const int m = month_from_name(std::string_view(month.data(), month.size()));
    if (auto days = days_before_date(year.empty() ? 0 : std::atoi(std::string(year.data(), year.size()).c_str()), m,
                                     std::atoi(std::string(day.data(), day.size()).c_str()), ref_day))
      out.push_back(at(ref_day, *days, reference, range_of(text, whole), false));
  }

  re2::StringPiece count, unit;
  rest = input;
  while (RE2::FindAndConsume(&rest, spans(), &whole, &count, &unit)) {
    const std::string_view w(whole.data(), whole.size());
    int days;
    if (w.size() == 9 && (w[5] == 'w' || w[5] == 'W')) {
      days = 7;  // "last week": at least a few days, and late by any reading
    } else if (w.size() == 10 && (w[5] == 'm' || w[5] == 'M')) {
      days = 28;
    } else if (count.empty()) {
      days = 14;  // the week before last
    } else {
      const int n = count_word(std::string_view(count.data(), count.size()));
      const char u = unit.empty() ? 'd' : static_cast<char>(unit[0] | 0x20);
      days = n * (u == 'w' ? 7 : u == 'm' ? 28 : 1);
    }
    // "two days ago" names a day; "a few days ago" and "last week" only a span.
    const std::string_view counted(count.data(), count.size());
    const bool vague_count = counted.size() > 4 && (counted.starts_with("a ") || counted.starts_with("A ") ||
                                                    counted.starts_with("sev") || counted.starts_with("Sev"));
    const bool exact = !count.empty() && !vague_count && (unit.empty() || (unit[0] | 0x20) == 'd');
    out.push_back(at(ref_day, days, reference, range_of(text, whole), !exact));
  }

  std::sort(out.begin(), out.end(), [](const RelativeDate& a, const RelativeDate& b) { return a.range.begin < b.range.begin; });
  return out;
}

}  // namespace tactful
