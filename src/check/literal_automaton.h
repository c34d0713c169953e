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

namespace tactful::check {

class LiteralAutomaton {
 public:
  // Literal i of `literals` is reported as i; empty literals never are.
  explicit LiteralAutomaton(const std::vector<std::string>& literals);

  // Sets found[i] for every literal i that occurs in `text`, and appends i
  // to `newly` (when given) if found[i] was not set before (found has one
  // entry per literal; what is set already stays set).
  void find(std::string_view text, std::vector<bool>& found, std::vector<int>* newly = nullptr) const;

  std::size_t states() const { return outputs_begin_.size() - 1; }

 private:
  std::array<std::uint8_t, 256> column_{};  // byte -> column of the table (0: a byte no literal holds)
  std::size_t columns_ = 1;
  static constexpr std::uint32_t kEndsLiterals = 1u << 31;
  std::vector<std::uint32_t> next_;           // state * columns_ + column -> state (| kEndsLiterals if it ends some)
  std::vector<std::uint32_t> outputs_begin_;  // state -> where its literals start in outputs_ (one past the end last)
  std::vector<std::uint32_t> outputs_;        // the literals that end at each state, its suffixes' included
};

}  // namespace tactful::check
