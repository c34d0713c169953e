#include "text/ascii_sentences.h"

#include <array>
#include <cstdint>

namespace tactful::text {
namespace {

// UAX #29's Sentence_Break classes of the ASCII characters (Unicode 15, as
// in ICU 72). No ASCII character is Sep, OLetter, Extend or Format.
enum Class : std::uint8_t { other, cr, lf, sp, lower, upper, numeric, aterm, sterm, close, scontinue };

constexpr std::array<Class, 128> kClasses = [] {
  std::array<Class, 128> c{};
  c['\r'] = cr;
  c['\n'] = lf;
  for (const char s : {'\t', '\v', '\f', ' '}) c[static_cast<unsigned char>(s)] = sp;
  for (int i = 'a'; i <= 'z'; ++i) c[i] = lower;
  for (int i = 'A'; i <= 'Z'; ++i) c[i] = upper;
  for (int i = '0'; i <= '9'; ++i) c[i] = numeric;
  c['.'] = aterm;
  c['!'] = sterm;
  c['?'] = sterm;
  for (const char s : {'"', '\'', '(', ')', '[', ']', '{', '}'}) c[static_cast<unsigned char>(s)] = close;
  for (const char s : {',', '-', ':'}) c[static_cast<unsigned char>(s)] = scontinue;  // not ';': after a terminator, ICU 72 ends the sentence before one
  return c;
}();

Class class_of(char ch) { return kClasses[static_cast<unsigned char>(ch) & 0x7F]; }
bool para_sep(Class c) { return c == cr || c == lf; }
bool saterm(Class c) { return c == aterm || c == sterm; }

// The bytes where the scan for the next boundary stops (para_sep or saterm),
// as one lookup instead of a class and four compares: nearly every byte of
// a text is passed over.
constexpr std::array<bool, 256> kStops = [] {
  std::array<bool, 256> stop{};
  for (int b = 0; b < 256; ++b) {
    const Class c = kClasses[static_cast<std::size_t>(b & 0x7F)];
    stop[static_cast<std::size_t>(b)] = c == cr || c == lf || c == aterm || c == sterm;
  }
  return stop;
}();

}  // namespace

void ascii_sentence_ends(std::string_view text, std::vector<std::size_t>& ends) {
  const std::size_t n = text.size();
  if (n == 0) return;
  const auto at = [&](std::size_t i) { return class_of(text[i]); };
  // SB8: past anything but letters, separators and terminators, a lower-case letter.
  const auto lower_follows = [&](std::size_t q) {
    while (q < n && at(q) != lower && at(q) != upper && !para_sep(at(q)) && !saterm(at(q))) ++q;
    return q < n && at(q) == lower;
  };
  // A boundary can only follow a line break or a terminator's run of closing
  // marks and spaces: the scan jumps from one of those to the next.
  std::size_t i = 0;
  for (;;) {
    while (i < n && !kStops[static_cast<unsigned char>(text[i])]) ++i;
    if (i == n) break;
    const Class term = at(i);
    if (para_sep(term)) {  // SB3, SB4: after it (CR LF as one)
      i += term == cr && i + 1 < n && at(i + 1) == lf ? 2 : 1;
      if (i < n) ends.push_back(i);
      continue;
    }
    // "SATerm Close* Sp*": no boundary inside it (SB9, SB10); at its end p,
    // one unless what follows continues the sentence.
    std::size_t p = i + 1;
    while (p < n && at(p) == close) ++p;
    while (p < n && at(p) == sp) ++p;
    if (p == n) break;
    const Class after = at(p);
    const bool continues =
        (p == i + 1 && term == aterm && after == numeric) ||                                       // SB6
        (p == i + 1 && term == aterm && after == upper && i > 0 && (at(i - 1) == upper || at(i - 1) == lower)) ||  // SB7
        (term == aterm && lower_follows(p)) ||                                                      // SB8
        after == scontinue || saterm(after) ||                                                      // SB8a
        para_sep(after);                                                                            // SB9, SB10
    if (!continues) ends.push_back(p);  // SB11
    i = p;
  }
  ends.push_back(n);
}

}  // namespace tactful::text
