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

  bool empty() const { return !re_; }
  // A cue within `window` words before `match`, in its clause.
  bool before(std::string_view text, TextRange match) const;
  // A cue within `window` words after `match`, in its clause.
  bool after(std::string_view text, TextRange match) const;
  // A cue anywhere inside `range`.
  bool within(std::string_view text, TextRange range) const;
  // Whether the cues' regex has been compiled (by a clause that may hold a cue).
  bool compiled() const;
  // The cues' regex (null when there are none), for PatternSet::also_compile.
  const std::shared_ptr<const LazyRegex>& regex() const { return re_; }

 private:
  bool occurs(std::string_view text, TextRange range) const;
  // Whether `range` holds one of any_of_ (or nothing is known of the cues).
  bool may_hold(std::string_view text, TextRange range) const;

  std::shared_ptr<const LazyRegex> re_;
  // A word one of which every cue's match holds (lower-case ASCII), when
  // every cue has one: a clause without any cannot hold a cue, which is then
  // known without compiling the cues' regex. Most clauses looked at on a
  // cold start hold none, and their regexes were a sixth of its compiles.
  std::vector<std::string> any_of_;
  int window_ = 6;
};

// Start of the clause holding `offset`, looking back at most `words` words.
std::size_t clause_start(std::string_view text, std::size_t offset, int words);
// End of the clause holding `offset`, looking ahead at most `words` words.
std::size_t clause_end(std::string_view text, std::size_t offset, int words);

}  // namespace tactful::check
