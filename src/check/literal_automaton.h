// Which of a set of literals occur in a text, in one pass: an Aho-Corasick
// automaton over the literals' bytes, its transitions a dense table (bytes no
// literal holds share one column). The prefilter (pattern_set.h) answers with
// it once enough text has come to repay building it; it scans mail several
// times faster than an RE2::Set of the same literals, whose DFA must run to
// the end of the text to report every literal. Same answers as LiteralIndex
// (a test holds the two together).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/found_literals.h"

namespace tactful::check {

class LiteralAutomaton {
 public:
  // Literal i of `literals` is reported as i; empty literals never are.
  explicit LiteralAutomaton(const std::vector<std::string>& literals);

  // Sets found[i] for every literal i that occurs in `text`, and appends i
  // to `newly` (when given) if found[i] was not set before (found has one
  // entry per literal; what is set already stays set).
  void find(std::string_view text, FoundLiterals& found, std::vector<int>* newly = nullptr) const;

  std::size_t states() const { return outputs_begin_.size() - 1; }
  // Whether the table is held in 16-bit entries (states() < 2^15).
  bool narrow() const { return !narrow_next_.empty(); }

 private:
  template <typename Entry>
  void scan(const std::vector<Entry>& next, std::string_view text, FoundLiterals& found, std::vector<int>* newly) const;

  std::array<std::uint8_t, 256> column_{};  // byte -> column of the table (0: a byte no literal holds)
  std::size_t columns_ = 1;
  std::size_t longest_ = 0;  // the longest literal's bytes
  // state * columns_ + column -> state, its top bit set if that state ends
  // literals. The scan reads one entry per byte of text at a place the text
  // decides, so the table's size is its speed: while the states fit in 15
  // bits (the shipped pack's some 23,000 do) the entries are 16 bits wide,
  // half the memory of 32 (perf: the scan was 7 % of a batch's time).
  std::vector<std::uint16_t> narrow_next_;
  std::vector<std::uint32_t> next_;  // used when narrow_next_ is empty
  std::vector<std::uint32_t> outputs_begin_;  // state -> where its literals start in outputs_ (one past the end last)
  std::vector<std::uint32_t> outputs_;        // the literals that end at each state, its suffixes' included
};

}  // namespace tactful::check
