// A search with a rule's regex: RE2's own or, for a pattern with long counted
// repetitions of single characters ("[^.;!?]{0,80}?"), its relaxed twin
// (support/relaxed_regex.h), which compiles in a fraction of the time and
// finds the same matches. The twin stands in only where relaxes_single_characters
// says its precondition holds.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/relaxed_regex.h"
#include "support/text_range.h"

namespace tactful::check {

class RuleSearch {
 public:
  // A search with `plain`, which the caller keeps alive.
  explicit RuleSearch(const re2::RE2& plain) : plain_(&plain) {}
  explicit RuleSearch(std::unique_ptr<const RelaxedRegex> relaxed) : relaxed_(std::move(relaxed)) {}

  // The leftmost match inside [begin, end) of `text`, with all of `text` as
  // its context (for \b and ^); `match` may be null when whether is enough.
  bool find(std::string_view text, std::size_t begin, std::size_t end, TextRange* match) const;
  bool relaxed() const { return relaxed_ != nullptr; }

 private:
  const re2::RE2* plain_ = nullptr;
  std::unique_ptr<const RelaxedRegex> relaxed_;
};

// Every non-overlapping match inside `range` of `text` (byte ranges).
std::vector<TextRange> find_all(const RuleSearch& search, std::string_view text, TextRange range);
// The same matches one at a time, in order, until `visit` returns false.
void for_each_match(const RuleSearch& search, std::string_view text, TextRange range,
                    const std::function<bool(TextRange)>& visit);

}  // namespace tactful::check
