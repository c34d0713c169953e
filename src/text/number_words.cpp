#include "text/number_words.h"

#include <unicode/fmtable.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace tactful {
namespace {

constexpr std::array<std::string_view, 30> kNumberWords = {
    "zero",     "one",     "two",      "three",    "four",     "five",      "six",     "seven",
    "eight",    "nine",    "ten",      "eleven",   "twelve",   "thirteen",  "fourteen", "fifteen",
    "sixteen",  "seventeen", "eighteen", "nineteen", "twenty",  "thirty",    "forty",   "fifty",
    "sixty",    "seventy", "eighty",   "ninety",   "hundred",  "fourty"};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + 32 : x) == y;
         });
}

// One formatter for the process, behind a lock, and the answer for each
// distinct phrase remembered: mail spells out few different numbers
// ("fifteen", "thirty", "forty-five"), and a formatter per worker thread cost
// each thread the parse of ICU's rule text and its memory.
class Spellout {
 public:
  std::optional<double> parse(const std::string& normal) {
    std::lock_guard lock(mutex_);
    if (auto it = answers_.find(normal); it != answers_.end()) return it->second;
    std::optional<double> value = parse_uncached(normal);
    if (answers_.size() < kMaxAnswers) answers_.emplace(normal, value);
    return value;
  }

 private:
  static constexpr std::size_t kMaxAnswers = 4096;

  std::optional<double> parse_uncached(const std::string& normal) {
    if (!tried_) {  // once: a formatter ICU cannot build is not retried for every phrase
      tried_ = true;
      UErrorCode status = U_ZERO_ERROR;
      format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getUS(), status);
      if (U_FAILURE(status)) format_.reset();
    }
    if (!format_) return std::nullopt;
    const icu::UnicodeString input = icu::UnicodeString::fromUTF8(normal);
    icu::Formattable result;
    icu::ParsePosition position(0);
    format_->parse(input, result, position);
    if (position.getIndex() != input.length() || position.getErrorIndex() >= 0) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_FAILURE(status)) return std::nullopt;
    return value;
  }

  std::mutex mutex_;
  bool tried_ = false;
  std::unique_ptr<icu::RuleBasedNumberFormat> format_;
  std::unordered_map<std::string, std::optional<double>> answers_;
};

Spellout& spellout() {
  static Spellout instance;
  return instance;
}

// The value of one number word in lower case, as ICU's spell-out reads it
// (the test holds the two to each other), so that a message's "four" or
// "thirty" never builds the formatter: some 8 M instructions, a cold
// start's largest ICU cost. "hundred" alone is left to ICU.
std::optional<double> single_word_value(std::string_view lower) {
  for (std::size_t i = 0; i < 28; ++i)
    if (kNumberWords[i] == lower) return i < 20 ? static_cast<double>(i) : static_cast<double>(20 + (i - 20) * 10);
  return std::nullopt;
}

}  // namespace

bool is_number_word(std::string_view word) {
  // Asked of every word of a message: a length and a first letter rule out
  // nearly all words before any comparison, then the few number words with
  // that first letter are compared, ignoring case.
  static const auto by_letter = [] {
    std::array<std::vector<std::string_view>, 26> buckets;
    for (std::string_view w : kNumberWords) buckets[static_cast<std::size_t>(w.front() - 'a')].push_back(w);
    return buckets;
  }();
  if (word.size() < 3 || word.size() > 9) return false;
  const char first = static_cast<char>(word.front() | 0x20);
  if (first < 'a' || first > 'z') return false;
  for (std::string_view candidate : by_letter[static_cast<std::size_t>(first - 'a')])
    if (iequals(word, candidate)) return true;
  return false;
}

std::optional<double> parse_number_words(std::string_view text) {
  // Normalise to ICU's spelling: lower case, parts joined by one hyphen
  // between tens and units ("forty-five") and by spaces elsewhere
  // ("one hundred twenty"); "and" is dropped; the common "fourty" is mended.
  std::string normal;
  bool after_tens = false;  // the last word was "twenty" … "ninety"
  std::size_t i = 0;
  int parts = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '\t' || text[i] == '\n')) ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '-' && text[end] != '\t' && text[end] != '\n') ++end;
    if (end == i) break;
    const std::string_view word = text.substr(i, end - i);
    i = end;
    if (iequals(word, "and") && parts > 0) continue;
    if (!is_number_word(word)) return std::nullopt;
    std::string lower;
    for (char c : word) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (lower == "fourty") lower = "forty";
    if (parts > 0) normal += after_tens && lower != "hundred" ? "-" : " ";
    normal += lower;
    after_tens = lower.size() > 4 && lower.ends_with("ty");
    ++parts;
  }
  if (parts == 0) return std::nullopt;
  if (parts == 1)
    if (auto value = single_word_value(normal)) return value;
  return spellout().parse(normal);
}

std::optional<double> parse_number_words_with_icu(std::string_view text) {
  std::string normal;
  for (char c : text) normal += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return spellout().parse(normal);
}

}  // namespace tactful
