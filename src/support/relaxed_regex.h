// A regex with long counted repetitions, x{1,40}, matched through its
// relaxed twin, x{1,}. RE2 spells a counted repetition out as that many
// copies of x: the greeting's two took 8 M instructions to compile, the
// largest single cost of a cold start, against 1 M without the bounds.
//
// Why the twin's answer is the exact regex's when its match is at most
// `bound` bytes long (bound: the smallest upper bound relaxed): every match
// of the exact regex is one of the twin's, so the twin's leftmost start is
// no later; a match of at most `bound` bytes turned every loop at most
// `bound` times (each turn takes a byte or more: see the precondition), so
// the twin's preferred path there is one of the exact regex's paths, and
// the preferred one among them, as RE2 orders paths the same in both. A
// longer match is asked of the exact regex, compiled on first need.
//
// Precondition: the operand of every relaxed repetition consumes at least
// one character on every turn (a class, a literal, an alternation of such).
#pragma once

#include <re2/re2.h>

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace tactful {

// `regex` with the upper bound of every counted repetition {n,m} whose m is
// at least `min_bound` dropped ({n,}); `bound` gets the smallest m dropped
// (or stays as it is when none was). Escapes and [ ] classes are left alone.
std::string without_long_bounds(std::string_view regex, std::size_t min_bound, std::size_t& bound);

// Whether `regex` has a counted repetition {n,m} with m at least `min_bound`
// that without_long_bounds would relax, and each such repetition repeats a
// single character (a literal, '.', a class, an escape such as \w or
// \p{L}), which every turn consumes: RelaxedRegex's precondition, checked
// for regexes whose author did not write them for it. A group's repetition
// counts as not meeting it, whatever the group holds.
bool relaxes_single_characters(std::string_view regex, std::size_t min_bound);

class RelaxedRegex {
 public:
  // Upper bounds from this on are relaxed; below it RE2's copies are cheap.
  static constexpr std::size_t kMinRelaxedBound = 8;

  explicit RelaxedRegex(std::string exact, const RE2::Options& options = RE2::DefaultOptions);

  bool ok() const { return relaxed_.ok(); }
  // RE2::Match of the exact regex, for the whole match only (nsubmatch 0 or 1).
  bool Match(std::string_view text, std::size_t begin, std::size_t end, RE2::Anchor anchor,
             re2::StringPiece* match) const;
  // Whether the exact regex has been compiled (for tests).
  bool exact_compiled() const;

 private:
  const RE2& exact() const;

  std::string exact_pattern_;
  RE2::Options options_;
  std::size_t bound_ = std::string::npos;
  RE2 relaxed_;
  mutable std::once_flag exact_once_;
  mutable std::unique_ptr<RE2> exact_;
  mutable std::atomic<bool> exact_compiled_{false};
};

}  // namespace tactful
