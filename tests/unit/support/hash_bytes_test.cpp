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
