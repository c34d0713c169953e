#include "support/char_classes.h"

#include <array>
#include <utility>

#include "support/regex_syntax.h"

namespace tactful {
namespace {

// Code point ranges as RE2 writes them inside [ ]: letters of every script
// mail is written in, and every code point from U+00F8 up except the
// punctuation, currency and symbol blocks.
constexpr std::string_view kLetters =
    "A-Za-z\\x{AA}\\x{B5}\\x{BA}\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{1FFF}\\x{2070}-\\x{209F}"
    "\\x{2100}-\\x{218F}\\x{2C00}-\\x{2DFF}\\x{3040}-\\x{D7FF}\\x{F900}-\\x{FDFF}\\x{FE70}-\\x{FEFF}"
    "\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}\\x{FF66}-\\x{FFDC}\\x{10000}-\\x{10FFFF}";
// Digits and the Latin-1 numbers (superscripts, fractions); other scripts'
// digits fall in the letters' wide blocks.
constexpr std::string_view kNumbers = "0-9\\x{B2}\\x{B3}\\x{B9}\\x{BC}-\\x{BE}\\x{FF10}-\\x{FF19}";
constexpr std::string_view kUpper =
    "A-Z\\x{C0}-\\x{D6}\\x{D8}-\\x{DE}\\x{100}-\\x{24F}\\x{386}\\x{388}-\\x{38A}\\x{38C}\\x{38E}-\\x{38F}"
    "\\x{391}-\\x{3A1}\\x{3A3}-\\x{3AB}\\x{400}-\\x{42F}\\x{1E00}-\\x{1EFF}\\x{FF21}-\\x{FF3A}";

constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kClasses{{
    {"\\pL", kLetters},
    {"\\p{L}", kLetters},
    {"\\pN", kNumbers},
    {"\\p{N}", kNumbers},
    {"\\p{Lu}", kUpper},
}};

}  // namespace

std::string with_cheap_classes(std::string_view regex) {
  std::string out;
  bool in_brackets = false;
  for (std::size_t i = 0; i < regex.size();) {
    bool replaced = false;
    for (const auto& [name, ranges] : kClasses)
      if (regex.substr(i, name.size()) == name) {
        if (in_brackets) {
          out += ranges;
        } else {
          out += '[';
          out += ranges;
          out += ']';
        }
        i += name.size();
        replaced = true;
        break;
      }
    if (replaced) continue;
    const char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {  // an escape: copy both, never a bracket
      out += regex.substr(i, 2);
      i += 2;
      continue;
    }
    if (c == '[' && !in_brackets) {
      in_brackets = true;
      i = copy_class_opening(regex, i, out);
      continue;
    }
    if (c == ']' && in_brackets) in_brackets = false;
    out += c;
    ++i;
  }
  return out;
}

}  // namespace tactful
