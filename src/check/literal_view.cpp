#include "check/literal_view.h"

#include <array>
#include <cstdint>

namespace tactful::check {
namespace {

// Bytes of a gap character at `i`, or 0.
std::size_t gap_at(std::string_view text, std::size_t i) {
  switch (text[i]) {
    case ' ': case '\t': case '\n': case '\f': case '\r': case '-': case '/':
      return 1;
    case '\xE2':  // U+2013 '–', U+2014 '—'
      return i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\x93' || text[i + 2] == '\x94') ? 3 : 0;
    default:
      return 0;
  }
}

}  // namespace

std::string literal_view(std::string_view text) {
  // Each byte's part: kept as it is, lower-cased (A-Z), a one-byte gap, or
  // the lead byte of a dash (E2) that gap_at decides on.
  enum : std::uint8_t { keep, lower, gap, maybe_gap };
  static constexpr std::array<std::uint8_t, 256> kPart = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = lower;
    for (const char c : {' ', '\t', '\n', '\f', '\r', '-', '/'}) t[static_cast<unsigned char>(c)] = gap;
    t[0xE2] = maybe_gap;
    return t;
  }();
  std::string out;
  out.resize(text.size());
  char* const o = out.data();
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    switch (kPart[static_cast<unsigned char>(c)]) {
      case keep:
        o[n++] = c;
        ++i;
        continue;
      case lower:
        o[n++] = static_cast<char>(c + 32);
        ++i;
        continue;
      default:
        break;
    }
    if (const std::size_t length = gap_at(text, i)) {
      if (n == 0 || o[n - 1] != ' ') o[n++] = ' ';
      i += length;
    } else {
      o[n++] = c;
      ++i;
    }
  }
  out.resize(n);
  return out;
}

}  // namespace tactful::check
