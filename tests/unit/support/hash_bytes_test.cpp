#include "support/hash_bytes.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

TEST_CASE("hash_bytes tells apart words that share prefixes, and spreads them over a table's low bits", "[support]") {
  // Words of 0 to 23 bytes built on shared stems, as a dictionary's are.
  std::vector<std::string> words{""};
  for (const std::string stem : {"a", "inter", "internationali", "responsibilities"})
    for (const std::string end : {"", "s", "ed", "ing", "ly", "ness", "zation", "'s"})
      for (char c = 'a'; c <= 'z'; ++c) words.push_back(stem + end + c);
  std::set<std::uint64_t> hashes;
  std::vector<int> buckets(64, 0);  // the low six bits, as LiteralIndex masks them
  for (const std::string& w : words) {
    hashes.insert(tactful::hash_bytes(w));
    ++buckets[tactful::hash_bytes(w) & 63];
  }
  CHECK(hashes.size() == words.size());
  const double expected = static_cast<double>(words.size()) / 64;
  for (const int n : buckets) CHECK(n < expected * 2.5);
}

TEST_CASE("hash_bytes gives every string of up to seven bytes a hash of its own, whichever byte differs", "[support]") {
  // All strings over four bytes (a zero and a high byte among them) of
  // lengths 0 to 7: the tail is read in overlapping pieces, and a piece that
  // left a byte out would make two of them collide.
  const std::string alphabet{'a', 'b', '\0', '\xff'};
  std::set<std::uint64_t> hashes;
  std::size_t count = 0;
  for (std::size_t length = 0; length <= 7; ++length) {
    std::size_t combinations = 1;
    for (std::size_t i = 0; i < length; ++i) combinations *= alphabet.size();
    for (std::size_t n = 0; n < combinations; ++n) {
      std::string s;
      for (std::size_t i = 0, rest = n; i < length; ++i, rest /= alphabet.size()) s += alphabet[rest % alphabet.size()];
      hashes.insert(tactful::hash_bytes(s));
      ++count;
    }
  }
  CHECK(count == 21845);
  CHECK(hashes.size() == count);
}
