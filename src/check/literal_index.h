// Which of a set of literals occur in a text, as substrings: the first stage
// of the prefilter (pattern_set.h), where the literals are the words each
// phrase's matches must hold. Each position of the text is looked up by its
// first four bytes (two for the few shorter literals) in a small table of
// the literals that start so, and only those are compared. Building the
// table costs next to nothing, where an RE2::Set of the same literals cost
// some 4 ms of compiling at every start; it answers until the literal
// automaton (literal_automaton.h) is built.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/found_literals.h"

namespace tactful::check {

class LiteralIndex {
 public:
  // Adds a literal (non-empty) and returns its number, counted from 0; the
  // same literal added twice gets its first number back.
  int add(std::string_view literal);
  std::size_t size() const { return literals_.size(); }
  const std::vector<std::string>& literals() const { return literals_; }

  // Sets found[i] for every literal i that occurs in `text`, and appends i
  // to `newly` (when given) if found[i] was not set before (found has size()
  // entries; what is set already stays set).
  void find(std::string_view text, FoundLiterals& found, std::vector<int>* newly = nullptr) const;

 private:
  // Bucket of a literal's (or a text position's) first two bytes.
  static std::size_t bucket_of(unsigned char first, unsigned char second) {
    return ((static_cast<std::uint32_t>(first) << 8 | second) * 2654435761u >> 20) & (kBuckets - 1);
  }
  // Bucket of first four bytes, read as one number.
  static std::size_t long_bucket_of(std::uint32_t first_four) { return (first_four * 2654435761u >> 20) & (kBuckets - 1); }
  static constexpr std::size_t kBuckets = 4096;

  // Where `literal` is in slots_, or the empty slot where it would go.
  std::size_t slot_of(std::string_view literal) const;

  std::vector<std::string> literals_;
  // Literal -> its number: an open-addressing table of numbers into
  // literals_ (-1: empty), a power of two in size and at most half full.
  // (Looking for it in its bucket instead was a third of a cold start's pack
  // building, buckets of common first letters holding hundreds; a hash map
  // of copied keys then cost an allocation a literal.)
  std::vector<int> slots_;
  // Room for the shipped pack's 5,343 literals from the start (64 KiB):
  // growing from 64 slots rehashed 8,000 literals, 1.2 M instructions of a
  // cold start.
  static constexpr std::size_t kInitialSlots = 16384;
  // Literals of four bytes or more by their first four: a text position is
  // compared with the few that start as it does. (By their first two, a
  // common pair such as "co" or "yo" led to a hundred literals each
  // compared, some 700,000 instructions a message.) Each entry holds those
  // four bytes, so that a bucket's other literals cost no comparison call.
  struct LongEntry {
    std::uint32_t first_four;
    int id;
  };
  std::vector<std::vector<LongEntry>> long_buckets_ = std::vector<std::vector<LongEntry>>(kBuckets);
  // Literals of two or three bytes by their first two; of one, by its byte.
  std::vector<std::vector<int>> buckets_ = std::vector<std::vector<int>>(kBuckets);
  std::vector<std::vector<int>> single_bytes_ = std::vector<std::vector<int>>(256);
  bool any_single_ = false;
};

}  // namespace tactful::check
