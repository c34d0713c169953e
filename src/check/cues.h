// Negation and excuse cues: words that, in the same clause just before (or
// after) a match, turn it around ("I am not asking for a job"). A clause ends
// at . ! ? ; : , ( ) a blank line, or a "but"/"however"/"although".
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/error.h"
#include "support/text_range.h"

namespace tactful::check {

class LazyRegex;
class PatternSet;

class Cues {
 public:
  // `phrases` in the phrase syntax; `negation` adds the built-in cues. With
  // `set`, their regexes come from its alternatives() (replayed from the
  // pack's snapshot on a cached load instead of being made again).
  static Expected<Cues> make(const std::vector<std::string>& phrases, bool negation, int window_words,
                             PatternSet* set = nullptr);

  bool empty() const { return parts_.empty(); }
  // A cue within `window` words before `match`, in its clause.
  bool before(std::string_view text, TextRange match) const;
  // A cue within `window` words after `match`, in its clause.
  bool after(std::string_view text, TextRange match) const;
  // A cue anywhere inside `range`.
  bool within(std::string_view text, TextRange range) const;
  // Whether any cue's regex has been compiled (by a range that may hold it).
  bool compiled() const;
  // All cues as one alternation: what within() answers for, searched in
  // one regex. For tests that compare the two.
  std::string alternation() const;

 private:
  bool occurs(std::string_view text, TextRange range) const;

  // Each cue is searched with a regex of its own, compiled the first time a
  // range holds one of its words: whether any cue occurs is whether one of
  // them does, and a range rarely holds more than one cue's words. One
  // regex of every cue was compiled whole for the first range holding any
  // cue's word, most of a cold start's compiles for lists of a hundred cues.
  struct Part {
    std::shared_ptr<const LazyRegex> re;
    // Words (lower-case ASCII) one of which each match of the cue holds, as
    // numbers into the cues' words; empty when nothing is known, and the
    // regex then always runs.
    std::vector<int> any_of;
  };
  std::vector<Part> parts_;
  // Every part's words, looked for in a range at once (one automaton pass
  // instead of a search per word of each part: lists of dozens of cues
  // made those searches 2 % of a batch). Built on first use; shared by
  // copies of the cues.
  struct Words;
  std::shared_ptr<Words> words_;
  int window_ = 6;
};

// Start of the clause holding `offset`, looking back at most `words` words.
std::size_t clause_start(std::string_view text, std::size_t offset, int words);
// End of the clause holding `offset`, looking ahead at most `words` words.
std::size_t clause_end(std::string_view text, std::size_t offset, int words);

}  // namespace tactful::check
