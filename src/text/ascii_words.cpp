#include "text/ascii_words.h"

#include <array>
#include <cstdint>

namespace tactful::text {
namespace {

// The word-break classes ASCII characters fall in (Unicode's Word_Break
// property as ICU 72's word rules use it). Everything else, spaces and line
// breaks included, never joins a word.
enum Class : std::uint8_t { other, letter, digit, connector, mid_num_letter, mid_num };

constexpr std::array<Class, 128> kClasses = [] {
  std::array<Class, 128> c{};
  for (int i = 'a'; i <= 'z'; ++i) c[i] = letter;
  for (int i = 'A'; i <= 'Z'; ++i) c[i] = letter;
  c['@'] = letter;
  for (int i = '0'; i <= '9'; ++i) c[i] = digit;
  c['_'] = connector;          // ExtendNumLet
  c['.'] = mid_num_letter;     // MidNumLet
  c['\''] = mid_num_letter;    // Single_Quote: joins as MidNumLet does outside Hebrew
  c[','] = mid_num;            // MidNum
  c[';'] = mid_num;
  return c;
}();

Class class_of(char c) { return kClasses[static_cast<unsigned char>(c) & 0x7F]; }
bool in_word(Class c) { return c == letter || c == digit || c == connector; }

}  // namespace

void ascii_words(std::string_view ascii, std::size_t offset, std::vector<TextRange>& out) {
  const std::size_t n = ascii.size();
  std::size_t i = 0;
  while (i < n) {
    Class last = class_of(ascii[i]);
    if (!in_word(last)) {
      ++i;
      continue;
    }
    const std::size_t start = i++;
    while (i < n) {
      const Class next = class_of(ascii[i]);
      if (in_word(next)) {  // WB5, WB8-10, WB13a/b: any two of these join
        last = next;
        ++i;
        continue;
      }
      // WB6/7: letter (. ') letter; WB11/12: digit (. ' , ;) digit.
      if (i + 1 < n) {
        const Class after = class_of(ascii[i + 1]);
        if (last == letter && next == mid_num_letter && after == letter) {
          i += 2;
          continue;
        }
        if (last == digit && (next == mid_num_letter || next == mid_num) && after == digit) {
          i += 2;
          continue;
        }
      }
      break;
    }
    // A lone '_' matches none of ICU's word rules: it is not a word.
    if (i - start == 1 && last == connector) continue;
    out.push_back({offset + start, offset + i});
  }
}

}  // namespace tactful::text
