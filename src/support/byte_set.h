// A set of bytes as a table, for loops that ask of every byte of mail
// whether it is one of a few: one load instead of a comparison per member
// (or, through std::find_first_of, a memchr call per byte).
#pragma once

#include <array>
#include <string_view>

namespace tactful {

using ByteSet = std::array<bool, 256>;

constexpr ByteSet byte_set(std::string_view members) {
  ByteSet set{};
  for (const char c : members) set[static_cast<unsigned char>(c)] = true;
  return set;
}

constexpr bool in_byte_set(const ByteSet& set, char c) { return set[static_cast<unsigned char>(c)]; }

}  // namespace tactful
