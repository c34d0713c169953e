// A fast hash of a short byte string (a word, a literal), eight bytes at a
// time, for the tables a process builds in memory: std::hash's byte-wise
// loop was a third of a looked-up word's cost. Not stable across builds and
// not for keys an adversary picks.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace tactful {

inline std::uint64_t hash_bytes(std::string_view s) {
  // The length is multiplied through first: the tail below is XORed into
  // the low bits, where a length XORed too could be cancelled by a tail
  // byte (a five- and a six-byte string whose first bytes differ by 5 ^ 6
  // met; a test holds every short string apart).
  std::uint64_t h = (0x9e3779b97f4a7c15ULL ^ s.size()) * 0xbf58476d1ce4e5b9ULL;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    h = (h ^ word) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
  }
  // The last one to seven bytes, read in fixed-size loads (a memcpy of
  // their varying length was a library call for every word looked up):
  // four to seven as two overlapping halves, one to three as the first,
  // middle and last byte. For a given length each reading is of one string
  // only.
  const std::size_t rest = s.size() - i;
  const auto* tail = reinterpret_cast<const unsigned char*>(s.data()) + i;
  if (rest >= 4) {
    std::uint32_t first = 0, last = 0;
    std::memcpy(&first, tail, 4);
    std::memcpy(&last, tail + rest - 4, 4);
    h ^= static_cast<std::uint64_t>(last) << 32 | first;
  } else if (rest > 0) {
    h ^= static_cast<std::uint64_t>(tail[0]) | static_cast<std::uint64_t>(tail[rest / 2]) << 8 |
         static_cast<std::uint64_t>(tail[rest - 1]) << 16;
  }
  // splitmix64's finaliser: every bit of the input into the low bits, which
  // tables mask (one multiply and shift left them clustered; a test holds this).
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

}  // namespace tactful
