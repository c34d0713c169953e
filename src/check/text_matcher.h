// The matching shared by the phrase, required and attachment kinds: a rule's
// phrases and patterns compiled into one regex (and registered with the
// one-pass PatternSet), plus its `unless` / `unless-after` / `negation` cues.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "check/cues.h"
#include "check/pattern_set.h"
#include "check/rule_fields.h"

namespace tactful::check {

class TextMatcher {
 public:
  // Reads phrases, patterns, unless, unless-after, negation, window from `fields`.
  // With `set`, the regex joins the one-pass prefilter for new text.
  static Expected<TextMatcher> make(const RuleFields& fields, PatternSet* set);

  // Matches inside `ranges` of `text` that no cue excuses. `hits` may rule the
  // whole search out when the ranges are the new text the set was run on.
  std::vector<TextRange> find(std::string_view text, const std::vector<TextRange>& ranges,
                              const PatternHits* hits) const;
  // All raw matches, cues ignored.
  std::vector<TextRange> find_raw(std::string_view text, const std::vector<TextRange>& ranges) const;
  const Cues& unless() const { return unless_; }

 private:
  // With a PatternSet the rule's own regex is compiled on the first message
  // the set says it may match: the set has already parsed it (so a bad
  // pattern is still a located error at load), and compiling a large
  // alternation costs milliseconds that a run whose messages never come near
  // the rule should not pay. Shared so that copies of the matcher share it.
  struct Lazy {
    std::string regex;
    std::once_flag once;
    std::shared_ptr<const re2::RE2> re;
  };
  const re2::RE2* regex() const;

  std::shared_ptr<Lazy> lazy_;
  int set_id_ = -1;
  Cues unless_, unless_after_;
};

}  // namespace tactful::check
