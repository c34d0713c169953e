#include "text/durations.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string_view>

#include "text/number_words.h"

namespace tactful {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + 32 : x) == y;
         });
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Minutes in one unit word ("minutes" 1, "hrs" 60), else 0.
double unit_minutes(std::string_view w) {
  static const std::pair<std::string_view, double> kUnits[] = {
      {"minute", 1}, {"minutes", 1}, {"min", 1},   {"mins", 1},  {"mn", 1},    {"m", 1},
      {"hour", 60},  {"hours", 60},  {"hr", 60},   {"hrs", 60},  {"h", 60},   {"hour's", 60},
      {"hours'", 60}, {"minutes'", 1}, {"minute's", 1}};
  for (auto [unit, minutes] : kUnits)
    if (iequals(w, unit)) return minutes;
  return 0;
}

std::optional<double> decimal(std::string_view s) {
  if (s.empty() || !is_digit(s.front())) return std::nullopt;
  std::string buffer(s);
  std::replace(buffer.begin(), buffer.end(), ',', '.');  // "1,5 hours"
  double v = 0;
  const auto [end, ec] = std::from_chars(buffer.data(), buffer.data() + buffer.size(), v);
  if (ec != std::errc() || end != buffer.data() + buffer.size()) return std::nullopt;
  return v;
}

class Scanner {
 public:
  explicit Scanner(const Document& d) : doc_(d), words_(d.words()) {}

  std::vector<Duration> run() {
    std::vector<Duration> out;
    for (std::size_t i = 0; i < words_.size();) {
      auto d = may_start(i) ? duration_at(i) : std::nullopt;
      if (!d) {
        ++i;
        continue;
      }
      // "30 minutes to an hour", "half an hour or 45 minutes": one range, its upper end.
      while (d->end_word < words_.size() && joined(d->end_word) &&
             (is(d->end_word, "to") || is(d->end_word, "or") || dash_before(d->end_word))) {
        const std::size_t next = is(d->end_word, "to") || is(d->end_word, "or") ? d->end_word + 1 : d->end_word;
        if (next >= words_.size() || !joined(next)) break;
        auto second = duration_at(next);
        if (!second || second->first_word != next) break;
        d->minutes = std::max(d->minutes, second->minutes);
        d->end_word = second->end_word;
        d->open_above = d->open_above || second->open_above;
      }
      qualify(*d);
      d->range = {words_[d->first_word].range.begin, words_[d->end_word - 1].range.end};
      i = d->end_word;
      out.push_back(*d);
    }
    return out;
  }

 private:
  std::string_view word(std::size_t i) const { return doc_.word_text(words_[i]); }
  // Whether duration_at(i) can find anything: only a digit, a number word or
  // one of the words its forms begin with ("a", "an", "the", "half",
  // "quarter", "between", "couple", "few", "several") starts one. Asked of
  // every word, so that the rest of the scan runs for a few in a hundred.
  bool may_start(std::size_t i) const {
    const std::string_view w = word(i);
    if (w.empty()) return false;
    if (is_digit(w.front())) return true;
    // The first letters of the starters below and of the number words: any
    // other first byte (about half of a text's words) rules the word out.
    static constexpr std::array<bool, 256> kFirsts = [] {
      std::array<bool, 256> firsts{};
      for (const char c : std::string_view("abcefhnoqstz")) {
        firsts[static_cast<unsigned char>(c)] = true;
        firsts[static_cast<unsigned char>(c - 32)] = true;
      }
      return firsts;
    }();
    if (!kFirsts[static_cast<unsigned char>(w.front())]) return false;
    static constexpr std::string_view kStarters[] = {"a", "an", "the", "half", "quarter", "between", "couple", "few", "several"};
    for (std::string_view s : kStarters)
      if (iequals(w, s)) return true;
    return is_number_word(w);
  }
  bool is(std::size_t i, std::string_view w) const { return i < words_.size() && iequals(word(i), w); }
  std::string_view gap(std::size_t i) const {  // text between word i-1 and word i
    if (i == 0 || i >= words_.size()) return {};
    return doc_.text().substr(words_[i - 1].range.end, words_[i].range.begin - words_[i - 1].range.end);
  }
  // Word i continues the phrase before it: only blanks, hyphens, dashes,
  // slashes, '+' and a single line break stand between.
  bool joined(std::size_t i) const {
    if (i == 0 || i >= words_.size()) return false;
    const std::string_view g = gap(i);
    if (g.size() > 12) return false;
    int breaks = 0;
    for (std::size_t k = 0; k < g.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(g[k]);
      if (c == '\n' && ++breaks > 1) return false;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '-' || c == '/' || c == '+' || c == '~') continue;
      if (c == 0xE2 && k + 2 < g.size()) {  // – — and non-breaking/narrow spaces (U+2013/4, U+202F)
        k += 2;
        continue;
      }
      if (c == 0xC2 && k + 1 < g.size()) {  // U+00A0
        ++k;
        continue;
      }
      return false;
    }
    return true;
  }
  bool dash_before(std::size_t i) const {
    const std::string_view g = gap(i);
    return g.find('-') != std::string_view::npos || g.find('/') != std::string_view::npos ||
           g.find("\xE2\x80\x93") != std::string_view::npos || g.find("\xE2\x80\x94") != std::string_view::npos;
  }

  struct Amount {
    double value;
    std::size_t next;
  };
  // A count of units starting at word i: digits, number words, "a"/"an",
  // "a couple (of)", "a few", "several"; with "and a half" when it follows.
  std::optional<Amount> amount(std::size_t i, bool article_ok = true) const {
    if (i >= words_.size()) return std::nullopt;
    std::optional<Amount> a;
    if (auto v = decimal(word(i))) {
      a = Amount{*v, i + 1};
    } else if (is_number_word(word(i))) {
      // Up to three words ("one hundred twenty", "forty five").
      std::size_t end = i + 1;
      while (end < words_.size() && end < i + 3 && joined(end) && is_number_word(word(end))) ++end;
      const std::string_view text = doc_.text().substr(words_[i].range.begin, words_[end - 1].range.end - words_[i].range.begin);
      if (auto v = parse_number_words(text)) a = Amount{*v, end};
      else if (auto one = parse_number_words(word(i))) a = Amount{*one, i + 1};
    } else if (article_ok && (is(i, "a") || is(i, "an"))) {
      if (is(i + 1, "couple") && joined(i + 1)) a = Amount{2, is(i + 2, "of") ? i + 3 : i + 2};
      else if (is(i + 1, "few") && joined(i + 1)) a = Amount{3, i + 2};
      else if (is(i + 1, "handful") && is(i + 2, "of")) a = Amount{5, i + 3};
      else a = Amount{1, i + 1};
    } else if (is(i, "couple")) {
      a = Amount{2, is(i + 1, "of") ? i + 2 : i + 1};
    } else if (is(i, "few") || is(i, "several")) {
      a = Amount{3, i + 1};
    }
    if (!a) return std::nullopt;
    // "one and a half", "2 and a half"
    if (is(a->next, "and") && is(a->next + 1, "a") && is(a->next + 2, "half")) {
      a->value += 0.5;
      a->next += 3;
    }
    return a;
  }

  // A word holding both number and unit: "90min", "1.5hrs", "2h", "1h30".
  std::optional<double> glued(std::size_t i) const {
    const std::string_view w = word(i);
    std::size_t k = 0;
    while (k < w.size() && (is_digit(w[k]) || w[k] == '.' || w[k] == ',')) ++k;
    if (k == 0 || k == w.size()) return std::nullopt;
    auto v = decimal(w.substr(0, k));
    if (!v) return std::nullopt;
    std::size_t u = k;
    while (u < w.size() && !is_digit(w[u])) ++u;
    const double unit = unit_minutes(w.substr(k, u - k));
    if (unit == 0) return std::nullopt;
    double minutes = *v * unit;
    if (u < w.size()) {  // "1h30"
      auto rest = decimal(w.substr(u));
      if (!rest || unit != 60) return std::nullopt;
      minutes += *rest;
    }
    return minutes;
  }

  std::optional<Duration> duration_at(std::size_t i) const {
    Duration d;
    d.first_word = i;
    // Halves and quarters of an hour.
    std::size_t k = i;
    if (is(k, "a") || is(k, "an")) ++k;
    if (is(k, "half") || is(k, "quarter") || (is(k, "three") && is(k + 1, "quarters"))) {
      const double part = is(k, "half") ? 30 : is(k, "quarter") ? 15 : 45;
      std::size_t h = k + (is(k, "three") ? 2 : 1);
      if (is(h, "of")) ++h;
      if (is(h, "an") || is(h, "a")) ++h;
      if (is(h, "hour")) {
        d.minutes = part;
        d.end_word = h + 1;
        if (is(d.end_word, "long")) ++d.end_word;
        return d;
      }
      if (is(h, "day") && part == 30) {  // "half a day", "a half-day"
        d.minutes = 240;
        d.end_word = h + 1;
        return d;
      }
    }
    // "a full day", "a whole afternoon", "the entire morning"
    if ((is(i, "a") || is(i, "the") || is(i, "an")) && (is(i + 1, "full") || is(i + 1, "whole") || is(i + 1, "entire")) &&
        (is(i + 2, "day") || is(i + 2, "afternoon") || is(i + 2, "morning"))) {
      d.minutes = is(i + 2, "day") ? 480 : 180;
      d.end_word = i + 3;
      return d;
    }
    if (auto g = glued(i)) {
      d.minutes = *g;
      d.end_word = i + 1;
      return with_more(d);
    }
    // "between 20 and 40 minutes"
    const bool between = is(i, "between");
    auto first = amount(between ? i + 1 : i);
    if (!first) return std::nullopt;
    std::size_t next = first->next;
    double high = first->value;
    // A range without a unit on its lower end: "20-30 minutes", "20 to 30", "20 or 30", "20 and 40".
    if (next < words_.size() && unit_minutes(word(next)) == 0) {
      std::size_t second_at = next;
      if (between && is(next, "and")) ++second_at;
      else if (is(next, "to") || is(next, "or")) ++second_at;
      else if (!dash_before(next)) second_at = words_.size();
      if (second_at < words_.size() && joined(second_at)) {
        if (auto second = amount(second_at, false)) {
          high = std::max(high, second->value);
          next = second->next;
        }
      }
    }
    if (next >= words_.size() || !joined(next) || unit_minutes(word(next)) == 0) return std::nullopt;
    // "m" and "h" alone only right after digits ("45 m" is rare enough, "a m" is not).
    const std::string_view unit_word = word(next);
    if (unit_word.size() == 1 && !decimal(word(next - 1))) return std::nullopt;
    const double unit = unit_minutes(unit_word);
    d.minutes = high * unit;
    d.end_word = next + 1;
    // "an hour and a half", "an hour and fifteen minutes", "1 hour 30 minutes"
    if (unit == 60) {
      std::size_t m = d.end_word;
      if (is(m, "and") && is(m + 1, "a") && is(m + 2, "half")) {
        d.minutes += 30;
        d.end_word = m + 3;
      } else {
        if (is(m, "and")) ++m;
        if (auto extra = amount(m, false); extra && extra->next < words_.size() && unit_minutes(word(extra->next)) == 1 &&
                                           joined(extra->next)) {
          d.minutes += extra->value;
          d.end_word = extra->next + 1;
        }
      }
    }
    // "an hour or two", "a minute or two": the second count takes the same unit.
    if (is(d.end_word, "or") && d.end_word + 1 < words_.size() && unit_minutes(word(d.end_word + 1)) == 0) {
      if (auto more = amount(d.end_word + 1, false); more && more->value > high && more->value <= 12) {
        d.minutes = more->value * unit;
        d.end_word = more->next;
      }
    }
    if (is(d.end_word, "long")) ++d.end_word;  // "hour-long"
    return with_more(d);
  }

  // "45 minutes or more", "30+ minutes", "30 minutes plus"
  Duration with_more(Duration d) const {
    if (is(d.end_word, "or") && (is(d.end_word + 1, "more") || is(d.end_word + 1, "longer"))) {
      d.open_above = true;
      d.end_word += 2;
    } else if (is(d.end_word, "plus")) {
      d.open_above = true;
      ++d.end_word;
    } else if (d.end_word > d.first_word + 1 && gap(d.first_word + 1).find('+') != std::string_view::npos) {
      d.open_above = true;
    }
    return d;
  }

  // Bounds written before the duration: "at least", "more than", "under".
  void qualify(Duration& d) const {
    const std::size_t i = d.first_word;
    auto before = [&](std::size_t back, std::string_view w) { return i >= back && is(i - back, w) && joined(i - back + 1); };
    const bool capped = before(3, "no") || before(3, "not");  // "no more than 30 minutes" is at most 30
    if ((before(2, "at") && before(1, "least")) || (before(2, "more") && before(1, "than") && !capped) || before(1, "over") ||
        (before(2, "upwards") && before(1, "of")) || (before(2, "longer") && before(1, "than") && !capped) ||
        (before(2, "no") && before(1, "less")))
      d.open_above = true;
    if (before(1, "under") || (before(2, "less") && before(1, "than")) || (before(2, "fewer") && before(1, "than")) ||
        (before(2, "shorter") && before(1, "than")))
      d.below = true;
  }

  const Document& doc_;
  const std::vector<Word>& words_;
};

}  // namespace

std::vector<Duration> find_durations(const Document& document) { return Scanner(document).run(); }

}  // namespace tactful
