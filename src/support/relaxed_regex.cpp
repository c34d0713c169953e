#include "support/relaxed_regex.h"

#include <algorithm>
#include <cctype>

#include "support/regex_syntax.h"

namespace tactful {
namespace {

// The number at `regex[i]`, moving `i` past it; npos when there is none.
std::size_t read_number(std::string_view regex, std::size_t& i) {
  std::size_t n = 0;
  const std::size_t start = i;
  while (i < regex.size() && std::isdigit(static_cast<unsigned char>(regex[i])) && i - start < 6)
    n = n * 10 + static_cast<std::size_t>(regex[i++] - '0');
  return i == start ? std::string::npos : n;
}

// without_long_bounds, which also says in `one_character` whether every
// repetition it relaxes repeats a single character: a literal, '.', a class
// or an escape such as \w (a group's repetition counts as not).
std::string relax(std::string_view regex, std::size_t min_bound, std::size_t& bound, bool& one_character) {
  // What a repetition operator here would repeat.
  enum class Item { none, one_character, other };
  Item last = Item::none;
  one_character = true;
  std::string out;
  out.reserve(regex.size());
  bool in_brackets = false;
  for (std::size_t i = 0; i < regex.size();) {
    const char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {  // an escape, \{ or \x{41} among them
      const char e = regex[i + 1];
      std::size_t end = i + 2;
      if ((e == 'x' || e == 'p' || e == 'P') && end < regex.size() && regex[end] == '{') {
        const std::size_t close = regex.find('}', end);
        end = close == std::string_view::npos ? regex.size() : close + 1;
      }
      out += regex.substr(i, end - i);
      i = end;
      // \b, \B, \A, \z match no character; \Q starts a literal run.
      if (!in_brackets) last = std::string_view("bBAzQE").find(e) == std::string_view::npos ? Item::one_character : Item::other;
      continue;
    }
    if (in_brackets) {
      if (c == ']') {
        in_brackets = false;
        last = Item::one_character;
      }
      out += c;
      ++i;
      continue;
    }
    if (c == '[') {
      in_brackets = true;
      i = copy_class_opening(regex, i, out);
      continue;
    }
    if (c == '{') {
      std::size_t j = i + 1;
      const std::size_t low = read_number(regex, j);
      if (low != std::string::npos && j < regex.size() && regex[j] == ',') {
        const std::size_t after_comma = ++j;
        const std::size_t high = read_number(regex, j);
        if (high != std::string::npos && j < regex.size() && regex[j] == '}' && high >= min_bound && high >= low) {
          out += regex.substr(i, after_comma - i);  // "{n,"
          out += '}';
          bound = std::min(bound, high);
          one_character = one_character && last == Item::one_character;
          last = Item::other;
          i = j + 1;
          continue;
        }
      }
    }
    if (c == '(' && i + 1 < regex.size() && regex[i + 1] == '?') {  // "(?i)", "(?:", "(?P<name>"
      const std::size_t close = regex.find_first_of(":)>", i + 1);
      const std::size_t end = close == std::string_view::npos ? regex.size() : close + 1;
      out += regex.substr(i, end - i);
      i = end;
      last = Item::none;
      continue;
    }
    if (c == '(' || c == '|') last = Item::none;
    else if (c == ')' || c == '*' || c == '+' || c == '?' || c == '^' || c == '$') last = Item::other;
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) last = Item::one_character;  // a literal ('{' too), or '.'
    // (a UTF-8 continuation byte leaves its character's kind as it is)
    out += c;
    ++i;
  }
  return out;
}

}  // namespace

std::string without_long_bounds(std::string_view regex, std::size_t min_bound, std::size_t& bound) {
  bool one_character = true;
  return relax(regex, min_bound, bound, one_character);
}

bool relaxes_single_characters(std::string_view regex, std::size_t min_bound) {
  // A \Q...\E run is literal text, which without_long_bounds would rewrite.
  if (regex.find("\\Q") != std::string_view::npos) return false;
  std::size_t bound = std::string::npos;
  bool one_character = true;
  relax(regex, min_bound, bound, one_character);
  return bound != std::string::npos && one_character;
}

RelaxedRegex::RelaxedRegex(std::string exact, const RE2::Options& options)
    : exact_pattern_(std::move(exact)),
      options_(options),
      relaxed_(without_long_bounds(exact_pattern_, kMinRelaxedBound, bound_), options) {}

const RE2& RelaxedRegex::exact() const {
  std::call_once(exact_once_, [&] {
    exact_ = std::make_unique<RE2>(exact_pattern_, options_);
    exact_compiled_.store(true, std::memory_order_release);
  });
  return *exact_;
}

bool RelaxedRegex::exact_compiled() const { return exact_compiled_.load(std::memory_order_acquire); }

bool RelaxedRegex::Match(std::string_view text, std::size_t begin, std::size_t end, RE2::Anchor anchor,
                         re2::StringPiece* match) const {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece found;
  if (!relaxed_.Match(input, begin, end, anchor, &found, 1)) return false;
  if (found.size() <= bound_) {
    if (match) *match = found;
    return true;
  }
  return exact().Match(input, begin, end, anchor, match, match ? 1 : 0);
}

}  // namespace tactful
