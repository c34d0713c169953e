// The names a message vouches for: the words of its addresses' display
// names and mailboxes, of its Reply-To and X-Recipient headers, of its
// signature, and the configured recipient and personal words. The spelling
// rule passes a word it does not know when one of them folds to the same
// text ("Przemek" signed under the message).
//
// Asked a word at a time rather than gathered into a set: most messages ask
// about one or two words, and cutting every source into folded words for a
// set cost more than the rest of the rule's work on a message. A source of
// plain ASCII is cut only when the word occurs in it at all.
#pragma once

#include <string_view>
#include <vector>

#include "check/context.h"

namespace tactful::check {

class VouchedNames {
 public:
  explicit VouchedNames(const Context& ctx);

  // Whether a word of the sources folds (text::fold) to `folded`, itself a
  // folded word.
  bool contains(std::string_view folded) const;

 private:
  struct Source {
    std::string_view text;
    bool address = false;  // a mailbox: cut at . - _ + @ rather than into words
    bool ascii = false;
  };
  void add(std::string_view text, bool address);

  std::vector<Source> sources_;
};

}  // namespace tactful::check
